"""Two gunicorn workers on one database: a pathway published outside them appears in matches
served by each of them (the index version counter at work), and one closed or edited outside
them changes in every worker at once — with the exact index and with the approximate (IVF) one.
Uses the fake encoder, so it is fast enough for every run; `careers bench` measures the same
with the real model."""

from __future__ import annotations

import http.client
import json
import math
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.bench.catalogue import store_embeddings
from careers.bench.in_process import bench_database
from careers.bench.server import (
    free_port,
    gunicorn,
    post_json,
    publish_and_watch,
    wait_until_serving,
)
from careers.config import Config
from careers.extensions import make_engine
from careers.matching.encoder import FakeEncoder
from careers.models import Pathway
from careers.services.matcher import pathway_changed

BEES = {"about": "I keep beekeeping apiary hives"}
BEE_TITLE = "Hospital garden beekeeping volunteer"


@pytest.fixture(scope="module", params=["exact", "ivf"])
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Config, int]]:
    """gunicorn with two workers (fake encoder) over 120 synthetic pathways; with "ivf" the
    approximate-index threshold is below the catalogue's size, so each worker builds IVF."""
    with bench_database(120, tmp_path_factory.mktemp("workers")) as (config, catalogue):
        config.ENCODER = "fake"
        if request.param == "ivf":
            config.APPROX_INDEX_THRESHOLD = 80
        bind = make_engine(config.DATABASE_URL)
        with Session(bind) as session:
            store_embeddings(session, catalogue, FakeEncoder(), sample=120)
        bind.dispose()
        port = free_port()
        with gunicorn(config, 2, port) as process:
            wait_until_serving(port, process, limit_s=240)
            yield config, port


def matches_from_both_workers(port: int, body: dict[str, object]) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """Results by worker pid, asking until both workers have answered (bounded). Requests go
    four at a time: one after another, an idle worker can win every accept() on a busy machine,
    while requests in flight together must be shared."""
    by_worker: dict[str, list[dict]] = {}  # type: ignore[type-arg]
    deadline = time.monotonic() + 60
    with ThreadPoolExecutor(max_workers=4) as pool:
        while time.monotonic() < deadline:
            for status, answer, headers in pool.map(
                lambda _: post_json(port, "/api/v1/match", body), range(4)
            ):
                assert status == 200
                by_worker.setdefault(headers["x-worker-pid"], answer["results"])
            if len(by_worker) == 2:
                return by_worker
    raise AssertionError("only one worker answered in 60 s")


def change(config: Config, ref: str, **fields: object) -> None:
    bind = make_engine(config.DATABASE_URL)
    try:
        with Session(bind) as session:
            pathway = session.scalars(select(Pathway).where(Pathway.ref == ref)).one()
            for name, value in fields.items():
                setattr(pathway, name, value)
            pathway_changed(session, pathway.id, removed=pathway.status != "published")
            session.commit()
    finally:
        bind.dispose()


def test_both_workers_answer_matches_from_the_index_asked_for(
    served: tuple[Config, int],
) -> None:
    config, port = served
    for results in matches_from_both_workers(port, {"about": "caring for people"}).values():
        assert results
    kinds = set()
    for _ in range(40):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        connection.request("GET", "/healthz")
        kinds.add(json.loads(connection.getresponse().read())["index"]["index"])
        connection.close()
    assert kinds == ({"ivf"} if config.APPROX_INDEX_THRESHOLD <= 120 else {"flat"})


def test_a_published_pathway_appears_in_matches_from_every_worker_and_a_closed_one_goes(
    served: tuple[Config, int],
) -> None:
    config, port = served
    status, body, _ = post_json(port, "/api/v1/match", BEES)
    assert status == 200
    assert not any(r["title"] == BEE_TITLE for r in body["results"])

    first, every = publish_and_watch(config, port, workers=2, limit_s=30)

    assert not math.isnan(first), "no worker showed the new pathway"
    assert not math.isnan(every), "only one worker showed the new pathway"
    ref = next(
        r["ref"]
        for results in matches_from_both_workers(port, BEES).values()
        for r in results
        if r["title"] == BEE_TITLE
    )

    change(config, ref, status="closed")

    for _ in range(3):  # never again, from either worker
        for results in matches_from_both_workers(port, BEES).values():
            assert ref not in [r["ref"] for r in results]


def test_an_edited_pathway_is_matched_by_its_new_words_in_every_worker(
    served: tuple[Config, int],
) -> None:
    config, port = served
    words = {"about": "I repair church organs and harpsichords"}
    target = matches_from_both_workers(port, {"about": "caring for people"})
    ref = next(iter(target.values()))[0]["ref"]

    change(
        config,
        ref,
        title="Harpsichord and church organ repair apprentice",
        summary="Repair church organs and harpsichords in the hospital chapel.",
        description="Learn to repair church organs and harpsichords.",
        skills=["organ repair"],
        interests=["harpsichords"],
    )

    for results in matches_from_both_workers(port, words).values():
        assert results[0]["ref"] == ref
