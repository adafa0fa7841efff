"""Who may use the advisers' screens, and how a cohort or student is found for them.

Every route in the blueprint is for signed-in advisers of a school or college. Anything of
another organisation, and any expired cohort, is answered 404 so that its id reveals nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import abort, g

from careers.auth import _to_sign_in, current_user, now
from careers.extensions import db
from careers.models import Cohort, Student
from careers.services import cohorts

ADVISER_ORGANISATION_TYPES = ("school", "college")


def check_adviser() -> Any:
    """before_request: sign in first; other roles, or an adviser without a school, get 403."""
    user = current_user()
    if user is None:
        return _to_sign_in()
    organisation = user.organisation
    if (
        user.role != "adviser"
        or organisation is None
        or organisation.type not in ADVISER_ORGANISATION_TYPES
    ):
        abort(403)
    g.adviser = user
    return None


def today() -> dt.date:
    return now().date()


def organisation_id() -> int:
    organisation_id = g.adviser.organisation_id
    assert organisation_id is not None
    return int(organisation_id)


def user_id() -> int:
    return int(g.adviser.id)


def cohort_or_404(cohort_id: int) -> Cohort:
    cohort = cohorts.get_cohort(db.session(), organisation_id(), cohort_id, today())
    if cohort is None:
        abort(404)
    return cohort


def student_or_404(cohort_id: int, student_id: int) -> tuple[Cohort, Student]:
    cohort = cohort_or_404(cohort_id)
    student = cohorts.get_student(db.session(), cohort, student_id)
    if student is None:
        abort(404)
    return cohort, student
