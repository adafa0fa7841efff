"""PostgreSQL for tests: a database of this run's own on the server at TEST_DATABASE_URL,
so parallel runs never meet. Outside CI a missing server skips these tests with one clear
line; with CI=true it fails them."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _server_url() -> str | None:
    return os.environ.get("TEST_DATABASE_URL") or None


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A new, empty PostgreSQL database; dropped afterwards."""
    url = _server_url()
    if url is None:
        if IN_CI:
            pytest.fail("TEST_DATABASE_URL is not set: CI must run the PostgreSQL tests.")
        pytest.skip("PostgreSQL tests skipped: set TEST_DATABASE_URL to run them.")
    admin_url = make_url(url).set(drivername="postgresql+psycopg")
    name = f"careers_test_{uuid.uuid4().hex[:12]}"
    try:
        admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # the server is not there
        if IN_CI:
            pytest.fail(f"PostgreSQL at {admin_url.render_as_string()} is not reachable: {exc}")
        pytest.skip(f"PostgreSQL tests skipped: no server at {admin_url.render_as_string()}.")
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
