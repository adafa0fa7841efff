"""Uploading a class on screen: the template, the preview with every row's problems, and the
confirmation that adds everyone or no one."""

from __future__ import annotations

import io
import re

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Cohort, Student
from tests.html import assert_well_formed_page, page, text_of

GOOD = b"pseudonym,about,interests\n11K-01,I like art,art;music\n11K-02,I like science,science\n"
BAD = b"pseudonym,about,age\n11K-01,I like art,sixteen\n,I like science,16\n"


def _upload(client: FlaskClient, cohort: Cohort, data: bytes):
    return client.post(
        f"/advisers/cohorts/{cohort.id}/upload",
        data={"file": (io.BytesIO(data), "class.csv")},
        content_type="multipart/form-data",
    )


def test_the_template_downloads_as_csv(signed_in: FlaskClient) -> None:
    response = signed_in.get("/advisers/students-template.csv")
    assert response.mimetype == "text/csv"
    assert response.text.startswith("pseudonym,about,skills,interests")


def test_a_good_file_is_previewed_then_added_when_confirmed(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    soup = assert_well_formed_page(_upload(signed_in, cohort, GOOD), "Check your file")
    assert "2 students ready to add" in soup.get_text()
    assert session.scalar(select(func.count(Student.id))) == 0
    hidden = soup.select_one("input[name=csv_data]")
    assert hidden is not None
    response = signed_in.post(
        f"/advisers/cohorts/{cohort.id}/upload/confirm", data={"csv_data": hidden["value"]}
    )
    assert response.status_code == 302
    assert session.scalar(select(func.count(Student.id))) == 2


def test_a_file_with_problems_lists_each_row_and_adds_nobody(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    soup = page(_upload(signed_in, cohort, BAD))
    assert re.search(r"\d+ problems to fix", text_of(soup, ".nhsuk-error-summary"))
    rows = soup.select(".app-upload-preview tbody tr.app-row-error")
    assert len(rows) == 2
    assert "whole number" in rows[0].get_text()
    assert "Enter a pseudonym" in rows[1].get_text()
    assert soup.select_one("input[name=csv_data]") is None
    assert session.scalar(select(func.count(Student.id))) == 0


def test_a_tampered_confirmation_adds_nobody(
    signed_in: FlaskClient, cohort: Cohort, session: Session
) -> None:
    import base64

    for value in ("not base64!", base64.b64encode(BAD).decode()):
        response = signed_in.post(
            f"/advisers/cohorts/{cohort.id}/upload/confirm", data={"csv_data": value}
        )
        assert response.status_code == 302
    assert session.scalar(select(func.count(Student.id))) == 0
