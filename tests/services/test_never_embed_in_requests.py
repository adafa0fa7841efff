"""Requests never embed a catalogue: the app's matcher hands pathways without a stored embedding
to the embed_pathways task (run here by a real consumer), keeps serving its last good index, and
builds a new one beside it when it is far behind. Warm-up never embeds either."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import matcher
from careers.matching.types import Profile
from careers.models import Pathway, PathwayEmbedding
from careers.services.matcher import Matcher, embed_pathways, pathway_changed
from tests.conftest import make_config
from tests.factories import make_pathway
from tests.worker import Worker

PORTER = {"title": "Hospital porter", "summary": "Move patients and equipment around wards."}


@pytest.fixture
def config(tmp_path: Path, migrated_sqlite: Path) -> Config:
    """As in production: requests never embed (CAREERS_EMBED_INLINE off)."""
    database = tmp_path / "careers.db"
    shutil.copy(migrated_sqlite, database)
    return make_config(tmp_path, f"sqlite:///{database}", EMBED_INLINE=False)


def _publish(session: Session, **fields: object) -> Pathway:
    pathway = make_pathway(session, **fields)
    pathway_changed(session, pathway.id)
    session.commit()
    return pathway


def _refs(session: Session, about: str) -> list[str]:
    return [r.ref for r in matcher().match(session, Profile(about=about)).results]


def _embedded(session: Session, pathway: Pathway) -> bool:
    session.rollback()
    found = session.scalar(
        select(PathwayEmbedding.pathway_id).where(PathwayEmbedding.pathway_id == pathway.id)
    )
    return found is not None


def _until(condition: object, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.05)
    return False


def _stored(session: Session, app: Flask, *pathways: Pathway) -> None:
    """What the embed task stores, done here (no worker)."""
    embed_pathways(session, app.extensions["matcher"].encoder, [p.id for p in pathways])


def test_a_search_does_not_embed_a_new_pathway_it_asks_the_queue_to(
    session: Session, app: Flask
) -> None:
    old = _publish(session)
    _stored(session, app, old)
    assert _refs(session, "care") == [old.ref]
    porter = _publish(session, **PORTER)
    assert _refs(session, "hospital porter") == [old.ref]  # served from the last good index
    assert not _embedded(session, porter)
    assert app.extensions["tasks"].depth() == 1  # an embed_pathways task waits for a worker


def test_a_worker_embeds_the_new_pathway_and_it_is_matched_seconds_later(
    session: Session, app: Flask, worker: Worker
) -> None:
    old = _publish(session)
    _stored(session, app, old)
    _refs(session, "care")
    porter = _publish(session, **PORTER)
    assert _until(lambda: porter.ref in _refs(session, "hospital porter"))
    assert _embedded(session, porter)


def test_an_edited_pathway_is_found_by_its_new_words_before_its_new_embedding_is_stored(
    session: Session, app: Flask
) -> None:
    pathway = _publish(session)
    _stored(session, app, pathway)
    assert _refs(session, "beekeeping") == [pathway.ref]  # one pathway: always the answer
    other = _publish(session, title="Ward clerk", summary="Answer the phone on a ward.")
    _stored(session, app, other)
    pathway.title = "Beekeeping volunteer"
    pathway.summary = "Look after the hospital garden's beehives."
    pathway_changed(session, pathway.id)
    session.commit()
    assert _refs(session, "beekeeping beehives")[0] == pathway.ref
    assert app.extensions["tasks"].depth() == 1  # its new embedding is asked for


def test_warming_up_embeds_nothing_and_serves_what_is_stored(
    session: Session, app: Flask, config: Config
) -> None:
    stored = _publish(session)
    _stored(session, app, stored)
    waiting = _publish(session, **PORTER)
    fresh = Matcher(config, request_embedding=app.extensions["tasks"].request_embedding)
    status = fresh.warm_up(session)
    assert status["size"] == 1
    assert status["waiting_for_embeddings"] == 1
    assert not _embedded(session, waiting)


def test_a_worker_far_behind_serves_its_last_index_and_swaps_in_one_built_beside(
    session: Session, app: Flask, config: Config
) -> None:
    config.REBUILD_BESIDE_CHANGES = 5
    first = _publish(session)
    _stored(session, app, first)
    assert _refs(session, "care") == [first.ref]
    many = [_publish(session, title=f"Porter {n}") for n in range(8)]
    _stored(session, app, *many)  # 8 pathways and 8 embeddings: 16 changes behind
    assert _refs(session, "care") == [first.ref]  # the old index answers at once
    matcher().wait_for_swap()
    assert matcher().swaps == 1
    assert {p.ref for p in many} <= set(_refs(session, "porter"))


def test_a_matcher_without_the_queue_still_embeds_for_the_command_line(
    session: Session, config: Config
) -> None:
    pathway = _publish(session)
    assert [r.ref for r in Matcher(config).match(session, Profile(about="care")).results] == [
        pathway.ref
    ]
    assert _embedded(session, pathway)


def test_a_large_import_is_embedded_by_the_worker_and_swapped_in(
    session: Session, app: Flask, config: Config, worker: Worker
) -> None:
    config.REBUILD_BESIDE_CHANGES = 5
    first = _publish(session)
    _stored(session, app, first)
    assert _refs(session, "care") == [first.ref]
    many = [_publish(session, title=f"Porter {n}") for n in range(7)]
    assert _until(lambda: {p.ref for p in many} <= set(_refs(session, "porter")))
    assert all(_embedded(session, p) for p in many)
