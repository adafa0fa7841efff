"""The advisers' cohort and student pages, as an adviser sees them."""

from __future__ import annotations

import datetime as dt

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Cohort, Student
from tests.advisers.factories import make_cohort, make_student
from tests.html import assert_well_formed_page, page, text_of


def test_an_adviser_lands_on_their_cohorts(signed_in: FlaskClient, cohort: Cohort) -> None:
    soup = assert_well_formed_page(signed_in.get("/advisers/"), "Your cohorts")
    assert [a.get_text() for a in soup.select(".app-cohorts a")] == ["Year 11, 2026/27"]


def test_an_adviser_creates_a_cohort(signed_in: FlaskClient, session: Session) -> None:
    response = signed_in.post("/advisers/cohorts/new", data={"name": "Year 12, 2026/27"})
    assert response.status_code == 302
    cohort = session.scalar(select(Cohort))
    assert cohort is not None and cohort.name == "Year 12, 2026/27"
    soup = assert_well_formed_page(signed_in.get(response.location))
    assert text_of(soup, "h1") == "Year 12, 2026/27"


def test_a_cohort_without_a_name_is_refused(signed_in: FlaskClient) -> None:
    soup = page(signed_in.post("/advisers/cohorts/new", data={"name": " "}))
    assert "Enter a name" in text_of(soup, ".nhsuk-error-summary")


def test_an_adviser_adds_a_student(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    response = signed_in.post(
        f"/advisers/cohorts/{cohort.id}/students/new",
        data={
            "pseudonym": "11K-07",
            "about": "I like helping people",
            "skills": "listening, first aid",
            "qualification_level": "1",
            "gcse_english_maths": "no",
            "age": "16",
            "types": ["apprenticeship"],
        },
    )
    assert response.status_code == 302
    student = session.scalar(select(Student))
    assert student is not None
    assert student.profile["skills"] == ["listening", "first aid"]
    assert student.profile["gcse_english_maths"] is False
    soup = page(signed_in.get(response.location))
    assert "11K-07" in text_of(soup, ".app-students")


def test_a_name_is_discouraged_until_the_adviser_confirms_it_is_not_one(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    data = {"pseudonym": "Amira Khan", "about": "I like art"}
    soup = page(signed_in.post(f"/advisers/cohorts/{cohort.id}/students/new", data=data))
    assert "looks like a real name" in text_of(soup, ".nhsuk-error-summary")
    assert soup.select_one("input[name=not_a_name]") is not None
    assert session.scalar(select(func.count(Student.id))) == 0
    response = signed_in.post(
        f"/advisers/cohorts/{cohort.id}/students/new", data={**data, "not_a_name": "y"}
    )
    assert response.status_code == 302


def test_circumstances_need_the_students_agreement(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    data = {"pseudonym": "A1", "about": "I like art", "circumstances": ["care_leaver"]}
    soup = page(signed_in.post(f"/advisers/cohorts/{cohort.id}/students/new", data=data))
    assert "agreed" in text_of(soup, ".nhsuk-error-summary")
    assert session.scalar(select(func.count(Student.id))) == 0


def test_bad_answers_are_shown_in_plain_english(signed_in: FlaskClient, cohort: Cohort) -> None:
    data = {"pseudonym": "A1", "about": "", "age": "sixteen", "postcode": "nowhere"}
    soup = page(signed_in.post(f"/advisers/cohorts/{cohort.id}/students/new", data=data))
    summary = text_of(soup, ".nhsuk-error-summary")
    assert "age" in summary.lower() and "postcode" in summary.lower()


def test_editing_a_student_keeps_their_answers_in_the_form(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    student = make_student(session, cohort, pseudonym="B2")
    session.commit()
    url = f"/advisers/cohorts/{cohort.id}/students/{student.id}/edit"
    soup = assert_well_formed_page(signed_in.get(url))
    assert soup.select_one("input[name=age]")["value"] == "16"
    response = signed_in.post(url, data={"pseudonym": "B2", "about": "I like computers"})
    assert response.status_code == 302
    session.refresh(student)
    assert student.profile == {"about": "I like computers"}


def test_deleting_a_cohort_from_its_page_removes_every_student(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    for _ in range(3):
        make_student(session, cohort)
    session.commit()
    assert_well_formed_page(signed_in.get(f"/advisers/cohorts/{cohort.id}/delete"))
    response = signed_in.post(f"/advisers/cohorts/{cohort.id}/delete")
    assert response.status_code == 302
    assert session.scalar(select(func.count(Student.id))) == 0
    assert session.scalar(select(func.count(Cohort.id))) == 0


def test_a_cohort_is_kept_for_another_year_when_renewed(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    before = cohort.expires_on
    signed_in.post(f"/advisers/cohorts/{cohort.id}/renewal")
    session.refresh(cohort)
    assert cohort.expires_on == dt.date(before.year + 1, 8, 31)


def test_an_expired_cohort_is_gone_when_opened(
    signed_in: FlaskClient, session: Session, adviser
) -> None:
    old = make_cohort(session, adviser.organisation, expires_on=dt.date(2020, 8, 31))
    make_student(session, old)
    session.commit()
    assert signed_in.get(f"/advisers/cohorts/{old.id}").status_code == 404
    assert session.scalar(select(func.count(Student.id))) == 0


def test_pins_and_notes_on_a_students_page(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    student = make_student(
        session,
        cohort,
        matches={
            "results": [
                {
                    "ref": "X-1",
                    "title": "Ward host",
                    "organisation": "Guy's",
                    "type": "job",
                    "level": None,
                    "eligible_now": True,
                    "distance_km": 2.0,
                    "reasons": ["You like helping people"],
                    "route": [],
                    "barriers": [],
                }
            ]
        },
    )
    session.commit()
    base = f"/advisers/cohorts/{cohort.id}/students/{student.id}"
    signed_in.post(f"{base}/shortlist", data={"ref": "X-1", "action": "pin"})
    signed_in.post(f"{base}/shortlist", data={"ref": "NOT-MATCHED", "action": "pin"})
    signed_in.post(f"{base}/note", data={"note": "Open day on Friday"})
    session.refresh(student)
    assert student.pinned_refs == ["X-1"]
    assert student.note == "Open day on Friday"
    soup = assert_well_formed_page(signed_in.get(base))
    assert "Unpin" in text_of(soup, "#match-X-1 button")
    signed_in.post(f"{base}/shortlist", data={"ref": "X-1", "action": "unpin"})
    session.refresh(student)
    assert student.pinned_refs == []
