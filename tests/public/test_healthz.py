"""GET /healthz: 200 once the app can serve (database reachable, index loaded), 503 otherwise."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers import create_app
from careers.config import Config
from careers.extensions import db, matcher
from careers.services import jobs
from careers.services.matcher import pathway_changed
from tests.conftest import make_config
from tests.factories import make_pathway
from tests.redis_down import closed_redis_url


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


def test_health_reports_redis_the_index_lag_and_the_task_queue(
    client: FlaskClient, session: Session, app: Flask
) -> None:
    make_pathway(session)
    session.commit()
    matcher().engine(session)
    porter = make_pathway(session, title="Hospital porter")
    pathway_changed(session, porter.id)  # published after this worker's index was loaded
    job = jobs.create(session, "import", {})
    app.extensions["tasks"].enqueue(job.id)
    session.commit()

    body = client.get("/healthz").get_json()

    assert body["status"] == "ok"
    assert body["redis"] == "not configured"
    assert body["index"]["lag"] == 1
    assert body["queue"] == {"backend": "sqlite", "depth": 1, "running": 0, "stalled": 0}


def test_with_redis_down_health_says_so_and_still_serves(config: Config, session: Session) -> None:
    make_pathway(session)
    session.commit()
    app = create_app(dataclasses.replace(config, REDIS_URL=closed_redis_url()))
    try:
        with app.app_context():
            matcher().engine(db.session())
        response = app.test_client().get("/healthz")
    finally:
        app.extensions["database"].dispose()

    assert response.status_code == 200
    body = response.get_json()
    assert (body["status"], body["redis"]) == ("degraded", "unreachable")
    assert body["queue"]["backend"] == "redis" and "error" in body["queue"]
