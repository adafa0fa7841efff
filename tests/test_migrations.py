"""Migrations build the whole schema from empty, on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from careers.models import Base
from careers.services.migrations import upgrade


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_migrations_from_empty_create_every_table_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    upgrade(url)
    assert set(Base.metadata.tables) <= _tables(url)


@pytest.mark.postgres
def test_migrations_from_empty_create_every_table_on_postgresql(postgres_url: str) -> None:
    upgrade(postgres_url)
    assert set(Base.metadata.tables) <= _tables(postgres_url)
