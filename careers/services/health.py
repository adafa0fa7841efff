"""Can this process serve? For GET /healthz.

    {"status": "ok" | "degraded" | "unavailable",
     "database": "ok" | "unreachable",
     "redis": "ok" | "unreachable" | "not configured",
     "index": {"loaded": ..., "version": ..., "database_version": ..., "lag": ..., "size": ...},
     "queue": {"backend": "redis" | "sqlite", "depth": ..., "running": ..., "stalled": ...}}

"unavailable" (503): the database does not answer or the index is not loaded. "degraded" (200):
it serves, but Redis does not answer (rate limits fall back to each worker's memory) or the task
queue cannot be read.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from careers.models import Job, utcnow
from careers.services.matcher import Matcher

if TYPE_CHECKING:
    from careers.tasks import Tasks


def health(session: Session, matcher: Matcher, tasks: Tasks | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"status": "ok", "database": "ok"}
    try:
        session.execute(text("SELECT 1"))
    except Exception:  # any failure means we cannot serve
        session.rollback()
        return {"status": "unavailable", "database": "unreachable"}
    try:
        index = matcher.status(session)
    except Exception as error:
        index = {"loaded": False, "error": type(error).__name__}
    if index.get("loaded"):
        index["lag"] = index["database_version"] - index["version"]
    body["index"] = index
    if tasks is not None:
        body["redis"] = redis_status(tasks.config.REDIS_URL)
        body["queue"] = queue_status(session, tasks)
        if body["redis"] == "unreachable" or "error" in body["queue"]:
            body["status"] = "degraded"
    if not index.get("loaded", index.get("ready", False)):
        body["status"] = "unavailable"
    return body


def redis_status(url: str | None) -> str:
    if not url:
        return "not configured"
    import redis

    client = redis.Redis.from_url(url, socket_connect_timeout=0.5, socket_timeout=0.5)
    try:
        client.ping()
    except Exception:
        return "unreachable"
    finally:
        client.close()
    return "ok"


def queue_status(session: Session, tasks: Tasks) -> dict[str, Any]:
    backend = "redis" if tasks.config.REDIS_URL else "sqlite"
    cutoff = utcnow() - dt.timedelta(seconds=tasks.config.JOB_STALL_SECONDS)
    running = session.scalar(select(func.count(Job.id)).where(Job.status == "running")) or 0
    stalled = (
        session.scalar(
            select(func.count(Job.id)).where(Job.status == "running", Job.heartbeat_at < cutoff)
        )
        or 0
    )
    status: dict[str, Any] = {"backend": backend, "running": running, "stalled": stalled}
    try:
        status["depth"] = tasks.depth()
    except Exception as error:  # the queue's store does not answer
        status["error"] = type(error).__name__
    return status
