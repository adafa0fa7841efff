"""Schemathesis generates requests from the OpenAPI document (valid and invalid) for every
operation and sends them to the app: none may get a 5xx. Bounded in examples per operation, so
it runs in seconds (a longer probe found 58 server errors in 28,027 requests before the input
cleaning; tests/test_input_cleaning.py holds those cases)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from flask import Flask
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from careers import create_app
from careers.extensions import db
from careers.services.migrations import upgrade
from tests.conftest import make_config
from tests.factories import make_pathway

EXAMPLES_PER_OPERATION = 40


@pytest.fixture(params=["sqlite", "postgresql"])
def any_app(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Flask]:
    """The app on SQLite and on PostgreSQL (which refuses NUL bytes that SQLite stores)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("app")
        return
    url = request.getfixturevalue("postgres_url")
    upgrade(url)
    app = create_app(make_config(tmp_path, url))
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    with app.app_context():
        yield app
        db.session.remove()
        db.engine.dispose()


def test_requests_generated_from_the_openapi_document_never_get_a_server_error(
    any_app: Flask,
) -> None:
    app, session = any_app, db.session()
    for n in range(3):
        make_pathway(session, ref=f"FUZZ-{n}")
    session.commit()
    sent: list[int] = []
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /match", "GET /pathways"}
    failures: list[str] = []
    for operation, mode in itertools.product(operations, GenerationMode):

        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy(generation_mode=mode))
        def send(case: schemathesis.Case) -> None:
            response = case.call()
            sent.append(response.status_code)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")

        try:
            send()
        except Unsatisfiable:  # nothing invalid can be made for it (GET /openapi.json)
            assert mode is GenerationMode.NEGATIVE
    assert failures == []
    assert len(sent) >= 2 * EXAMPLES_PER_OPERATION  # it did send requests
    assert 400 in sent and 200 in sent
