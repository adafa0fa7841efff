"""Cohorts and students: creating, validating, renaming, deleting, shortlists and notes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Student
from careers.services import cohorts
from careers.services.cohorts import CohortError
from tests.advisers.factories import make_cohort, make_school, make_student

TODAY = dt.date(2026, 10, 1)


def test_a_new_cohort_lasts_until_the_end_of_the_academic_year(session: Session) -> None:
    school = make_school(session)
    cohort = cohorts.create_cohort(session, school.id, None, "  Year 11,   2026/27 ", TODAY)
    assert cohort.name == "Year 11, 2026/27"
    assert cohort.expires_on == dt.date(2027, 8, 31)


@pytest.mark.parametrize(
    ("today", "end"),
    [
        (dt.date(2026, 9, 1), dt.date(2027, 8, 31)),
        (dt.date(2027, 1, 15), dt.date(2027, 8, 31)),
        (dt.date(2027, 8, 31), dt.date(2027, 8, 31)),
    ],
)
def test_the_academic_year_ends_on_31_august(today: dt.date, end: dt.date) -> None:
    assert cohorts.academic_year_end(today) == end


def test_a_cohort_needs_a_name(session: Session) -> None:
    school = make_school(session)
    with pytest.raises(CohortError) as error:
        cohorts.create_cohort(session, school.id, None, "   ", TODAY)
    assert "Enter a name" in error.value.errors["name"]


def test_a_student_is_added_with_the_same_answers_as_the_young_persons_form(
    session: Session,
) -> None:
    cohort = make_cohort(session)
    student = cohorts.add_student(
        session,
        cohort,
        "11K-01",
        {"about": "I like science", "skills": ["listening"], "postcode": "se15 4qt", "age": 16},
    )
    assert student.profile["skills"] == ["listening"]
    assert student.profile["postcode"] == "SE15 4QT"
    assert "circumstances" not in student.profile


def test_a_student_with_bad_answers_gets_plain_english_errors(session: Session) -> None:
    cohort = make_cohort(session)
    with pytest.raises(CohortError) as error:
        cohorts.add_student(session, cohort, "", {"age": 7})
    assert set(error.value.errors) >= {"pseudonym", "age", "about"}
    assert session.scalar(select(func.count(Student.id))) == 0


def test_circumstances_are_kept_only_with_the_students_agreement(session: Session) -> None:
    cohort = make_cohort(session)
    with pytest.raises(CohortError) as error:
        cohorts.add_student(
            session, cohort, "A1", {"about": "I like art", "circumstances": ["young_carer"]}
        )
    assert "agreed" in error.value.errors["circumstances_consent"]
    student = cohorts.add_student(
        session,
        cohort,
        "A1",
        {"about": "I like art", "circumstances": ["young_carer"]},
        circumstances_consent=True,
    )
    assert student.profile["circumstances"] == ["young_carer"]
    assert student.circumstances_consent


def test_two_students_in_a_cohort_cannot_share_a_pseudonym(session: Session) -> None:
    cohort = make_cohort(session)
    cohorts.add_student(session, cohort, "11K-01", {"about": "I like art"})
    with pytest.raises(CohortError) as error:
        cohorts.add_student(session, cohort, "11k-01", {"about": "I like maths"})
    assert "already" in error.value.errors["pseudonym"]


@pytest.mark.parametrize(
    ("pseudonym", "name_like"),
    [
        ("Amira Khan", True),
        ("Khan, Amira", True),
        ("Jo O'Neil-Smith", True),
        ("11K-07", False),
        ("4021", False),
        ("Blue Team 3", False),
        ("student a", False),
    ],
)
def test_likely_real_names_are_spotted(pseudonym: str, name_like: bool) -> None:
    assert cohorts.looks_like_name(pseudonym) is name_like


def test_an_email_address_is_not_a_pseudonym(session: Session) -> None:
    cohort = make_cohort(session)
    with pytest.raises(CohortError) as error:
        cohorts.add_student(session, cohort, "amira@example.com", {"about": "I like art"})
    assert "email" in error.value.errors["pseudonym"]


def test_changing_a_students_answers_clears_their_old_matches(session: Session) -> None:
    cohort = make_cohort(session)
    student = make_student(session, cohort, matches={"results": []})
    cohorts.update_student(session, student, student.pseudonym, {"about": "I like computers"})
    assert student.matches is None
    assert student.profile == {"about": "I like computers"}


def test_pins_and_notes(session: Session) -> None:
    cohort = make_cohort(session)
    student = make_student(session, cohort)
    cohorts.pin(session, student, "REF-1")
    cohorts.pin(session, student, "REF-2")
    cohorts.pin(session, student, "REF-1")
    cohorts.unpin(session, student, "REF-2")
    cohorts.set_note(session, student, "  Talk about the open day  ")
    assert student.pinned_refs == ["REF-1"]
    assert student.note == "Talk about the open day"


def test_an_organisation_sees_only_its_own_live_cohorts(session: Session) -> None:
    school, other = make_school(session), make_school(session)
    mine = make_cohort(session, school, expires_on=dt.date(2027, 8, 31))
    make_student(session, mine)
    make_cohort(session, other, expires_on=dt.date(2027, 8, 31))
    make_cohort(session, school, name="Old", expires_on=dt.date(2026, 8, 31))
    assert cohorts.list_cohorts(session, school.id, TODAY) == [(mine, 1)]
    assert cohorts.get_cohort(session, other.id, mine.id, TODAY) is None
    assert cohorts.get_cohort(session, school.id, mine.id, TODAY) is mine
