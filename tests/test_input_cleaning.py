"""What a security probe sent: text PostgreSQL cannot hold, digits that are not ASCII, lone
surrogates, nan and infinite pay, deep JSON, files with NUL bytes. Each gets a 400 or a form
error in plain English, never a 500, and nothing anybody typed reaches the log."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers import create_app
from careers.cleaning import BAD_TEXT, whole_number
from careers.extensions import db
from careers.services import interchange
from careers.services.migrations import upgrade
from tests.conftest import make_config
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_pathway
from tests.html import page, text_of


@pytest.fixture
def pg_app(postgres_url: str, tmp_path: Path) -> Iterator[Flask]:
    """The app on PostgreSQL, which refuses NUL bytes that SQLite stores."""
    upgrade(postgres_url)
    app = create_app(make_config(tmp_path, postgres_url))
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


@pytest.mark.parametrize(
    ("method", "url", "data"),
    [
        ("get", "/pathways?q=%00", None),
        ("get", "/pathways/%00", None),
        ("post", "/sign-in", {"email": "editor\x00@example.nhs.uk", "password": "x"}),
        ("post", "/password-reset", {"email": "editor\x00@example.nhs.uk"}),
        ("post", "/find/results", {"about": "I like \x00 caring"}),
    ],
)
def test_a_nul_byte_anywhere_gets_a_plain_400_page_on_postgresql(
    pg_app: Flask, method: str, url: str, data: dict[str, str] | None
):
    response = getattr(pg_app.test_client(), method)(url, data=data)
    assert response.status_code == 400
    assert BAD_TEXT in text_of(page(response), "main")


def test_a_nul_byte_in_an_api_query_gets_a_json_400_on_postgresql(pg_app: Flask):
    response = pg_app.test_client().get("/api/v1/pathways?q=%00")
    assert response.status_code == 400
    assert response.get_json() == {"errors": {"request": BAD_TEXT}}


def test_a_lone_surrogate_in_the_apis_about_gets_a_400(client: FlaskClient):
    response = client.post(
        "/api/v1/match", data='{"about": "I like caring \\ud800"}', content_type="application/json"
    )
    assert response.status_code == 400
    assert response.get_json()["errors"]["request"] == BAD_TEXT


def test_a_nul_byte_in_a_staff_pathway_title_gets_a_400_on_postgresql(pg_app: Flask):
    session = db.session()
    editor = make_user(session, "editor")
    session.commit()
    client = pg_app.test_client()
    sign_in_as(client, editor)
    response = client.post("/employers/pathways/new", data={"title": "Porter\x00", "type": "job"})
    assert response.status_code == 400
    assert BAD_TEXT in text_of(page(response), "main")


@pytest.mark.parametrize("digits", ["²", "٣", "１"])
def test_digits_that_are_not_ascii_are_not_numbers(digits: str):
    assert digits.isdigit()
    assert whole_number(digits) is None
    assert whole_number("17") == 17


def test_a_level_written_in_superscript_is_ignored_on_the_pathways_page(client: FlaskClient):
    assert client.get("/pathways?level=²").status_code == 200


def test_an_age_written_in_superscript_gets_the_age_error_on_find(client: FlaskClient):
    response = client.post("/find/results", data={"about": "I like caring", "age": "²"})
    assert response.status_code in (200, 400)
    assert "Enter your age as a number" in text_of(page(response), ".nhsuk-error-summary")


@pytest.mark.parametrize("pay", ["nan", "inf", "1e400", "-inf"])
def test_pay_that_is_not_an_ordinary_number_gets_a_form_error(
    client: FlaskClient, session: Session, pay: str
):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation, status="draft")
    session.commit()
    sign_in_as(client, editor)
    response = client.post(
        f"/employers/pathways/{pathway.id}/sections/pay",
        data={"pay_period": "hour", "pay_min": pay, "hours_per_week": "37.5"},
    )
    assert response.status_code in (200, 400)
    assert "Enter a number, like 27898 or 13.85" in text_of(page(response), ".nhsuk-error-summary")


def test_deeply_nested_jsonl_is_a_problem_on_its_line_not_a_crash():
    deep = '{"ref": "X-1", "title": ' + "[" * 5000 + "]" * 5000 + "}\n"
    records = interchange.parse_file(io.BytesIO(deep.encode()), "jsonl")
    assert records[0].data is None
    assert records[0].error is not None and "nested too deeply" in records[0].error


@pytest.mark.parametrize("format", ["jsonl", "json"])
def test_nan_and_infinity_in_an_import_are_refused(format: str):
    line = '{"ref": "X-1", "pay": {"min": NaN, "period": "hour"}}'
    body = line if format == "jsonl" else f"[{line}]"
    try:
        records = interchange.parse_file(io.BytesIO(body.encode()), format)
    except interchange.FileError as error:
        assert "NaN" in str(error)
    else:
        assert records[0].data is None and "NaN" in (records[0].error or "")


def test_pay_of_1e400_in_an_import_is_a_problem(session: Session):
    records = interchange.parse_file(
        io.BytesIO(b'{"ref": "X-1", "pay": {"min": 1e400, "period": "year"}}'), "jsonl"
    )
    report = interchange.validate(session, records)
    assert not report.ok
    assert "not NaN or Infinity" in " ".join(report.messages())


def test_a_csv_with_a_nul_byte_is_refused_with_a_plain_message():
    body = b"ref,title\r\nX-1,Porter\x00\r\n"
    with pytest.raises(interchange.FileError, match="line 2: the file has a character"):
        interchange.parse_file(io.BytesIO(body), "csv")


def test_jsonl_with_a_unicode_line_separator_inside_a_string_is_read():
    body = '{"ref": "X-1", "title": "Porter\u2028apprentice"}\n'.encode()
    records = interchange.parse_file(io.BytesIO(body), "jsonl")
    assert len(records) == 1
    assert records[0].data == {"ref": "X-1", "title": "Porter\u2028apprentice"}


def test_an_unexpected_error_is_logged_without_what_was_typed(
    app: Flask, client: FlaskClient, caplog: pytest.LogCaptureFixture
):
    @app.post("/test-only/explode")
    def explode() -> str:
        from flask import request

        raise ValueError(f"could not read {request.form['note']}")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    with caplog.at_level(logging.ERROR):
        response = client.post("/test-only/explode", data={"note": "my brother is in prison"})
    assert response.status_code == 500
    assert "ValueError" in caplog.text and "explode" in caplog.text
    assert "my brother is in prison" not in caplog.text


def test_database_errors_do_not_carry_their_parameters(app: Flask):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    with pytest.raises(DBAPIError) as raised:
        db.session.execute(text("SELECT * FROM no_such_table WHERE x = :typed"), {"typed": "a@b"})
    assert "a@b" not in str(raised.value)
