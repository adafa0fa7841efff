"""parse_profile: the match contract, checked field by field in plain English."""

from __future__ import annotations

from typing import Any

import pytest

from careers.matching.types import Profile
from careers.services.profiles import ProfileError, parse_profile


def errors_for(data: Any) -> dict[str, str]:
    with pytest.raises(ProfileError) as raised:
        parse_profile(data)
    return raised.value.errors


def test_a_full_profile_is_read_and_tidied() -> None:
    profile = parse_profile(
        {
            "about": "  I looked after my nan for two years  ",
            "skills": ["Listening", "listening", "  first   aid ", ""],
            "interests": ["caring for people"],
            "qualification_level": 2,
            "gcse_english_maths": True,
            "age": 17.0,
            "postcode": "se154qt",
            "max_distance_km": 7.5,
            "types": ["apprenticeship", "job", "job"],
            "circumstances": ["young_carer"],
            "paid_only": True,
            "limit": 5,
        }
    )
    assert profile == Profile(
        about="I looked after my nan for two years",
        skills=("Listening", "first aid"),
        interests=("caring for people",),
        qualification_level=2,
        gcse_english_maths=True,
        age=17,
        postcode="SE15 4QT",
        max_distance_km=7.5,
        types=("apprenticeship", "job"),
        circumstances=("young_carer",),
        paid_only=True,
        limit=5,
    )


def test_only_about_skills_or_interests_is_needed_and_nulls_take_defaults() -> None:
    assert parse_profile({"skills": ["driving"]}) == Profile(skills=("driving",))
    assert parse_profile({"interests": ["art"], "age": None, "limit": None}).limit == 10
    assert parse_profile({"about": "x", "postcode": "  "}).postcode is None
    assert parse_profile({"about": "x", "postcode": "e1"}).postcode == "E1"


@pytest.mark.parametrize(
    "data", [{}, {"about": "   "}, {"skills": [" "], "interests": []}, {"age": 17}]
)
def test_a_profile_that_says_nothing_is_refused(data: dict[str, Any]) -> None:
    assert "Tell us a little about what you enjoy" in errors_for(data)["about"]


@pytest.mark.parametrize("data", [None, [], "about", 3, True, [{"about": "x"}]])
def test_anything_but_an_object_is_refused(data: Any) -> None:
    assert errors_for(data) == {
        "request": 'Send your answers as a JSON object, like {"about": "..."}'
    }


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("about", 42, "Write this as text"),
        ("about", "x" * 2001, "2,000 characters or fewer (you wrote 2,001)"),
        ("skills", "driving", "as a list"),
        ("skills", [1], "word or short phrase"),
        ("skills", ["x" * 101], "100 characters or fewer"),
        ("interests", [f"i{n}" for n in range(31)], "30 interests or fewer"),
        ("qualification_level", 9, "between 0 and 8"),
        ("qualification_level", -1, "between 0 and 8"),
        ("qualification_level", True, "whole number"),
        ("qualification_level", "3", "whole number"),
        ("qualification_level", 2.5, "whole number"),
        ("gcse_english_maths", "yes", "true or false"),
        ("gcse_english_maths", 1, "true or false"),
        ("age", 12, "between 13 and 99"),
        ("age", 100, "between 13 and 99"),
        ("age", False, "whole number"),
        ("age", float("inf"), "whole number"),
        ("postcode", "SE15 4QTT", "Enter a real postcode"),
        ("postcode", 1234, "as text"),
        ("postcode", "x" * 500, "Enter a real postcode"),
        ("max_distance_km", 0, "more than 0"),
        ("max_distance_km", -5, "more than 0"),
        ("max_distance_km", True, "number of kilometres"),
        ("max_distance_km", float("nan"), "number of kilometres"),
        ("max_distance_km", 10_000, "1,000 kilometres or less"),
        ("types", "job", "as a list"),
        ("types", ["spaceship"], "Choose types of pathway from: apprenticeship"),
        ("circumstances", ["rich"], "Choose circumstances from: care_leaver"),
        ("paid_only", "true", "true or false"),
        ("limit", 0, "between 1 and 50"),
        ("limit", 51, "between 1 and 50"),
        ("limit", True, "whole number"),
    ],
)
def test_each_bad_field_gets_its_own_plain_message(field: str, value: Any, message: str) -> None:
    errors = errors_for(
        {"about": "I like people", field: value} if field != "about" else {field: value}
    )
    assert message in errors[field]


def test_several_problems_are_reported_together() -> None:
    errors = errors_for({"about": "x", "age": 5, "limit": 99, "types": ["x"]})
    assert set(errors) == {"age", "limit", "types"}


def test_an_unknown_field_is_refused_so_a_typo_is_not_ignored() -> None:
    errors = errors_for({"about": "x", "postocde": "SE15"})
    assert "not a field we know" in errors["postocde"]
    many = errors_for({"about": "x", **{f"extra{n}": n for n in range(50)}, "y" * 300: 1})
    assert len(many) == 5
