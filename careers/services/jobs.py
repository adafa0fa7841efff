"""A small background-job runner over the Job table, for work too long for a request: large
imports, batch matching of a whole cohort.

    job = jobs.start(session, "import", func, payload={...}, organisation_id=..., user_id=...,
                     total=len(rows))
    session.commit() is done by start(); the caller redirects to a page that shows progress.

`func(session, job, progress)` runs in a thread with its own database session (and, when a
Flask app is given, inside its app context). Call `progress(done, total=None)` as it goes: each
call commits the count so a page that refreshes can show a progress bar. Whatever `func`
returns (a JSON-able dict) is stored as `job.result`; an exception marks the job failed with a
plain message, after rolling back `func`'s uncommitted work. Tests can run jobs inline with
`jobs.run_inline = True` (set by the app's TESTING config via `inline_when_testing`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from flask import Flask
from sqlalchemy.orm import Session

from careers.extensions import db
from careers.models import Job, utcnow

log = logging.getLogger(__name__)

Progress = Callable[..., None]
JobFunc = Callable[[Session, Job, Progress], dict[str, Any] | None]

_threads: dict[int, threading.Thread] = {}


def start(
    session: Session,
    kind: str,
    func: JobFunc,
    payload: dict[str, Any] | None = None,
    *,
    organisation_id: int | None = None,
    user_id: int | None = None,
    total: int = 0,
    app: Flask | None = None,
    inline: bool = False,
) -> Job:
    """Record a queued job, commit, and run `func` in a thread (or now, when inline)."""
    job = Job(
        kind=kind,
        status="queued",
        payload=payload,
        organisation_id=organisation_id,
        user_id=user_id,
        total=total,
        done=0,
    )
    session.add(job)
    session.commit()
    if inline:
        _run(job.id, func, None)
    else:
        thread = threading.Thread(target=_run, args=(job.id, func, app), daemon=True)
        _threads[job.id] = thread
        thread.start()
    return job


def wait(job_id: int, timeout: float | None = None) -> None:
    """Wait for a job's thread to finish (tests and the CLI)."""
    thread = _threads.get(job_id)
    if thread is not None:
        thread.join(timeout)


def _run(job_id: int, func: JobFunc, app: Flask | None) -> None:
    if app is not None:
        with app.app_context():
            _execute(job_id, func)
    else:
        _execute(job_id, func)


def _execute(job_id: int, func: JobFunc) -> None:
    with db.new_session() as session:
        job = session.get(Job, job_id)
        if job is None:
            return
        job.status = "running"
        session.commit()

        def progress(done: int, total: int | None = None) -> None:
            # Progress is written through a session of its own, so the job's own
            # transaction (all-or-nothing work) is never committed half-way.
            with db.new_session() as side:
                row = side.get(Job, job_id)
                if row is not None:
                    row.done = done
                    if total is not None:
                        row.total = total
                    side.commit()

        try:
            result = func(session, job, progress)
            session.commit()
        except Exception as error:
            session.rollback()
            log.exception("Job %s (%s) failed", job_id, job.kind)
            job = session.get(Job, job_id)
            assert job is not None
            job.status = "failed"
            job.error = str(error)[:1000] or error.__class__.__name__
            job.finished_at = utcnow()
            session.commit()
            return
        session.refresh(job)
        job.status = "done"
        job.result = result
        job.done = max(job.done, job.total)
        job.finished_at = utcnow()
        session.commit()
    _threads.pop(job_id, None)


def percent(job: Job) -> int:
    if job.status == "done":
        return 100
    if not job.total:
        return 0
    return min(100, int(100 * job.done / job.total))
