"""Redis down (REDIS_URL pointing at a closed port): rate limits fall back to each worker's memory,
logged once; signing in, matching and asking for a reset link keep working."""

from __future__ import annotations

import dataclasses
import io
import logging
from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from careers import create_app
from careers.config import Config
from careers.extensions import db
from tests.employers.factories import PASSWORD, make_user, sign_in_as, sign_in_with_code
from tests.factories import make_pathway
from tests.html import page, text_of
from tests.redis_down import closed_redis_url
from tests.tasks.test_jobs_on_the_queue import _records


@pytest.fixture
def redis_down(config: Config) -> Iterator[Flask]:
    app = create_app(dataclasses.replace(config, REDIS_URL=closed_redis_url()))
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=True)
    with app.app_context():
        yield app
    app.extensions["database"].dispose()


def test_with_redis_down_people_still_sign_in_and_match(
    redis_down: Flask, caplog: pytest.LogCaptureFixture
) -> None:
    session: Session = db.session()
    make_pathway(session)
    editor = make_user(session, "editor")
    session.commit()
    client = redis_down.test_client()
    caplog.set_level(logging.WARNING)

    signed_in = sign_in_with_code(client, editor.email, PASSWORD)
    matches = [client.post("/api/v1/match", json={"about": "caring"}) for _ in range(5)]
    reset = client.post("/password-reset", data={"email": editor.email})

    assert signed_in.status_code == 302 and signed_in.headers["Location"] != "/sign-in"
    assert "Sign out" in client.get("/employers/").text
    assert [m.status_code for m in matches] == [200] * 5
    assert matches[0].get_json()["count"] == 1
    assert reset.status_code == 302
    fallbacks = [r for r in caplog.records if "falling back to in-memory" in r.getMessage()]
    assert len(fallbacks) == 1


def test_with_redis_down_rate_limits_still_apply_from_memory(redis_down: Flask) -> None:
    client = redis_down.test_client()
    answers = [
        client.post("/password-reset", data={"email": "someone@example.org"}).status_code
        for _ in range(30)
    ]
    assert answers[0] == 302
    assert 429 in answers


def test_with_redis_down_a_large_import_says_it_could_not_start(redis_down: Flask) -> None:
    session: Session = db.session()
    editor = make_user(session, "editor")
    session.commit()
    client = redis_down.test_client()
    sign_in_as(client, editor)
    body = _records(editor.organisation.name, "RD", 210)
    upload = client.post(
        "/employers/imports",
        data={"file": (io.BytesIO(body), "p.jsonl")},
        content_type="multipart/form-data",
    )
    job_url = client.post(upload.headers["Location"], data={}).headers["Location"]

    shown = page(client.get(job_url))

    assert text_of(shown, "h1") == "The import did not work"
    assert "the task queue is not answering. Try again later." in text_of(shown, "main")
