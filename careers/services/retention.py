"""Nightly retention: reach events (aggregate counts; nothing anyone typed) and finished jobs are
kept only as long as they are useful, then deleted."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session

from careers.models import Event, Job

FINISHED_JOBS_DAYS = 90


def apply_retention(session: Session, today: dt.date, event_days: int) -> dict[str, int]:
    """Delete events older than `event_days` and jobs finished more than 90 days ago; commits."""
    events = session.execute(delete(Event).where(Event.day < today - dt.timedelta(days=event_days)))
    cutoff = dt.datetime.combine(today - dt.timedelta(days=FINISHED_JOBS_DAYS), dt.time())
    jobs = session.execute(
        delete(Job).where(Job.status.in_(("done", "failed")), Job.finished_at < cutoff)
    )
    session.commit()
    return {
        "events": int(getattr(events, "rowcount", 0) or 0),
        "jobs": int(getattr(jobs, "rowcount", 0) or 0),
    }
