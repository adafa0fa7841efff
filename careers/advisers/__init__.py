"""The advisers blueprint: careers advisers' cohorts, batch matching, sheets and insights."""

from __future__ import annotations

from typing import Any

from flask import Blueprint

from careers import auth
from careers.services.batch_matching import barrier_need
from careers.widgets import error_summary_items

bp = Blueprint("advisers", __name__)
bp.add_app_template_filter(barrier_need, "barrier_need")


@bp.context_processor
def _adviser_helpers() -> dict[str, Any]:
    return {"current_staff": auth.current_user, "error_summary_items": error_summary_items}


from careers.advisers import (  # noqa: E402
    access,
    cohort_matching,
    cohorts,
    insights,
    sheets,
    students,
    uploads,
)

bp.before_request(access.check_adviser)

__all__ = ["bp", "cohort_matching", "cohorts", "insights", "sheets", "students", "uploads"]
