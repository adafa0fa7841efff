"""Factories for the advisers' tests: schools, cohorts and pseudonymous students."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy.orm import Session

from careers.models import Cohort, Organisation, Student
from careers.services.cohorts import academic_year_end
from tests.factories import make_organisation

_counter = itertools.count(1)


def make_school(session: Session, **fields: Any) -> Organisation:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "name": f"Peckham Academy {n}",
        "slug": f"peckham-academy-{n}",
        "type": "school",
    }
    defaults.update(fields)
    return make_organisation(session, **defaults)


def make_cohort(
    session: Session, organisation: Organisation | None = None, **fields: Any
) -> Cohort:
    defaults: dict[str, Any] = {
        "organisation": organisation or make_school(session),
        "name": "Year 11, 2026/27",
        "expires_on": academic_year_end(dt.date.today()),
    }
    defaults.update(fields)
    cohort = Cohort(**defaults)
    session.add(cohort)
    session.flush()
    return cohort


def make_student(session: Session, cohort: Cohort, **fields: Any) -> Student:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "pseudonym": f"11K-{n:02d}",
        "profile": {
            "about": "I like looking after people and I stay calm",
            "interests": ["caring for people"],
            "age": 16,
            "qualification_level": 1,
            "gcse_english_maths": False,
        },
        "pinned_refs": [],
        "hidden_refs": [],
    }
    defaults.update(fields)
    student = Student(cohort=cohort, **defaults)
    session.add(student)
    session.flush()
    return student
