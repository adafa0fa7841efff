"""The rest of what a security probe found: pages that shared computers cached, what the session
cookie carried, range checks on live edits, imports that moved pathways between organisations."""

from __future__ import annotations

import base64
import json
import zlib

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from tests.advisers.factories import make_cohort, make_school, make_student
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_pathway

ANSWERS = {
    "about": "I look after my younger brothers and like fixing laptops",
    "circumstances": ["young_carer"],
}


def _adviser_urls(session: Session, client: FlaskClient) -> list[str]:
    school = make_school(session)
    adviser = make_user(session, role="adviser", organisation=school)
    cohort = make_cohort(session, school)
    student = make_student(session, cohort)
    session.commit()
    sign_in_as(client, adviser)
    base = f"/advisers/cohorts/{cohort.id}"
    return [
        "/advisers/",
        base,
        f"{base}/students/{student.id}",
        f"{base}/students/{student.id}/sheet",
        f"{base}/pack",
        f"{base}/insights.csv",
    ]


def test_adviser_pages_sheets_packs_and_csvs_are_never_stored(
    client: FlaskClient, session: Session
):
    for url in _adviser_urls(session, client):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == "no-store", url


def test_employer_pages_and_csvs_are_never_stored(client: FlaskClient, session: Session):
    editor = make_user(session, "org_admin")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    for url in [
        "/employers/",
        f"/employers/pathways/{pathway.id}",
        "/employers/reach",
        "/employers/reach.csv",
        "/employers/imports/template.csv",
        "/sign-in",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Cache-Control"] == "no-store", url


def test_the_find_results_and_shortlist_are_never_stored(client: FlaskClient, session: Session):
    client.post("/find/results", data={"about": ANSWERS["about"]})
    for url in ["/find", "/find/results", "/shortlist"]:
        response = client.get(url)
        assert response.headers["Cache-Control"] == "no-store", url


def _cookie_payload(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    value = cookie.value
    compressed = value.startswith(".")
    body = value.lstrip(".").split(".")[0]
    raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    return (zlib.decompress(raw) if compressed else raw).decode("utf-8", "replace")


def test_the_session_cookie_does_not_carry_what_a_person_typed_or_their_circumstances(
    client: FlaskClient, session: Session
):
    response = client.post(
        "/find/results",
        data={"about": ANSWERS["about"], "circumstances": ANSWERS["circumstances"]},
    )
    assert response.status_code == 302
    payload = _cookie_payload(client)
    assert "laptops" not in payload and "brothers" not in payload
    assert "young_carer" not in payload
    assert client.get("/find/results").status_code == 200  # the answers still work


@pytest.mark.parametrize(
    ("section", "data", "message"),
    [
        ("basics", {"title": "Porter", "type": "job", "level": "99"}, "from 1 to 8"),
        ("dates", {"closing_date": "1 1 0001"}, "Enter a closing date between 2000 and 2099"),
        ("dates", {"closing_date": "1 1 2027", "start_date": "1 1 9999"}, "start date between"),
    ],
)
def test_live_edits_are_range_checked(
    client: FlaskClient, session: Session, section: str, data: dict[str, str], message: str
):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    response = client.post(f"/employers/pathways/{pathway.id}/sections/{section}", data=data)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert json.dumps(data)  # the pathway is unchanged:
    session.refresh(pathway)
    assert pathway.level != 99
    assert pathway.closing_date is None or pathway.closing_date.year > 2000


def test_an_import_refuses_a_closing_date_in_the_year_1(session: Session):
    import io

    from careers.services import interchange

    line = b'{"ref": "X-1", "closing_date": "0001-01-01"}'
    report = interchange.validate(session, interchange.parse_file(io.BytesIO(line), "jsonl"))
    assert '"0001-01-01" is not between 2000-01-01 and 2099-12-31' in " ".join(report.messages())


def test_session_timeouts_come_from_configuration(tmp_path, migrated_sqlite):
    import datetime as dt
    import shutil

    from careers import create_app
    from careers.config import Config
    from careers.extensions import db
    from careers.models import utcnow

    database = tmp_path / "careers.db"
    shutil.copy(migrated_sqlite, database)
    environ = {
        "CAREERS_DATA_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{database}",
        "CAREERS_IDLE_TIMEOUT_MINUTES": "5",
        "CAREERS_ABSOLUTE_TIMEOUT_HOURS": "2",
    }
    config = Config.from_env(environ, SECRET_KEY="k", ENCODER="fake", TESTING=True)
    assert (config.IDLE_TIMEOUT_MINUTES, config.ABSOLUTE_TIMEOUT_HOURS) == (5, 2)
    app = create_app(config)
    now = utcnow()
    app.config["CAREERS_CLOCK"] = lambda: now
    with app.app_context():
        editor = make_user(db.session(), "editor")
        db.session.commit()
        client = app.test_client()
        sign_in_as(client, editor, at=now - dt.timedelta(minutes=4))
        assert client.get("/employers/").status_code == 200
        sign_in_as(client, editor, at=now - dt.timedelta(minutes=6))
        response = client.get("/employers/")
        assert response.status_code == 302
        assert "5 minutes" in client.get(response.headers["Location"]).get_data(as_text=True)
        db.session.remove()
