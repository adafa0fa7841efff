"""Extensions shared by the blueprints: the database, the matcher, CSRF and the rate limiter."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app
from flask.globals import app_ctx
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf import CSRFProtect
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, scoped_session, sessionmaker

if TYPE_CHECKING:
    from careers.services.matcher import Matcher


def make_engine(url: str) -> Engine:
    """An engine for SQLite (foreign keys on, WAL for several gunicorn workers) or PostgreSQL."""
    # hide_parameters: an error's message and log never carry what somebody typed (a search,
    # a student's note, a sign-in email), only the SQL statement.
    kwargs: dict[str, Any] = {"future": True, "hide_parameters": True}
    if url.startswith("sqlite"):
        kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(url, **kwargs)
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            if ":memory:" not in url:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.close()

    return engine


class AppSession(Session):
    """A session on the current app's database (unless given another bind)."""

    def __init__(self, bind: Engine | None = None, **kwargs: Any) -> None:
        super().__init__(bind=bind or current_app.extensions["database"], **kwargs)


class Database:
    """Each app's database engine (in app.extensions["database"], made by init_app) and a session
    scoped to the current app context, bound to that app's engine."""

    def __init__(self) -> None:
        self.session_factory = sessionmaker(class_=AppSession, expire_on_commit=False)
        self.session = scoped_session(self.session_factory, scopefunc=_app_context_id)

    @property
    def engine(self) -> Engine:
        """The current app's engine."""
        engine: Engine = current_app.extensions["database"]
        return engine

    def init_app(self, app: Flask) -> None:
        engine = make_engine(app.config["CAREERS"].DATABASE_URL)
        app.extensions["database"] = engine
        # The engine goes with its app: its pooled connections are closed, not left to the
        # garbage collector (psycopg warns about a connection deleted while still open).
        weakref.finalize(app, engine.dispose)

        @app.teardown_appcontext
        def _remove_session(_exc: BaseException | None) -> None:
            self.session.remove()

    @contextmanager
    def new_session(self) -> Iterator[Session]:
        """A session of its own on the current app's database, for background jobs and the CLI."""
        session = self.session_factory()
        try:
            yield session
        finally:
            session.close()


def _app_context_id() -> int:
    return id(app_ctx._get_current_object())  # type: ignore[attr-defined]


def matcher() -> Matcher:
    """The current app's matcher (create_app makes it)."""
    found: Matcher = current_app.extensions["matcher"]
    return found


db = Database()
csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
