"""Insights for a cohort: what the class is into, how many can apply for something now, what
holds them back and what closes soon. Counts are of the adviser's own students, so they are
exact; nothing here ever mixes in another organisation's data."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from careers.csv_cells import safe_cell
from careers.formatting import label
from careers.models import Cohort, Pathway, Student
from careers.services.batch_matching import barrier_need, matches_of

BEST = 5  # a student's "best matches"
READY_THRESHOLD = 3
CLOSING_WINDOW_DAYS = 28
TOP = 10


@dataclass
class Count:
    label: str
    count: int


@dataclass
class BarrierCount:
    code: str
    need: str
    count: int

    @property
    def sentence(self) -> str:
        who = (
            "1 student's best matches need"
            if self.count == 1
            else (f"{self.count} students' best matches need")
        )
        return f"{who} {self.need}"


@dataclass
class ClosingSoon:
    ref: str
    title: str
    organisation: str
    closing_date: dt.date
    students: int


@dataclass
class Insights:
    students: int = 0
    matched: int = 0  # students matched at least once, whatever it found
    with_matches: int = 0  # of those, students with at least one pathway to show
    interests: list[Count] = field(default_factory=list)
    sectors: list[Count] = field(default_factory=list)
    ready_now: int = 0
    barriers: list[BarrierCount] = field(default_factory=list)
    closing_soon: list[ClosingSoon] = field(default_factory=list)


def _within_reach(student: Student, result: dict[str, Any]) -> bool:
    limit = (student.profile or {}).get("max_distance_km")
    distance = result.get("distance_km")
    return limit is None or distance is None or float(distance) <= float(limit)


def cohort_insights(session: Session, cohort: Cohort, today: dt.date) -> Insights:
    students = list(session.scalars(select(Student).where(Student.cohort_id == cohort.id)))
    insights = Insights(students=len(students))
    interests: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for student in students:
        for interest in {i.casefold(): i for i in (student.profile or {}).get("interests", [])}:
            interests[interest] += 1
            shown.setdefault(interest, interest.capitalize())
    insights.interests = [Count(shown[k], n) for k, n in _ranked(interests)[:TOP]]

    matched = [s for s in students if s.matches is not None]
    insights.matched = len(matched)
    insights.with_matches = sum(1 for s in matched if matches_of(s))
    refs = {r["ref"] for s in matched for r in matches_of(s)} | {
        ref for s in students for ref in s.pinned_refs or []
    }
    pathways = {
        p.ref: p
        for p in session.scalars(
            select(Pathway).where(Pathway.ref.in_(refs)).options(selectinload(Pathway.organisation))
        )
    }

    sectors: Counter[str] = Counter()
    barriers: Counter[str] = Counter()
    closing: Counter[str] = Counter()
    horizon = today + dt.timedelta(days=CLOSING_WINDOW_DAYS)
    for student in matched:
        results = matches_of(student)
        ready = [r for r in results if r.get("eligible_now") and _within_reach(student, r)]
        if len(ready) >= READY_THRESHOLD:
            insights.ready_now += 1
        best = results[:BEST]
        sectors.update(
            {pathways[r["ref"]].sector for r in best if r["ref"] in pathways} - {None}  # type: ignore[arg-type]
        )
        barriers.update({b for r in best for b in r.get("barriers") or []})
        for ref in {r["ref"] for r in results} | set(student.pinned_refs or []):
            pathway = pathways.get(ref)
            if (
                pathway is not None
                and pathway.status == "published"
                and pathway.closing_date is not None
                and today <= pathway.closing_date <= horizon
            ):
                closing[ref] += 1
    insights.sectors = [Count(label(k), n) for k, n in _ranked(sectors)[:TOP]]
    insights.barriers = [BarrierCount(k, barrier_need(k), n) for k, n in _ranked(barriers)]
    insights.closing_soon = sorted(
        (
            ClosingSoon(
                ref=ref,
                title=pathways[ref].title,
                organisation=pathways[ref].organisation.name,
                closing_date=pathways[ref].closing_date,  # type: ignore[arg-type]
                students=n,
            )
            for ref, n in closing.items()
        ),
        key=lambda c: (c.closing_date, c.title),
    )
    return insights


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


# --- CSV export ------------------------------------------------------------------------


def insights_csv(cohort: Cohort, insights: Insights) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Section", "Item", "Students", "Closing date"])
    writer.writerow(["Cohort", safe_cell(cohort.name), insights.students, ""])
    writer.writerow(["Matched", "Students matched", insights.matched, ""])
    writer.writerow(["Matched", "Students with matches", insights.with_matches, ""])
    writer.writerow(
        [
            "Ready to apply",
            f"At least {READY_THRESHOLD} pathways they can apply for now within travel distance",
            insights.ready_now,
            "",
        ]
    )
    for item in insights.interests:
        writer.writerow(["Interest", safe_cell(item.label), item.count, ""])
    for item in insights.sectors:
        writer.writerow(["Sector of best matches", safe_cell(item.label), item.count, ""])
    for barrier in insights.barriers:
        writer.writerow(["Barrier in best matches", safe_cell(barrier.need), barrier.count, ""])
    for soon in insights.closing_soon:
        writer.writerow(
            [
                "Closing in the next 4 weeks",
                safe_cell(f"{soon.title} ({soon.organisation})"),
                soon.students,
                soon.closing_date.isoformat(),
            ]
        )
    return out.getvalue()
