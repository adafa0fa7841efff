"""The approximate index against exact: recall@10 with and without filters, and latency."""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from careers.bench.catalogue import Echo
from careers.bench.queries import ABOUTS, EXTRAS, percentile

# --- the approximate index against exact ------------------------------------------------


@dataclass
class RecallRow:
    size: int
    index: str
    params: str
    build_s: float
    recall_all: float  # recall@10, no filter
    recall_types: float  # recall@10, two pathway types allowed
    recall_near: float  # recall@10, only pathways within 5 km (or remote) allowed
    p50_ms: float
    p95_ms: float


def person_texts(count: int, seed: int = 21) -> list[str]:
    """Person-like texts (what people type in `about`, with skills and interests), all
    different, none of them a catalogue text."""
    rng = random.Random(seed)
    skills = ["listening", "computers", "cooking", "driving", "first aid", "maths", "art"]
    interests = ["helping people", "science", "technology", "sport", "children", "older people"]
    out = []
    for n in range(count):
        text = f"{rng.choice(ABOUTS)}. {rng.choice(EXTRAS)}"
        if rng.random() < 0.6:
            text += f" Skills: {', '.join(rng.sample(skills, k=rng.randint(1, 3)))}."
        if rng.random() < 0.6:
            text += f" Interests: {', '.join(rng.sample(interests, k=rng.randint(1, 2)))}."
        out.append(f"{text} ({n})")
    return out


def _filters(session: Any, count: int, seed: int = 31) -> dict[str, list[np.ndarray]]:
    """Allowed-id sets like the engine's hard constraints give: two types; within 5 km."""
    from sqlalchemy import select

    from careers.models import Pathway

    rows = session.execute(
        select(Pathway.id, Pathway.type, Pathway.latitude, Pathway.longitude, Pathway.remote)
        .where(Pathway.status == "published")
        .order_by(Pathway.id)
    ).all()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    types = np.array([r[1] for r in rows])
    lat = np.array([r[2] if r[2] is not None else np.nan for r in rows], dtype=float)
    lon = np.array([r[3] if r[3] is not None else np.nan for r in rows], dtype=float)
    remote = np.array([bool(r[4]) for r in rows])
    rng = random.Random(seed)
    kinds = sorted(set(types.tolist()))
    by_types, near = [], []
    for _ in range(count):
        by_types.append(ids[np.isin(types, rng.sample(kinds, k=min(2, len(kinds))))])
        k = rng.randrange(len(ids))
        dy = (lat - lat[k]) * 111.0
        dx = (lon - lon[k]) * 111.0 * math.cos(math.radians(lat[k] if lat[k] == lat[k] else 51.5))
        with np.errstate(invalid="ignore"):
            near.append(ids[remote | (np.hypot(dx, dy) <= 5.0)])
    return {"types": by_types, "near": near}


def measure_recall(
    session: Any,
    ids: np.ndarray,
    vectors: np.ndarray,
    query_vectors: np.ndarray,
    hnsw: bool,
    echo: Echo,
) -> list[RecallRow]:
    """Recall@10 of the approximate indexes against exact search, on the catalogue's stored
    embeddings and real encoded person-like queries; search timed at the engine's k (100)."""
    from careers.matching.vector_index import IVF_NPROBE, VectorIndex, faiss

    size = len(ids)
    k_engine = 100
    filters = _filters(session, len(query_vectors))
    exact = VectorIndex(vectors.shape[1], approx_threshold=size + 1)
    started = time.perf_counter()
    exact.build(ids, vectors)
    exact_build = time.perf_counter() - started

    def truth(q: int, allowed: np.ndarray | None) -> float:
        """The 10th best exact score (-inf when fewer than 10 are allowed)."""
        top = exact.exact_search(query_vectors[q], 10, allowed=allowed)
        return top[-1][1] if len(top) == 10 else -math.inf

    def wanted(allowed: np.ndarray | None) -> int:
        return min(10, size if allowed is None else len(allowed))

    tenth = {
        "all": [truth(q, None) for q in range(len(query_vectors))],
        "types": [truth(q, filters["types"][q]) for q in range(len(query_vectors))],
        "near": [truth(q, filters["near"][q]) for q in range(len(query_vectors))],
    }

    def hits(q: int, name: str, found: list[int]) -> float:
        """Share of the exact top 10 found. Ties count: a returned pathway scoring at least the
        exact 10th score (within float error) is as good as the one exact search listed."""
        allowed = None if name == "all" else filters[name][q]
        want = wanted(allowed)
        if not want:
            return 1.0
        qvec = query_vectors[q]
        good = sum(
            1
            for i in set(found[:10])
            if (v := exact.vector(i)) is not None and float(v @ qvec) >= tenth[name][q] - 1e-5
        )
        return min(good, want) / want

    def score(search: Callable[[np.ndarray, int, np.ndarray | None], list[int]]) -> RecallRow:
        recalls: dict[str, list[float]] = {"all": [], "types": [], "near": []}
        times: list[float] = []
        for q, qvec in enumerate(query_vectors):
            t0 = time.perf_counter()
            found = search(qvec, k_engine, None)
            times.append((time.perf_counter() - t0) * 1000)
            recalls["all"].append(hits(q, "all", found))
            for name in ("types", "near"):
                recalls[name].append(hits(q, name, search(qvec, k_engine, filters[name][q])))
        return RecallRow(
            size,
            "",
            "",
            0.0,
            float(np.mean(recalls["all"])),
            float(np.mean(recalls["types"])),
            float(np.mean(recalls["near"])),
            percentile(times, 0.5),
            percentile(times, 0.95),
        )

    rows = []
    flat = score(lambda q, k, allowed: [i for i, _ in exact.search(q, k, allowed)])
    flat.index, flat.params, flat.build_s = "exact (IDMap2 + FlatIP)", "–", exact_build
    rows.append(flat)
    echo(f"  exact search p50 {flat.p50_ms:.1f} ms")

    ivf = VectorIndex(vectors.shape[1], approx_threshold=1)
    started = time.perf_counter()
    ivf.build(ids, vectors)
    ivf_build = time.perf_counter() - started
    for nprobe in sorted({8, 16, 32, 64, 128, IVF_NPROBE}):
        ivf.nprobe = nprobe
        row = score(lambda q, k, allowed: [i for i, _ in ivf.search(q, k, allowed)])
        row.index, row.build_s = "IVFFlat", ivf_build
        row.params = f"nlist {ivf.nlist}, nprobe {nprobe}" + (
            " (default)" if nprobe == IVF_NPROBE else ""
        )
        rows.append(row)
        echo(f"  {row.index} {row.params}: recall@10 {row.recall_all:.3f}")
    if hnsw:
        m, ef_construction = 32, 80
        index = faiss.IndexIDMap2(
            faiss.IndexHNSWFlat(vectors.shape[1], m, faiss.METRIC_INNER_PRODUCT)
        )
        faiss.downcast_index(index.index).hnsw.efConstruction = ef_construction
        started = time.perf_counter()
        index.add_with_ids(vectors, ids)
        hnsw_build = time.perf_counter() - started
        for ef in (128, 512):

            def search_hnsw(
                q: np.ndarray, k: int, allowed: np.ndarray | None, ef: int = ef
            ) -> list[int]:
                sel = faiss.IDSelectorBatch(allowed) if allowed is not None else None
                params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(ef, k))
                _, found = index.search(q.reshape(1, -1), k, params=params)
                return [int(i) for i in found[0] if i >= 0]

            row = score(search_hnsw)
            row.index, row.build_s = "HNSWFlat", hnsw_build
            row.params = f"M {m}, efConstruction {ef_construction}, efSearch {ef}"
            rows.append(row)
            echo(f"  {row.index} {row.params}: recall@10 {row.recall_all:.3f}")
    return rows
