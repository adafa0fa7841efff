"""Fixtures for the employers' screens: a movable clock."""

from __future__ import annotations

import datetime as dt

import pytest
from flask import Flask

from careers.models import utcnow


class Clock:
    """A clock the app reads through app.config["CAREERS_CLOCK"]; tests move it."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock(app: Flask) -> Clock:
    clock = Clock()
    app.config["CAREERS_CLOCK"] = clock
    return clock
