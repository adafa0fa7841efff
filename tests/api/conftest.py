"""The API's tests start each test with empty rate-limit counters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask

from careers.extensions import limiter


@pytest.fixture(autouse=True)
def fresh_rate_limits(app: Flask) -> Iterator[None]:
    limiter.reset()
    yield
    limiter.reset()
