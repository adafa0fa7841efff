"""The task queue: Huey (https://huey.readthedocs.io), with Redis at REDIS_URL in production and a
SQLite file (DATA_DIR/queue.db) on the embedded default. Each app has its own Huey
(`app.extensions["tasks"]`, made by `init_app`); `careers worker` runs its consumer.

Tasks: `run_job` (a row of the jobs table: an import, a cohort's batch match, a reset email; see
careers/services/jobs.py), `embed_pathways` (the embeddings web workers asked for: requests
never embed; careers/services/matcher.py) and the periodic tasks in SCHEDULE, each switchable by
configuration (`careers jobs schedule` lists them; docs/deploy.md). Every worker also looks for
jobs whose worker died (every minute, and when it starts), so none is left "running".
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flask import Flask, current_app
from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey, crontab
from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import db
from careers.models import Job, utcnow
from careers.services import jobs

log = logging.getLogger(__name__)

QUEUE_DOWN = "It could not be started because the task queue is not answering. Try again later."


@dataclass(frozen=True)
class Periodic:
    name: str
    what: str
    when: str  # in words, for operators
    cron: dict[str, str]  # huey.crontab's arguments (UTC)
    setting: str | None  # the Config flag that switches it on or off; None: always on
    note: str = ""

    def enabled(self, config: Config) -> bool:
        return True if self.setting is None else bool(getattr(config, self.setting))

    @property
    def variable(self) -> str | None:
        return None if self.setting is None else f"CAREERS_{self.setting}"


SCHEDULE: tuple[Periodic, ...] = (
    Periodic(
        "feed_sync",
        "Sync adverts from Find an apprenticeship and NHS Jobs (careers feeds sync all)",
        "hourly, at 5 past",
        {"minute": "5"},
        "SCHEDULE_FEED_SYNC",
    ),
    Periodic(
        "cohort_expiry",
        "Delete cohorts past their end date (careers cohorts expire)",
        "daily at 02:30 UTC",
        {"minute": "30", "hour": "2"},
        "SCHEDULE_COHORT_EXPIRY",
    ),
    Periodic(
        "retention",
        "Delete reach events older than CAREERS_EVENT_RETENTION_DAYS and old finished jobs",
        "nightly at 03:00 UTC",
        {"minute": "0", "hour": "3"},
        "SCHEDULE_RETENTION",
    ),
    Periodic(
        "alerts_daily",
        "Email daily alerts their new matches (careers alerts send --frequency daily)",
        "daily at 07:00 UTC",
        {"minute": "0", "hour": "7"},
        "SCHEDULE_ALERTS_DAILY",
    ),
    Periodic(
        "alerts_weekly",
        "Email weekly alerts their new matches (careers alerts send --frequency weekly)",
        "Mondays at 07:00 UTC",
        {"minute": "0", "hour": "7", "day_of_week": "1"},
        "SCHEDULE_ALERTS_WEEKLY",
    ),
    Periodic(
        "employer_closing",
        "Email staff that a pathway of theirs closes in 7 days",
        "daily at 06:30 UTC",
        {"minute": "30", "hour": "6"},
        "SCHEDULE_EMPLOYER_EMAIL",
    ),
    Periodic(
        "employer_reach_digest",
        "Email the weekly reach digest to staff who opted in",
        "Mondays at 06:45 UTC",
        {"minute": "45", "hour": "6", "day_of_week": "1"},
        "SCHEDULE_EMPLOYER_EMAIL",
    ),
    Periodic(
        "recover_stalled",
        "Retry, or mark failed, jobs whose worker stopped mid-way",
        "every minute",
        {"minute": "*"},
        None,
    ),
)


def make_huey(config: Config, immediate: bool = False) -> Huey:
    name = config.QUEUE_NAME
    if immediate:
        return MemoryHuey(name, results=False, immediate=True)
    if config.REDIS_URL:
        from redis import ConnectionPool

        # Short timeouts: with Redis down, a request that queues a job is told so at once.
        pool = ConnectionPool.from_url(
            config.REDIS_URL, socket_connect_timeout=0.5, socket_timeout=5
        )
        return RedisHuey(name, results=False, connection_pool=pool)
    config.queue_file.parent.mkdir(parents=True, exist_ok=True)
    return SqliteHuey(name, results=False, filename=str(config.queue_file))


class Tasks:
    """One app's queue and its tasks."""

    def __init__(self, app: Flask, huey: Huey) -> None:
        self.app = app
        self.huey = huey
        self.config: Config = app.config["CAREERS"]
        self.run_job = huey.task(name="run_job")(self._run_job)
        self.embed_pathways = huey.task(name="embed_pathways", retries=2, retry_delay=5)(
            self._embed_pathways
        )
        self.periodic: dict[str, Any] = {}
        for item in SCHEDULE:
            body = getattr(self, f"_{item.name}")
            if item.enabled(self.config):
                wrapped = huey.periodic_task(crontab(**item.cron), name=item.name)(body)
                self.periodic[item.name] = wrapped

    # --- jobs ------------------------------------------------------------------------

    def _run_job(self, job_id: int, secret: dict[str, Any] | None = None) -> None:
        with self.app.app_context():
            self.execute(job_id, secret or {})

    def execute(self, job_id: int, secret: dict[str, Any]) -> str | None:
        with db.new_session() as session:
            job = session.get(Job, job_id)
            kind = job.kind if job is not None else None
        if kind is None:
            return None
        func = job_function(kind)
        return jobs.execute(job_id, func, self.config.JOB_HEARTBEAT_SECONDS, **secret)

    def enqueue(self, job_id: int, secret: dict[str, Any] | None = None) -> None:
        self.run_job(job_id, secret)

    def request_embedding(self, ids: list[int]) -> None:
        """What the app's matcher calls for pathways without a stored embedding."""
        self.embed_pathways(ids)

    def _embed_pathways(self, ids: list[int]) -> int:
        from careers.services.matcher import embed_pathways

        with self.app.app_context(), db.new_session() as session:
            encoder = self.app.extensions["matcher"].encoder
            encoded = embed_pathways(session, encoder, ids)
        log.info("Embedded %s of %s pathways asked for", encoded, len(ids))
        return encoded

    def depth(self) -> int:
        return int(self.huey.pending_count())

    # --- periodic tasks ----------------------------------------------------------------

    def _recover_stalled(self) -> dict[str, list[int]]:
        with self.app.app_context(), db.new_session() as session:
            return jobs.recover_stalled(
                session,
                stall_seconds=self.config.JOB_STALL_SECONDS,
                attempts=self.config.JOB_ATTEMPTS,
                requeue=self.enqueue,
            )

    def _feed_sync(self) -> None:
        from careers.feeds import SOURCE_NAMES, FeedError, sync

        with self.huey.lock_task("feed_sync"), self.app.app_context():
            for source in ("faa", "nhs_jobs"):
                with db.new_session() as session:
                    try:
                        result = sync(session, source, self.config)
                    except FeedError as error:
                        log.warning("%s: the sync failed: %s", SOURCE_NAMES[source], error)
                        continue
                log.info("%s: %s", SOURCE_NAMES[source], result.summary())

    def _cohort_expiry(self) -> int:
        from careers.services.cohorts import expire_cohorts

        with self.app.app_context(), db.new_session() as session:
            gone = expire_cohorts(session, dt.datetime.now(dt.UTC).date())
            session.commit()
        log.info("Deleted %s expired cohorts", len(gone))
        return len(gone)

    def _retention(self) -> dict[str, int]:
        from careers.services.retention import apply_retention

        with self.app.app_context(), db.new_session() as session:
            deleted = apply_retention(
                session, dt.datetime.now(dt.UTC).date(), self.config.EVENT_RETENTION_DAYS
            )
        log.info("Retention: deleted %(events)s events and %(jobs)s finished jobs", deleted)
        return deleted

    def _alerts_daily(self) -> int:
        return self._send_alerts("daily")

    def _alerts_weekly(self) -> int:
        return self._send_alerts("weekly")

    def _send_alerts(self, frequency: str) -> int:
        from careers.auth import now
        from careers.services.alerts import send_digests

        with (
            self.huey.lock_task(f"alerts_{frequency}"),
            self.app.app_context(),
            db.new_session() as session,
        ):
            sent = send_digests(session, self.config, frequency, now())
        log.info("Sent %s %s alert emails", sent, frequency)
        return sent

    def _employer_closing(self) -> int:
        from careers.services.employer_mail import closing_soon

        with (
            self.huey.lock_task("employer_closing"),
            self.app.app_context(),
            db.new_session() as session,
        ):
            return closing_soon(session, self.config, dt.datetime.now(dt.UTC).date())

    def _employer_reach_digest(self) -> int:
        from careers.services.employer_mail import reach_digests

        with (
            self.huey.lock_task("employer_reach_digest"),
            self.app.app_context(),
            db.new_session() as session,
        ):
            return reach_digests(session, self.config, dt.datetime.now(dt.UTC).date())

    # --- the worker --------------------------------------------------------------------

    def run_worker(self, workers: int = 1, periodic: bool = True) -> None:
        """Run the consumer until it is stopped (SIGINT finishes the jobs in hand; SIGTERM
        stops now, and their jobs are recovered by another worker or this one's next start)."""
        consumer = self.huey.create_consumer(
            workers=workers, worker_type="thread", periodic=periodic, max_delay=0.5
        )
        # Every worker, with the schedule or without, looks for stalled jobs now and then.
        every = max(1.0, min(60.0, self.config.JOB_STALL_SECONDS / 2))
        watcher = threading.Thread(
            target=self._watch_stalled, args=(consumer.stop_flag, every), daemon=True
        )
        watcher.start()
        consumer.run()

    def _watch_stalled(self, stop: Any, every: float) -> None:
        while True:
            try:
                self._recover_stalled()
            except Exception:  # the database is away: try again next time
                log.exception("Could not look for stalled jobs")
            if stop.wait(every):
                return


def init_app(app: Flask) -> Tasks:
    config: Config = app.config["CAREERS"]
    tasks = Tasks(app, make_huey(config))
    app.extensions["tasks"] = tasks
    return tasks


def current() -> Tasks:
    tasks: Tasks = current_app.extensions["tasks"]
    return tasks


def start_job(
    session: Session,
    kind: str,
    payload: dict[str, Any] | None = None,
    *,
    secret: dict[str, Any] | None = None,
    organisation_id: int | None = None,
    user_id: int | None = None,
    total: int = 0,
    inline: bool = False,
) -> Job:
    """Record a job, commit, and put it on the queue (or run it now, when inline: tests about
    something else and CAREERS_JOBS_INLINE). `secret` goes to the job function through the
    queue only, never into the jobs table (a reset email's address)."""
    job = jobs.create(
        session, kind, payload, organisation_id=organisation_id, user_id=user_id, total=total
    )
    tasks = current()
    if inline or current_app.config.get("CAREERS_JOBS_INLINE"):
        tasks.execute(job.id, secret or {})
        session.refresh(job)
    else:
        try:
            tasks.enqueue(job.id, secret)
        except Exception:  # the queue's store (Redis) does not answer: say so, keep serving
            log.exception("Could not queue job %s (%s)", job.id, kind)
            job.status, job.error, job.finished_at = "failed", QUEUE_DOWN, utcnow()
            session.commit()
    return job


def job_function(kind: str) -> Callable[..., dict[str, Any] | None]:
    """What each kind of job does (imported here, so the worker needs nothing else)."""
    from careers.employers.auth_views import send_reset_email
    from careers.services import batch_matching, pathway_import

    if kind == "import":
        return pathway_import.background_import
    if kind == "cohort_match":
        matcher = current_app.extensions["matcher"]

        def match(session: Session, job: Job, progress: jobs.Progress) -> dict[str, Any]:
            return batch_matching.match_job(matcher, session, job, progress)

        return match
    if kind == "password_reset":
        return send_reset_email
    raise LookupError(f"No job function for {kind!r}")
