"""A worker killed with SIGKILL in the middle of an import: the next worker retries the job, the
import is applied exactly once, and nothing is left "running"."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers import tasks
from careers.config import Config
from careers.models import Job
from careers.services import pathway_import
from tests.employers.factories import make_user, sign_in_as
from tests.html import page, text_of
from tests.tasks.test_jobs_on_the_queue import _imported, _records
from tests.worker import wait_for_job


def _start_worker(config: Config, log: Path) -> subprocess.Popen[bytes]:
    env = dict(
        os.environ,
        CAREERS_DATA_DIR=str(config.DATA_DIR),
        DATABASE_URL=config.DATABASE_URL,
        SECRET_KEY=config.SECRET_KEY,
        CAREERS_ENCODER="fake",
        CAREERS_JOB_HEARTBEAT_SECONDS="0.5",
        CAREERS_JOB_STALL_SECONDS="5",
    )
    env.pop("REDIS_URL", None)
    command = [sys.executable, "-m", "careers.cli", "worker", "--no-schedule"]
    with log.open("ab") as output:
        return subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)


def _wait_until_running(session: Session, job_id: int, timeout: float = 60) -> Job:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        session.expire_all()
        job = session.get(Job, job_id)
        assert job is not None
        if job.status != "queued":
            session.rollback()
            return job
        time.sleep(0.02)
    raise AssertionError("No worker took the job")


def test_an_import_killed_mid_way_is_finished_by_the_next_worker_once(
    app: Flask, client: FlaskClient, session: Session, config: Config, tmp_path: Path
) -> None:
    # A 3,000-row file (Werkzeug would spool an upload this size to disk, so it is saved
    # directly, as the upload page does, then queued as the preview page does).
    editor = make_user(session, "editor")
    session.commit()
    upload = pathway_import.save_upload(
        config.DATA_DIR, "big.jsonl", _records(editor.organisation.name, "K", 3000), editor
    )
    job = tasks.start_job(
        session,
        "import",
        {"token": upload.token, "data_dir": str(config.DATA_DIR), "skip_invalid": False},
        organisation_id=editor.organisation_id,
        user_id=editor.id,
        total=3000,
    )
    job_id = job.id
    sign_in_as(client, editor)
    job_url = f"/employers/imports/jobs/{job_id}"

    first = _start_worker(config, tmp_path / "first.log")
    try:
        job = _wait_until_running(session, job_id)
        assert job.status == "running"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=30)
    session.expire_all()
    killed = session.get(Job, job_id)
    assert killed is not None and killed.status == "running"  # killed before it finished
    assert _imported(session, "K") == 0
    session.rollback()
    time.sleep(1)

    second = _start_worker(config, tmp_path / "second.log")
    try:
        job = wait_for_job(session, job_id, timeout=180)
    finally:
        second.send_signal(signal.SIGINT)
        second.wait(timeout=60)
    assert (job.status, job.attempts) == ("done", 2), (tmp_path / "second.log").read_text()[-2000:]
    assert _imported(session, "K") == 3000
    assert "3000 new" in text_of(page(client.get(job_url)), "main")
