"""Reach analytics from the Event table: aggregate only, with counts under 10 suppressed.

Per pathway or per organisation: times shown in results, detail views and apply clicks, by
month, borough, IMD decile (1 = most deprived) and age band; the headline is the share of reach
(times shown) among searchers in London's most deprived 30% of neighbourhoods (deciles 1-3).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.csv_cells import safe_cell
from careers.models import AGE_BANDS, Borough, Event, Organisation

SUPPRESS_BELOW = 10
KINDS = ("shown", "detail", "apply")
DEPRIVED_DECILES = (1, 2, 3)


def shown(count: int) -> str:
    """A count as people see it: "fewer than 10" below 10."""
    return "fewer than 10" if 0 < count < SUPPRESS_BELOW else f"{count:,}"


@dataclass
class Breakdown:
    title: str
    rows: list[tuple[str, dict[str, int]]] = field(default_factory=list)  # label -> kind -> count


@dataclass
class Reach:
    totals: dict[str, int]
    deprived_share: float | None  # None when too few to say
    breakdowns: list[Breakdown]


def reach(
    session: Session, *, pathway_id: int | None = None, organisation_id: int | None = None
) -> Reach:
    base = select(Event).where(Event.kind.in_(KINDS))
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
    known = sum(v["shown"] for k, v in by_decile.items() if k is not None)
    deprived = sum(v["shown"] for k, v in by_decile.items() if k in DEPRIVED_DECILES)
    share = deprived / known if known >= SUPPRESS_BELOW else None
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
    return Reach(totals=totals, deprived_share=share, breakdowns=breakdowns)


@dataclass
class OrganisationReach:
    name: str
    totals: dict[str, int]
    deprived_share: float | None  # None when fewer than 10 showings with a known decile


def by_organisation(session: Session) -> list[OrganisationReach]:
    """Every organisation's totals and deprived share, for the site admin; most shown first.
    Aggregate only: counts under 10 are suppressed where they are shown."""
    counts: dict[int, dict[str, int]] = {}
    deprived: dict[int, list[int]] = {}
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
        if kind == "shown" and decile is not None:
            known = deprived.setdefault(organisation_id, [0, 0])
            known[0] += count
            known[1] += count if decile in DEPRIVED_DECILES else 0
    names = dict(
        session.execute(
            select(Organisation.id, Organisation.name).where(Organisation.id.in_(counts))
        ).all()
    )
    found = []
    for organisation_id, totals in counts.items():
        seen, most_deprived = deprived.get(organisation_id, [0, 0])
        share = most_deprived / seen if seen >= SUPPRESS_BELOW else None
        found.append(OrganisationReach(names.get(organisation_id, "Removed"), totals, share))
    return sorted(found, key=lambda r: (-r.totals["shown"], r.name))


def organisations_csv(found: list[OrganisationReach]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Organisation", *(LABELS_KIND[k] for k in KINDS), "Deprived 30% share"])
    for row in found:
        share = "" if row.deprived_share is None else f"{row.deprived_share:.0%}"
        writer.writerow([safe_cell(row.name), *(shown(row.totals[k]) for k in KINDS), share])
    return out.getvalue()


LABELS_KIND = {"shown": "Times shown", "detail": "Detail views", "apply": "Apply clicks"}


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
    writer.writerow(["Breakdown", "Group", "Times shown", "Detail views", "Apply clicks"])
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
