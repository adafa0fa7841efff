"""Alembic environment: migrates the database named by DATABASE_URL (or the one passed in)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from careers.config import Config
from careers.extensions import make_engine
from careers.models import Base

target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url") or Config.from_env().DATABASE_URL
    engine = make_engine(url)
    with engine.begin() as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Offline migrations are not supported; run `careers db upgrade`.")
run_migrations_online()
