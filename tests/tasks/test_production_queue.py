"""Production mode: PostgreSQL and a Redis queue. A large import is queued by the web app and
run by a worker on the same Redis queue."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from careers import create_app
from careers.config import Config
from careers.extensions import db
from careers.services.migrations import upgrade
from tests.tasks.test_jobs_on_the_queue import _imported, _queue_import
from tests.worker import Worker, wait_for_job


@pytest.fixture
def production(
    config: Config, postgres_url: str, redis_url: str, tmp_path: Path
) -> Iterator[Flask]:
    upgrade(postgres_url)
    queue = f"careers-test-{uuid.uuid4().hex[:8]}"
    app = create_app(
        dataclasses.replace(
            config, DATABASE_URL=postgres_url, REDIS_URL=redis_url, QUEUE_NAME=queue
        )
    )
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=False)
    with app.app_context():
        yield app
        db.session.remove()
    app.extensions["tasks"].huey.storage.flush_all()
    app.extensions["database"].dispose()


def test_on_postgresql_and_redis_a_queued_import_is_run_by_a_worker(production: Flask) -> None:
    session = db.session()
    client = production.test_client()
    job_url = _queue_import(client, session, "PG", 230)
    assert production.extensions["tasks"].depth() == 1
    assert client.get("/healthz").get_json()["queue"]["backend"] == "redis"

    worker = Worker(production.extensions["tasks"])
    worker.start()
    try:
        job = wait_for_job(session, int(job_url.rsplit("/", 1)[1]))
    finally:
        worker.stop()

    assert job.status == "done"
    assert _imported(session, "PG") == 230
    assert production.extensions["tasks"].depth() == 0
