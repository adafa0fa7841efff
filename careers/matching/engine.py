"""The matching engine: one catalogue in memory, kept current (load, upsert, remove), and
searched (match, explain).

A match: the person's words become a query text and signals (scoring.read_signals); the hard
constraints leave what may be shown (constraints.allowed); candidates come from FAISS and BM25
among those (candidates.gather); each feature scores them (scoring.FEATURES, weighted and
summed); presentation groups near-duplicates and says why each fits, whether they can apply
now and the route. Safe to search from several threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from careers.matching import constraints, facets, scoring
from careers.matching.bm25 import BM25
from careers.matching.candidates import Candidates, gather
from careers.matching.columns import (
    Bits,
    Columns,
    Derived,
    Facts,
    build_columns,
    derive,
    lexical_text,
    record_text,
    work_facts,
)
from careers.matching.encoder import Encoder
from careers.matching.grouping import base_title
from careers.matching.presentation import Presenter, Scored, group
from careers.matching.text import query_text, terms
from careers.matching.types import LaterResult, MatchResponse, PathwayRecord, Query
from careers.matching.vector_index import VectorIndex

# A term in more than this share of pathways says little about any one ("work", "care")
COMMON_SHARE = 0.2
COMMON_MIN_CATALOGUE = 20
LATER_LIMIT = 5
# a pathway they are too young for is offered under "later" when it scores at least this share
# of the best result's score (or of the best such pathway's when there are no results)
LATER_SHARE = 0.85
MIN_CANDIDATES = 100


@dataclass
class Timings:
    encode_ms: float = 0.0
    search_ms: float = 0.0
    rank_ms: float = 0.0
    total_ms: float = 0.0


class MatchEngine:
    def __init__(
        self,
        encoder: Encoder,
        approx_threshold: int = 50_000,
        weights: Mapping[str, float] | None = None,
    ) -> None:
        self.encoder = encoder
        self.weights = dict(weights) if weights is not None else scoring.load_weights()
        self.index = VectorIndex(encoder.dim, approx_threshold)
        self.bm25 = BM25()
        self.titles = BM25(b=0.3)  # role titles (without site) alone
        self.records: dict[int, PathwayRecord] = {}
        self.version = 0
        self.prototypes = facets.FacetPrototypes(encoder.encode)
        self._bits = Bits()
        self._derived: dict[int, Derived] = {}
        self._facts: dict[int, Facts] = {}
        self._text_terms: dict[int, set[str]] = {}
        self._columns: Columns | None = None
        self._previous: dict[int, list[int]] | None = None
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self.records)

    # --- keeping the catalogue current --------------------------------------------

    def _reset_text(self, records: Sequence[PathwayRecord]) -> None:
        self.records = {r.id: r for r in records}
        self.bm25 = BM25()
        self.titles = BM25(b=0.3)
        for r in records:
            self.bm25.add(r.id, lexical_text(r))
            self.titles.add(r.id, base_title(r.title))

    def load(self, records: Sequence[PathwayRecord], vectors: np.ndarray, version: int) -> None:
        """Replace the whole catalogue (vectors row-aligned with records)."""
        with self._lock:
            self._reset_text(records)
            self.index.build(np.array([r.id for r in records], dtype=np.int64), vectors)
            self.version = version
            self._invalidate()

    def load_with_index(
        self, records: Sequence[PathwayRecord], index: VectorIndex, version: int
    ) -> None:
        """Replace the catalogue, reusing a FAISS index loaded from disk."""
        with self._lock:
            self._reset_text(records)
            self.index = index
            self.version = version
            self._invalidate()

    def upsert(self, records: Sequence[PathwayRecord], vectors: np.ndarray) -> None:
        with self._lock:
            if not records:
                return
            for r in records:
                self.records[r.id] = r
                self.bm25.add(r.id, lexical_text(r))
                self.titles.add(r.id, base_title(r.title))
            self.index.upsert(np.array([r.id for r in records], dtype=np.int64), vectors)
            self._invalidate([r.id for r in records])

    def update_text(self, records: Sequence[PathwayRecord]) -> None:
        """New details and words for pathways already here, keeping the vectors they have (an
        edit whose new embedding is not stored yet: it is found by its new words meanwhile)."""
        with self._lock:
            records = [r for r in records if r.id in self.records]
            for r in records:
                self.records[r.id] = r
                self.bm25.add(r.id, lexical_text(r))
                self.titles.add(r.id, base_title(r.title))
            if records:
                self._invalidate([r.id for r in records])

    def remove(self, ids: Iterable[int]) -> None:
        with self._lock:
            ids = [i for i in ids if i in self.records]
            if not ids:
                return
            for i in ids:
                del self.records[i]
                self.bm25.remove(i)
                self.titles.remove(i)
            self.index.remove(ids)
            self._invalidate(ids)

    def _invalidate(self, ids: Iterable[int] | None = None) -> None:
        """Forget what was worked out: for these pathways only (a publish, edit or close), or
        for all (a new catalogue). Columns are rebuilt from the per-pathway caches on the next
        match, so one change costs little at any size."""
        if ids is None:
            self._derived, self._text_terms, self._facts = {}, {}, {}
        else:
            for i in ids:
                self._derived.pop(i, None)
                self._facts.pop(i, None)
                self._text_terms.pop(i, None)
        self._columns = None
        self._previous = None

    def derived(self, record: PathwayRecord) -> Derived:
        cached = self._derived.get(record.id)
        if cached is None:
            cached = self._derived[record.id] = derive(record)
        return cached

    def facts(self, record: PathwayRecord) -> Facts:
        cached = self._facts.get(record.id)
        if cached is None:
            cached = self._facts[record.id] = work_facts(record)
        return cached

    def columns(self) -> Columns:
        if self._columns is None:
            recs = list(self.records.values())
            self._columns = build_columns(recs, [self.derived(r) for r in recs], self._bits)
            # worked out here, once per pathway, so no query pays for them (a cold catalogue
            # of 10k costs a few seconds at warm-up, not tens of ms on the queries that need them)
            for r in recs:
                self.facts(r)
        return self._columns

    def _previous_steps(self) -> dict[int, list[int]]:
        if self._previous is None:
            previous: dict[int, list[int]] = {}
            for r in self.records.values():
                for nxt in r.next_step_ids:
                    previous.setdefault(nxt, []).append(r.id)
            self._previous = previous
        return self._previous

    def text_terms(self, record: PathwayRecord) -> set[str]:
        """All the terms of a pathway's text (cached: stemming a description is slow)."""
        cached = self._text_terms.get(record.id)
        if cached is None:
            cached = self._text_terms[record.id] = set(terms(record_text(record)))
        return cached

    def is_common(self, term: str) -> bool:
        """A term too many pathways use to say anything about one (only in a catalogue large
        enough to tell)."""
        n = len(self.bm25)
        return n >= COMMON_MIN_CATALOGUE and self.bm25.doc_freq(term) > COMMON_SHARE * n

    # --- searching ------------------------------------------------------------------

    def _read(self, query: Query) -> tuple[scoring.Signals, np.ndarray]:
        """The signals of their words and the query vector: one encode, batched with any
        "do not want" phrase that must be read by meaning. When their words only rule things
        out ("anything not medical"), the query points away from what they ruled out."""
        signals = scoring.read_signals(query)
        only_refusals = bool(signals.unwanted_phrases) and not terms(signals.text)
        if not signals.needs_meaning and not only_refusals:
            return signals, self.encoder.encode_query(signals.text)
        batch = self.encoder.encode([signals.text, *signals.unwanted_phrases])
        if signals.needs_meaning:
            signals = scoring.read_signals(query, self.prototypes, batch[1:])
        if only_refusals:
            away = -batch[1:].mean(axis=0)
            return signals, (away / max(float(np.linalg.norm(away)), 1e-9)).astype(np.float32)
        return signals, batch[0]

    def _candidates(
        self, query: Query, signals: scoring.Signals, qvec: np.ndarray, skip: tuple[str, ...]
    ) -> Candidates | None:
        cols = self.columns()
        mask, distances = constraints.allowed(cols, query, skip)
        k = max(MIN_CANDIDATES, query.profile.limit * 10)
        if skip:  # room for the ones only "later" may show
            k += k // 4
        return gather(self.index, self.bm25, cols, mask, distances, signals.text, qvec, k)

    def _context(
        self, query: Query, signals: scoring.Signals, cand: Candidates, qvec: np.ndarray
    ) -> scoring.Context:
        records = [self.records[i] for i in cand.ids.tolist()]
        return scoring.Context(
            query=query,
            signals=signals,
            cols=cand.cols,
            ids=cand.ids,
            slots=cand.slots,
            records=records,
            derived=[self.derived(r) for r in records],
            facts=self.facts,
            cos=cand.cos(self.index, qvec=qvec),
            bm25=cand.bm25,
            titles=self.titles,
            bits=self._bits,
            distances=cand.distances,
        )

    def _scored(self, context: scoring.Context) -> list[Scored]:
        score = scoring.combine(scoring.components(context), self.weights)
        refs = [r.ref for r in context.records]
        order = sorted(range(context.n), key=lambda k: (-score[k], refs[k]))
        out = []
        for k in order:
            d = None
            if context.distances is not None and not np.isnan(context.distances[k]):
                d = float(context.distances[k])
            out.append(Scored(float(score[k]), int(context.ids[k]), d))
        return out

    def _ranked(
        self, query: Query, signals: scoring.Signals, qvec: np.ndarray
    ) -> tuple[list[Scored], list[Scored], np.ndarray | None]:
        """The scored candidates they may be shown, those they are only too young for (when
        they gave their age: one pass, the minimum age applied after scoring), and the
        distances to every pathway (None when we cannot place them)."""
        age = query.profile.age
        skip = ("min_age",) if age is not None else ()
        cand = self._candidates(query, signals, qvec, skip)
        if cand is None:
            return [], [], None
        scored = self._scored(self._context(query, signals, cand, qvec))
        if age is None:
            return scored, [], cand.all_distances
        shown: list[Scored] = []
        too_young: list[Scored] = []
        for item in scored:
            opens = self.records[item.id].min_age
            (too_young if opens is not None and opens > age else shown).append(item)
        return shown, too_young, cand.all_distances

    def match(self, query: Query) -> tuple[MatchResponse, Timings]:
        started = time.perf_counter()
        timings = Timings()
        signals, qvec = self._read(query)
        t_encoded = time.perf_counter()
        timings.encode_ms = (t_encoded - started) * 1000
        with self._lock:
            shown, too_young, distances = self._ranked(query, signals, qvec)
            t_searched = time.perf_counter()
            timings.search_ms = (t_searched - t_encoded) * 1000
            presenter = self._presenter(query)
            presenter.distances = distances
            located = distances is not None
            groups = group(shown, self._group_key)[: query.profile.limit]
            results = [presenter.result(members, located) for members in groups]
            best = shown[0].score if shown else None
            later = self._later(too_young, presenter, best)
        t_ranked = time.perf_counter()
        timings.rank_ms = (t_ranked - t_searched) * 1000
        timings.total_ms = (t_ranked - started) * 1000
        understood = {
            "not_wanted": sorted(n for n, w in signals.unwanted_facets.items() if w >= 1.0),
            "working_pattern": facets.pattern_words(signals.need),
        }
        return MatchResponse(results, later, understood), timings

    def _group_key(self, pathway_id: int) -> tuple[str, str, str]:
        return self.derived(self.records[pathway_id]).group

    def _presenter(self, query: Query) -> Presenter:
        return Presenter(
            query,
            self.columns(),
            self.records,
            self._previous_steps(),
            self.text_terms,
            self.is_common,
        )

    def _later(
        self, too_young: list[Scored], presenter: Presenter, best: float | None
    ) -> list[LaterResult]:
        """Pathways they match well but are too young for: when each opens, and what they can
        do now that leads there."""
        if not too_young:
            return []
        floor = LATER_SHARE * (best if best is not None else too_young[0].score)
        out: list[LaterResult] = []
        for members in group(too_young, self._group_key):
            head = members[0]
            if head.score < floor or len(out) >= LATER_LIMIT:
                break
            record = self.records[head.id]
            route = presenter.route(head.id)
            out.append(
                LaterResult(
                    ref=record.ref,
                    title=record.title,
                    organisation=record.organisation,
                    type=record.type,
                    opens_at_age=int(record.min_age or 0),
                    score=round(min(1.0, max(0.0, head.score)), 4),
                    now=[step for step in route if step.ref != record.ref],
                )
            )
        return out

    def explain(self, query: Query) -> list[dict[str, float | str]]:
        """Every candidate with its score and feature values, best first (for `careers eval
        --explain` and for learning the weights)."""
        signals, qvec = self._read(query)
        with self._lock:
            cand = self._candidates(query, signals, qvec, ())
            if cand is None:
                return []
            context = self._context(query, signals, cand, qvec)
            parts = scoring.components(context)
            score = scoring.combine(parts, self.weights)
            rows: list[dict[str, float | str]] = []
            for k, record in enumerate(context.records):
                row: dict[str, float | str] = {"ref": record.ref, "score": float(score[k])}
                row.update({name: float(values[k]) for name, values in parts.items()})
                rows.append(row)
        rows.sort(key=lambda r: (-float(r["score"]), str(r["ref"])))
        return rows


def baseline_refs(engine: MatchEngine, query: Query, mode: str) -> list[str]:
    """A baseline ranking with the same hard filters: 'bm25' (keywords only) or 'dense' (plain
    MiniLM cosine over the same text). No eligibility, distance, support or grouping."""
    profile = query.profile
    text = query_text(profile.about, profile.skills, profile.interests)
    with engine._lock:
        cols = engine.columns()
        mask, _ = constraints.allowed(cols, query)
        allowed = cols.ids[mask]
        if not len(allowed):
            return []
        if mode == "bm25":
            ids, scores = engine.bm25.scores(text)
            slots = cols.slot_by_id[ids] if len(ids) else ids
            keep = (slots >= 0) & mask[np.maximum(slots, 0)] if len(ids) else slots
            ids, scores = ids[keep], scores[keep]
            order = sorted(
                zip(ids.tolist(), scores.tolist(), strict=True),
                key=lambda x: (-x[1], engine.records[x[0]].ref),
            )
            return [engine.records[i].ref for i, _ in order[: profile.limit]]
        qvec = engine.encoder.encode_query(text)
        hits = engine.index.search(qvec, min(profile.limit, len(allowed)), allowed=allowed)
        return [engine.records[i].ref for i, _ in hits]
