"""Tracking a student's encounters with employers and their destination, and the cohort's CSV
(Compass+ style: under the pseudonym, Gatsby benchmarks 5 and 6)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import Cohort, StudentEncounter
from tests.advisers.factories import make_cohort, make_school, make_student
from tests.html import assert_well_formed_page, page, text_of

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def _rows(client: FlaskClient, cohort: Cohort) -> list[list[str]]:
    response = client.get(f"/advisers/cohorts/{cohort.id}/tracking.csv")
    assert response.mimetype == "text/csv"
    return list(csv.reader(io.StringIO(response.text)))


def test_an_adviser_records_encounters_and_a_destination_and_downloads_them_for_tracking(
    signed_in: FlaskClient, session: Session, cohort: Cohort
) -> None:
    student = make_student(session, cohort, pseudonym="11K-07")
    quiet = make_student(session, cohort, pseudonym="11K-08")
    session.commit()
    base = f"/advisers/cohorts/{cohort.id}/students/{student.id}"
    link = page(signed_in.get(base)).select_one(f"a[href='{base}/tracking']")
    assert link is not None
    response = signed_in.post(
        f"{base}/encounters",
        data={
            "encounter-kind": "work_experience",
            "encounter-day": f"{YESTERDAY:%d/%m/%Y}",
            "encounter-employer": "King's College Hospital",
            "encounter-pathway_ref": "KCH-WX-01",
        },
    )
    assert response.status_code == 302
    signed_in.post(
        f"{base}/encounters",
        data={
            "encounter-kind": "employer_talk",
            "encounter-day": (YESTERDAY - dt.timedelta(days=7)).isoformat(),
            "encounter-employer": '=HYPERLINK("http://evil.example")',
        },
    )
    signed_in.post(
        f"{base}/destination",
        data={
            "destination-destination": "apprenticeship",
            "destination-with_whom": "Guy's and St Thomas'",
            "destination-day": "01/09/" + str(YESTERDAY.year + 1),
        },
    )
    soup = assert_well_formed_page(signed_in.get(f"{base}/tracking"), "Encounters and destination")
    table = text_of(soup, "#encounter-table")
    assert "Work experience" in table and "Gatsby benchmark 6" in table
    assert "Employer talk or workshop" in table and "Gatsby benchmark 5" in table
    assert "Apprenticeship" in text_of(soup, "#destination-now")

    rows = _rows(signed_in, cohort)
    assert rows[0] == [
        "Student",
        "Record",
        "Date",
        "Type",
        "Gatsby benchmark",
        "Employer or provider",
        "Pathway reference",
    ]
    mine = [r for r in rows[1:] if r[0] == "11K-07"]
    assert [r[1] for r in mine] == ["Encounter", "Encounter", "Destination"]
    assert mine[0][2:6] == [
        (YESTERDAY - dt.timedelta(days=7)).isoformat(),
        "Employer talk or workshop",
        "GB5",
        '\'=HYPERLINK("http://evil.example")',  # a spreadsheet shows it, never runs it
    ]
    assert mine[1][2:] == [
        YESTERDAY.isoformat(),
        "Work experience",
        "GB6",
        "King's College Hospital",
        "KCH-WX-01",
    ]
    assert mine[2][3:6] == ["Apprenticeship", "", "Guy's and St Thomas'"]
    assert [quiet.pseudonym, "Nothing recorded yet"] in [r[:2] for r in rows]
    assert not any("I like looking after people" in cell for r in rows for cell in r)


def test_bad_dates_and_kinds_are_explained_and_nothing_is_saved(
    signed_in: FlaskClient, session: Session, cohort: Cohort
) -> None:
    student = make_student(session, cohort)
    session.commit()
    base = f"/advisers/cohorts/{cohort.id}/students/{student.id}"
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    response = signed_in.post(f"{base}/encounters", data={"encounter-day": f"{tomorrow:%d/%m/%Y}"})
    summary = text_of(assert_well_formed_page(response), ".nhsuk-error-summary")
    assert "Select what kind of encounter it was" in summary
    assert "The date must be today or in the past" in summary
    response = signed_in.post(
        f"{base}/encounters", data={"encounter-kind": "careers_fair", "encounter-day": "31/02/2026"}
    )
    assert "Enter a real date" in text_of(page(response), ".nhsuk-error-summary")
    assert session.scalars(select(StudentEncounter)).all() == []


def test_an_encounter_can_be_removed_and_goes_with_the_student(
    signed_in: FlaskClient, session: Session, cohort: Cohort
) -> None:
    student = make_student(session, cohort)
    session.add_all(
        StudentEncounter(student_id=student.id, kind="careers_fair", day=YESTERDAY)
        for _ in range(2)
    )
    session.commit()
    first, second = student.encounters
    base = f"/advisers/cohorts/{cohort.id}/students/{student.id}"
    signed_in.post(f"{base}/encounters/{first.id}/delete")
    assert [e.id for e in session.scalars(select(StudentEncounter))] == [second.id]
    signed_in.post(f"{base}/delete")
    assert session.scalars(select(StudentEncounter)).all() == []


def test_another_schools_student_and_cohort_are_not_found(
    signed_in: FlaskClient, session: Session
) -> None:
    theirs = make_cohort(session, make_school(session))
    student = make_student(session, theirs)
    session.commit()
    assert signed_in.get(f"/advisers/cohorts/{theirs.id}/tracking.csv").status_code == 404
    base = f"/advisers/cohorts/{theirs.id}/students/{student.id}"
    assert signed_in.get(f"{base}/tracking").status_code == 404
    assert signed_in.post(f"{base}/encounters", data={}).status_code == 404
