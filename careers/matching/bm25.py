"""BM25 (Okapi) over the same pathway text the encoder sees, updatable in place."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from careers.matching.text import terms


class BM25:
    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._docs: dict[int, Counter[str]] = {}  # pathway id -> term counts
        self._lengths: dict[int, int] = {}
        self._postings: dict[str, dict[int, int]] = {}
        self._total_length = 0
        self._arrays: dict[str, tuple[np.ndarray, np.ndarray]] = {}

    def __len__(self) -> int:
        return len(self._docs)

    def doc_freq(self, term: str) -> int:
        """How many documents hold this (stemmed) term."""
        return len(self._postings.get(term, ()))

    def add(self, doc_id: int, text: str) -> None:
        if doc_id in self._docs:
            self.remove(doc_id)
        counts = Counter(terms(text))
        self._docs[doc_id] = counts
        length = sum(counts.values())
        self._lengths[doc_id] = length
        self._total_length += length
        for term, tf in counts.items():
            self._postings.setdefault(term, {})[doc_id] = tf
            self._arrays.pop(term, None)

    def remove(self, doc_id: int) -> None:
        counts = self._docs.pop(doc_id, None)
        if counts is None:
            return
        self._total_length -= self._lengths.pop(doc_id)
        for term in counts:
            posting = self._postings.get(term)
            if posting is not None:
                posting.pop(doc_id, None)
                if not posting:
                    del self._postings[term]
            self._arrays.pop(term, None)

    def _posting_arrays(self, term: str) -> tuple[np.ndarray, np.ndarray] | None:
        arrays = self._arrays.get(term)
        if arrays is None:
            posting = self._postings.get(term)
            if not posting:
                return None
            ids = np.fromiter(posting.keys(), dtype=np.int64, count=len(posting))
            tfs = np.fromiter(posting.values(), dtype=np.float32, count=len(posting))
            lengths = np.fromiter(
                (self._lengths[i] for i in posting), dtype=np.float32, count=len(posting)
            )
            avg = self._total_length / max(1, len(self._docs))
            norm = tfs * (self.k1 + 1) / (tfs + self.k1 * (1 - self.b + self.b * lengths / avg))
            arrays = (ids, norm.astype(np.float32))
            self._arrays[term] = arrays
        return arrays

    def scores(self, query: str, max_share: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
        """(ids, BM25 scores) of every pathway sharing a term with the query (others score 0).
        max_share: ignore query terms found in more than this share of the documents."""
        q = Counter(terms(query))
        n = len(self._docs)
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64))
        if not q or not n:
            return empty
        parts_ids: list[np.ndarray] = []
        parts_scores: list[np.ndarray] = []
        for term, qtf in q.items():
            arrays = self._posting_arrays(term)
            if arrays is None:
                continue
            ids, norm = arrays
            df = len(ids)
            if df > max_share * n:
                continue
            idf = math.log(1 + (n - df + 0.5) / (df + 0.5))
            # repeated query words count, but with diminishing weight
            weight = idf * (1 + math.log(qtf))
            parts_ids.append(ids)
            parts_scores.append(norm * weight)
        if not parts_ids:
            return empty
        all_ids = np.concatenate(parts_ids)
        all_scores = np.concatenate(parts_scores)
        unique, inverse = np.unique(all_ids, return_inverse=True)
        summed = np.bincount(inverse.ravel(), weights=all_scores, minlength=len(unique))
        return unique, summed.astype(np.float64)
