"""What the matching issue's testers typed, on the seed catalogue (350 pathways) with the real
model: what people rule out stays out of the top five, part-time is heard, and "You can apply
now" is never said without knowing. The checks read the pathways' own words, not the
matcher's facets."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from careers.matching.columns import record_text
from careers.matching.encoder import Encoder
from careers.matching.engine import MatchEngine
from careers.matching.types import Location, MatchResult, PathwayRecord, Profile, Query

pytestmark = pytest.mark.model

SEED = Path(__file__).resolve().parents[2] / "seed_data"
TODAY = dt.date(2026, 11, 22)


def _records() -> list[PathwayRecord]:
    with (SEED / "postcode_districts.csv").open() as handle:
        where = {
            r["outcode"]: (float(r["latitude"]), float(r["longitude"]))
            for r in csv.DictReader(handle)
        }
    rows = [json.loads(line) for line in (SEED / "pathways.jsonl").read_text().splitlines() if line]
    refs = {row["ref"]: n for n, row in enumerate(rows, 1)}
    out = []
    for n, row in enumerate(rows, 1):
        entry = row.get("entry") or {}
        pay = row.get("pay") or {}
        lat, lon = where.get((row.get("postcode") or "").split(" ")[0], (None, None))
        out.append(
            PathwayRecord(
                id=n,
                ref=row["ref"],
                title=row["title"],
                organisation=row["organisation"],
                type=row["type"],
                description=row["description"],
                summary=row.get("summary"),
                skills=tuple(row.get("skills") or ()),
                interests=tuple(row.get("interests") or ()),
                sector=row.get("sector"),
                level=row.get("level"),
                min_qualification_level=entry.get("min_qualification_level"),
                gcse_english_maths=entry.get("gcse_english_maths"),
                min_age=entry.get("min_age"),
                postcode=row.get("postcode"),
                latitude=lat,
                longitude=lon,
                remote=bool(row.get("remote")),
                pay_min=pay.get("min"),
                pay_max=pay.get("max"),
                pay_period=pay.get("period"),
                closing_date=dt.date.fromisoformat(row["closing_date"])
                if row.get("closing_date")
                else None,
                supports=tuple(row.get("supports") or ()),
                hours_per_week=row.get("hours_per_week"),
                next_step_ids=tuple(refs[r] for r in row.get("next_steps") or () if r in refs),
            )
        )
    return out


@pytest.fixture(scope="module")
def seed_engine(minilm: Encoder) -> tuple[MatchEngine, dict[str, PathwayRecord]]:
    records = _records()
    engine = MatchEngine(minilm)
    engine.load(records, minilm.encode([record_text(r) for r in records]), version=1)
    return engine, {r.ref: r for r in records}


def ask(
    seed: tuple[MatchEngine, dict[str, PathwayRecord]], about: str, **profile: object
) -> list[MatchResult]:
    engine, _ = seed
    place = Location("SE15", 51.4700, -0.0650)
    response, _ = engine.match(Query(Profile(about=about, **profile), place=place, today=TODAY))  # type: ignore[arg-type]
    return response.results


def text_of(seed: tuple[MatchEngine, dict[str, PathwayRecord]], ref: str) -> str:
    record = seed[1][ref]
    return " ".join(
        [record.title, record.summary or "", record.description, *record.skills]
    ).lower()


BLOOD_WORK = re.compile(
    r"blood (?:test|sample|specimen|science)|phlebotom|venepuncture|take blood|taking blood"
)


@pytest.mark.parametrize(
    "about",
    [
        "I want to help people but not with blood",
        "i faint at the sight of blood but i want to work in a hospital",
        "anything caring, just nothing with blood or needles please",
    ],
)
def test_what_people_rule_out_is_not_in_their_top_five(seed_engine, about: str) -> None:  # type: ignore[no-untyped-def]
    top = ask(seed_engine, about)[:5]
    assert top
    assert not [r.title for r in top if BLOOD_WORK.search(text_of(seed_engine, r.ref))]
    assert all("blood" not in " ".join(r.reasons).lower() for r in top)


def test_nothing_patient_facing_keeps_ward_care_out_of_the_top_five(seed_engine) -> None:  # type: ignore[no-untyped-def]
    top = ask(seed_engine, "dont want anything patient facing, i like computers and organising")[:5]
    ward_care = re.compile(r"healthcare support worker|care assistant|care worker|nursing")
    assert not [r.title for r in top if ward_care.search(r.title.lower())]
    assert all("patient facing" not in " ".join(r.reasons).lower() for r in top)


def test_someone_who_needs_part_time_gets_part_time_first(seed_engine) -> None:  # type: ignore[no-untyped-def]
    top = ask(
        seed_engine, "need part time work, I can do about 16 hours a week, I like helping people"
    )[:5]
    part_time = re.compile(r"part[- ]time|flexible|bank|hours to suit|term[- ]time")
    fits = [
        r
        for r in top
        if (r.hours_per_week is not None and r.hours_per_week < 30)
        or part_time.search(text_of(seed_engine, r.ref))
    ]
    assert len(fits) >= 4, [(r.title, r.hours_per_week) for r in top]


def test_typing_only_nursing_never_hears_you_can_apply_now_for_a_registered_role(
    seed_engine,
) -> None:  # type: ignore[no-untyped-def]
    for result in ask(seed_engine, "nursing"):
        record = seed_engine[1][result.ref]
        if (record.min_qualification_level or 0) > 0 or record.gcse_english_maths or record.min_age:
            assert result.eligible_now is None
            assert not any(r.startswith("You can apply now") for r in result.reasons)
