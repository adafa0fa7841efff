"""Match use-cases: the Matcher, which owns one database's match engine, and pathway_changed.

The engine lives in careers/matching; a Matcher wires it to the database. The app makes one
(create_app puts it in app.extensions["matcher"]; views reach it through
careers.extensions.matcher()), and so do the CLI, the benchmark and the evaluation, each for its
own configuration. Each gunicorn worker therefore has its own engine, kept current through the
index_changes version counter: before each search the matcher reads max(index_changes.id) (one
indexed query) and applies any newer changes, so a publish is visible to every worker at its next
search.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.matching.encoder import Encoder, get_encoder
from careers.matching.engine import MatchEngine, Timings
from careers.matching.types import Location, MatchResponse, Profile, Query
from careers.matching.vector_index import VectorIndex
from careers.models import IndexChange, PathwayEmbedding
from careers.services import embeddings
from careers.services.geo import PostcodeError, lookup
from careers.services.profiles import ProfileError

__all__ = ["Matcher", "current_version", "index_path", "pathway_changed"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


def index_path(config: Config, url: str) -> Path:
    """Where this database's FAISS index is saved (one file per database)."""
    key = hashlib.sha256(url.encode()).hexdigest()[:12]
    return Path(config.DATA_DIR) / f"match-index-{key}.faiss"


def current_version(session: Session) -> int:
    return int(session.scalar(select(func.max(IndexChange.id))) or 0)


def pathway_changed(session: Session, pathway_id: int, removed: bool = False) -> None:
    """Record that a pathway was published, edited, closed or deleted, so every worker's index
    picks it up before its next search. Call inside the same transaction as the change."""
    session.add(IndexChange(pathway_id=pathway_id, op="remove" if removed else "upsert"))


def _url(session: Session) -> str:
    bind = session.get_bind()
    assert isinstance(bind, Engine)
    return bind.url.render_as_string(hide_password=False)


class Matcher:
    """The match engine of one configuration's database: built on first use (from the saved index
    when it is current, otherwise from stored embeddings), then kept current with the database's
    index version. Safe to share between threads."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._engine: MatchEngine | None = None
        self._lock = threading.Lock()
        self.loaded_from = ""  # "saved index" | "stored embeddings"
        self.encoded = 0
        self.checked_at = 0.0

    @property
    def encoder(self) -> Encoder:
        """The configuration's encoder (loaded once per process and kept)."""
        config = self.config
        return get_encoder(config.ENCODER, config.MODEL_DIR, config.TORCH_THREADS)

    def match(self, session: Session, profile: Profile) -> MatchResponse:
        """The best pathways for this person, never breaking a hard constraint."""
        return self.match_with_timings(session, profile)[0]

    def match_with_timings(
        self, session: Session, profile: Profile
    ) -> tuple[MatchResponse, Timings]:
        """match(), with per-stage timings in milliseconds (for the benchmark)."""
        started = time.perf_counter()
        engine = self.engine(session)
        checked = time.perf_counter()
        response, timings = engine.match(self.query(session, profile))
        timings.total_ms += (checked - started) * 1000
        return response, timings

    def query(self, session: Session, profile: Profile) -> Query:
        """The profile with its postcode resolved to the centre of its district. A distance
        limit is a hard constraint: with a postcode we do not know, it cannot be applied, so
        the answers are refused (ProfileError) rather than matched without it."""
        location = None
        if profile.postcode:
            try:
                found = lookup(session, profile.postcode)
            except PostcodeError:
                found = None
            if found is not None:
                location = Location(found.outcode, found.latitude, found.longitude)
            elif profile.max_distance_km is not None:
                raise ProfileError(
                    {
                        "postcode": f"We do not know the postcode {profile.postcode}, so we "
                        "cannot keep to your distance limit. Check the postcode, or remove "
                        "the distance limit."
                    }
                )
        return Query(profile=profile, place=location)

    def engine(self, session: Session) -> MatchEngine:
        """The engine, current with the database's index version."""
        version = current_version(session)
        engine = self._engine
        if engine is not None and engine.version == version:
            return engine
        with self._lock:
            engine = self._engine
            if engine is None or version < engine.version:
                engine, self.loaded_from, self.encoded = self._build(session)
                self._engine = engine
            elif version > engine.version:
                self._apply_changes(session, engine, version)
            self.checked_at = time.time()
            return engine

    def status(self, session: Session) -> dict[str, Any]:
        """For /healthz: whether the engine is loaded, its version and size."""
        version = current_version(session)
        engine = self._engine
        if engine is None:
            return {"loaded": False, "version": None, "database_version": version, "size": 0}
        return {
            "loaded": True,
            "version": engine.version,
            "database_version": version,
            "current": engine.version == version,
            "size": len(engine),
            "index": engine.index.kind,
            "model": engine.encoder.model_id,
            "loaded_from": self.loaded_from,
        }

    def warm_up(self, session: Session) -> dict[str, Any]:
        """Load the encoder and the engine before the first request (gunicorn's
        post_worker_init), and encode one throwaway query so torch allocates its buffers now."""
        self.engine(session).encoder.encode_query("warm up")
        return self.status(session)

    def reindex(
        self, session: Session, progress: Progress | None = None, full: bool = False
    ) -> dict[str, Any]:
        """Re-embed the pathways whose text or model changed (all with full=True), rebuild the
        index and save it under DATA_DIR. Commits the stored embeddings."""
        if full:
            session.execute(delete(PathwayEmbedding))
            session.commit()
        started = time.perf_counter()
        engine, _, encoded = self._build(session, progress, use_saved=False)
        with self._lock:
            self._engine, self.loaded_from, self.encoded = engine, "stored embeddings", encoded
        return {
            "pathways": len(engine),
            "encoded": encoded,
            "reused": len(engine) - encoded,
            "version": engine.version,
            "index": engine.index.kind,
            "seconds": round(time.perf_counter() - started, 2),
            "path": str(index_path(self.config, _url(session))),
        }

    def _build(
        self, session: Session, progress: Progress | None = None, use_saved: bool = True
    ) -> tuple[MatchEngine, str, int]:
        """A fresh engine: the saved index when it is current, otherwise stored embeddings
        (encoding only pathways whose embedding is missing or stale)."""
        config = self.config
        engine = MatchEngine(self.encoder, config.APPROX_INDEX_THRESHOLD)
        version = current_version(session)
        records = embeddings.load_records(session)
        path = index_path(config, _url(session))
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
        matrix, encoded = embeddings.vectors_for(
            session.get_bind(), records, engine.encoder, progress
        )
        engine.load(records, matrix, version)
        try:
            engine.index.save(path, {"version": version, "model_id": engine.encoder.model_id})
        except OSError:
            log.warning("Could not save the match index to %s", path)
        return engine, "stored embeddings", encoded

    @staticmethod
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
