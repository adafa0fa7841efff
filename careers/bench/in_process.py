"""One catalogue size, in process: index build, encoding speed, per-stage latency, memory."""

from __future__ import annotations

import gc
import secrets
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from careers.bench.catalogue import Catalogue, Echo, build_catalogue, store_embeddings
from careers.bench.queries import percentile, profiles, rss_mb
from careers.bench.recall import RecallRow, measure_recall, person_texts
from careers.config import Config

# --- one catalogue size, in process -----------------------------------------------------


@dataclass
class SizeResult:
    size: int
    index_kind: str = ""
    encode_per_s: float = 0.0
    encoded_sample: int = 0
    build_s: float = 0.0
    build_per_s: float = 0.0
    stages: dict[str, tuple[float, float]] = field(default_factory=dict)  # name -> (p50, p95)
    queries: int = 0
    rss_mb: float = 0.0
    index_params: str = ""
    recall: list[RecallRow] = field(default_factory=list)


@contextmanager
def bench_database(size: int, workdir: Path) -> Iterator[tuple[Config, Catalogue]]:
    """A migrated SQLite database with reference data and `size` synthetic pathways."""
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.services.migrations import upgrade
    from careers.services.seed import load_reference_data

    data_dir = workdir / f"catalogue-{size}"
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'careers.db'}"
    upgrade(url)
    config = Config.from_env(
        {"CAREERS_DATA_DIR": str(data_dir), "DATABASE_URL": url}, SECRET_KEY=secrets.token_hex(16)
    )
    bind = make_engine(url)
    try:
        with Session(bind) as session:
            load_reference_data(session)
            session.commit()
            catalogue = build_catalogue(session, size)
        yield config, catalogue
    finally:
        bind.dispose()


def measure_size(
    config: Config,
    catalogue: Catalogue,
    queries: int,
    sample: int,
    echo: Echo,
    recall_queries: int = 0,
    hnsw: bool = False,
    cache: bool = False,
) -> SizeResult:
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.matching.encoder import get_encoder
    from careers.services.matcher import Matcher
    from careers.services.profiles import parse_profile

    result = SizeResult(size=catalogue.size)
    encoder = get_encoder(config.ENCODER, config.MODEL_DIR, config.TORCH_THREADS)
    bind = make_engine(config.DATABASE_URL)
    try:
        with Session(bind) as session:
            stored = store_embeddings(session, catalogue, encoder, sample, cache=cache)
            result.encode_per_s, result.encoded_sample = (
                stored["per_second"],
                int(stored["encoded"]),
            )
            echo(f"  encoded {result.encoded_sample} real texts at {result.encode_per_s:.0f}/s")
            matcher = Matcher(config)
            gc.collect()
            started = time.perf_counter()
            built = matcher.reindex(session)
            result.build_s = time.perf_counter() - started
            result.build_per_s = catalogue.size / result.build_s
            result.index_kind = str(built["index"])
            engine = matcher.engine(session)
            result.index_params = engine.index.describe()
            echo(
                f"  index ({result.index_kind}) built from stored embeddings "
                f"in {result.build_s:.1f} s"
            )
            outcodes = [p[0] for p in catalogue.places]
            timings: dict[str, list[float]] = {"encode": [], "search": [], "rank": [], "whole": []}
            bodies = profiles(queries + 5, outcodes, tag=f"{catalogue.size}-")
            for n, body in enumerate(bodies):
                _, t = matcher.match_with_timings(session, parse_profile(body))
                if n < 5:  # warm-up
                    continue
                timings["encode"].append(t.encode_ms)
                timings["search"].append(t.search_ms)
                timings["rank"].append(t.rank_ms)
                timings["whole"].append(t.total_ms)
            result.queries = queries
            result.stages = {
                k: (percentile(v, 0.5), percentile(v, 0.95)) for k, v in timings.items()
            }
            result.rss_mb = rss_mb()
            if recall_queries:
                echo(f"  recall@10 against exact, {recall_queries} person-like queries")
                ids = np.array(engine.index.ids(), dtype=np.int64)
                vectors = engine.index.vectors_of(ids)
                query_vectors = np.asarray(encoder.encode(person_texts(recall_queries)))
                result.recall = measure_recall(session, ids, vectors, query_vectors, hnsw, echo)
                del vectors
    finally:
        bind.dispose()
    return result
