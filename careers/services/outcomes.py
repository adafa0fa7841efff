"""Outcomes: what happened after people found a pathway, in aggregate only.

Two sources, kept apart:
- Employers record, per pathway and month, how many applied, were interviewed, were offered a
  place and started (`record`, by hand, or `import_csv`, all or nothing). Counts only: nothing
  about anyone.
- A young person back on their shortlist through a saved link (or an adviser's short link) can
  say "I applied" or "I heard back" (`self_report`): an anonymous event like every other
  (services/events.py: the day, the pathway, the borough and deprivation decile of their
  postcode district, an age band), so it is shown beside reach by borough and IMD decile.

Both are published with reach's protection (services/reach.py `protect`): under 10 is "fewer
than 10", the rest rounded to 5, and secondary suppression so that no hidden cell can be worked
out from the totals (tests/services/test_outcomes.py tries every value of every hidden cell).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.csv_cells import safe_cell, unguard
from careers.models import OUTCOME_STAGES, Pathway, PathwayOutcome
from careers.services import events
from careers.services.geo import Place
from careers.services.pathways import is_public
from careers.services.reach import protect, shown

MAX_COUNT = 100_000
MAX_CSV_BYTES = 1_000_000
MAX_CSV_ROWS = 5_000
STAGE_LABELS = {
    "applied": "Applied",
    "interviewed": "Interviewed",
    "offered": "Offered a place",
    "started": "Started",
}
SELF_REPORTS = {"applied": "applied", "heard_back": "heard_back"}  # what they say -> event kind
CSV_COLUMNS = ("pathway_ref", "month", *OUTCOME_STAGES)
_MONTH = re.compile(r"^\s*(?:(\d{4})-(\d{1,2})|(\d{1,2})[/-](\d{4}))\s*$")


class OutcomeError(Exception):
    """What is wrong, per field (or per row of a file), in plain English."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def parse_month(text: str, today: dt.date) -> dt.date:
    """'2026-11' or '11/2026' as the first day of that month; not a month still to come."""
    found = _MONTH.match(text or "")
    if not found:
        raise ValueError("Enter the month as a year and month, like 2026-11")
    year, month = (found[1], found[2]) if found[1] else (found[4], found[3])
    if not 1 <= int(month) <= 12 or int(year) < 2000:
        raise ValueError("Enter a real month, like 2026-11")
    start = dt.date(int(year), int(month), 1)
    if start > first_of_month(today):
        raise ValueError("The month must be this month or before")
    return start


def parse_counts(values: dict[str, str]) -> dict[str, int]:
    """Each stage's count as a whole number from 0; an empty box is 0."""
    counts: dict[str, int] = {}
    errors: dict[str, str] = {}
    for stage in OUTCOME_STAGES:
        text = (values.get(stage) or "").strip().replace(",", "")
        if not text:
            counts[stage] = 0
        elif not text.isdigit() or int(text) > MAX_COUNT:
            errors[stage] = f"{STAGE_LABELS[stage]} must be a whole number from 0 to {MAX_COUNT:,}"
        else:
            counts[stage] = int(text)
    if errors:
        raise OutcomeError(errors)
    return counts


def record(
    session: Session, pathway: Pathway, month: dt.date, counts: dict[str, int], user_id: int | None
) -> PathwayOutcome:
    """Record (or replace) one pathway's outcomes for one month. The caller commits."""
    row = session.scalar(
        select(PathwayOutcome).where(
            PathwayOutcome.pathway_id == pathway.id, PathwayOutcome.month == month
        )
    )
    if row is None:
        row = PathwayOutcome(pathway_id=pathway.id, month=month)
        session.add(row)
    for stage in OUTCOME_STAGES:
        setattr(row, stage, counts.get(stage, 0))
    row.recorded_by_id = user_id
    session.flush()
    return row


def record_entry(
    session: Session, pathway: Pathway, values: dict[str, str], user_id: int | None, today: dt.date
) -> PathwayOutcome:
    """`record` from what was typed: the month and each stage's count, all checked at once."""
    errors: dict[str, str] = {}
    month = None
    try:
        month = parse_month(values.get("month") or "", today)
    except ValueError as problem:
        errors["month"] = str(problem)
    counts: dict[str, int] = {}
    try:
        counts = parse_counts(values)
    except OutcomeError as problem:
        errors.update(problem.errors)
    if errors or month is None:
        raise OutcomeError(errors)
    return record(session, pathway, month, counts, user_id)


def recorded(session: Session, pathway_id: int) -> list[PathwayOutcome]:
    """What has been recorded for a pathway, newest month first (for its own employer)."""
    return list(
        session.scalars(
            select(PathwayOutcome)
            .where(PathwayOutcome.pathway_id == pathway_id)
            .order_by(PathwayOutcome.month.desc())
        )
    )


# --- CSV -----------------------------------------------------------------------------


def template_csv() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerow(["SCH-HCSW-001", "2026-11", 42, 12, 5, 3])
    return out.getvalue()


def import_csv(
    session: Session, organisation_id: int, data: bytes, user_id: int | None, today: dt.date
) -> int:
    """Record every row of an outcomes CSV, or none: raises OutcomeError with each row's
    problems (keys "row 2", "row 3"... as a spreadsheet numbers them). Returns rows recorded."""
    if len(data) > MAX_CSV_BYTES:
        raise OutcomeError({"file": "The file must be smaller than 1 MB"})
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise OutcomeError({"file": "Save the file as CSV UTF-8 and upload it again"}) from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise OutcomeError({"file": f"The file needs the columns {', '.join(CSV_COLUMNS)}"})
    rows = list(reader)
    if not rows:
        raise OutcomeError({"file": "The file has no rows of figures"})
    if len(rows) > MAX_CSV_ROWS:
        raise OutcomeError({"file": f"The file has more than {MAX_CSV_ROWS:,} rows"})
    refs = {unguard((r.get("pathway_ref") or "").strip()) for r in rows}
    pathways = {
        p.ref: p
        for p in session.scalars(
            select(Pathway).where(Pathway.ref.in_(refs), Pathway.organisation_id == organisation_id)
        )
    }
    errors: dict[str, str] = {}
    parsed: list[tuple[Pathway, dt.date, dict[str, int]]] = []
    seen: set[tuple[str, dt.date]] = set()
    for number, row in enumerate(rows, start=2):
        ref = unguard((row.get("pathway_ref") or "").strip())
        problems = []
        pathway = pathways.get(ref)
        if pathway is None:
            problems.append(f"no pathway of yours has the reference ‘{ref[:80]}’")
        try:
            month = parse_month(row.get("month") or "", today)
        except ValueError as problem:
            problems.append(str(problem)[0].lower() + str(problem)[1:])
            month = None
        try:
            counts = parse_counts({s: row.get(s) or "" for s in OUTCOME_STAGES})
        except OutcomeError as problem:
            problems.extend(m[0].lower() + m[1:] for m in problem.errors.values())
            counts = {}
        if month is not None and (ref, month) in seen:
            problems.append("the same pathway and month is on an earlier row")
        if problems:
            errors[f"row {number}"] = f"Row {number}: " + "; ".join(problems)
        elif pathway is not None and month is not None:
            seen.add((ref, month))
            parsed.append((pathway, month, counts))
    if errors:
        raise OutcomeError(errors)
    for pathway, month, counts in parsed:
        record(session, pathway, month, counts, user_id)
    return len(parsed)


# --- a young person's own word -------------------------------------------------------


def self_report(
    session: Session, ref: str, what: str, place: Place | None, age: int | None
) -> bool:
    """Count "I applied" or "I heard back" for a public pathway (anonymous). The caller
    commits; False when there is no such pathway or no such answer."""
    kind = SELF_REPORTS.get(what)
    pathway = session.scalar(select(Pathway).where(Pathway.ref == ref))
    if kind is None or pathway is None or not is_public(pathway):
        return False
    events.record(session, kind, [pathway.id], place, age)
    return True


# --- publishing ----------------------------------------------------------------------


@dataclass
class Outcomes:
    """Published figures: each stage's total and its figure per month (reach's protection)."""

    totals: dict[str, int] = field(default_factory=dict)
    months: list[tuple[str, dict[str, int]]] = field(default_factory=list)

    @property
    def any(self) -> bool:
        return bool(self.months)


def publish(rows: list[tuple[dt.date, dict[str, int]]]) -> Outcomes:
    """True per-month counts in (one entry per month), protected figures out."""
    by_month: dict[dt.date, dict[str, int]] = {}
    for month, counts in rows:
        into = by_month.setdefault(month, dict.fromkeys(OUTCOME_STAGES, 0))
        for stage in OUTCOME_STAGES:
            into[stage] += counts.get(stage, 0)
    months = sorted(by_month)
    published = Outcomes(months=[(f"{m:%B %Y}", {}) for m in months])
    for stage in OUTCOME_STAGES:
        cells = [by_month[m][stage] for m in months]
        total, [safe] = protect(sum(cells), [cells])
        published.totals[stage] = total
        for (_, figures), cell in zip(published.months, safe, strict=True):
            figures[stage] = cell
    return published


def outcomes(
    session: Session, *, pathway_id: int | None = None, organisation_id: int | None = None
) -> Outcomes:
    """What employers recorded, summed per month over a pathway, an organisation or all."""
    query = select(
        PathwayOutcome.month, *(func.sum(getattr(PathwayOutcome, s)) for s in OUTCOME_STAGES)
    ).group_by(PathwayOutcome.month)
    if pathway_id is not None:
        query = query.where(PathwayOutcome.pathway_id == pathway_id)
    if organisation_id is not None:
        query = query.join(Pathway, Pathway.id == PathwayOutcome.pathway_id).where(
            Pathway.organisation_id == organisation_id
        )
    rows = [
        (month, dict(zip(OUTCOME_STAGES, (int(v or 0) for v in values), strict=True)))
        for month, *values in session.execute(query)
    ]
    return publish(rows)


def to_csv(found: Outcomes) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([])
    writer.writerow(["Outcomes recorded by the employer"])
    writer.writerow(["Month", *(STAGE_LABELS[s] for s in OUTCOME_STAGES)])
    writer.writerow(["Total", *(shown(found.totals.get(s, 0)) for s in OUTCOME_STAGES)])
    for label, figures in found.months:
        writer.writerow([safe_cell(label), *(shown(figures[s]) for s in OUTCOME_STAGES)])
    return out.getvalue()
