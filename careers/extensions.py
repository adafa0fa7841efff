"""Extensions shared by the blueprints: the database, CSRF and the rate limiter."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_wtf import CSRFProtect
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, scoped_session, sessionmaker


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


class Database:
    """Holds the engine and a scoped session bound to the app context."""

    def __init__(self) -> None:
        self.engine: Engine | None = None
        self.session_factory: sessionmaker[Session] = sessionmaker(expire_on_commit=False)
        self.session = scoped_session(self.session_factory)

    def configure(self, url: str) -> Engine:
        if self.engine is not None:
            self.session.remove()
            self.engine.dispose()
        self.engine = make_engine(url)
        self.session_factory.configure(bind=self.engine)
        return self.engine

    def init_app(self, app: Flask) -> None:
        self.configure(app.config["CAREERS"].DATABASE_URL)

        @app.teardown_appcontext
        def _remove_session(_exc: BaseException | None) -> None:
            self.session.remove()

    @contextmanager
    def new_session(self) -> Iterator[Session]:
        """A session of its own, for background jobs and the CLI."""
        session = self.session_factory()
        try:
            yield session
        finally:
            session.close()


db = Database()
csrf = CSRFProtect()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
