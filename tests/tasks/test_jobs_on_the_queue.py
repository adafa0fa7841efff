"""Background jobs run on the task queue (Huey) by a real consumer; a job whose worker died is
retried or failed plainly, never left running; an import is applied once."""

from __future__ import annotations

import datetime as dt
import io
import json

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Job, Pathway, utcnow
from careers.services import jobs
from tests.employers.factories import make_user, sign_in_as
from tests.html import page, text_of
from tests.worker import Worker, wait_for_job


def _records(organisation: str, prefix: str, count: int) -> bytes:
    rows = [
        {
            "ref": f"{prefix}-{n:04d}",
            "organisation": organisation,
            "organisation_type": "nhs_trust",
            "type": "apprenticeship",
            "title": "Pharmacy assistant apprentice",
            "description": "You will help the pharmacy team count and check medicines.",
        }
        for n in range(count)
    ]
    return "\n".join(json.dumps(r) for r in rows).encode()


def _queue_import(client: FlaskClient, session: Session, prefix: str, count: int) -> str:
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    upload = client.post(
        "/employers/imports",
        data={"file": (io.BytesIO(_records(editor.organisation.name, prefix, count)), "p.jsonl")},
        content_type="multipart/form-data",
    )
    response = client.post(upload.headers["Location"], data={})
    assert "/employers/imports/jobs/" in response.headers["Location"]
    return response.headers["Location"]


def _imported(session: Session, prefix: str) -> int:
    session.expire_all()
    return session.scalar(select(func.count(Pathway.id)).where(Pathway.ref.like(f"{prefix}-%")))


def test_a_large_import_waits_on_the_queue_until_a_worker_runs_it(
    app: Flask, client: FlaskClient, session: Session
) -> None:
    job_url = _queue_import(client, session, "Q", 250)
    waiting = page(client.get(job_url))
    assert "Importing pathways" in text_of(waiting, "h1")
    assert waiting.select_one('meta[http-equiv="refresh"]') is not None
    assert app.extensions["tasks"].depth() == 1
    assert _imported(session, "Q") == 0

    worker = Worker(app.extensions["tasks"])
    worker.start()
    try:
        job = wait_for_job(session, int(job_url.rsplit("/", 1)[1]))
    finally:
        worker.stop()
    assert (job.status, job.attempts) == ("done", 1)
    finished = page(client.get(job_url))
    assert text_of(finished, "h1") == "Import finished"
    assert "250 new" in text_of(finished, "main")
    assert _imported(session, "Q") == 250
    assert app.extensions["tasks"].depth() == 0


def test_an_import_whose_worker_died_is_retried_and_applied_once(
    app: Flask, client: FlaskClient, session: Session, worker: Worker
) -> None:
    worker.stop()  # the job is taken by a worker that then dies: nothing runs it yet
    job_url = _queue_import(client, session, "R", 210)
    job_id = int(job_url.rsplit("/", 1)[1])
    app.extensions["tasks"].huey.flush()  # its message went with the dead worker
    job = session.get(Job, job_id)
    assert job is not None
    job.status, job.attempts, job.worker = "running", 1, "gone-host:1234"
    job.heartbeat_at = utcnow() - dt.timedelta(minutes=5)
    session.commit()
    assert "Importing pathways" in text_of(page(client.get(job_url)), "h1")

    again = Worker(app.extensions["tasks"])
    again.start()
    try:
        recovered = app.extensions["tasks"].periodic["recover_stalled"].call_local()
        assert recovered == {"retried": [job_id], "failed": []}
        job = wait_for_job(session, job_id)
        assert (job.status, job.attempts) == ("done", 2)
    finally:
        again.stop()
    assert _imported(session, "R") == 210
    assert app.extensions["tasks"].execute(job_id, {}) is None
    assert _imported(session, "R") == 210


def test_a_job_that_keeps_stopping_is_marked_failed_with_a_plain_message(
    app: Flask, client: FlaskClient, session: Session
) -> None:
    job_url = _queue_import(client, session, "F", 205)
    job = session.get(Job, int(job_url.rsplit("/", 1)[1]))
    assert job is not None
    job.status, job.attempts = "running", 3
    job.heartbeat_at = utcnow() - dt.timedelta(minutes=5)
    session.commit()

    app.extensions["tasks"].periodic["recover_stalled"].call_local()

    session.expire_all()
    shown = page(client.get(job_url))
    assert text_of(shown, "h1") == "The import did not work"
    assert "Nothing was imported. It stopped part-way because the computer running it stopped." in (
        text_of(shown, "main")
    )
    assert shown.select_one('meta[http-equiv="refresh"]') is None
    assert _imported(session, "F") == 0


def test_a_running_job_with_a_fresh_heartbeat_is_left_alone(session: Session, app: Flask) -> None:
    job = jobs.create(session, "import", {})
    job.status, job.heartbeat_at, job.attempts = "running", utcnow(), 1
    session.commit()
    outcome = app.extensions["tasks"].periodic["recover_stalled"].call_local()
    assert outcome == {"retried": [], "failed": []}
    session.refresh(job)
    assert job.status == "running"


def test_a_reset_email_whose_worker_died_is_failed_not_retried(
    session: Session, app: Flask
) -> None:
    job = jobs.create(session, "password_reset")
    job.status, job.attempts = "running", 1
    job.heartbeat_at = utcnow() - dt.timedelta(minutes=5)
    session.commit()
    outcome = app.extensions["tasks"].periodic["recover_stalled"].call_local()
    assert outcome == {"retried": [], "failed": [job.id]}
