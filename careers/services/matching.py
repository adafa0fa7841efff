"""Match use-cases: validate answers into a Profile, and match it against the live catalogue.

The engine lives in careers/matching; this module wires it to the database and keeps one engine
per process (each gunicorn worker) and database, kept current through the index_changes
version counter: before each search a worker reads max(index_changes.id) (one indexed query)
and applies any newer changes, so a publish is visible to every worker at its next search.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.matching.encoder import Encoder, get_encoder
from careers.matching.engine import MatchEngine, Timings, Weights
from careers.matching.records import Place, Query
from careers.matching.types import MatchResponse, Profile
from careers.matching.vector_index import VectorIndex
from careers.models import IndexChange
from careers.services import embeddings
from careers.services.geo import PostcodeError, lookup
from careers.services.profiles import ProfileError, parse_profile

__all__ = [
    "ProfileError",
    "index_status",
    "match",
    "match_with_timings",
    "parse_profile",
    "pathway_changed",
    "reindex",
    "reset_engines",
    "warm_up",
]

log = logging.getLogger(__name__)


@dataclass
class _Slot:
    """One database's engine in this process."""

    engine: MatchEngine | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    loaded_from: str = ""  # "saved index" | "stored embeddings"
    encoded: int = 0
    checked_at: float = 0.0


_SLOTS: dict[str, _Slot] = {}
_SLOTS_LOCK = threading.Lock()
_CONFIGS: dict[str, Config] = {}


def _url(bind: Engine) -> str:
    return bind.url.render_as_string(hide_password=False)


def configure(config: Config) -> None:
    """Say which configuration to use for config.DATABASE_URL (the CLI, eval and bench do;
    within the app the Flask config is found on its own)."""
    _CONFIGS[config.DATABASE_URL] = config


def _config_for(url: str) -> Config:
    config = _CONFIGS.get(url)
    if config is not None:
        return config
    try:
        from flask import current_app, has_app_context

        if has_app_context():
            found = current_app.config.get("CAREERS")
            if isinstance(found, Config):
                return found
    except ImportError:  # pragma: no cover
        pass
    return Config.from_env()


def reset_engines() -> None:
    """Forget every engine in this process (tests; after restoring a database)."""
    with _SLOTS_LOCK:
        _SLOTS.clear()
    _CONFIGS.clear()


def _slot(url: str) -> _Slot:
    with _SLOTS_LOCK:
        slot = _SLOTS.get(url)
        if slot is None:
            slot = _SLOTS[url] = _Slot()
        return slot


def index_path(config: Config, url: str) -> Path:
    """Where this database's FAISS index is saved (one file per database)."""
    key = hashlib.sha256(url.encode()).hexdigest()[:12]
    return Path(config.DATA_DIR) / f"match-index-{key}.faiss"


def current_version(session: Session) -> int:
    return int(session.scalar(select(func.max(IndexChange.id))) or 0)


def encoder_for(config: Config) -> Encoder:
    """This process's encoder for the configuration (loaded once)."""
    return get_encoder(config.ENCODER, config.MODEL_DIR, config.TORCH_THREADS)


def _new_engine(config: Config) -> MatchEngine:
    return MatchEngine(encoder_for(config), config.APPROX_INDEX_THRESHOLD, Weights())


def _build(
    session: Session,
    config: Config,
    url: str,
    progress: Callable[[int, int], None] | None = None,
    use_saved: bool = True,
) -> tuple[MatchEngine, str, int]:
    """A fresh engine: the saved index when it is current, otherwise stored embeddings
    (encoding only pathways whose embedding is missing or stale)."""
    engine = _new_engine(config)
    version = current_version(session)
    records = embeddings.load_records(session)
    path = index_path(config, url)
    meta = VectorIndex.read_meta(path) if use_saved else None
    if (
        meta is not None
        and meta.get("version") == version
        and meta.get("model_id") == engine.encoder.model_id
        and meta.get("size") == len(records)
    ):
        index = VectorIndex(engine.encoder.dim, config.APPROX_INDEX_THRESHOLD)
        try:
            index.load(path)
        except Exception:  # a damaged file: rebuild below
            log.warning("The saved match index at %s could not be read; rebuilding", path)
        else:
            if set(index.ids()) == {r.id for r in records}:
                engine.load_with_index(records, index, version)
                return engine, "saved index", 0
    matrix, encoded = embeddings.vectors_for(session.get_bind(), records, engine.encoder, progress)
    engine.load(records, matrix, version)
    try:
        engine.index.save(path, {"version": version, "model_id": engine.encoder.model_id})
    except OSError:
        log.warning("Could not save the match index to %s", path)
    return engine, "stored embeddings", encoded


def _apply_changes(session: Session, engine: MatchEngine, version: int) -> None:
    """Bring the engine from its version to `version` by re-reading the changed pathways."""
    changed = set(
        session.scalars(
            select(IndexChange.pathway_id)
            .where(IndexChange.id > engine.version)
            .where(IndexChange.id <= version)
        )
    )
    records = embeddings.load_records(session, changed)
    live = {r.id for r in records}
    engine.remove([i for i in changed if i not in live])
    if records:
        matrix, _ = embeddings.vectors_for(session.get_bind(), records, engine.encoder)
        engine.upsert(records, matrix)
    engine.version = version


def engine_for(session: Session, config: Config | None = None) -> MatchEngine:
    """This database's engine in this process, current with the database's index version."""
    bind = session.get_bind()
    assert isinstance(bind, Engine)
    url = _url(bind)
    config = config or _config_for(url)
    slot = _slot(url)
    version = current_version(session)
    engine = slot.engine
    if engine is not None and engine.version == version:
        return engine
    with slot.lock:
        engine = slot.engine
        if engine is None or version < engine.version:
            engine, slot.loaded_from, slot.encoded = _build(session, config, url)
            slot.engine = engine
        elif version > engine.version:
            _apply_changes(session, engine, version)
        slot.checked_at = time.time()
        return engine


def _query(session: Session, profile: Profile) -> Query:
    place = None
    if profile.postcode:
        try:
            found = lookup(session, profile.postcode)
        except PostcodeError:
            found = None
        if found is not None:
            place = Place(found.outcode, found.latitude, found.longitude)
    return Query(profile=profile, place=place)


def match_with_timings(
    session: Session, profile: Profile, config: Config | None = None
) -> tuple[MatchResponse, Timings]:
    """match(), with per-stage timings in milliseconds (for the benchmark)."""
    started = time.perf_counter()
    engine = engine_for(session, config)
    checked = time.perf_counter()
    results, timings = engine.match(_query(session, profile))
    timings.total_ms += (checked - started) * 1000
    return MatchResponse(results=results), timings


def match(session: Session, profile: Profile) -> MatchResponse:
    """The best pathways for this person, never breaking a hard constraint."""
    return match_with_timings(session, profile)[0]


def pathway_changed(session: Session, pathway_id: int, removed: bool = False) -> None:
    """Record that a pathway was published, edited, closed or deleted, so every worker's index
    picks it up before its next search. Call inside the same transaction as the change."""
    session.add(IndexChange(pathway_id=pathway_id, op="remove" if removed else "upsert"))


def index_status(session: Session) -> dict[str, Any]:
    """For /healthz: whether this process's engine is loaded, its version and size."""
    bind = session.get_bind()
    assert isinstance(bind, Engine)
    slot = _SLOTS.get(_url(bind))
    version = current_version(session)
    if slot is None or slot.engine is None:
        return {"loaded": False, "version": None, "database_version": version, "size": 0}
    engine = slot.engine
    return {
        "loaded": True,
        "version": engine.version,
        "database_version": version,
        "current": engine.version == version,
        "size": len(engine),
        "index": engine.index.kind,
        "model": engine.encoder.model_id,
        "loaded_from": slot.loaded_from,
    }


def warm_up(target: Any = None) -> dict[str, Any]:
    """Load the encoder and this process's engine before the first request (gunicorn's
    post_worker_init). `target` is a Config, a Flask app, or None (the environment)."""
    from careers.extensions import make_engine

    if isinstance(target, Config):
        config = target
    elif target is not None and isinstance(getattr(target, "config", None), dict):
        config = target.config["CAREERS"]
    else:
        config = Config.from_env()
    configure(config)
    bind = make_engine(config.DATABASE_URL)
    try:
        with Session(bind) as session:
            engine_for(session, config)
            # one throwaway query so torch allocates its buffers now, not on a real request
            engine_for(session, config).encoder.encode_query("warm up")
            return index_status(session)
    finally:
        bind.dispose()


def reindex(
    session: Session,
    config: Config | None = None,
    progress: Callable[[int, int], None] | None = None,
    full: bool = False,
) -> dict[str, Any]:
    """Re-embed the pathways whose text or model changed (all with full=True), rebuild this
    database's index and save it under DATA_DIR. Commits the stored embeddings."""
    bind = session.get_bind()
    assert isinstance(bind, Engine)
    url = _url(bind)
    config = config or _config_for(url)
    if full:
        from sqlalchemy import delete

        from careers.models import PathwayEmbedding

        session.execute(delete(PathwayEmbedding))
        session.commit()
    started = time.perf_counter()
    engine, _, encoded = _build(session, config, url, progress, use_saved=False)
    slot = _slot(url)
    with slot.lock:
        slot.engine, slot.loaded_from, slot.encoded = engine, "stored embeddings", encoded
    return {
        "pathways": len(engine),
        "encoded": encoded,
        "reused": len(engine) - encoded,
        "version": engine.version,
        "index": engine.index.kind,
        "seconds": round(time.perf_counter() - started, 2),
        "path": str(index_path(config, url)),
    }
