"""GET /metrics: Prometheus text, only with the configured bearer token; not there without one."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy.orm import Session

from careers import create_app
from careers.config import Config
from careers.services import jobs
from tests.factories import make_pathway

TOKEN = "metrics-test-token"


@pytest.fixture
def metered(config: Config) -> Iterator[Flask]:
    app = create_app(dataclasses.replace(config, METRICS_TOKEN=TOKEN))
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    with app.app_context():
        yield app
    app.extensions["database"].dispose()


def _samples(client: FlaskClient) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(response.text)
        for sample in family.samples
    }


def test_metrics_are_not_there_without_a_configured_token(client: FlaskClient) -> None:
    response = client.get("/metrics", headers={"Authorization": "Bearer anything"})
    assert response.status_code == 404


def test_metrics_need_the_right_token(metered: Flask) -> None:
    client = metered.test_client()
    assert client.get("/metrics").status_code == 401
    wrong = client.get("/metrics", headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 401
    assert "careers_" not in wrong.text


def test_metrics_count_matches_requests_tasks_and_the_index(metered: Flask) -> None:
    from careers.extensions import db

    session: Session = db.session()
    for n in range(3):
        make_pathway(session, title=f"Porter {n}")
    from careers.services.matcher import pathway_changed

    for pathway_id in (1, 2, 3):
        pathway_changed(session, pathway_id)
    failed = jobs.create(session, "import", {})
    failed.status = "failed"
    jobs.create(session, "cohort_match", {})
    session.commit()
    client = metered.test_client()
    for _ in range(2):
        assert client.post("/api/v1/match", json={"about": "I like helping people"}).status_code
    client.get("/no-such-page")

    samples = _samples(client)

    assert samples[("careers_match_seconds_count", (("endpoint", "api.match"),))] == 2
    assert samples[("careers_requests_total", (("status", "200"),))] >= 2
    assert samples[("careers_requests_total", (("status", "404"),))] == 1
    assert samples[("careers_tasks", (("state", "failed"),))] == 1
    assert samples[("careers_tasks", (("state", "queued"),))] == 1
    assert samples[("careers_tasks", (("state", "running"),))] == 0
    assert samples[("careers_index_size", ())] == 3
    assert samples[("careers_index_version_lag", ())] == 0
    assert samples[("careers_task_queue_depth", ())] == 0
