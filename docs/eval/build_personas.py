"""Build an evaluation personas.jsonl from hand-written grades.

Grades are written per persona as (pattern over refs, grade), from the pathways' side, before
looking at what the matcher returns. This script only applies the hard constraints the same way
the graders of ../shared/eval do: a graded pathway that breaks one (closed, wrong type, too far,
too young, unpaid when paid only) moves to must_not_return; one within 1.5 km either side of
the distance limit (we only know district centres) is left ungraded.

    python docs/eval/build_personas.py docs/eval/seed/spec.py seed_data/pathways.jsonl \
        > docs/eval/seed/personas.jsonl

A third argument gives the day the grades were written (YYYY-MM-DD; default 2026-11-22): a
pathway closing before it counts as closed.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 22)  # the day the grades were written
MARGIN_KM = 1.5


def districts() -> dict[str, tuple[float, float]]:
    with (ROOT / "seed_data" / "postcode_districts.csv").open() as handle:
        return {
            r["outcode"]: (float(r["latitude"]), float(r["longitude"]))
            for r in csv.DictReader(handle)
        }


def km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def paid(row: dict) -> bool:
    period = (row.get("pay") or {}).get("period")
    if period in ("hour", "year"):
        return True
    if period == "none":
        return False
    return row["type"] in ("job", "apprenticeship")


def breaks(
    row: dict, profile: dict, where: dict[str, tuple[float, float]], today: dt.date = TODAY
) -> str | None:
    """'hard' when a hard constraint is broken, 'unsure' when too close to call, else None."""
    closing = row.get("closing_date")
    if closing and dt.date.fromisoformat(closing) < today:
        return "hard"
    if profile.get("types") and row["type"] not in profile["types"]:
        return "hard"
    entry = row.get("entry") or {}
    if profile.get("age") is not None and (entry.get("min_age") or 0) > profile["age"]:
        return "hard"
    if profile.get("paid_only") and not paid(row):
        return "hard"
    limit = profile.get("max_distance_km")
    if limit is not None and not row.get("remote"):
        home = where.get(profile["postcode"].split(" ")[0].upper())
        site = where.get((row.get("postcode") or "").split(" ")[0].upper())
        if home is None or site is None:
            return "hard"
        d = km(home, site)
        if d > limit + MARGIN_KM:
            return "hard"
        if d > limit - MARGIN_KM:
            return "unsure"
    return None


def main(spec_path: str, catalogue_path: str, today: dt.date = TODAY) -> None:
    spec = runpy.run_path(spec_path)["PERSONAS"]
    rows = [json.loads(line) for line in Path(catalogue_path).read_text().splitlines() if line]
    where = districts()
    for persona in spec:
        profile = persona["profile"]
        relevance: dict[str, int] = {}
        must_not: list[str] = []
        for row in rows:
            grade = 0
            for pattern, g in persona["grades"]:
                if re.fullmatch(pattern, row["ref"]):
                    grade = max(grade, g)
            if not grade:
                continue
            broken = breaks(row, profile, where, today)
            if broken == "hard":
                must_not.append(row["ref"])
            elif broken is None:
                relevance[row["ref"]] = grade
        out = {
            "id": persona["id"],
            "profile": profile,
            "relevance": relevance,
            "must_not_return": must_not,
            "notes": persona["notes"],
        }
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    when = dt.date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else TODAY
    main(sys.argv[1], sys.argv[2], when)
