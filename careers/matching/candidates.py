"""Candidate gathering: among the pathways the hard constraints allow, the dense (FAISS) top
and the lexical (BM25) top, with their cosines and BM25 scores."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from careers.matching.bm25 import BM25
from careers.matching.columns import Columns
from careers.matching.vector_index import VectorIndex

# above this share of the catalogue allowed, search unfiltered and over-fetch; below, use a
# selector of the allowed ids
OVERFETCH_SHARE = 0.3


@dataclass
class Candidates:
    """Candidate ids with what gathering found (arrays aligned with ids)."""

    cols: Columns
    ids: np.ndarray
    slots: np.ndarray
    dense: dict[int, float]  # cosine, for candidates FAISS returned
    bm25: np.ndarray  # BM25 of the query text, 0 where BM25 did not return it
    distances: np.ndarray | None  # km per candidate (NaN unknown); None: person not placed
    all_distances: np.ndarray | None  # km to every pathway of the columns

    def cos(self, index: VectorIndex, qvec: np.ndarray) -> np.ndarray:
        """Every candidate's cosine with the query (lexical-only ones from their vectors)."""
        n = len(self.ids)
        cos = np.empty(n, dtype=np.float64)
        missing: list[int] = []
        for k, pid in enumerate(self.ids.tolist()):
            got = self.dense.get(pid)
            if got is None:
                missing.append(k)
            else:
                cos[k] = got
        if missing:
            zero = np.zeros(len(qvec), dtype=np.float32)
            vecs = [index.vector(int(self.ids[k])) for k in missing]
            matrix = np.stack([v if v is not None else zero for v in vecs])
            cos[missing] = matrix @ qvec
        return cos


def _dense_hits(
    index: VectorIndex, cols: Columns, mask: np.ndarray, qvec: np.ndarray, k: int
) -> list[tuple[int, float]]:
    allowed_count = int(mask.sum())
    if allowed_count == len(cols.ids):
        return index.search(qvec, k)
    if allowed_count <= k:
        return index.search(qvec, allowed_count, allowed=cols.ids[mask])
    share = allowed_count / len(cols.ids)
    if share > OVERFETCH_SHARE:
        return index.search(qvec, int(k / share) + 10)
    return index.search(qvec, k, allowed=cols.ids[mask])


def _allowed(cols: Columns, mask: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Which of these ids are in the catalogue and allowed."""
    inside = (ids >= 0) & (ids < len(cols.slot_by_id))
    slots = np.where(inside, cols.slot_by_id[np.where(inside, ids, 0)], -1)
    return (slots >= 0) & mask[np.maximum(slots, 0)]


def gather(
    index: VectorIndex,
    bm25: BM25,
    cols: Columns,
    mask: np.ndarray,
    distances: np.ndarray | None,
    text: str,
    qvec: np.ndarray,
    k: int,
) -> Candidates | None:
    """Candidates that pass the hard constraints; None when nothing may be shown."""
    if not len(cols.ids) or not mask.any():
        return None
    hits = _dense_hits(index, cols, mask, qvec, k)
    hit_ids = np.array([i for i, _ in hits], dtype=np.int64)
    keep = _allowed(cols, mask, hit_ids) if len(hit_ids) else np.zeros(0, dtype=bool)
    dense = {i: s for (i, s), ok in zip(hits, keep.tolist(), strict=True) if ok}
    bm_ids, bm_scores = bm25.scores(text)
    lexical: dict[int, float] = {}
    if len(bm_ids):
        ok = _allowed(cols, mask, bm_ids)
        bm_ids, bm_scores = bm_ids[ok], bm_scores[ok]
        top = (
            np.argpartition(-bm_scores, k - 1)[:k]
            if len(bm_scores) > k
            else np.arange(len(bm_scores))
        )
        lexical = dict(zip(bm_ids[top].tolist(), bm_scores[top].tolist(), strict=True))
    ids = np.fromiter(set(dense) | set(lexical), dtype=np.int64)
    if not len(ids):
        return None
    slots = cols.slot_by_id[ids]
    return Candidates(
        cols=cols,
        ids=ids,
        slots=slots,
        dense=dense,
        bm25=np.fromiter((lexical.get(p, 0.0) for p in ids.tolist()), np.float64, len(ids)),
        distances=distances[slots] if distances is not None else None,
        all_distances=distances,
    )
