"""The advisers blueprint: careers advisers' cohorts, batch matching, sheets and insights."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from careers import auth

bp = Blueprint("advisers", __name__)


@bp.context_processor
def _adviser_helpers() -> dict[str, Any]:
    return {"current_staff": auth.current_user}


from careers.advisers import (  # noqa: E402
    access,
    cohort_matching,
    cohorts,
    insights,
    sheets,
    students,
    tracking,
    uploads,
)

bp.before_request(access.check_adviser)

__all__ = [
    "bp",
    "cohort_matching",
    "cohorts",
    "insights",
    "sheets",
    "students",
    "tracking",
    "uploads",
]
