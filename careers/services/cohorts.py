"""Careers advisers' cohorts: pseudonymous students, their answers, shortlists and retention.

A cohort belongs to one school or college and lives until the end of the academic year
(31 August) unless an adviser renews it. Expired cohorts are deleted, with every student in them,
by `careers cohorts expire` and again whenever anyone tries to open one.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from careers.models import Cohort, Job, Student
from careers.services.profiles import ProfileError, parse_profile, profile_answers

PSEUDONYM_MAX = 60
NAME_MAX = 120
NOTE_MAX = 2000
SHORTLIST_MAX = 10

# A capitalised word of a name: "Amira", "O'Neil-Smith", "McDonald".
_NAME_WORD = re.compile(r"[A-Z][A-Za-z'’\-]*[a-z]")
_EMAIL = re.compile(r"\S+@\S+")


class CohortError(ValueError):
    """Bad input: `errors` maps each field to a plain-English message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


# --- retention ---------------------------------------------------------------------


def academic_year_end(today: dt.date) -> dt.date:
    """The 31 August that ends the academic year `today` falls in."""
    end = dt.date(today.year, 8, 31)
    return end if today <= end else dt.date(today.year + 1, 8, 31)


def is_expired(cohort: Cohort, today: dt.date) -> bool:
    return cohort.expires_on < today


def renew_cohort(session: Session, cohort: Cohort, today: dt.date) -> dt.date:
    """Keep a cohort for one more academic year after the current one (never further ahead)."""
    end = academic_year_end(today)
    cohort.expires_on = dt.date(end.year + 1, 8, 31)
    session.flush()
    return cohort.expires_on


def can_renew(cohort: Cohort, today: dt.date) -> bool:
    return cohort.expires_on < dt.date(academic_year_end(today).year + 1, 8, 31)


def delete_cohort(session: Session, cohort_id: int) -> int:
    """Delete a cohort and all its students' data at once; returns how many students went."""
    students = session.execute(
        delete(Student)
        .where(Student.cohort_id == cohort_id)
        .execution_options(synchronize_session=False)
    )
    for job in session.scalars(select(Job).where(Job.kind == "cohort_match")):
        if (job.payload or {}).get("cohort_id") == cohort_id:
            session.delete(job)
    session.execute(
        delete(Cohort).where(Cohort.id == cohort_id).execution_options(synchronize_session=False)
    )
    session.expire_all()
    return int(getattr(students, "rowcount", 0) or 0)


def expire_cohorts(session: Session, today: dt.date) -> list[int]:
    """Delete every cohort whose academic year has ended; returns their ids."""
    ids = list(session.scalars(select(Cohort.id).where(Cohort.expires_on < today)))
    for cohort_id in ids:
        delete_cohort(session, cohort_id)
    return ids


# --- cohorts -------------------------------------------------------------------------


def list_cohorts(
    session: Session, organisation_id: int, today: dt.date
) -> list[tuple[Cohort, int]]:
    """An organisation's live cohorts, newest first, each with how many students it has."""
    counts = (
        select(Student.cohort_id, func.count(Student.id).label("n"))
        .group_by(Student.cohort_id)
        .subquery()
    )
    rows = session.execute(
        select(Cohort, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.cohort_id == Cohort.id)
        .where(Cohort.organisation_id == organisation_id, Cohort.expires_on >= today)
        .order_by(Cohort.created_at.desc(), Cohort.id.desc())
    ).all()
    return [(cohort, int(n)) for cohort, n in rows]


def get_cohort(
    session: Session, organisation_id: int, cohort_id: int, today: dt.date
) -> Cohort | None:
    """The cohort if it belongs to this organisation and is live. An expired one is deleted."""
    cohort = session.get(Cohort, cohort_id)
    if cohort is None or cohort.organisation_id != organisation_id:
        return None
    if is_expired(cohort, today):
        delete_cohort(session, cohort.id)
        session.commit()
        return None
    return cohort


def create_cohort(
    session: Session, organisation_id: int, user_id: int | None, name: str, today: dt.date
) -> Cohort:
    name = " ".join(name.split())
    if not name:
        raise CohortError({"name": "Enter a name for the cohort, like Year 11, 2026/27"})
    if len(name) > NAME_MAX:
        raise CohortError({"name": f"Cohort name must be {NAME_MAX} characters or fewer"})
    cohort = Cohort(
        organisation_id=organisation_id,
        created_by_id=user_id,
        name=name,
        expires_on=academic_year_end(today),
    )
    session.add(cohort)
    session.flush()
    return cohort


# --- students --------------------------------------------------------------------------


def looks_like_name(pseudonym: str) -> bool:
    """True when a pseudonym looks like a real name ("Amira Khan", "Khan, Amira"): two or more
    capitalised words and nothing else. We warn against those; candidate numbers are best."""
    words = pseudonym.replace(",", " ").split()
    return len(words) >= 2 and all(_NAME_WORD.fullmatch(word) for word in words)


def check_pseudonym(pseudonym: str) -> str | None:
    """A plain-English problem with this pseudonym, or None."""
    if not pseudonym:
        return "Enter a pseudonym or candidate number"
    if len(pseudonym) > PSEUDONYM_MAX:
        return f"Pseudonym must be {PSEUDONYM_MAX} characters or fewer"
    if _EMAIL.search(pseudonym):
        return "Enter a pseudonym or candidate number, not an email address"
    if any(ord(c) < 32 for c in pseudonym):
        return "Pseudonym must not contain control characters"
    return None


def clean_answers(answers: dict[str, Any], circumstances_consent: bool) -> dict[str, Any]:
    """Validate a student's answers with the same rules as the young person's form and return
    what is stored: the match contract fields, with circumstances only when the student agreed."""
    data = {k: v for k, v in answers.items() if v not in (None, "", [], ())}
    circumstances = data.pop("circumstances", None)
    errors: dict[str, str] = {}
    if circumstances and not circumstances_consent:
        errors["circumstances_consent"] = (
            "Confirm the student agreed to you recording their circumstances, "
            "or leave circumstances empty"
        )
    if circumstances and circumstances_consent:
        data["circumstances"] = list(circumstances)
    try:
        profile = parse_profile(data)
    except ProfileError as error:
        errors.update(error.errors)
        raise CohortError(errors) from error
    if errors:
        raise CohortError(errors)
    return profile_answers(profile)


def add_student(
    session: Session,
    cohort: Cohort,
    pseudonym: str,
    answers: dict[str, Any],
    circumstances_consent: bool = False,
) -> Student:
    pseudonym, profile = _checked_student(
        session, cohort.id, pseudonym, answers, circumstances_consent, current=None
    )
    student = Student(
        cohort_id=cohort.id,
        pseudonym=pseudonym,
        profile=profile,
        circumstances_consent=bool(circumstances_consent and profile.get("circumstances")),
        pinned_refs=[],
        hidden_refs=[],
    )
    session.add(student)
    session.flush()
    return student


def update_student(
    session: Session,
    student: Student,
    pseudonym: str,
    answers: dict[str, Any],
    circumstances_consent: bool = False,
) -> None:
    pseudonym, profile = _checked_student(
        session, student.cohort_id, pseudonym, answers, circumstances_consent, current=student
    )
    if profile != student.profile:
        student.matches = None  # answers changed: the old matches no longer apply
        student.matched_at = None
    student.pseudonym = pseudonym
    student.profile = profile
    student.circumstances_consent = bool(circumstances_consent and profile.get("circumstances"))
    session.flush()


def _checked_student(
    session: Session,
    cohort_id: int,
    pseudonym: str,
    answers: dict[str, Any],
    circumstances_consent: bool,
    current: Student | None,
) -> tuple[str, dict[str, Any]]:
    """The tidied pseudonym and stored answers, or CohortError with every problem at once."""
    pseudonym = " ".join(pseudonym.split())
    errors: dict[str, str] = {}
    problem = check_pseudonym(pseudonym)
    renamed = current is None or pseudonym != current.pseudonym
    if problem:
        errors["pseudonym"] = problem
    elif renamed and _pseudonym_taken(session, cohort_id, pseudonym):
        errors["pseudonym"] = f"There is already a student called {pseudonym} in this cohort"
    try:
        profile = clean_answers(answers, circumstances_consent)
    except CohortError as error:
        errors.update(error.errors)
        raise CohortError(errors) from error
    if errors:
        raise CohortError(errors)
    return pseudonym, profile


def get_student(session: Session, cohort: Cohort, student_id: int) -> Student | None:
    student = session.get(Student, student_id)
    if student is None or student.cohort_id != cohort.id:
        return None
    return student


def delete_student(session: Session, student: Student) -> None:
    session.delete(student)
    session.flush()


def _pseudonym_taken(session: Session, cohort_id: int, pseudonym: str) -> bool:
    return (
        session.scalar(
            select(Student.id).where(
                Student.cohort_id == cohort_id,
                func.lower(Student.pseudonym) == pseudonym.lower(),
            )
        )
        is not None
    )


# --- shortlists and notes ----------------------------------------------------------------


def pin(session: Session, student: Student, ref: str) -> None:
    """Put a pathway on the student's shortlist."""
    if ref in student.pinned_refs:
        return
    if len(student.pinned_refs) >= SHORTLIST_MAX:
        raise CohortError(
            {"ref": f"A shortlist can hold {SHORTLIST_MAX} pathways. Unpin one first."}
        )
    student.pinned_refs = [*student.pinned_refs, ref]
    student.hidden_refs = [r for r in student.hidden_refs if r != ref]
    session.flush()


def unpin(session: Session, student: Student, ref: str) -> None:
    student.pinned_refs = [r for r in student.pinned_refs if r != ref]
    session.flush()


def set_note(session: Session, student: Student, note: str) -> None:
    note = note.strip()
    if len(note) > NOTE_MAX:
        raise CohortError({"note": f"Note must be {NOTE_MAX} characters or fewer"})
    student.note = note or None
    session.flush()
