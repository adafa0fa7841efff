"""Building engine-level catalogues in memory (no database) for fast rule tests."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from careers.matching.columns import record_text
from careers.matching.encoder import FakeEncoder
from careers.matching.engine import MatchEngine
from careers.matching.types import Location, PathwayRecord, Profile, Query

_ids = itertools.count(1)
PECKHAM = Location("SE15", 51.4700, -0.0650)


def record(**fields: Any) -> PathwayRecord:
    n = next(_ids)
    defaults: dict[str, Any] = {
        "id": n,
        "ref": f"P-{n:04d}",
        "title": "Healthcare support worker apprentice",
        "organisation": f"Trust {n}",
        "type": "apprenticeship",
        "summary": "Care for patients on a hospital ward while you train.",
        "description": "Help patients wash, dress and eat, and keep them company.",
        "skills": ("kindness", "teamwork"),
        "interests": ("caring for people",),
        "sector": "nursing",
        "level": 2,
        "min_qualification_level": 0,
        "gcse_english_maths": False,
        "min_age": 16,
        "latitude": 51.4682,
        "longitude": -0.0937,
        "pay_min": 27898.0,
        "pay_period": "year",
        "closing_date": dt.date.today() + dt.timedelta(days=30),
    }
    defaults.update(fields)
    return PathwayRecord(**defaults)


def engine_with(*records: PathwayRecord) -> MatchEngine:
    encoder = FakeEncoder()
    engine = MatchEngine(encoder)
    engine.load(list(records), encoder.encode([record_text(r) for r in records]), version=1)
    return engine


def ask(engine: MatchEngine, place: Location | None = PECKHAM, **profile: Any) -> list[Any]:
    profile.setdefault("about", "I want to care for people")
    response, _ = engine.match(Query(Profile(**profile), place=place))
    return response.results


def refs(results: list[Any]) -> list[str]:
    return [r.ref for r in results]
