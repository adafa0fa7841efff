"""A real task-queue consumer for tests: `worker` runs the app's Huey consumer (its worker and
scheduler threads, on the app's own SQLite queue file) while the test runs, and `wait_for_job`
waits until a job has finished."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy.orm import Session

from careers.models import Job
from careers.tasks import Tasks


class Worker:
    def __init__(self, tasks: Tasks) -> None:
        self.tasks = tasks
        self.consumer = tasks.huey.create_consumer(
            workers=1, worker_type="thread", periodic=False, initial_delay=0.05, max_delay=0.2
        )

    def start(self) -> None:
        # The consumer's threads, without its signal handlers (those belong to pytest).
        for _, thread in self.consumer.worker_threads:
            thread.start()

    def stop(self) -> None:
        self.consumer.stop_flag.set()
        for _, thread in self.consumer.worker_threads:
            thread.join(timeout=30)


@pytest.fixture
def worker(app: Flask) -> Iterator[Worker]:
    running = Worker(app.extensions["tasks"])
    running.start()
    yield running
    running.stop()


def wait_for_job(session: Session, job_id: int, timeout: float = 120.0) -> Job:
    """The job once it is done or failed (fails the test if it is still going at the timeout)."""
    deadline = time.monotonic() + timeout
    while True:
        session.expire_all()
        job = session.get(Job, job_id)
        assert job is not None
        if job.status in ("done", "failed") or time.monotonic() > deadline:
            session.rollback()
            return job
        time.sleep(0.1)


@pytest.fixture
def redis_url() -> str:
    """The Redis server at TEST_REDIS_URL (default 127.0.0.1:6379). Outside CI a missing server
    skips the test with one clear line; with CI=true it fails it."""
    import os

    import redis

    from tests.postgres import IN_CI

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    client = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as error:
        if IN_CI:
            pytest.fail(f"Redis at {url} is not reachable: {error}")
        pytest.skip(f"Redis tests skipped: no server at {url}.")
    finally:
        client.close()
    return url
