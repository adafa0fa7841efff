"""From scored candidates to what a person is shown: near-duplicates grouped (one card per role,
at the nearest site that scores close to the best, with the other sites listed), eligibility
(true, false, or unknown when the pathway needs something they have not told us), a route
from where they stand, and true reasons."""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from careers.matching import constraints, rules
from careers.matching.columns import Columns
from careers.matching.distance import haversine_km
from careers.matching.progression import shortest_route
from careers.matching.reasons import build_reasons, person_clauses
from careers.matching.text import expand, terms
from careers.matching.types import MatchResult, PathwayRecord, Query, RouteStep

# sites of one role scoring within this much of the best are "as good", so the nearest shows
NEAR_ENOUGH = 0.05


@dataclass(frozen=True)
class Scored:
    score: float
    id: int
    distance: float | None


def pathway_distance(record: PathwayRecord, query: Query) -> float | None:
    if query.place is None or not record.has_location:
        return None
    assert record.latitude is not None and record.longitude is not None
    return float(
        haversine_km(query.place.latitude, query.place.longitude, record.latitude, record.longitude)
    )


def group(
    scored: Sequence[Scored], key_of: Callable[[int], tuple[str, str, str]]
) -> list[list[Scored]]:
    """Near-duplicates (grouping.group_key) together, groups in order of their best member."""
    groups: dict[tuple[str, str, str], list[Scored]] = {}
    for item in scored:
        groups.setdefault(key_of(item.id), []).append(item)
    return list(groups.values())


def shown_member(members: Sequence[Scored], located: bool) -> Scored:
    """The nearest site among those scoring close to the best (the best when not located)."""
    best = members[0]
    if not located or len(members) == 1:
        return best
    near = [m for m in members if m.distance is not None and m.score >= best.score - NEAR_ENOUGH]
    return min(near, key=lambda m: m.distance or 0.0) if near else best


class Presenter:
    """Builds results for one query (clauses encoded at most once, in one batch)."""

    def __init__(
        self,
        query: Query,
        cols: Columns,
        records: Mapping[int, PathwayRecord],
        previous: Mapping[int, list[int]],
        text_terms: Callable[[PathwayRecord], set[str]],
        is_common: Callable[[str], bool],
    ) -> None:
        self.query = query
        self.cols = cols
        self.records = records
        self._startable: np.ndarray | None = None
        self.distances: np.ndarray | None = None  # to every pathway, when already worked out
        self.previous = previous
        self.text_terms = text_terms
        self.is_common = is_common
        self.has_gcse = rules.meets_gcse(query)
        self.clauses = person_clauses(query.profile.about)
        self.clause_terms = [set(terms(f"{c} {expand(c)}")) for c in self.clauses]

    def can_start_now(self, record: PathwayRecord) -> bool:
        """Meets every hard constraint but type, and has no barrier (a route's first step)."""
        if self._startable is None:
            self._startable, _ = constraints.allowed(
                self.cols, self.query, skip=("type",), distances=self.distances
            )
        slot = self.cols.slot_by_id[record.id] if record.id < len(self.cols.slot_by_id) else -1
        if slot < 0 or not self._startable[slot]:
            return False
        return not rules.barriers(record, self.query, self.has_gcse)

    def nearness(self, record: PathwayRecord) -> float:
        d = pathway_distance(record, self.query)
        return d if d is not None else 1e9

    def route(self, pid: int) -> list[RouteStep]:
        ids = shortest_route(pid, self.records, self.previous, self.can_start_now, self.nearness)
        return [RouteStep(self.records[i].ref, self.records[i].title) for i in ids]

    def result(self, members: Sequence[Scored], located: bool) -> MatchResult:
        shown = shown_member(members, located)
        record = self.records[shown.id]
        eligible, blockers, missing = rules.eligibility(record, self.query, self.has_gcse)
        route = self.route(shown.id)
        first_step = route[0].title if blockers and len(route) > 1 else None
        reasons = build_reasons(
            record,
            self.query,
            distance=shown.distance,
            barriers=blockers,
            unknowns=missing,
            clause=self.best_clause(record),
            first_step=first_step,
            is_common=self.is_common,
        )
        others = sorted(
            (m for m in members if m.id != shown.id),
            key=lambda m: (m.distance if m.distance is not None else 1e9, self.records[m.id].ref),
        )
        return MatchResult(
            ref=record.ref,
            title=record.title,
            organisation=record.organisation,
            type=record.type,
            level=record.level,
            score=round(min(1.0, max(0.0, members[0].score)), 4),
            eligible_now=eligible,
            distance_km=round(shown.distance, 1) if shown.distance is not None else None,
            reasons=reasons,
            route=route,
            also_at=len(members) - 1,
            also_at_refs=[self.records[m.id].ref for m in others],
            barriers=blockers,
            unknowns=missing,
            hours_per_week=record.hours_per_week,
        )

    def best_clause(self, record: PathwayRecord) -> str | None:
        """The clause of the person's own words that shares most informative words with this
        pathway's text; None when none does (the reason then says what the pathway is, rather
        than quote a clause near it only in meaning). Never a clause saying what they do not
        want (person_clauses leaves those out)."""
        own = self.text_terms(record)
        best, best_score = None, 0.0
        for clause, cterms in zip(self.clauses, self.clause_terms, strict=True):
            shared = {t for t in cterms & own if not self.is_common(t)}
            if shared:
                score = len(shared) / math.sqrt(len(cterms))
                if score > best_score:
                    best, best_score = clause, score
        return best
