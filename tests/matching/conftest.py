"""Fixtures for the matching engine's tests: a clean slate of engines for every test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from careers.services.matching import reset_engines


@pytest.fixture(autouse=True)
def fresh_engines() -> Iterator[None]:
    reset_engines()
    yield
    reset_engines()
