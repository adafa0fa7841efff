"""Configuration, read from the environment once, when the app or CLI starts."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parent.parent
INSTANCE_DIR = PROJECT_ROOT / "instance"


def _bool(value: str | None, default: bool = False) -> bool:
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


_LOOPBACK = ("localhost", "127.0.0.1", "::1")


def _smtp_security(env: Mapping[str, str]) -> str:
    """SMTP_SECURITY: starttls (the default), tls, or none, which is refused for any host but
    this one (mail in clear text must not cross a network)."""
    security = (env.get("SMTP_SECURITY") or "starttls").strip().lower()
    if security not in ("starttls", "tls", "none"):
        raise RuntimeError(f"SMTP_SECURITY must be starttls, tls or none, not {security!r}.")
    host = env.get("SMTP_HOST") or ""
    if security == "none" and host and host not in _LOOPBACK:
        raise RuntimeError("SMTP_SECURITY=none is only for a relay on this host (localhost).")
    return security


def _dev_secret_key(data_dir: Path) -> str:
    """A generated key kept under instance/ so development sessions survive restarts."""
    path = data_dir / "secret_key"
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_hex(32)
    path.write_text(key)
    path.chmod(0o600)
    return key


# The UK's legal minimum hourly rates, newest first: from-date, apprentice, 16-17, 18-20, 21+.
# CAREERS_WAGE_RATES replaces these in the same form ("2027-04-01:8.40:8.40:11.30:13.10;...").
DEFAULT_WAGE_RATES = (
    "2026-04-01:8.00:8.00:10.85:12.71;"
    "2025-04-01:7.55:7.55:10.00:12.21;"
    "2024-04-01:6.40:6.40:8.60:11.44"
)


@dataclass
class Config:
    """Everything the service reads from the environment."""

    ENV: str = "development"
    DATABASE_URL: str = ""
    DATA_DIR: Path = INSTANCE_DIR
    SECRET_KEY: str = ""
    MODEL_DIR: str | None = None
    ENCODER: str = "minilm"  # "minilm" (the real model) or "fake" (tests only)
    REDIS_URL: str | None = None
    MAIL_BACKEND: str = "console"  # console (and outbox folder) or smtp
    SMTP_HOST: str | None = None
    SMTP_PORT: int = 587
    SMTP_USER: str | None = None
    SMTP_PASSWORD: str | None = None
    # starttls (587), tls (implicit TLS, 465) or none (only for a relay on the same host)
    SMTP_SECURITY: str = "starttls"
    MAIL_FROM: str = "no-reply@london-health-care-pathways.example"
    # Who people contact about accessibility (the accessibility statement): set these to the
    # service team's real inbox and phone line in each deployment.
    ACCESSIBILITY_EMAIL: str = "accessibility@london-health-care-pathways.example"
    ACCESSIBILITY_PHONE: str | None = None
    ACCESSIBILITY_REPLY_DAYS: int = 5  # working days we reply within
    BASE_URL: str = "http://127.0.0.1:8000"
    APPROX_INDEX_THRESHOLD: int = 50_000
    TORCH_THREADS: int = 1
    TESTING: bool = False
    # Staff sessions end after this long without a request, and this long after signing in.
    IDLE_TIMEOUT_MINUTES: int = 30
    # The API's limits for callers without a key of their own (flask-limiter syntax).
    API_MATCH_LIMIT: str = "60/minute"
    API_READ_LIMIT: str = "300/minute"
    ABSOLUTE_TIMEOUT_HOURS: int = 12
    # Feeds (careers/feeds, docs/feeds.md)
    FAA_API_URL: str = "https://api.apprenticeships.education.gov.uk/vacancies"
    FAA_API_KEY: str | None = None
    NHS_JOBS_URL: str = "https://www.jobs.nhs.uk/api/v1/search_xml"
    FEED_AREA: str = "london"  # "london", or borough names or ONS codes separated by commas
    FEED_ROUTES: tuple[str, ...] = ("Health and science", "Care services")
    WAGE_RATES: str = DEFAULT_WAGE_RATES
    FEED_TIMEOUT: float = 30.0
    FEED_RETRIES: int = 4
    # Background jobs (careers.services.jobs) run inside the request instead of on the task queue.
    JOBS_INLINE: bool = False
    # Embed new or changed pathways inside the request that first sees them (tests, and tools
    # without a task worker). Off: requests never embed; the embed_pathways task does, on a
    # worker, and each web worker serves its last good index until the embeddings are stored.
    EMBED_INLINE: bool = False
    # A web worker more than this many catalogue changes behind builds its new engine beside the
    # one it serves (a thread of its own, from stored embeddings) and swaps it in when ready.
    REBUILD_BESIDE_CHANGES: int = 500
    # The task queue (careers/tasks.py, Huey): Redis at REDIS_URL when set, otherwise a SQLite
    # file beside the database (CAREERS_QUEUE_FILE, default DATA_DIR/queue.db).
    QUEUE_FILE: Path | None = None
    QUEUE_NAME: str = "careers"  # the queue's name in Redis (one per deployment)
    # A running job's worker writes a heartbeat this often; a job whose heartbeat is older than
    # JOB_STALL_SECONDS is retried (at most JOB_ATTEMPTS times in all) or marked failed.
    JOB_HEARTBEAT_SECONDS: float = 10.0
    JOB_STALL_SECONDS: float = 60.0
    JOB_ATTEMPTS: int = 3
    # Periodic tasks, each switchable (docs/deploy.md, `careers jobs schedule`).
    SCHEDULE_FEED_SYNC: bool = True
    SCHEDULE_COHORT_EXPIRY: bool = True
    SCHEDULE_RETENTION: bool = True
    SCHEDULE_ALERTS_DAILY: bool = True  # careers alerts send --frequency daily
    SCHEDULE_ALERTS_WEEKLY: bool = True
    SCHEDULE_EMPLOYER_EMAIL: bool = True  # closing-in-7-days and weekly reach emails to staff
    # GET /metrics answers only with "Authorization: Bearer <this>"; without it, 404.
    METRICS_TOKEN: str | None = None
    # How many proxies (load balancer, nginx) sit in front of gunicorn and set X-Forwarded-For;
    # werkzeug's ProxyFix trusts that many, so rate limits see the client's own address.
    TRUSTED_PROXIES: int = 0
    # Reach events (aggregate counts, nothing typed) older than this many days are deleted nightly.
    EVENT_RETENTION_DAYS: int = 730
    # Each API answer names the worker process that served it (X-Worker-Pid; the benchmark).
    WORKER_PID_HEADER: bool = False
    # What the time is, for staff sessions (careers.auth.now): tests set a callable that
    # returns a naive UTC datetime; None is the real clock.
    CLOCK: Callable[[], dt.datetime] | None = None

    @property
    def is_production(self) -> bool:
        return self.ENV == "production"

    @property
    def queue_file(self) -> Path:
        return self.QUEUE_FILE or self.DATA_DIR / "queue.db"

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> Config:
        env = dict(os.environ if environ is None else environ)
        data_dir = Path(env.get("CAREERS_DATA_DIR") or INSTANCE_DIR)
        app_env = env.get("CAREERS_ENV", "development")
        database_url = env.get("DATABASE_URL") or f"sqlite:///{data_dir / 'careers.db'}"
        if database_url.startswith("postgres://"):
            database_url = "postgresql+psycopg://" + database_url[len("postgres://") :]
        elif database_url.startswith("postgresql://"):
            database_url = "postgresql+psycopg://" + database_url[len("postgresql://") :]
        secret_key = env.get("SECRET_KEY", "")
        if not secret_key:
            if app_env == "production":
                raise RuntimeError("SECRET_KEY must be set when CAREERS_ENV=production.")
            secret_key = overrides.get("SECRET_KEY") or _dev_secret_key(data_dir)
        config = cls(
            ENV=app_env,
            DATABASE_URL=database_url,
            DATA_DIR=data_dir,
            SECRET_KEY=secret_key,
            MODEL_DIR=env.get("CAREERS_MODEL_DIR") or None,
            ENCODER=env.get("CAREERS_ENCODER", "minilm"),
            REDIS_URL=env.get("REDIS_URL") or None,
            MAIL_BACKEND=env.get("CAREERS_MAIL_BACKEND", "console"),
            SMTP_HOST=env.get("SMTP_HOST") or None,
            SMTP_PORT=int(env.get("SMTP_PORT", "587")),
            SMTP_USER=env.get("SMTP_USER") or None,
            SMTP_PASSWORD=env.get("SMTP_PASSWORD") or None,
            SMTP_SECURITY=_smtp_security(env),
            MAIL_FROM=env.get("CAREERS_MAIL_FROM", cls.MAIL_FROM),
            ACCESSIBILITY_EMAIL=env.get("CAREERS_ACCESSIBILITY_EMAIL", cls.ACCESSIBILITY_EMAIL),
            ACCESSIBILITY_PHONE=env.get("CAREERS_ACCESSIBILITY_PHONE") or None,
            ACCESSIBILITY_REPLY_DAYS=int(
                env.get("CAREERS_ACCESSIBILITY_REPLY_DAYS", cls.ACCESSIBILITY_REPLY_DAYS)
            ),
            BASE_URL=env.get("CAREERS_BASE_URL", cls.BASE_URL).rstrip("/"),
            APPROX_INDEX_THRESHOLD=int(env.get("CAREERS_APPROX_INDEX_THRESHOLD", "50000")),
            TORCH_THREADS=int(env.get("CAREERS_TORCH_THREADS", "1")),
            TESTING=_bool(env.get("CAREERS_TESTING")),
            IDLE_TIMEOUT_MINUTES=int(env.get("CAREERS_IDLE_TIMEOUT_MINUTES", "30")),
            API_MATCH_LIMIT=env.get("CAREERS_API_MATCH_LIMIT") or cls.API_MATCH_LIMIT,
            API_READ_LIMIT=env.get("CAREERS_API_READ_LIMIT") or cls.API_READ_LIMIT,
            ABSOLUTE_TIMEOUT_HOURS=int(env.get("CAREERS_ABSOLUTE_TIMEOUT_HOURS", "12")),
            FAA_API_URL=(env.get("CAREERS_FAA_API_URL") or cls.FAA_API_URL).rstrip("/"),
            FAA_API_KEY=env.get("CAREERS_FAA_API_KEY") or None,
            NHS_JOBS_URL=env.get("CAREERS_NHS_JOBS_URL") or cls.NHS_JOBS_URL,
            FEED_AREA=env.get("CAREERS_FEED_AREA") or cls.FEED_AREA,
            FEED_ROUTES=tuple(
                route.strip()
                for route in (env.get("CAREERS_FEED_ROUTES") or "").split(";")
                if route.strip()
            )
            or cls.FEED_ROUTES,
            WAGE_RATES=env.get("CAREERS_WAGE_RATES") or DEFAULT_WAGE_RATES,
            FEED_TIMEOUT=float(env.get("CAREERS_FEED_TIMEOUT", "30")),
            FEED_RETRIES=int(env.get("CAREERS_FEED_RETRIES", "4")),
            JOBS_INLINE=_bool(env.get("CAREERS_JOBS_INLINE")),
            EMBED_INLINE=_bool(env.get("CAREERS_EMBED_INLINE")),
            REBUILD_BESIDE_CHANGES=int(env.get("CAREERS_REBUILD_BESIDE_CHANGES", "500")),
            QUEUE_FILE=Path(env["CAREERS_QUEUE_FILE"]) if env.get("CAREERS_QUEUE_FILE") else None,
            QUEUE_NAME=env.get("CAREERS_QUEUE_NAME") or cls.QUEUE_NAME,
            JOB_HEARTBEAT_SECONDS=float(env.get("CAREERS_JOB_HEARTBEAT_SECONDS", "10")),
            JOB_STALL_SECONDS=float(env.get("CAREERS_JOB_STALL_SECONDS", "60")),
            JOB_ATTEMPTS=int(env.get("CAREERS_JOB_ATTEMPTS", "3")),
            SCHEDULE_FEED_SYNC=_bool(env.get("CAREERS_SCHEDULE_FEED_SYNC"), True),
            SCHEDULE_COHORT_EXPIRY=_bool(env.get("CAREERS_SCHEDULE_COHORT_EXPIRY"), True),
            SCHEDULE_RETENTION=_bool(env.get("CAREERS_SCHEDULE_RETENTION"), True),
            SCHEDULE_ALERTS_DAILY=_bool(env.get("CAREERS_SCHEDULE_ALERTS_DAILY"), True),
            SCHEDULE_ALERTS_WEEKLY=_bool(env.get("CAREERS_SCHEDULE_ALERTS_WEEKLY"), True),
            SCHEDULE_EMPLOYER_EMAIL=_bool(env.get("CAREERS_SCHEDULE_EMPLOYER_EMAIL"), True),
            METRICS_TOKEN=env.get("CAREERS_METRICS_TOKEN") or None,
            TRUSTED_PROXIES=int(env.get("CAREERS_TRUSTED_PROXIES", "0")),
            EVENT_RETENTION_DAYS=int(env.get("CAREERS_EVENT_RETENTION_DAYS", "730")),
            WORKER_PID_HEADER=_bool(env.get("CAREERS_WORKER_PID_HEADER")),
        )
        for key, value in overrides.items():
            setattr(config, key, value)
        return config

    def flask_settings(self) -> dict[str, Any]:
        """The subset Flask and its extensions read from app.config."""
        return {
            "SECRET_KEY": self.SECRET_KEY,
            "TESTING": self.TESTING,
            "MAX_CONTENT_LENGTH": 10 * 1024 * 1024,
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_SECURE": self.is_production,
            "WTF_CSRF_TIME_LIMIT": None,
            "RATELIMIT_STORAGE_URI": self.REDIS_URL or "memory://",
            # Redis down: each worker counts in its own memory until Redis answers again
            # (flask-limiter logs the switch once, and checks Redis again with back-off).
            "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
            "RATELIMIT_STORAGE_OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
            if self.REDIS_URL
            else {},
            "RATELIMIT_HEADERS_ENABLED": True,
            "CAREERS_JOBS_INLINE": self.JOBS_INLINE,
            "WORKER_PID_HEADER": self.WORKER_PID_HEADER,
            "CAREERS_CLOCK": self.CLOCK,
            "CAREERS": self,
        }
