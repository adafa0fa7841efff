"""Background jobs over the Job table, for work too long for a request: large imports, batch
matching of a whole cohort, password-reset mail. The task queue (careers/tasks.py, Huey) carries
a job's id to a worker (`careers worker`); this module is what the worker does with it.

    job = tasks.start_job(session, "import", payload={...}, organisation_id=..., user_id=...,
                          total=len(rows))   # records the job, commits, enqueues
    the caller redirects to a page that shows progress.

A job function `func(session, job, progress, **secret)` runs with a database session of its own.
It calls `progress(done, total=None)` as it goes (each call commits the count through a second
session, so a page that refreshes can show a progress bar). Whatever it returns (a JSON-able
dict) is stored as `job.result`, in the same transaction as the job's own work and its "done"
status: a job is applied once, and a retried job that is already done does nothing. An exception
rolls the job's uncommitted work back and marks it failed with a plain message.

While a job runs its worker writes a heartbeat (`job.heartbeat_at`). A worker killed mid-way
(deploy, crash, kill -9) stops writing it: `recover_stalled` (run by every worker at start-up
and every minute) puts such a job back on the queue, or marks it failed with a plain message
once it has been tried `attempts` times, so no job is left "running" for ever.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.extensions import db
from careers.models import Job, utcnow

log = logging.getLogger(__name__)

Progress = Callable[..., None]
JobFunc = Callable[..., dict[str, Any] | None]

# Jobs that may run again after their worker died: their work is all-or-nothing (an import) or
# the same when repeated (a cohort's matches). A reset email's address is never stored, so a
# reset job that stalls is marked failed instead.
RETRIABLE = frozenset({"import", "cohort_match"})

STALLED_MESSAGE = "It stopped part-way because the computer running it stopped."


def create(
    session: Session,
    kind: str,
    payload: dict[str, Any] | None = None,
    *,
    organisation_id: int | None = None,
    user_id: int | None = None,
    total: int = 0,
) -> Job:
    """Record a queued job and commit, so a worker can find it."""
    job = Job(
        kind=kind,
        status="queued",
        payload=payload,
        organisation_id=organisation_id,
        user_id=user_id,
        total=total,
        done=0,
        attempts=0,
    )
    session.add(job)
    session.commit()
    return job


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"[:100]


def execute(
    job_id: int, func: JobFunc, heartbeat_seconds: float = 10.0, **secret: Any
) -> str | None:
    """Run one job now (in a worker, or inline): returns its final status, or None when there
    was nothing to do (no such job, or it had already finished)."""
    with db.new_session() as session:
        job = session.get(Job, job_id)
        if job is None or job.status in ("done", "failed"):
            return None
        kind = job.kind
        job.status = "running"
        job.attempts = (job.attempts or 0) + 1
        job.worker = worker_name()
        job.heartbeat_at = utcnow()
        session.commit()

        stop = threading.Event()
        engine = db.engine
        beat = threading.Thread(
            target=_heartbeat, args=(job_id, heartbeat_seconds, stop, lambda: Session(engine))
        )
        beat.daemon = True
        beat.start()

        def progress(done: int, total: int | None = None) -> None:
            # Progress is written through a session of its own, so the job's own
            # transaction (all-or-nothing work) is never committed half-way.
            with db.new_session() as side:
                row = side.get(Job, job_id)
                if row is not None:
                    row.done = done
                    row.heartbeat_at = utcnow()
                    if total is not None:
                        row.total = total
                    side.commit()

        try:
            try:
                result = func(session, job, progress, **secret)
                # The work and "done" in one transaction: a job is applied once.
                job = session.get(Job, job_id)
                assert job is not None
                session.refresh(job, ["done", "total"])
                job.status = "done"
                job.result = result
                job.error = None
                job.done = max(job.done, job.total)
                job.finished_at = utcnow()
                session.commit()
                return "done"
            except Exception as error:
                session.rollback()
                log.exception("Job %s (%s) failed", job_id, kind)
                job = session.get(Job, job_id)
                assert job is not None
                job.status = "failed"
                job.error = str(error)[:1000] or error.__class__.__name__
                job.finished_at = utcnow()
                session.commit()
                return "failed"
        finally:
            stop.set()
            beat.join(timeout=5)


def _heartbeat(
    job_id: int, every: float, stop: threading.Event, factory: Callable[[], Session]
) -> None:
    while not stop.wait(every):
        try:
            with factory() as side:
                row = side.get(Job, job_id)
                if row is None or row.status != "running":
                    return
                row.heartbeat_at = utcnow()
                side.commit()
        except Exception:  # a missed beat is not fatal; a stalled job is recovered later
            log.warning("Could not record job %s's heartbeat", job_id, exc_info=True)


def recover_stalled(
    session: Session,
    *,
    stall_seconds: float,
    attempts: int,
    requeue: Callable[[int], None],
    now: dt.datetime | None = None,
) -> dict[str, list[int]]:
    """Running jobs whose worker stopped writing its heartbeat: back on the queue when they can
    be retried and have been tried fewer than `attempts` times, otherwise failed, plainly."""
    now = now or utcnow()
    cutoff = now - dt.timedelta(seconds=stall_seconds)
    stalled = session.scalars(
        select(Job)
        .where(Job.status == "running", Job.heartbeat_at < cutoff)
        .order_by(Job.id)
        .with_for_update(skip_locked=True)
    ).all()
    retried: list[int] = []
    failed: list[int] = []
    for job in stalled:
        if job.kind in RETRIABLE and (job.attempts or 0) < attempts:
            job.status = "queued"
            job.heartbeat_at = None
            job.error = None
            retried.append(job.id)
        else:
            job.status = "failed"
            job.error = STALLED_MESSAGE
            job.finished_at = now
            failed.append(job.id)
        outcome = "retried" if job.id in retried else "failed"
        log.warning("Job %s (%s) stalled on %s: %s", job.id, job.kind, job.worker, outcome)
    session.commit()
    for job_id in retried:
        requeue(job_id)
    return {"retried": retried, "failed": failed}


def recent(session: Session, limit: int = 20) -> list[Job]:
    return list(session.scalars(select(Job).order_by(Job.id.desc()).limit(limit)))


def counts_by_status(session: Session) -> dict[str, int]:
    from sqlalchemy import func

    rows = session.execute(select(Job.status, func.count(Job.id)).group_by(Job.status))
    return {status: int(count) for status, count in rows}


def percent(job: Job) -> int:
    if job.status == "done":
        return 100
    if not job.total:
        return 0
    return min(100, int(100 * job.done / job.total))
