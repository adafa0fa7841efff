"""Two gunicorn workers on one database: a pathway published outside them appears in matches
served by each of them (the index version counter at work). Uses the fake encoder, so it is fast
enough for every run; `careers bench` measures the same with the real model."""

from __future__ import annotations

import math
from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from careers.benchmarking import (
    bench_database,
    free_port,
    gunicorn,
    post_json,
    publish_and_watch,
    store_embeddings,
    wait_until_serving,
)
from careers.config import Config
from careers.extensions import make_engine
from careers.matching.encoder import FakeEncoder


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Config, int]]:
    """gunicorn with two workers (fake encoder) over 60 synthetic pathways, for this module."""
    with bench_database(60, tmp_path_factory.mktemp("workers")) as (config, catalogue):
        config.ENCODER = "fake"
        bind = make_engine(config.DATABASE_URL)
        with Session(bind) as session:
            store_embeddings(session, catalogue, FakeEncoder(), sample=60)
        bind.dispose()
        port = free_port()
        with gunicorn(config, 2, port) as process:
            wait_until_serving(port, process, limit_s=240)
            yield config, port


def test_both_workers_answer_matches(served: tuple[Config, int]) -> None:
    _, port = served
    pids = set()
    for _ in range(60):
        status, body, headers = post_json(port, "/api/v1/match", {"about": "caring for people"})
        assert status == 200
        assert body["count"] == len(body["results"]) > 0
        pids.add(headers["x-worker-pid"])
        if len(pids) == 2:
            break
    assert len(pids) == 2


def test_a_published_pathway_appears_in_matches_from_every_worker(
    served: tuple[Config, int],
) -> None:
    config, port = served
    status, body, _ = post_json(port, "/api/v1/match", {"about": "I keep beekeeping apiary hives"})
    assert status == 200
    assert not any(r["title"] == "Hospital garden beekeeping volunteer" for r in body["results"])

    first, every = publish_and_watch(config, port, workers=2, limit_s=30)

    assert not math.isnan(first), "no worker showed the new pathway"
    assert not math.isnan(every), "only one worker showed the new pathway"
