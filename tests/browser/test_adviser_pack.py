"""An adviser's lesson in Chromium: sign in, create a cohort, upload a class from the CSV
template, match everyone, and print the cohort pack to PDF, one page a student."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pyotp
import pytest
from sqlalchemy.orm import Session

from careers.extensions import make_engine
from careers.models import User
from careers.sealing import seal
from careers.services.passwords import hash_password
from tests.advisers.factories import make_school
from tests.browser.axe import assert_no_violations
from tests.employers.factories import TOTP_KEY

pytestmark = pytest.mark.browser

PASSWORD = "a long browser test passphrase"
CLASS_CSV = (
    "pseudonym,about,skills,interests,qualification_level,gcse_english_maths,age,postcode,"
    "max_distance_km,types,paid_only,circumstances,circumstances_consent\n"
    "11K-01,I look after my nan and like helping people,kindness,caring for people,1,no,16,"
    "SE15,16,,no,,\n"
    "11K-02,I love science and how the body works,accuracy,science,2,yes,17,E1,16,,no,,\n"
    "11K-03,I like computers and fixing things,computers,technology,1,no,16,N17,16,,no,"
    "young_carer,yes\n"
)


@pytest.fixture(scope="module")
def adviser_email(live_server: Any) -> str:
    engine = make_engine(live_server.database_url)
    with Session(engine) as session:
        school = make_school(session, name="Browser Test Academy", slug="browser-test-academy")
        session.add(
            User(
                email="adviser@browser-test-academy.sch.uk",
                password_hash=hash_password(PASSWORD),
                role="adviser",
                organisation_id=school.id,
                active=True,
                totp_secret=seal("browser-test-secret", TOTP_KEY),
                totp_confirmed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )
        )
        session.commit()
    engine.dispose()
    return "adviser@browser-test-academy.sch.uk"


def _page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


def test_an_adviser_prints_a_cohort_pack_to_pdf(
    desktop_page: Any, adviser_email: str, tmp_path: Path
) -> None:
    page = desktop_page
    page.goto("/sign-in")
    page.get_by_label("Email address").fill(adviser_email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/sign-in/two-factor")  # the second factor: a code from the app
    assert_no_violations(page)
    page.get_by_label("Security code").fill(pyotp.TOTP(TOTP_KEY).now())
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url("**/advisers/")
    assert_no_violations(page)

    page.get_by_role("button", name="Create a cohort").click()
    page.get_by_label("Cohort name").fill("Year 11, 2026/27")
    page.get_by_role("button", name="Create cohort").click()
    assert page.locator("h1").inner_text() == "Year 11, 2026/27"

    page.get_by_role("link", name="Add students from a spreadsheet").click()
    upload = tmp_path / "class.csv"
    upload.write_text(CLASS_CSV)
    page.get_by_label("Upload a CSV file").set_input_files(str(upload))
    page.get_by_role("button", name="Check file").click()
    assert "3 students ready to add" in page.locator("main").inner_text()
    assert_no_violations(page)
    page.get_by_role("button", name="Add 3 students").click()
    assert "3 students added" in page.locator("main").inner_text()

    page.get_by_role("button", name="Match every student").click()
    assert "Matched 3 students" in page.locator("main").inner_text()
    assert_no_violations(page)

    page.get_by_role("link", name="Insights for this cohort").click()
    page.wait_for_url("**/insights")
    assert page.locator("svg[role=img]").count() >= 1
    assert_no_violations(page)
    page.go_back()

    page.get_by_role("link", name="Print pathway sheets for everyone").click()
    page.wait_for_url("**/pack")
    page.locator("section.app-sheet").first.wait_for()
    assert page.locator("section.app-sheet").count() == 3
    assert_no_violations(page)
    page.emulate_media(media="print")
    assert not page.locator(".nhsuk-header").is_visible()
    pdf = page.pdf(format="A4", print_background=True)
    (tmp_path / "pack.pdf").write_bytes(pdf)
    assert pdf.startswith(b"%PDF")
    assert _page_count(pdf) == 3, "one page for each student"
    assert page.careers_errors == []
