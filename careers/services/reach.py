"""Reach analytics from the Event table: aggregate only, and figures that cannot be unpicked.

Per pathway or per organisation, over a range of whole months (or all time): times shown in
results, detail views, apply clicks and matches through the API (a kind of its own: a partner's
service asked, so nothing is known of the person), by month, borough, IMD decile (1 = most
deprived) and age band, and a borough by decile table of times shown. The headline is the share
of times shown among searchers in London's most deprived 30% of neighbourhoods (deciles 1-3).

What is published (pages and CSVs alike) is worked out by careers.services.disclosure.protect
over every figure of a kind at once: the total, each breakdown adding up to it, and the table,
whose rows add up to the boroughs' figures and whose columns add up to the deciles'. Counts
from 10 up are rounded to the nearest 5, 1 to 9 is "fewer than 10", and more is withheld
("not shown") until no count under 10 can be narrowed by any sum of what is shown. The deprived
share is worked out from the published decile figures only, and only when none is hidden.
The property tests (tests/services/test_reach_protection.py, tests/employers/test_reach_table.py)
try to work out every small count from everything a page or CSV shows.

Ranges of months are compared with each other only through the rounding: two overlapping ranges
can be subtracted, so ranges are whole months and never shorter than one.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import String, func, select
from sqlalchemy.orm import Session

from careers.csv_cells import safe_cell
from careers.models import AGE_BANDS, Borough, Event, Organisation
from careers.services import disclosure
from careers.services.disclosure import FEWER, ROUND_TO, SUPPRESS_BELOW, WITHHELD, Group, primary

__all__ = ["FEWER", "ROUND_TO", "WITHHELD", "primary"]

# applied and heard_back: what young people back through a saved link said (services/outcomes.py)
KINDS = ("shown", "detail", "apply", "api_match", "applied", "heard_back")
LABELS_KIND = {
    "shown": "Times shown",
    "detail": "Detail views",
    "apply": "Apply clicks",
    "api_match": "Matches through the API",
    "applied": "Said they applied",
    "heard_back": "Said they heard back",
}
DEPRIVED_DECILES = (1, 2, 3)
INFINITY = float("inf")
NOT_KNOWN = "Not known"


def shown(count: int) -> str:
    """A published count as people see it (see `protect`)."""
    if count == WITHHELD:
        return "not shown"
    if count == FEWER or 0 < count < SUPPRESS_BELOW:
        return "fewer than 10"
    return f"{count:,}"


def bounds(published: int) -> tuple[float, float]:
    """Every true count this published figure could stand for, as (lowest, highest)."""
    low, high = disclosure.bounds(published)
    return low, INFINITY if high is None else high


def protect(total: int, tables: list[list[int]]) -> tuple[int, list[list[int]]]:
    """A total and breakdowns that each add up to it (true counts in), published so that no
    "fewer than 10" can be narrowed by the sums."""
    counts = [total]
    groups = []
    for cells in tables:
        groups.append(Group(0, tuple(range(len(counts), len(counts) + len(cells)))))
        counts.extend(cells)
    published = disclosure.protect(counts, groups)
    out, at = [], 1
    for cells in tables:
        out.append(published[at : at + len(cells)])
        at += len(cells)
    return published[0], out


def share_of(published: dict[int, int]) -> float | None:
    """The deprived share from published decile figures (shown kind), or None when a decile
    is hidden or there are too few to say."""
    figures = [published.get(d, 0) for d in range(1, 11)]
    if any(f < 0 for f in figures) or sum(figures) < SUPPRESS_BELOW:
        return None
    return sum(published.get(d, 0) for d in DEPRIVED_DECILES) / sum(figures)


@dataclass
class Breakdown:
    title: str
    rows: list[tuple[str, dict[str, int]]] = field(default_factory=list)  # label -> kind -> count


@dataclass
class Table:
    """Times shown by borough (rows) and deprivation decile (columns), as published."""

    columns: list[str]
    rows: list[tuple[str, list[int]]]


@dataclass
class Reach:
    totals: dict[str, int]
    deprived_share: float | None  # None when too few to say
    breakdowns: list[Breakdown]
    table: Table = field(default_factory=lambda: Table([], []))
    period: str = "All time"
    columns: list[tuple[str, str]] = field(default_factory=lambda: columns())


def columns() -> list[tuple[str, str]]:
    """Each kind counted, with its column heading."""
    return [(kind, LABELS_KIND[kind]) for kind in KINDS]


@dataclass(frozen=True)
class Period:
    """Whole months from `start` to `end` (first days of months), either open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def label(self) -> str:
        if self.start is None and self.end is None:
            return "All time"
        first = self.start.strftime("%B %Y") if self.start else "the start"
        last = self.end.strftime("%B %Y") if self.end else "now"
        return first if first == last else f"{first} to {last}"

    def after_end(self) -> dt.date | None:
        if self.end is None:
            return None
        return dt.date(self.end.year + self.end.month // 12, self.end.month % 12 + 1, 1)


def _decile_label(decile: int | None) -> str:
    return NOT_KNOWN if decile is None else f"Decile {decile}"


def reach(
    session: Session,
    *,
    pathway_id: int | None = None,
    organisation_id: int | None = None,
    period: Period | None = None,
    since: dt.date | None = None,
) -> Reach:
    period = period or Period()
    base = select(Event).where(Event.kind.in_(KINDS))
    if since is not None:
        base = base.where(Event.day >= since)
    if pathway_id is not None:
        base = base.where(Event.pathway_id == pathway_id)
    if organisation_id is not None:
        base = base.where(Event.organisation_id == organisation_id)
    if period.start is not None:
        base = base.where(Event.day >= period.start)
    if (after := period.after_end()) is not None:
        base = base.where(Event.day < after)
    sub = base.subquery()

    def grouped(*columns: Any) -> dict[Any, dict[str, int]]:
        out: dict[Any, dict[str, int]] = {}
        for *keys, kind, count in session.execute(
            select(*columns, sub.c.kind, func.count()).group_by(*columns, sub.c.kind)
        ):
            key = keys[0] if len(keys) == 1 else tuple(keys)
            out.setdefault(key, dict.fromkeys(KINDS, 0))[kind] = count
        return out

    totals = dict.fromkeys(KINDS, 0)
    for kind, count in session.execute(select(sub.c.kind, func.count()).group_by(sub.c.kind)):
        totals[kind] = count
    by_month = grouped(func.substr(func.cast(sub.c.day, String()), 1, 7))
    by_borough = grouped(sub.c.borough_code)
    by_decile = grouped(sub.c.imd_decile)
    by_age = grouped(sub.c.age_band)
    by_both = grouped(sub.c.borough_code, sub.c.imd_decile)
    names = {code: name for code, name in session.execute(select(Borough.code, Borough.name))}
    boroughs = sorted(by_borough, key=lambda code: (code is None, str(code)))
    deciles: list[int | None] = [*range(1, 11), *([None] if None in by_decile else [])]
    zero = dict.fromkeys(KINDS, 0)

    def borough_label(code: str | None) -> str:
        return names.get(code, "Outside London or not known") if code else NOT_KNOWN

    breakdowns = [
        Breakdown("By month", [(str(k), by_month[k]) for k in sorted(by_month, key=str)]),
        Breakdown("By borough", [(borough_label(code), by_borough[code]) for code in boroughs]),
        Breakdown(
            "By deprivation decile (1 is most deprived)",
            [(_decile_label(d), by_decile.get(d, zero)) for d in deciles],
        ),
        Breakdown("By age", [(_age(a), by_age[a]) for a in AGE_BANDS if a in by_age]),
    ]
    published_totals: dict[str, int] = {}
    published_rows = [[dict.fromkeys(KINDS, 0) for _ in b.rows] for b in breakdowns]
    table_cells: list[list[int]] = []
    for kind in KINDS:
        cross = (
            [[by_both.get((code, d), zero)[kind] for d in deciles] for code in boroughs]
            if kind == "shown"
            else []
        )
        total, published, cross_published = _protect_kind(
            totals[kind], [[counts[kind] for _, counts in b.rows] for b in breakdowns], cross
        )
        published_totals[kind] = total
        for rows, cells in zip(published_rows, published, strict=True):
            for row, cell in zip(rows, cells, strict=True):
                row[kind] = cell
        if kind == "shown":
            table_cells = cross_published
    out = [
        Breakdown(b.title, [(label, row) for (label, _), row in zip(b.rows, rows, strict=True)])
        for b, rows in zip(breakdowns, published_rows, strict=True)
    ]
    table = Table(
        [_decile_label(d) for d in deciles],
        [(borough_label(code), cells) for code, cells in zip(boroughs, table_cells, strict=True)],
    )
    # Order by what is published, never by true counts (an order would hint at hidden ones).
    out[1].rows.sort(key=lambda item: (-item[1]["shown"], item[0]))
    table.rows.sort(key=lambda item: (item[0] == NOT_KNOWN, item[0]))
    share = share_of({d: row["shown"] for d, (_, row) in enumerate(out[2].rows[:10], start=1)})
    return Reach(published_totals, share, out, table, period.label())


def _protect_kind(
    total: int, tables: list[list[int]], cross: list[list[int]]
) -> tuple[int, list[list[int]], list[list[int]]]:
    """One kind's total, breakdowns (by borough second, by decile third) and borough by decile
    table (rows in the borough breakdown's order, columns in the decile breakdown's),
    protected together."""
    counts = [total]
    groups: list[Group] = []
    starts = []
    for cells in tables:
        starts.append(len(counts))
        groups.append(Group(0, tuple(range(len(counts), len(counts) + len(cells)))))
        counts.extend(cells)
    cross_start = len(counts)
    width = len(cross[0]) if cross else 0
    for row in cross:
        counts.extend(row)
    for i in range(len(cross)):
        groups.append(
            Group(starts[1] + i, tuple(cross_start + i * width + j for j in range(width)))
        )
    for j in range(width):
        column = tuple(cross_start + i * width + j for i in range(len(cross)))
        groups.append(Group(starts[2] + j, column))
    published = disclosure.protect(counts, groups)
    breakdowns = [published[s : s + len(cells)] for s, cells in zip(starts, tables, strict=True)]
    table = [
        published[cross_start + i * width : cross_start + (i + 1) * width]
        for i in range(len(cross))
    ]
    return published[0], breakdowns, table


@dataclass
class OrganisationReach:
    name: str
    totals: dict[str, int]
    deprived_share: float | None  # None when fewer than 10 showings with a known decile


def by_organisation(session: Session) -> list[OrganisationReach]:
    """Every organisation's totals and deprived share, for the site admin; most shown first.
    Aggregate only: counts under 10 are suppressed where they are shown."""
    counts: dict[int, dict[str, int]] = {}
    by_decile: dict[int, dict[int | None, int]] = {}
    rows = session.execute(
        select(Event.organisation_id, Event.kind, Event.imd_decile, func.count())
        .where(Event.kind.in_(KINDS), Event.organisation_id.is_not(None))
        .group_by(Event.organisation_id, Event.kind, Event.imd_decile)
    )
    for organisation_id, kind, decile, count in rows:
        if organisation_id is None:
            continue
        totals = counts.setdefault(organisation_id, {k: 0 for k in KINDS})
        totals[kind] += count
        if kind == "shown":
            deciles = by_decile.setdefault(organisation_id, {})
            deciles[decile] = deciles.get(decile, 0) + count
    names = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(counts))
        ).all()
    )
    ids = list(counts)
    published: dict[int, dict[str, int]] = {i: {} for i in ids}
    for kind in KINDS:
        column = [counts[i][kind] for i in ids]
        _total, [cells] = protect(sum(column), [column])
        for i, cell in zip(ids, cells, strict=True):
            published[i][kind] = cell
    found = []
    for organisation_id in ids:
        raw = by_decile.get(organisation_id, {})
        cells = [raw.get(d, 0) for d in (*range(1, 11), None)]
        _total, [safe] = protect(sum(cells), [cells])
        share = share_of(dict(zip(range(1, 11), safe[:10], strict=True)))
        name = names.get(organisation_id, "Removed")
        found.append(OrganisationReach(name, published[organisation_id], share))
    return sorted(found, key=lambda r: (-r.totals["shown"], r.name))


def organisations_csv(found: list[OrganisationReach]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Organisation", *(LABELS_KIND[k] for k in KINDS), "Deprived 30% share"])
    for row in found:
        share = "" if row.deprived_share is None else f"{row.deprived_share:.0%}"
        writer.writerow([safe_cell(row.name), *(shown(row.totals[k]) for k in KINDS), share])
    return out.getvalue()


def _age(band: str) -> str:
    return {
        "under_16": "Under 16",
        "16_17": "16 to 17",
        "18_19": "18 to 19",
        "20_24": "20 to 24",
        "25_plus": "25 and over",
        "unknown": "Not known",
    }.get(band, band)


def to_csv(result: Reach, name: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Reach of", safe_cell(name)])
    writer.writerow(["Period", result.period])
    writer.writerow([PRIVACY_NOTE])
    writer.writerow([])
    writer.writerow(["Breakdown", "Group", *(LABELS_KIND[k] for k in KINDS)])
    writer.writerow(["Total", "All"] + [shown(result.totals[k]) for k in KINDS])
    for breakdown in result.breakdowns:
        for label, counts in breakdown.rows:
            writer.writerow(
                [safe_cell(breakdown.title), safe_cell(label)] + [shown(counts[k]) for k in KINDS]
            )
    writer.writerow([])
    writer.writerow([TABLE_TITLE])
    writer.writerow(["Borough", *result.table.columns])
    for label, cells in result.table.rows:
        writer.writerow([safe_cell(label), *(shown(c) for c in cells)])
    return out.getvalue()


PRIVACY_NOTE = (
    "Counts from 10 up are rounded to the nearest 5; counts under 10 are shown as 'fewer than 10';"
    " 'not shown' hides a figure that would let someone work out a small one"
)
TABLE_TITLE = "Times shown by borough and deprivation decile (1 is most deprived)"


def bar_chart(breakdown: Breakdown, kind: str = "shown", width: int = 600) -> dict[str, Any]:
    """Geometry for a server-rendered SVG bar chart; suppressed bars are drawn as 0 and labelled."""
    rows = breakdown.rows
    top = max([c[kind] for _, c in rows if c[kind] >= SUPPRESS_BELOW] or [1])
    bar_height, gap, label_width = 22, 8, 200
    bars = []
    for i, (label, counts) in enumerate(rows):
        value = counts[kind] if counts[kind] >= SUPPRESS_BELOW else 0
        bars.append(
            {
                "y": i * (bar_height + gap),
                "width": round((width - label_width - 110) * value / top),
                "label": label,
                "text": shown(counts[kind]) if counts[kind] else "0",
            }
        )
    return {
        "bars": bars,
        "height": max(1, len(rows)) * (bar_height + gap),
        "width": width,
        "bar_height": bar_height,
        "label_width": label_width,
    }
