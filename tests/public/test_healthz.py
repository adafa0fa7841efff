"""GET /healthz: 200 once the app can serve (database reachable, index loaded), 503 otherwise."""

from __future__ import annotations

from pathlib import Path

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers import create_app
from careers.extensions import matcher
from tests.conftest import make_config
from tests.factories import make_pathway


def test_health_is_ok_once_the_database_answers_and_the_index_is_loaded(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session)
    session.commit()
    matcher().engine(session)
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["database"] == "ok"
    assert body["index"]["loaded"] is True
    assert body["index"]["size"] == 1
    assert response.headers["Content-Type"] == "application/json"


def test_health_is_unavailable_until_the_index_is_loaded(client: FlaskClient) -> None:
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.get_json()
    assert body["database"] == "ok"
    assert body["index"]["loaded"] is False


def test_health_is_unavailable_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "careers.db"
    app = create_app(make_config(tmp_path, f"sqlite:///{missing}"))
    try:
        response = app.test_client().get("/healthz")
    finally:
        app.extensions["database"].dispose()
    assert response.status_code == 503
    assert response.get_json() == {"status": "unavailable", "database": "unreachable"}
