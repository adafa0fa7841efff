"""Fixtures shared by every test: an app on a freshly migrated SQLite database, its client and
session, and a PostgreSQL database of the test run's own (see tests/postgres.py)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers import create_app
from careers.config import Config
from careers.extensions import db
from careers.services.migrations import upgrade

pytest_plugins = ["tests.postgres", "tests.worker", "tests.mail_server"]


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per test run; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "careers.db"
    upgrade(f"sqlite:///{path}")
    return path


def make_config(data_dir: Path, database_url: str, **overrides: object) -> Config:
    # Tests about something else embed a pathway in the request that first sees it (the fake
    # encoder is instant); tests/services/test_never_embed_in_requests.py turns this off.
    overrides.setdefault("EMBED_INLINE", True)
    return Config.from_env(
        {"CAREERS_DATA_DIR": str(data_dir), "DATABASE_URL": database_url},
        SECRET_KEY="test-secret-key",
        ENCODER="fake",
        TESTING=True,
        **overrides,
    )


@pytest.fixture
def config(tmp_path: Path, migrated_sqlite: Path) -> Config:
    database = tmp_path / "careers.db"
    shutil.copy(migrated_sqlite, database)
    return make_config(tmp_path, f"sqlite:///{database}")


@pytest.fixture
def app(config: Config) -> Iterator[Flask]:
    app = create_app(config)
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    with app.app_context():
        yield app
    app.extensions["database"].dispose()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def session(app: Flask) -> Session:
    return db.session()


@pytest.fixture
def reference_data(session: Session) -> Session:
    """Boroughs, postcode districts and apprenticeship standards from seed_data/."""
    from careers.services.seed import load_reference_data

    load_reference_data(session)
    session.commit()
    return session


@pytest.fixture
def seeded_catalogue(session: Session) -> Session:
    """The reference data, organisations and example pathways of `careers seed`."""
    from careers.services.seed import seed

    seed(session)
    session.commit()
    return session
