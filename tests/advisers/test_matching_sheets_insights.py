"""Batch matching a cohort through the real matching service (with the fake encoder), the
pathway sheets that come out of it, and the cohort's insights."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.extensions import matcher
from careers.models import Cohort, Job, Student
from careers.services import batch_matching, cohort_insights
from careers.services import shortlist as shortlists
from tests.advisers.factories import make_student
from tests.factories import make_pathway
from tests.html import assert_well_formed_page, page, text_of
from tests.qr import decode
from tests.worker import Worker, wait_for_job

TODAY = dt.date.today()


@pytest.fixture
def catalogue(session: Session) -> None:
    make_pathway(
        session,
        ref="GSTT-HCA-01",
        title="Healthcare support worker apprentice",
        interests=["caring for people", "helping people"],
        sector="nursing",
        closing_date=TODAY + dt.timedelta(days=14),
        gcse_english_maths=False,
        min_age=16,
    )
    make_pathway(
        session,
        ref="KCH-PHARM-01",
        title="Pharmacy technician apprentice",
        description="You will prepare medicines and check prescriptions while you train.",
        interests=["science"],
        skills=["accuracy"],
        sector="pharmacy",
        gcse_english_maths=True,
        min_qualification_level=2,
        level=3,
        min_age=16,
    )
    make_pathway(
        session,
        ref="LAS-WX-01",
        type="work_experience",
        title="Ambulance service work experience week",
        interests=["helping people", "science"],
        sector="ambulance",
        pay_period="none",
        pay_min=None,
        pay_max=None,
        min_age=15,
        gcse_english_maths=None,
        closing_date=TODAY + dt.timedelta(days=90),
    )
    make_pathway(session, ref="OLD-01", title="Closed ward clerk", status="closed")
    session.commit()


def _students(session: Session, cohort: Cohort) -> list[Student]:
    carer = make_student(
        session,
        cohort,
        pseudonym="11K-01",
        profile={
            "about": "I look after my nan and I like helping people",
            "age": 16,
            "interests": ["caring for people"],
            "gcse_english_maths": False,
            "qualification_level": 1,
        },
    )
    scientist = make_student(
        session,
        cohort,
        pseudonym="11K-02",
        profile={
            "about": "I love chemistry and science experiments",
            "age": 16,
            "interests": ["science"],
            "gcse_english_maths": False,
            "qualification_level": 1,
        },
    )
    session.commit()
    return [carer, scientist]


def test_matching_a_cohort_gives_every_student_matches_with_reasons(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None
) -> None:
    carer, scientist = _students(session, cohort)
    response = signed_in.post(f"/advisers/cohorts/{cohort.id}/matches")
    assert response.status_code == 302
    for student in (carer, scientist):
        session.refresh(student)
        results = student.matches["results"]
        assert results, f"{student.pseudonym} has matches"
        assert all(r["ref"] != "OLD-01" for r in results)
        assert all("eligible_now" in r and "reasons" in r and "route" in r for r in results)
    pharmacy = next(r for r in scientist.matches["results"] if r["ref"] == "KCH-PHARM-01")
    assert not pharmacy["eligible_now"]
    assert pharmacy["barriers"]
    soup = assert_well_formed_page(signed_in.get(response.location))
    assert "Not matched yet" not in text_of(soup, ".app-students")


def test_a_students_page_shows_matches_with_whether_they_can_apply(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None
) -> None:
    _carer, scientist = _students(session, cohort)
    batch_matching.match_cohort(session, matcher(), cohort.id)
    session.commit()
    soup = assert_well_formed_page(
        signed_in.get(f"/advisers/cohorts/{cohort.id}/students/{scientist.id}")
    )
    pharmacy = soup.select_one("#match-KCH-PHARM-01")
    assert pharmacy is not None
    assert "Not yet" in pharmacy.get_text()
    assert "To apply they need" in text_of(pharmacy, ".app-barriers")


def test_a_sheet_shows_the_pinned_shortlist_with_how_to_apply_and_closing_dates(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None
) -> None:
    carer, _scientist = _students(session, cohort)
    batch_matching.match_cohort(session, matcher(), cohort.id)
    carer.pinned_refs = ["GSTT-HCA-01"]
    carer.note = "Talk to Ms Okafor about the open day"
    session.commit()
    soup = assert_well_formed_page(
        signed_in.get(f"/advisers/cohorts/{cohort.id}/students/{carer.id}/sheet"),
        "Pathway sheet for 11K-01",
    )
    items = soup.select(".app-sheet__item")
    assert [text_of(item, "h3") for item in items] == ["Healthcare support worker apprentice"]
    sheet = text_of(soup, ".app-sheet")
    assert "Open day" in sheet or "open day" in sheet
    assert (TODAY + dt.timedelta(days=14)).strftime("%B %Y") in sheet
    assert "https://www.jobs.nhs.uk/candidate/search" in sheet
    assert "What it involves" in sheet


def test_a_cohort_pack_has_one_page_per_student(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None
) -> None:
    _students(session, cohort)
    batch_matching.match_cohort(session, matcher(), cohort.id)
    session.commit()
    soup = assert_well_formed_page(signed_in.get(f"/advisers/cohorts/{cohort.id}/pack"))
    sheets = soup.select("section.app-sheet.app-print-page")
    assert [text_of(s, "h2") for s in sheets] == ["Pathways for 11K-01", "Pathways for 11K-02"]
    assert all(s.select(".app-sheet__item") for s in sheets)


def test_insights_count_barriers_readiness_and_what_closes_soon(
    session: Session, cohort: Cohort, catalogue: None
) -> None:
    _students(session, cohort)
    batch_matching.match_cohort(session, matcher(), cohort.id)
    session.commit()
    found = cohort_insights.cohort_insights(session, cohort, TODAY)
    assert found.students == found.matched == 2
    assert {i.label: i.count for i in found.interests} == {"Caring for people": 1, "Science": 1}
    barriers = {b.code: b for b in found.barriers}
    assert "gcse_english_maths" in barriers
    assert barriers["gcse_english_maths"].sentence.endswith(
        "best matches need GCSE English and maths at grade 4 or above"
    )
    assert [c.ref for c in found.closing_soon] == ["GSTT-HCA-01"]
    assert found.ready_now == 0  # nobody can apply for three pathways yet


def test_the_insights_page_has_charts_with_table_alternatives(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None
) -> None:
    _students(session, cohort)
    batch_matching.match_cohort(session, matcher(), cohort.id)
    session.commit()
    soup = assert_well_formed_page(signed_in.get(f"/advisers/cohorts/{cohort.id}/insights"))
    assert soup.select_one("svg[role=img] title") is not None
    assert soup.select("#interests-table tbody tr")
    assert "Healthcare support worker apprentice" in text_of(soup, "#closing-table")
    assert "students' best matches need" in text_of(soup, ".app-barrier-list") or (
        "student's best matches need" in text_of(soup, ".app-barrier-list")
    )


def test_the_insights_export_neutralises_formulas(
    signed_in: FlaskClient, session: Session, cohort: Cohort
) -> None:
    cohort.name = '=HYPERLINK("http://evil.example")'
    make_student(session, cohort, profile={"about": "x", "interests": ["+SUM(A1:A9)", "@cmd"]})
    session.commit()
    response = signed_in.get(f"/advisers/cohorts/{cohort.id}/insights.csv")
    assert response.mimetype == "text/csv"
    cells = [cell for row in csv.reader(io.StringIO(response.text)) for cell in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "@", "-")]
    assert '\'=HYPERLINK("http://evil.example")' in cells


def test_a_large_cohort_is_matched_in_the_background_with_progress(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None, worker: Worker
) -> None:
    for n in range(batch_matching.INLINE_LIMIT + 1):
        make_student(session, cohort, pseudonym=f"S-{n:02d}")
    session.commit()
    job = Job(
        kind="cohort_match", total=31, done=12, status="running", payload={"cohort_id": cohort.id}
    )
    session.add(job)
    session.commit()
    soup = assert_well_formed_page(signed_in.get(f"/advisers/cohorts/{cohort.id}/matches/{job.id}"))
    assert soup.select_one('meta[http-equiv="refresh"]') is not None
    assert (soup.select_one("progress")["value"], soup.select_one("progress")["max"]) == (
        "12",
        "31",
    )

    response = signed_in.post(f"/advisers/cohorts/{cohort.id}/matches")
    assert "/matches/" in response.location
    started = int(response.location.rsplit("/", 1)[1])
    finished = wait_for_job(session, started)
    assert (finished.status, finished.done) == ("done", batch_matching.INLINE_LIMIT + 1)
    students = session.scalars(select(Student).where(Student.cohort_id == cohort.id)).all()
    assert all(s.matches is not None for s in students)
    assert signed_in.get(response.location).status_code == 302


def test_insights_do_not_count_a_student_whose_match_found_nothing_as_having_matches(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None
) -> None:
    _students(session, cohort)
    batch_matching.match_cohort(session, matcher(), cohort.id)
    make_student(session, cohort, pseudonym="11K-03", matches={"results": []})
    session.commit()
    found = cohort_insights.cohort_insights(session, cohort, TODAY)
    assert (found.matched, found.with_matches) == (3, 2)
    rows = list(
        csv.reader(io.StringIO(signed_in.get(f"/advisers/cohorts/{cohort.id}/insights.csv").text))
    )
    assert ["Matched", "Students with matches", "2", ""] in rows
    soup = assert_well_formed_page(signed_in.get(f"/advisers/cohorts/{cohort.id}/insights"))
    assert "1 student has no matches" in text_of(soup, "#no-matches")


def test_a_sheets_short_link_and_qr_code_reopen_the_shortlist_with_no_name_in_it(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None, app: Flask
) -> None:
    carer, _scientist = _students(session, cohort)
    carer.profile = {**carer.profile, "postcode": "SE15 4QT", "circumstances": ["young_carer"]}
    carer.pinned_refs = ["GSTT-HCA-01", "LAS-WX-01"]
    session.commit()
    soup = assert_well_formed_page(
        signed_in.get(f"/advisers/cohorts/{cohort.id}/students/{carer.id}/sheet")
    )
    link = text_of(soup, ".app-sheet__short-link")
    assert "11K-01" not in link and "/s/" in link
    qr = soup.select_one(".app-sheet__link svg[role=img]")
    assert qr is not None and qr.select_one("title") and qr.select_one("path")
    again = page(signed_in.get(f"/advisers/cohorts/{cohort.id}/students/{carer.id}/sheet"))
    assert text_of(again, ".app-sheet__short-link") == link  # the same code each time

    # the QR code holds the same link: read by a phone, it opens the shortlist in its browser
    scanned = decode(qr)
    assert scanned.endswith(link) and scanned.startswith("http")
    phone = app.test_client()
    response = phone.get(scanned)
    assert response.status_code == 302 and response.location.endswith("/shortlist")
    shortlist = assert_well_formed_page(phone.get("/shortlist"), "Your shortlist")
    assert [li["id"] for li in shortlist.select(".app-shortlist > li")] == [
        "shortlisted-GSTT-HCA-01",
        "shortlisted-LAS-WX-01",
    ]
    assert "11K-01" not in shortlist.get_text()
    saved = shortlist.select_one("#saved-link")["value"]
    restored = shortlists.loads(app.config["SECRET_KEY"], saved.rsplit("/", 1)[1])
    assert restored is not None and restored.answers["postcode"] == "SE15"
    assert "circumstances" not in restored.answers


def test_a_short_link_stops_working_when_its_cohort_is_deleted(
    signed_in: FlaskClient, session: Session, cohort: Cohort, catalogue: None, app: Flask
) -> None:
    carer, _scientist = _students(session, cohort)
    signed_in.get(f"/advisers/cohorts/{cohort.id}/students/{carer.id}/sheet")
    session.refresh(carer)
    code = carer.share_code
    assert code and app.test_client().get(f"/s/{code}").status_code == 302
    signed_in.post(f"/advisers/cohorts/{cohort.id}/delete")
    assert app.test_client().get(f"/s/{code}").status_code == 404
    assert app.test_client().get("/s/not-a-code").status_code == 404
