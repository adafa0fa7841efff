"""Reasons that must never be given: a chip echoed for a pathway about something else, a
shared-word coincidence, a refusal quoted back. Each row: what the person said, the pathway,
and words its reasons must not contain."""

from __future__ import annotations

from typing import Any

import pytest

from careers.matching.types import Profile, Query
from tests.matching.helpers import PECKHAM, engine_with, record

PRACTICAL = {
    "title": "Estates maintenance apprentice",
    "summary": "Fix and maintain hospital buildings.",
    "description": "Practical work with tools: plumbing, electrics and repairs.",
    "skills": ("practical work", "using tools"),
    "interests": ("fixing things", "practical work"),
    "sector": "estates",
}
PORTER = {
    "title": "Porter",
    "summary": "Move patients, equipment and supplies around the hospital.",
    "description": "Manual handling of beds and equipment; you will be on your feet all day.",
    "skills": ("manual handling", "teamwork"),
    "interests": ("being active",),
    "sector": "estates",
}
CARER = {
    "title": "Care assistant",
    "summary": "Support patients face to face on a ward.",
    "description": "Help patients wash and dress, take blood pressure and chat to them.",
    "skills": ("personal care", "kindness"),
    "interests": ("caring for people",),
    "sector": "nursing",
}

NEVER: list[tuple[dict[str, Any], dict[str, Any], str]] = [
    ({"interests": ("office work",)}, PRACTICAL, "interested in office work"),
    ({"skills": ("cash handling",)}, PORTER, "good at cash handling"),
    ({"about": "I dont want anything patient facing. I like computers"}, CARER, "patient facing"),
    ({"about": "I want to help people but not with blood"}, CARER, "blood"),
    ({"about": "i hate needles, i like talking to people"}, CARER, "needles"),
    ({"about": "I'm not interested in caring, I like fixing things"}, CARER, "caring"),
]


@pytest.mark.parametrize("said, pathway, forbidden", NEVER)
def test_a_reason_never_says(said: dict[str, Any], pathway: dict[str, Any], forbidden: str) -> None:
    said = {"about": "", **said}
    engine = engine_with(record(**pathway), record(title="Anything else"))
    response, _ = engine.match(Query(Profile(**said), place=PECKHAM))
    shown = next(r for r in response.results if r.title == pathway["title"])
    assert forbidden.lower() not in " ".join(shown.reasons).lower(), shown.reasons


def test_a_chip_is_named_when_the_pathway_really_is_about_it() -> None:
    engine = engine_with(record(**PRACTICAL))
    response, _ = engine.match(Query(Profile(interests=("fixing things",)), place=PECKHAM))
    assert response.results[0].reasons[0].startswith("You said you're interested in fixing things")


def test_the_hours_someone_can_work_are_never_quoted_as_why_a_role_fits() -> None:
    assistant = record(
        title="Teaching assistant",
        interests=("children",),
        skills=("patience",),
        summary="Support pupils in class.",
    )
    engine = engine_with(assistant)
    about = "I can only work school hours, I have two kids"
    response, _ = engine.match(Query(Profile(about=about), place=PECKHAM))
    assert not any("school hours" in r for r in response.results[0].reasons)
