"""The matching engine: candidates from FAISS and BM25, hard constraints, a score that weighs
fit, eligibility now, distance and support, near-duplicate grouping, reasons and routes.

One MatchEngine holds one catalogue in memory. It is updated in place (upsert, remove) and is
safe to search from several threads.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from careers.matching import rules
from careers.matching.bm25 import BM25
from careers.matching.encoder import Encoder
from careers.matching.grouping import base_title, group_key
from careers.matching.intent import read_intent, targeted_at, upper_age
from careers.matching.progression import shortest_route
from careers.matching.reasons import build_reasons
from careers.matching.text import (
    clauses,
    expand,
    pathway_text,
    query_text,
    split_negations,
    terms,
)
from careers.matching.types import MatchResult, PathwayRecord, Query, RouteStep
from careers.matching.vector_index import VectorIndex

TYPE_CODES = {
    t: i
    for i, t in enumerate(
        ("apprenticeship", "job", "entry_route", "work_experience", "volunteering", "course")
    )
}
# A word names a role when few titles hold it ("paramedic", "midwife"), not words most titles
# share ("assistant", "support", "care")
TITLE_MAX_SHARE = 0.03
NO_DATE = np.iinfo(np.int32).max


@dataclass
class Weights:
    """How the final score weighs each feature. Calibrated on the development set with coarse
    steps only (see docs/matching.md); the score is clipped to 0–1."""

    dense: float = 0.55
    lexical: float = 0.25
    overlap: float = 0.15
    support: float = 0.05
    barrier: float = 0.12
    distance: float = 0.06
    unwanted: float = 0.2
    unpaid_intent: float = 0.15  # unpaid, when their words say they want paid work
    named_type: float = 0.04  # a type their words name ("an apprenticeship")
    targeted_match: float = 0.12  # a programme for a group they are in
    targeted_other: float = 0.2  # a programme for a group they did not say they are in
    level_gap: float = 0.04  # per qualification level beyond the first they are short of
    overqualified: float = 0.03  # entry-level routes for people far above them
    over_age: float = 0.2  # the pathway's text says it is for people younger than them
    title: float = 0.05  # BM25 over the role titles alone: the role they name
    beyond_limit: float = 0.03  # past their distance limit, within the centroid allowance
    dense_floor: float = 0.05
    dense_span: float = 0.6
    candidates: int = 100


@dataclass
class Timings:
    encode_ms: float = 0.0
    search_ms: float = 0.0
    rank_ms: float = 0.0
    total_ms: float = 0.0

    def as_dict(self) -> dict[str, float]:
        return {
            "encode_ms": self.encode_ms,
            "search_ms": self.search_ms,
            "rank_ms": self.rank_ms,
            "total_ms": self.total_ms,
        }


@dataclass
class _Arrays:
    """Column arrays over the catalogue for vectorised hard filtering."""

    ids: np.ndarray
    type_code: np.ndarray
    closing: np.ndarray
    min_age: np.ndarray
    paid: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    remote: np.ndarray
    precise: np.ndarray  # the site's own coordinates, not its district's centre
    min_qual: np.ndarray  # minimum qualification level, -1 when none
    gcse: np.ndarray  # needs GCSE English and maths
    level: np.ndarray  # the pathway's own level, -1 when none
    supports: np.ndarray  # bitmask of the circumstances it supports
    targets: np.ndarray  # bitmask of the groups it is aimed at
    max_age: np.ndarray  # the oldest age its text says it is for, 999 when it says none
    slot_by_id: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


@dataclass(frozen=True)
class _Signals:
    """What the person's words say beyond the query text."""

    unwanted: frozenset[str] = frozenset()
    wants_paid: bool = False
    named_types: frozenset[str] = frozenset()
    circumstances: frozenset[str] = frozenset()
    text: str = ""  # the query text (negations cut out), for the title match


Scored = tuple[float, int, "float | None", list[str]]


def record_text(record: PathwayRecord) -> str:
    sector = record.sector.replace("_", " ") if record.sector else None
    return pathway_text(
        record.title,
        record.summary,
        record.description,
        record.skills,
        record.interests,
        sector,
    )


def lexical_text(record: PathwayRecord) -> str:
    """The text BM25 indexes: the embedded text, with the role (title without its site) and the
    pathway's own skills and interests counted once more, so field weight runs title >
    skills/interests > description."""
    return " ".join(
        [base_title(record.title), *record.skills, *record.interests, record_text(record)]
    )


class MatchEngine:
    def __init__(
        self,
        encoder: Encoder,
        approx_threshold: int = 50_000,
        weights: Weights | None = None,
    ) -> None:
        self.encoder = encoder
        self.weights = weights or Weights()
        self.index = VectorIndex(encoder.dim, approx_threshold)
        self.bm25 = BM25()
        self.titles = BM25(b=0.3)  # role titles (without site) alone
        self.records: dict[int, PathwayRecord] = {}
        self.version = 0
        self._arrays: _Arrays | None = None
        self._previous: dict[int, list[int]] | None = None
        self._terms: dict[int, set[str]] = {}
        self._targets: dict[int, frozenset[str]] = {}
        self._bits: dict[str, int] = {}
        self._all_terms: dict[int, set[str]] = {}
        self._max_ages: dict[int, int] = {}
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self.records)

    # --- keeping the catalogue current --------------------------------------------

    def load(self, records: Sequence[PathwayRecord], vectors: np.ndarray, version: int) -> None:
        """Replace the whole catalogue (vectors row-aligned with records)."""
        with self._lock:
            self.records = {r.id: r for r in records}
            self.bm25 = BM25()
            self.titles = BM25(b=0.3)
            for r in records:
                self.bm25.add(r.id, lexical_text(r))
                self.titles.add(r.id, base_title(r.title))
            self.index.build(np.array([r.id for r in records], dtype=np.int64), vectors)
            self.version = version
            self._invalidate()

    def load_with_index(
        self, records: Sequence[PathwayRecord], index: VectorIndex, version: int
    ) -> None:
        """Replace the catalogue, reusing a FAISS index loaded from disk."""
        with self._lock:
            self.records = {r.id: r for r in records}
            self.bm25 = BM25()
            self.titles = BM25(b=0.3)
            for r in records:
                self.bm25.add(r.id, lexical_text(r))
                self.titles.add(r.id, base_title(r.title))
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

    def _own_terms(self, record: PathwayRecord) -> set[str]:
        """What a pathway is about, as terms: its role (title without site), skills, interests
        and sector."""
        cached = self._terms.get(record.id)
        if cached is None:
            sector = (record.sector or "").replace("_", " ")
            cached = set(
                terms(
                    " ".join([base_title(record.title), *record.skills, *record.interests, sector])
                )
            )
            self._terms[record.id] = cached
        return cached

    def _is_about(self, record: PathwayRecord, unwanted: set[str]) -> bool:
        """Whether a pathway is about any of these terms: its role, skills, interests or sector
        name them. A mention elsewhere is context, not what the work is ("outpatients" in an
        office role's summary; "patient appointments" among a trials assistant's tasks)."""
        return bool(unwanted & self._own_terms(record))

    def _targeted(self, record: PathwayRecord) -> frozenset[str]:
        cached = self._targets.get(record.id)
        if cached is None:
            cached = self._targets[record.id] = targeted_at(record)
        return cached

    def _invalidate(self, ids: Iterable[int] | None = None) -> None:
        """Forget what was worked out from the catalogue: for these pathways only (a publish,
        edit or close), or for all of them (a new catalogue). The columns are rebuilt from the
        per-pathway caches on the next match, so one change costs little at any size."""
        if ids is None:
            self._terms, self._all_terms, self._targets, self._max_ages = {}, {}, {}, {}
        else:
            for i in ids:
                for cache in (self._terms, self._all_terms, self._targets, self._max_ages):
                    cache.pop(i, None)
        self._arrays = None
        self._previous = None

    def _max_age(self, record: PathwayRecord) -> int:
        cached = self._max_ages.get(record.id)
        if cached is None:
            age = upper_age(record)
            cached = self._max_ages[record.id] = 999 if age is None else age
        return cached

    def _columns(self) -> _Arrays:
        arrays = self._arrays
        if arrays is not None:
            return arrays
        recs = list(self.records.values())
        n = len(recs)
        ids = np.fromiter((r.id for r in recs), dtype=np.int64, count=n)
        slot_by_id = np.full(int(ids.max()) + 1 if n else 0, -1, dtype=np.int64)
        slot_by_id[ids] = np.arange(n)
        arrays = _Arrays(
            ids=ids,
            type_code=np.fromiter((TYPE_CODES.get(r.type, -1) for r in recs), np.int16, n),
            closing=np.fromiter(
                (r.closing_date.toordinal() if r.closing_date else NO_DATE for r in recs),
                np.int64,
                n,
            ),
            min_age=np.fromiter(
                (r.min_age if r.min_age is not None else -1 for r in recs), np.int32, n
            ),
            paid=np.fromiter((rules.is_paid(r) for r in recs), np.bool_, n),
            lat=np.fromiter(
                (r.latitude if r.latitude is not None else np.nan for r in recs), np.float64, n
            ),
            lon=np.fromiter(
                (r.longitude if r.longitude is not None else np.nan for r in recs), np.float64, n
            ),
            remote=np.fromiter((r.remote for r in recs), np.bool_, n),
            precise=np.fromiter((r.precise_location for r in recs), np.bool_, n),
            min_qual=np.fromiter(
                (
                    r.min_qualification_level if r.min_qualification_level is not None else -1
                    for r in recs
                ),
                np.int16,
                n,
            ),
            gcse=np.fromiter((bool(r.gcse_english_maths) for r in recs), np.bool_, n),
            level=np.fromiter((r.level if r.level is not None else -1 for r in recs), np.int16, n),
            supports=np.fromiter((self._bitmask(r.supports) for r in recs), np.int64, n),
            targets=np.fromiter((self._bitmask(self._targeted(r)) for r in recs), np.int64, n),
            max_age=np.fromiter((self._max_age(r) for r in recs), np.int16, n),
            slot_by_id=slot_by_id,
        )
        self._arrays = arrays
        return arrays

    def _previous_steps(self) -> dict[int, list[int]]:
        previous = self._previous
        if previous is None:
            previous = {}
            for r in self.records.values():
                for nxt in r.next_step_ids:
                    previous.setdefault(nxt, []).append(r.id)
            self._previous = previous
        return previous

    # --- searching ------------------------------------------------------------------

    def _hard_mask(self, cols: _Arrays, query: Query) -> tuple[np.ndarray, np.ndarray | None]:
        """Which pathways this person may be shown, and their distances (km, NaN unknown)."""
        profile = query.profile
        mask = cols.closing >= query.today.toordinal()
        if profile.types:
            codes = [TYPE_CODES[t] for t in profile.types if t in TYPE_CODES]
            mask &= np.isin(cols.type_code, np.array(codes or [-2], dtype=np.int16))
        if profile.age is not None:
            mask &= cols.min_age <= profile.age
        if profile.paid_only:
            mask &= cols.paid
        distances = None
        if query.place is not None:
            lat1, lon1 = math.radians(query.place.latitude), math.radians(query.place.longitude)
            lat2, lon2 = np.radians(cols.lat), np.radians(cols.lon)
            a = (
                np.sin((lat2 - lat1) / 2) ** 2
                + math.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
            )
            distances = 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
            if profile.max_distance_km is not None:
                # slack for district-centre distances (rules.DISTANCE_ALLOWANCE_KM)
                slack = rules.DISTANCE_ALLOWANCE_KM
                allowance = np.where(cols.precise, 0.0, slack) if query.place.precise else slack
                with np.errstate(invalid="ignore"):
                    near = distances <= profile.max_distance_km + allowance
                mask &= cols.remote | near
        return mask, distances

    def _prepare(self, query: Query) -> tuple[str, _Signals]:
        """The query text (negations cut out, everyday words expanded) and the soft signals."""
        profile = query.profile
        about, unwanted_phrases = split_negations(profile.about)
        text = query_text(about, profile.skills, profile.interests)
        extra = expand(" ".join([about, *profile.skills, *profile.interests]))
        if extra:
            text = f"{text} ({extra})"
        intent = read_intent(about, profile.circumstances)
        signals = _Signals(
            unwanted=frozenset(terms(" ".join(unwanted_phrases))),
            wants_paid=intent.wants_paid and not profile.types and not profile.paid_only,
            named_types=intent.types if not profile.types else frozenset(),
            circumstances=intent.circumstances,
            text=text,
        )
        return text, signals

    def _gather(
        self, query: Query, text: str, qvec: np.ndarray
    ) -> tuple[np.ndarray, dict[int, float], dict[int, float], _Arrays, np.ndarray | None] | None:
        """Candidates (ids) that pass the hard constraints, from the dense and the lexical tops,
        with their cosines and BM25 scores; None when nothing may be shown. Hold the lock."""
        profile = query.profile
        if not self.records:
            return None
        cols = self._columns()
        mask, distances = self._hard_mask(cols, query)
        allowed_count = int(mask.sum())
        if allowed_count == 0:
            return None
        k = max(self.weights.candidates, profile.limit * 10)
        if allowed_count == len(cols.ids):
            dense_hits = self.index.search(qvec, k)
        elif allowed_count <= k:
            dense_hits = self.index.search(qvec, allowed_count, allowed=cols.ids[mask])
        else:
            # over-fetch in proportion to what the filters leave, then use a selector
            share = allowed_count / len(cols.ids)
            if share > 0.3:
                dense_hits = self.index.search(qvec, int(k / share) + 10)
            else:
                dense_hits = self.index.search(qvec, k, allowed=cols.ids[mask])
        bm_ids, bm_scores = self.bm25.scores(text)
        dense = {
            i: s
            for i, s in dense_hits
            if 0 <= i < len(cols.slot_by_id)
            and cols.slot_by_id[i] >= 0
            and mask[cols.slot_by_id[i]]
        }
        if len(bm_ids):
            slots = cols.slot_by_id[bm_ids]
            keep = (slots >= 0) & mask[np.maximum(slots, 0)]
            bm_ids, bm_scores = bm_ids[keep], bm_scores[keep]
        lexical: dict[int, float] = {}
        if len(bm_ids):
            top = np.argsort(-bm_scores)[:k]
            lexical = dict(zip(bm_ids[top].tolist(), bm_scores[top].tolist(), strict=True))
        cand = np.fromiter(set(dense) | set(lexical), dtype=np.int64)
        return cand, dense, lexical, cols, distances

    def match(self, query: Query) -> tuple[list[MatchResult], Timings]:
        started = time.perf_counter()
        timings = Timings()
        text, signals = self._prepare(query)
        qvec = self.encoder.encode_query(text)
        t_encoded = time.perf_counter()
        timings.encode_ms = (t_encoded - started) * 1000

        with self._lock:
            gathered = self._gather(query, text, qvec)
            t_searched = time.perf_counter()
            timings.search_ms = (t_searched - t_encoded) * 1000
            if gathered is None:
                timings.total_ms = (t_searched - started) * 1000
                return [], timings
            cand, dense, lexical, cols, distances = gathered
            scored = self._score(cand, dense, lexical, qvec, cols, query, distances, signals)
            has_gcse = rules.meets_gcse(query)
            results = self._present(scored, query, has_gcse, distances is not None)
        t_ranked = time.perf_counter()
        timings.rank_ms = (t_ranked - t_searched) * 1000
        timings.total_ms = (t_ranked - started) * 1000
        return results, timings

    def explain(self, query: Query) -> list[dict[str, float | str]]:
        """Every candidate with its score and components, best first (for `careers eval
        --explain`): what pushed each pathway up or down."""
        text, signals = self._prepare(query)
        qvec = self.encoder.encode_query(text)
        with self._lock:
            gathered = self._gather(query, text, qvec)
            if gathered is None:
                return []
            cand, dense, lexical, cols, distances = gathered
            parts = self.components(cand, dense, lexical, qvec, cols, query, distances, signals)
            score = self.combine(parts)
            rows: list[dict[str, float | str]] = []
            for k, pid in enumerate(cand.tolist()):
                row: dict[str, float | str] = {
                    "ref": self.records[pid].ref,
                    "score": float(score[k]),
                }
                row.update({name: float(values[k]) for name, values in parts.items()})
                rows.append(row)
        rows.sort(key=lambda r: (-float(r["score"]), str(r["ref"])))
        return rows

    def components(
        self,
        cand: np.ndarray,
        dense: dict[int, float],
        lexical: dict[int, float],
        qvec: np.ndarray,
        cols: _Arrays,
        query: Query,
        distances: np.ndarray | None,
        signals: _Signals,
    ) -> dict[str, np.ndarray]:
        """Each scoring feature for each candidate id (arrays aligned with cand), before
        weighting: what the score is made of (also printed by the evaluation's explain mode)."""
        w = self.weights
        profile = query.profile
        slots = cols.slot_by_id[cand]
        n = len(cand)
        cos = np.empty(n, dtype=np.float64)
        missing: list[int] = []
        for k, pid in enumerate(cand.tolist()):
            got = dense.get(pid)
            if got is None:
                missing.append(k)
            else:
                cos[k] = got
        if missing:
            zero = np.zeros(len(qvec), dtype=np.float32)
            vecs = [self.index.vector(int(cand[k])) for k in missing]
            matrix = np.stack([v if v is not None else zero for v in vecs])
            cos[missing] = matrix @ qvec
        bm = np.fromiter((lexical.get(p, 0.0) for p in cand.tolist()), np.float64, n)
        bm_max = bm.max() if n else 0.0
        out: dict[str, np.ndarray] = {
            "cos": cos,
            "dense": np.clip((cos - w.dense_floor) / w.dense_span, 0.0, 1.0),
            "lexical": bm / bm_max if bm_max > 0 else np.zeros(n),
        }
        title = np.zeros(n)
        if signals.text:
            t_ids, t_scores = self.titles.scores(signals.text, TITLE_MAX_SHARE)
            if len(t_ids):
                in_title: dict[int, float] = dict(
                    zip(t_ids.tolist(), t_scores.tolist(), strict=True)
                )
                title = np.fromiter((in_title.get(p, 0.0) for p in cand.tolist()), np.float64, n)
                top = title.max() if n else 0.0
                title = title / top if top > 0 else title
        out["title"] = title
        phrases = [set(terms(p)) for p in (*profile.skills, *profile.interests)]
        phrases = [p for p in phrases if p]
        overlap = np.zeros(n)
        unwanted = np.zeros(n, dtype=bool)
        records = [self.records[p] for p in cand.tolist()]
        for k, record in enumerate(records):
            if phrases:
                own = self._own_terms(record)
                overlap[k] = sum(1 for p in phrases if p & own) / len(phrases)
            if signals.unwanted:
                unwanted[k] = self._is_about(record, set(signals.unwanted))
        out["overlap"] = overlap
        out["unwanted"] = unwanted
        person = self._bitmask(profile.circumstances)
        out["support"] = (cols.supports[slots] & person) != 0
        has_gcse = rules.meets_gcse(query)
        level = profile.qualification_level
        min_qual = cols.min_qual[slots]
        short = (min_qual > level) if level is not None else np.zeros(n, dtype=bool)
        gcse = cols.gcse[slots] & (has_gcse is False)
        out["barrier"] = short | gcse
        out["unpaid_intent"] = ~cols.paid[slots] if signals.wants_paid else np.zeros(n, bool)
        named = [TYPE_CODES[t] for t in signals.named_types if t in TYPE_CODES]
        out["named_type"] = np.isin(cols.type_code[slots], np.array(named or [-2], np.int16))
        targets = cols.targets[slots]
        theirs = self._bitmask(signals.circumstances)
        out["targeted"] = np.where(targets == 0, 0.0, np.where((targets & theirs) != 0, 1.0, -1.0))
        gap = np.zeros(n)
        if level is not None:
            gap = w.level_gap * np.maximum(0, np.maximum(min_qual, 0) - level - 1)
            if level >= 5:
                lv = cols.level[slots]
                gap = gap + np.where((lv >= 0) & (lv <= level - 3), w.overqualified, 0.0)
            gap = np.minimum(gap, 0.15)
        out["level_gap"] = gap
        far = np.zeros(n)
        beyond = np.zeros(n, dtype=bool)
        if distances is not None and profile.max_distance_km is not None:
            with np.errstate(invalid="ignore"):
                beyond = ~cols.remote[slots] & (distances[slots] > profile.max_distance_km)
        out["beyond_limit"] = beyond
        if distances is not None:
            d = distances[slots]
            reach = max(profile.max_distance_km or 20.0, 1.0)
            with np.errstate(invalid="ignore"):
                far = np.where(np.isnan(d) | cols.remote[slots], 0.0, np.minimum(1.0, d / reach))
        out["distance"] = far
        out["over_age"] = (
            cols.max_age[slots] < profile.age if profile.age is not None else np.zeros(n, bool)
        )
        return out

    def combine(self, parts: dict[str, np.ndarray]) -> np.ndarray:
        """The weighted score from the components."""
        w = self.weights
        targeted = parts["targeted"]
        return (
            w.dense * parts["dense"]
            + w.lexical * parts["lexical"]
            + w.overlap * parts["overlap"]
            + w.title * parts["title"]
            + w.support * parts["support"]
            - w.barrier * parts["barrier"]
            - w.unwanted * parts["unwanted"]
            - w.unpaid_intent * parts["unpaid_intent"]
            + w.named_type * parts["named_type"]
            + np.where(targeted > 0, w.targeted_match, 0.0)
            - np.where(targeted < 0, w.targeted_other, 0.0)
            - parts["level_gap"]
            - w.distance * parts["distance"]
            - w.over_age * parts["over_age"]
            - w.beyond_limit * parts["beyond_limit"]
        )

    def _score(
        self,
        cand: np.ndarray,
        dense: dict[int, float],
        lexical: dict[int, float],
        qvec: np.ndarray,
        cols: _Arrays,
        query: Query,
        distances: np.ndarray | None,
        signals: _Signals,
    ) -> list[Scored]:
        """Candidates scored and sorted best first (ties by ref)."""
        if not len(cand):
            return []
        parts = self.components(cand, dense, lexical, qvec, cols, query, distances, signals)
        score = self.combine(parts)
        refs = [self.records[p].ref for p in cand.tolist()]
        order = sorted(range(len(cand)), key=lambda k: (-score[k], refs[k]))
        slots = cols.slot_by_id[cand]
        out: list[Scored] = []
        for k in order:
            d = None
            if distances is not None:
                dk = distances[slots[k]]
                d = None if math.isnan(dk) else float(dk)
            out.append((float(score[k]), int(cand[k]), d, []))
        return out

    def _bitmask(self, names: Iterable[str]) -> int:
        mask = 0
        for name in names:
            bit = self._bits.get(name)
            if bit is None:
                bit = self._bits[name] = len(self._bits)
            mask |= 1 << bit
        return mask

    def _present(
        self,
        scored: list[Scored],
        query: Query,
        has_gcse: bool | None,
        located: bool,
    ) -> list[MatchResult]:
        """Group near-duplicates, then build results with routes and reasons."""
        profile = query.profile
        groups: dict[tuple[str, str, str], list[Scored]] = {}
        order: list[tuple[str, str, str]] = []
        for item in scored:
            key = group_key(self.records[item[1]])
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(item)
        chosen = order[: profile.limit]

        previous = self._previous_steps()
        about_clauses = clauses(profile.about)
        clause_terms = [set(terms(f"{c} {expand(c)}")) for c in about_clauses]
        clause_vectors: list[np.ndarray] = []  # encoded once, in one batch, when first needed

        def vectors() -> np.ndarray:
            if not clause_vectors:
                clause_vectors.append(self.encoder.encode(about_clauses))
            return clause_vectors[0]

        def can_start_now(record: PathwayRecord) -> bool:
            dist = None
            if query.place is not None and record.has_location:
                dist = rules.pathway_distance(record, query)
            return not rules.violations_except_type(record, query, dist) and not rules.barriers(
                record, query, has_gcse
            )

        def nearness(record: PathwayRecord) -> float:
            d = rules.pathway_distance(record, query)
            return d if d is not None else 1e9

        results: list[MatchResult] = []
        for key in chosen:
            members = groups[key]
            best_score = members[0][0]
            # show the nearest site among those that score close to the best
            shown = members[0]
            if located and len(members) > 1:
                near = [m for m in members if m[2] is not None and m[0] >= best_score - 0.05]
                if near:
                    shown = min(near, key=lambda m: m[2] if m[2] is not None else 1e9)
            _score, pid, distance, _ = shown
            record = self.records[pid]
            blockers = rules.barriers(record, query, has_gcse)
            route_ids = shortest_route(pid, self.records, previous, can_start_now, nearness)
            route = [RouteStep(self.records[i].ref, self.records[i].title) for i in route_ids]
            first_step = route[0].title if blockers and len(route) > 1 else None
            clause = self._best_clause(record, about_clauses, clause_terms, vectors)
            reasons = build_reasons(
                record,
                query,
                distance=distance,
                barriers=blockers,
                clause=clause,
                first_step=first_step,
            )
            results.append(
                MatchResult(
                    ref=record.ref,
                    title=record.title,
                    organisation=record.organisation,
                    type=record.type,
                    level=record.level,
                    score=round(min(1.0, max(0.0, best_score)), 4),
                    eligible_now=not blockers,
                    distance_km=round(distance, 1) if distance is not None else None,
                    reasons=reasons,
                    route=route,
                    url=f"/pathways/{record.ref}",
                    also_at=len(members) - 1,
                    barriers=list(blockers),
                )
            )
        return results

    def _best_clause(
        self,
        record: PathwayRecord,
        about_clauses: list[str],
        clause_terms: list[set[str]],
        vectors: Callable[[], np.ndarray],
    ) -> str | None:
        """The clause of the person's own words that best matches this pathway: most shared
        words, else the nearest by meaning (clauses encoded once per query, in one batch)."""
        if not about_clauses:
            return None
        own = self._text_terms(record)
        best, best_score = None, 0.0
        for clause, cterms in zip(about_clauses, clause_terms, strict=True):
            shared = cterms & own
            if shared:
                score = len(shared) / math.sqrt(len(cterms))
                if score > best_score:
                    best, best_score = clause, score
        if best is not None:
            return best
        vec = self.index.vector(record.id)
        if vec is None:
            return None
        sims = vectors() @ vec
        top = int(np.argmax(sims))
        return about_clauses[top] if float(sims[top]) > 0.2 else None

    def _text_terms(self, record: PathwayRecord) -> set[str]:
        """All the terms of a pathway's text (cached per pathway: stemming a description is
        the slowest part of building reasons)."""
        cached = self._all_terms.get(record.id)
        if cached is None:
            cached = self._all_terms[record.id] = set(terms(record_text(record)))
        return cached


def baseline_refs(engine: MatchEngine, query: Query, mode: str) -> list[str]:
    """A baseline ranking with the same hard filters: 'bm25' (keywords only) or 'dense' (plain
    MiniLM cosine over the same text). No eligibility, distance, support or grouping."""
    profile = query.profile
    text = query_text(profile.about, profile.skills, profile.interests)
    with engine._lock:
        cols = engine._columns()
        mask, _ = engine._hard_mask(cols, query)
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
