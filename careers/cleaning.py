"""One input-cleaning layer: what people send is checked once, before any view or query sees it.

Text may not hold NUL bytes, other control characters (tab, new line and carriage return are
fine) or lone surrogates: PostgreSQL refuses NUL, and neither can be stored, encoded or shown.
Every query string, form field and path is checked before the views run (`init_app`); the API's
JSON and the importers' files call `tree_problem` and `text_problem` on what they parse. Numbers
are read with `whole_number` (ASCII digits only: "²".isdigit() is true, int("²") fails) and
`finite` (no nan, inf or 1e400).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from flask import Flask, request
from werkzeug.exceptions import BadRequest

_BAD_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
MAX_DEPTH = 20
BAD_TEXT = (
    "Your request has a character we cannot accept (like a null or control character). "
    "Remove it and try again"
)
TOO_DEEP = f"The data is nested too deeply: use at most {MAX_DEPTH} levels of brackets"


class UnusableInput(BadRequest):
    """400 with a message written for people (the error page shows it)."""

    shown_to_people = True


def text_problem(value: str) -> str | None:
    """A plain-English reason this text cannot be accepted, or None when it is fine."""
    return BAD_TEXT if _BAD_CHARACTERS.search(value) else None


def tree_problem(value: Any, depth: int = 0) -> str | None:
    """The first problem anywhere in a parsed JSON value (keys, strings, numbers, depth)."""
    if depth > MAX_DEPTH:
        return TOO_DEEP
    if isinstance(value, str):
        return text_problem(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "Numbers must be ordinary numbers, not NaN or Infinity"
    if isinstance(value, dict):
        for key, item in value.items():
            problem = text_problem(str(key)) or tree_problem(item, depth + 1)
            if problem:
                return problem
    elif isinstance(value, list):
        for item in value:
            problem = tree_problem(item, depth + 1)
            if problem:
                return problem
    return None


def whole_number(text: object) -> int | None:
    """The whole number written in ASCII digits, or None ("²", "٣", "1.5", "-1" are None)."""
    value = str(text).strip() if text is not None else ""
    if not value or not value.isascii() or not value.isdigit() or len(value) > 12:
        return None
    return int(value)


EARLIEST_DATE = dt.date(2000, 1, 1)
LATEST_DATE = dt.date(2099, 12, 31)


def sensible_date(day: dt.date | None) -> bool:
    """A date a pathway could have (not 0001-01-01 or 9999-12-31); True for no date."""
    return day is None or EARLIEST_DATE <= day <= LATEST_DATE


def finite(value: float | None) -> bool:
    """True for an ordinary number (not nan, inf or a huge literal that became inf)."""
    return value is not None and math.isfinite(value) and abs(value) < 1e12


def _request_problem() -> str | None:
    for text in (request.path, *(request.view_args or {}).values()):
        if isinstance(text, str) and text_problem(text):
            return BAD_TEXT
    sources = [request.args] if request.blueprint == "api" else [request.args, request.form]
    for source in sources:
        for key, values in source.lists():
            if text_problem(key) or any(text_problem(v) for v in values):
                return BAD_TEXT
    return None


def init_app(app: Flask) -> None:
    @app.before_request
    def _refuse_unusable_text() -> None:
        problem = _request_problem()
        if problem:
            raise UnusableInput(problem)
