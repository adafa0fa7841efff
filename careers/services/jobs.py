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

from sqlalchemy import case, select, update
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
    was nothing to do (no such job, or it is not waiting: finished, or another worker has it)."""
    with db.new_session() as session:
        job = session.get(Job, job_id)
        if job is None or job.status != "queued":  # finished, or another worker has it
            return None
        kind, attempt = job.kind, (job.attempts or 0) + 1
        claimed = session.execute(
            update(Job)
            .where(Job.id == job_id, Job.status == "queued", Job.attempts == job.attempts)
            .values(status="running", attempts=attempt, worker=worker_name(), heartbeat_at=utcnow())
        )
        session.commit()
        if not _changed(claimed):
            return None
        session.refresh(job)

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
                # The work and "done" in one transaction, and only while this attempt still
                # owns the job (not recovered and given to another worker meanwhile): a job
                # is applied once.
                owned = session.execute(
                    _owned(job_id, attempt).values(
                        status="done",
                        result=result,
                        error=None,
                        done=case((Job.done > Job.total, Job.done), else_=Job.total),
                        finished_at=utcnow(),
                    )
                )
                if not _changed(owned):
                    session.rollback()
                    log.warning("Job %s (%s) was taken over; this attempt is undone", job_id, kind)
                    return None
                session.commit()
                return "done"
            except Exception as error:
                session.rollback()
                log.exception("Job %s (%s) failed", job_id, kind)
                failed = session.execute(
                    _owned(job_id, attempt).values(
                        status="failed",
                        error=str(error)[:1000] or error.__class__.__name__,
                        finished_at=utcnow(),
                    )
                )
                session.commit()
                return "failed" if _changed(failed) else None
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
    stalled = session.execute(
        select(Job.id, Job.kind, Job.attempts, Job.worker)
        .where(Job.status == "running", Job.heartbeat_at < cutoff)
        .order_by(Job.id)
    ).all()
    retried: list[int] = []
    failed: list[int] = []
    for job_id, kind, tries, worker in stalled:
        # Each change only if the job is still stalled as read (another worker may have
        # recovered it, or it may have finished, in between).
        still = (
            update(Job)
            .where(Job.id == job_id, Job.status == "running", Job.attempts == tries)
            .where(Job.heartbeat_at < cutoff)
        )
        if kind in RETRIABLE and (tries or 0) < attempts:
            changed = session.execute(still.values(status="queued", heartbeat_at=None, error=None))
            outcome, into = "retried", retried
        else:
            changed = session.execute(
                still.values(status="failed", error=STALLED_MESSAGE, finished_at=now)
            )
            outcome, into = "failed", failed
        session.commit()
        if _changed(changed):
            into.append(job_id)
            log.warning("Job %s (%s) stalled on %s: %s", job_id, kind, worker, outcome)
    for job_id in retried:
        requeue(job_id)
    return {"retried": retried, "failed": failed}


def _owned(job_id: int, attempt: int) -> Any:
    return update(Job).where(Job.id == job_id, Job.status == "running", Job.attempts == attempt)


def _changed(result: Any) -> bool:
    return bool(getattr(result, "rowcount", 0))


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
