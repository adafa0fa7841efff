"""Match use-cases: the Matcher, which owns one database's match engine, and pathway_changed.

The engine lives in careers/matching; a Matcher wires it to the database. The app makes one
(create_app puts it in app.extensions["matcher"]; views reach it through
careers.extensions.matcher()), and so do the CLI, the benchmark and the evaluation, each for its
own configuration. Each gunicorn worker therefore has its own engine, kept current through the
index_changes version counter: before each search the matcher reads max(index_changes.id) (one
indexed query) and applies any newer changes, so a publish is visible to every worker at its next
search.

The app's Matcher never embeds a catalogue inside a request (unless CAREERS_EMBED_INLINE): a
pathway whose embedding is not stored yet is handed to `request_embedding` (the embed_pathways
task, run by a worker, which stores the embedding and records an index change), an edited one
keeps its old vector and is found by its new words meanwhile, and a new one appears seconds
later. A worker far behind (a large import) builds its new engine beside the one it serves, from
stored embeddings, and swaps it in when ready. The CLI, the benchmark and the evaluation make
Matchers without `request_embedding`, which encode what is missing themselves.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.matching.encoder import Encoder, get_encoder
from careers.matching.engine import MatchEngine, Timings
from careers.matching.types import Location, MatchResponse, PathwayRecord, Profile, Query
from careers.matching.vector_index import VectorIndex
from careers.models import IndexChange, PathwayEmbedding
from careers.services import embeddings
from careers.services.geo import PostcodeError, lookup
from careers.services.profiles import ProfileError

__all__ = ["Matcher", "current_version", "embed_pathways", "index_path", "pathway_changed"]

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
RequestEmbedding = Callable[[list[int]], None]
ASK_AGAIN_SECONDS = 120.0  # a pathway handed to the embed task is not handed again for this long
EMBED_BATCH = 256  # pathways embedded (and made matchable) per commit of the embed task


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
    index version. Safe to share between threads.

    With `request_embedding`, it never encodes a pathway: missing embeddings are asked of it."""

    def __init__(self, config: Config, request_embedding: RequestEmbedding | None = None) -> None:
        self.config = config
        self.request_embedding = request_embedding
        self._engine: MatchEngine | None = None
        self._lock = threading.Lock()
        self.loaded_from = ""  # "saved index" | "stored embeddings"
        self.encoded = 0
        self.checked_at = 0.0
        self.swaps = 0  # engines built beside the serving one and swapped in
        self._beside: threading.Thread | None = None
        self._asked: dict[int, float] = {}
        self.waiting: set[int] = set()  # pathways not matchable yet: their embedding is asked for

    @property
    def embeds(self) -> bool:
        """Whether this matcher encodes missing embeddings itself (not the app's, by default)."""
        return self.request_embedding is None

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
        if engine is not None and self._far_behind(engine, version):
            self._build_beside(session)
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

    def _far_behind(self, engine: MatchEngine, version: int) -> bool:
        """Too far behind to catch up inside a request: a large import, or a database restored
        to an earlier version (ids only grow, so the gap bounds the number of changes)."""
        if self.embeds:
            return False
        return version < engine.version or version - engine.version > (
            self.config.REBUILD_BESIDE_CHANGES
        )

    def _build_beside(self, session: Session) -> None:
        """Build a new engine in a thread of its own (one at a time) while this one serves."""
        with self._lock:
            if self._beside is not None and self._beside.is_alive():
                return
            bind = session.get_bind()
            assert isinstance(bind, Engine)
            self._beside = threading.Thread(
                target=self._swap_in, args=(bind,), name="careers-index-beside", daemon=True
            )
            self._beside.start()

    def _swap_in(self, bind: Engine) -> None:
        try:
            with Session(bind) as own:
                engine, loaded_from, _ = self._build(own, use_saved=False)
                engine.columns()  # worked out here, not on the first search after the swap
                with self._lock:
                    version = current_version(own)
                    if version > engine.version:
                        self._apply_changes(own, engine, version)
                    self._engine, self.loaded_from = engine, loaded_from
                    self.swaps += 1
                    self.checked_at = time.time()
            log.info("Swapped in a match index of %s pathways (version %s)", len(engine), version)
        except Exception:  # the old engine keeps serving; the next search tries again
            log.exception("Could not build the new match index")

    def wait_for_swap(self, timeout: float = 60.0) -> None:
        """Wait for an engine being built beside this one (tests and tools)."""
        beside = self._beside
        if beside is not None:
            beside.join(timeout)

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
            "waiting_for_embeddings": len(self.waiting),
            "building_beside": self._beside is not None and self._beside.is_alive(),
        }

    def warm_up(self, session: Session) -> dict[str, Any]:
        """Load the encoder and the engine before the first request (gunicorn's
        post_worker_init), and encode one throwaway query so torch allocates its buffers now.
        The app's matcher embeds no pathway here: missing embeddings are asked for."""
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
        if self.embeds:
            matrix, encoded = embeddings.vectors_for(
                session.get_bind(), records, engine.encoder, progress
            )
            served = records
        else:
            served, matrix = self._stored_only(session, records, engine)
            encoded = 0
        engine.load(served, matrix, version)
        if len(served) == len(records):  # an index without some pathways is never saved
            try:
                engine.index.save(path, {"version": version, "model_id": engine.encoder.model_id})
            except OSError:
                log.warning("Could not save the match index to %s", path)
        return engine, "stored embeddings", encoded

    def _stored_only(
        self, session: Session, records: Sequence[PathwayRecord], engine: MatchEngine
    ) -> tuple[list[PathwayRecord], np.ndarray]:
        """The records whose current embedding is stored, with their vectors (row-aligned); the
        rest are asked of request_embedding and left out."""
        with Session(session.get_bind()) as own:
            found, missing = embeddings.stored_vectors(own, records, engine.encoder.model_id)
        self._ask([r.id for r in missing])
        served = [r for r in records if r.id in found]
        if not served:
            return served, np.zeros((0, engine.encoder.dim), dtype=np.float32)
        return served, np.stack([found[r.id] for r in served]).astype(np.float32)

    def _ask(self, ids: list[int]) -> None:
        """Hand pathways without a current embedding to the embed task (each once a while)."""
        now = time.monotonic()
        self.waiting.update(ids)
        fresh = [i for i in ids if now - self._asked.get(i, -1e9) >= ASK_AGAIN_SECONDS]
        if not fresh or self.request_embedding is None:
            return
        for i in fresh:
            self._asked[i] = now
        try:
            self.request_embedding(sorted(fresh))
        except Exception:  # the queue is away: ask again after ASK_AGAIN_SECONDS
            log.exception("Could not ask for %s pathways to be embedded", len(fresh))

    def _apply_changes(self, session: Session, engine: MatchEngine, version: int) -> None:
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
        self.waiting.difference_update(i for i in changed if i not in live)
        if records and self.embeds:
            matrix, _ = embeddings.vectors_for(session.get_bind(), records, engine.encoder)
            engine.upsert(records, matrix)
        elif records:
            served, matrix = self._stored_only(session, records, engine)
            engine.upsert(served, matrix)
            self.waiting.difference_update(r.id for r in served)
            engine.update_text([r for r in records if r.id in self.waiting])
        engine.version = version


def embed_pathways(
    session: Session, encoder: Encoder, ids: Sequence[int], batch: int = EMBED_BATCH
) -> int:
    """The embed task's work: encode and store the embeddings of these pathways that are missing
    or stale, a batch per transaction, each batch recorded as index changes so every web worker
    picks those pathways up at its next search. Returns how many were encoded. Safe to run
    twice (what is stored already is skipped)."""
    records = embeddings.load_records(session, ids)
    _, missing = embeddings.stored_vectors(session, records, encoder.model_id)
    session.rollback()
    encoded = 0
    for start in range(0, len(missing), batch):
        chunk = missing[start : start + batch]
        _, still = embeddings.stored_vectors(session, chunk, encoder.model_id)
        if not still:  # another worker stored them meanwhile
            continue
        embeddings.encode_and_store(session, still, encoder)
        for record in still:
            pathway_changed(session, record.id)
        session.commit()
        encoded += len(still)
    return encoded
