"""Reach analytics from the Event table: aggregate only, and figures that cannot be unpicked.

Per pathway or per organisation: times shown in results, detail views and apply clicks, by
month, borough, IMD decile (1 = most deprived) and age band; the headline is the share of reach
(times shown) among searchers in London's most deprived 30% of neighbourhoods (deciles 1-3).

What is published (pages and CSVs alike), by `protect`:
- every count from 10 up is rounded to the nearest 5; 1 to 9 is "fewer than 10" (FEWER); 0 is 0;
- then secondary suppression: each breakdown (months, boroughs, deciles, ages) adds up to the
  same total, so the total and the other breakdowns bound every cell. While any "fewer than 10"
  could be narrowed below "somewhere from 1 to 9" by those sums, more figures are withheld
  ("not shown", WITHHELD): the smallest shown figure in that breakdown, else the total, else
  the other breakdowns' smallest figures, else the breakdown's small cells themselves;
- the deprived share is worked out from the published decile figures only (so it says nothing
  they do not), and only when none of deciles 1 to 10 is hidden.
The property test (tests/services/test_reach_protection.py) tries every value of every hidden
cell against every published sum.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.csv_cells import safe_cell
from careers.models import AGE_BANDS, Borough, Event, Organisation

SUPPRESS_BELOW = 10
ROUND_TO = 5
FEWER = -1  # published as "fewer than 10"
WITHHELD = -2  # published as "not shown" (secondary suppression)
# applied and heard_back: what young people back through a saved link said (services/outcomes.py)
KINDS = ("shown", "detail", "apply", "applied", "heard_back")
DEPRIVED_DECILES = (1, 2, 3)
INFINITY = float("inf")


def shown(count: int) -> str:
    """A published count as people see it (see `protect`)."""
    if count == WITHHELD:
        return "not shown"
    if count == FEWER or 0 < count < SUPPRESS_BELOW:
        return "fewer than 10"
    return f"{count:,}"


def primary(count: int) -> int:
    """0; FEWER for 1 to 9; otherwise rounded to the nearest 5."""
    if count <= 0:
        return 0
    if count < SUPPRESS_BELOW:
        return FEWER
    return ROUND_TO * ((count + ROUND_TO // 2) // ROUND_TO)


def bounds(published: int) -> tuple[float, float]:
    """Every true count this published figure could stand for, as (lowest, highest)."""
    if published == 0:
        return 0, 0
    if published == FEWER:
        return 1, SUPPRESS_BELOW - 1
    if published == WITHHELD:
        return 0, INFINITY
    half = ROUND_TO // 2
    return max(SUPPRESS_BELOW, published - half), published + half


def _total_bounds(total: int, tables: list[list[int]]) -> tuple[float, float]:
    low, high = bounds(total)
    for cells in tables:
        ranges = [bounds(p) for p in cells]
        low = max(low, sum(r[0] for r in ranges))
        high = min(high, sum(r[1] for r in ranges))
    return low, high


def _narrowed(cells: list[int], total_low: float, total_high: float) -> bool:
    """Whether the sums pin any "fewer than 10" cell of this breakdown tighter than 1 to 9."""
    ranges = [bounds(p) for p in cells]
    low_sum, high_sum = sum(r[0] for r in ranges), sum(r[1] for r in ranges)
    for published, (low, high) in zip(cells, ranges, strict=True):
        if published != FEWER:
            continue
        least = max(low, total_low - (high_sum - high))
        most = min(high, total_high - (low_sum - low))
        if (least, most) != (low, high):
            return True
    return False


def _withhold_smallest(cells: list[int]) -> bool:
    visible = [(p, i) for i, p in enumerate(cells) if p >= SUPPRESS_BELOW]
    if not visible:
        return False
    cells[min(visible)[1]] = WITHHELD
    return True


def protect(total: int, tables: list[list[int]]) -> tuple[int, list[list[int]]]:
    """Publish a total and breakdowns that each add up to it (true counts in) so that no
    "fewer than 10" can be narrowed by the sums (see the module's docstring)."""
    published_total = primary(total)
    published = [[primary(count) for count in cells] for cells in tables]
    while True:
        low, high = _total_bounds(published_total, published)
        offending = next((c for c in published if _narrowed(c, low, high)), None)
        if offending is None:
            return published_total, published
        if _withhold_smallest(offending):
            continue
        if published_total not in (WITHHELD, 0):
            published_total = WITHHELD
            continue
        if any(_withhold_smallest(c) for c in published if WITHHELD not in c):
            continue
        for i, p in enumerate(offending):
            if p == FEWER:
                offending[i] = WITHHELD


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
class Reach:
    totals: dict[str, int]
    deprived_share: float | None  # None when too few to say
    breakdowns: list[Breakdown]
    columns: list[tuple[str, str]] = field(default_factory=lambda: columns())


def columns() -> list[tuple[str, str]]:
    """Each kind counted, with its column heading."""
    return [(kind, LABELS_KIND[kind]) for kind in KINDS]


def reach(
    session: Session,
    *,
    pathway_id: int | None = None,
    organisation_id: int | None = None,
    since: dt.date | None = None,
) -> Reach:
    base = select(Event).where(Event.kind.in_(KINDS))
    if since is not None:
        base = base.where(Event.day >= since)
    if pathway_id is not None:
        base = base.where(Event.pathway_id == pathway_id)
    if organisation_id is not None:
        base = base.where(Event.organisation_id == organisation_id)
    sub = base.subquery()

    def grouped(column: Any) -> dict[Any, dict[str, int]]:
        out: dict[Any, dict[str, int]] = {}
        for key, kind, count in session.execute(
            select(column, sub.c.kind, func.count()).group_by(column, sub.c.kind)
        ):
            out.setdefault(key, {k: 0 for k in KINDS})[kind] = count
        return out

    totals = {k: 0 for k in KINDS}
    for kind, count in session.execute(select(sub.c.kind, func.count()).group_by(sub.c.kind)):
        totals[kind] = count
    month = func.substr(func.cast(sub.c.day, _text()), 1, 7)
    by_month = grouped(month)
    by_borough = grouped(sub.c.borough_code)
    by_decile = grouped(sub.c.imd_decile)
    by_age = grouped(sub.c.age_band)
    names = {code: name for code, name in session.execute(select(Borough.code, Borough.name))}
    breakdowns = [
        Breakdown(
            "By month", [(str(k), v) for k, v in sorted(by_month.items(), key=lambda i: str(i[0]))]
        ),
        Breakdown(
            "By borough",
            sorted(
                (
                    (names.get(k, "Outside London or not known") if k else "Not known", v)
                    for k, v in by_borough.items()
                ),
                key=lambda item: -item[1]["shown"],
            ),
        ),
        Breakdown(
            "By deprivation decile (1 is most deprived)",
            [(f"Decile {d}", by_decile.get(d, {k: 0 for k in KINDS})) for d in range(1, 11)]
            + ([("Not known", by_decile[None])] if None in by_decile else []),
        ),
        Breakdown("By age", [(_age(a), by_age[a]) for a in AGE_BANDS if a in by_age]),
    ]
    published_totals: dict[str, int] = {}
    published_rows: list[list[dict[str, int]]] = [
        [dict.fromkeys(KINDS, 0) for _ in b.rows] for b in breakdowns
    ]
    for kind in KINDS:
        tables = [[counts[kind] for _, counts in b.rows] for b in breakdowns]
        published_totals[kind], published = protect(totals[kind], tables)
        for rows, cells in zip(published_rows, published, strict=True):
            for row, cell in zip(rows, cells, strict=True):
                row[kind] = cell
    out = [
        Breakdown(b.title, [(label, row) for (label, _), row in zip(b.rows, rows, strict=True)])
        for b, rows in zip(breakdowns, published_rows, strict=True)
    ]
    # Order by what is published, never by true counts (an order would hint at hidden ones).
    out[1].rows.sort(key=lambda item: (-item[1]["shown"], item[0]))
    deciles = {d: row["shown"] for d, (_, row) in enumerate(out[2].rows[:10], start=1)}
    return Reach(totals=published_totals, deprived_share=share_of(deciles), breakdowns=out)


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


LABELS_KIND = {
    "shown": "Times shown",
    "detail": "Detail views",
    "apply": "Apply clicks",
    "applied": "Said they applied",
    "heard_back": "Said they heard back",
}


def _text() -> Any:
    from sqlalchemy import String

    return String()


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
    writer.writerow(["Counts under 10 are shown as 'fewer than 10'"])
    writer.writerow([])
    writer.writerow(["Breakdown", "Group", *(LABELS_KIND[k] for k in KINDS)])
    writer.writerow(["Total", "All"] + [shown(result.totals[k]) for k in KINDS])
    for breakdown in result.breakdowns:
        for label, counts in breakdown.rows:
            writer.writerow(
                [safe_cell(breakdown.title), safe_cell(label)] + [shown(counts[k]) for k in KINDS]
            )
    return out.getvalue()


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
