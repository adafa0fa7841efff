"""Validate a person's answers (a match request body, any JSON value) into a Profile.

The one place the match contract is checked: the API, the public form and the advisers' screens
all call `parse_profile`. Every field is optional, but `about`, `skills` or `interests` must say
something. Each problem is reported against its field in plain English.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from careers.matching.types import Profile
from careers.models import PATHWAY_TYPES, SUPPORTS
from careers.services.geo import PostcodeError, check_postcode

ABOUT_MAX_CHARS = 2_000
LIST_MAX_ITEMS = 30
ITEM_MAX_CHARS = 100
MAX_DISTANCE_KM = 1_000.0
LIMIT_DEFAULT = 10
LIMIT_MAX = 50
QUALIFICATION_LEVELS = (0, 8)
AGES = (13, 99)
UNKNOWN_FIELDS_REPORTED = 5

FIELDS = (
    "about",
    "skills",
    "interests",
    "qualification_level",
    "gcse_english_maths",
    "age",
    "postcode",
    "max_distance_km",
    "types",
    "circumstances",
    "paid_only",
    "limit",
)


class ProfileError(ValueError):
    """Bad answers: `errors` maps each field to a plain-English message."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


class _Invalid(Exception):
    """One field's problem, raised by a field parser and collected by parse_profile."""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise _Invalid("Write this as text, in your own words")
    text = value.strip()
    if len(text) > ABOUT_MAX_CHARS:
        raise _Invalid(f"Write {ABOUT_MAX_CHARS:,} characters or fewer (you wrote {len(text):,})")
    return text


def _strings(what: str) -> Callable[[Any], tuple[str, ...]]:
    def parse(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise _Invalid(f"Give your {what} as a list of words or short phrases")
        if len(value) > LIST_MAX_ITEMS:
            raise _Invalid(f"Give {LIST_MAX_ITEMS} {what} or fewer")
        items: list[str] = []
        seen: set[str] = set()
        for item in value:
            if not isinstance(item, str):
                raise _Invalid(f"Each of your {what} must be a word or short phrase")
            text = " ".join(item.split())
            if len(text) > ITEM_MAX_CHARS:
                raise _Invalid(f"Keep each of your {what} to {ITEM_MAX_CHARS} characters or fewer")
            if text and text.casefold() not in seen:
                seen.add(text.casefold())
                items.append(text)
        if len(items) > LIST_MAX_ITEMS:
            raise _Invalid(f"Give {LIST_MAX_ITEMS} {what} or fewer")
        return tuple(items)

    return parse


def _choices(allowed: tuple[str, ...], what: str) -> Callable[[Any], tuple[str, ...]]:
    listed = ", ".join(allowed)

    def parse(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list):
            raise _Invalid(f"Give {what} as a list chosen from: {listed}")
        if len(value) > len(allowed):
            raise _Invalid(f"Choose at most {len(allowed)} {what}, each once, from: {listed}")
        chosen: list[str] = []
        for item in value:
            if not isinstance(item, str) or item not in allowed:
                raise _Invalid(f"Choose {what} from: {listed}")
            if item not in chosen:
                chosen.append(item)
        return tuple(chosen)

    return parse


def _whole_number(low: int, high: int, what: str, example: str) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        # bool is an int in Python, but `true` is not an age.
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        if not is_number or not math.isfinite(value) or value != int(value):
            raise _Invalid(f"Enter {what} as a whole number, like {example}")
        number = int(value)
        if not low <= number <= high:
            raise _Invalid(f"{what.capitalize()} must be between {low} and {high}")
        return number

    return parse


def _yes_no(what: str) -> Callable[[Any], bool]:
    def parse(value: Any) -> bool:
        if not isinstance(value, bool):
            raise _Invalid(f"Answer {what} with true or false")
        return value

    return parse


def _postcode(value: Any) -> str | None:
    if not isinstance(value, str):
        raise _Invalid("Enter a postcode as text, like SE15 4QT, or the first half, like SE15")
    if not value.strip():
        return None
    try:
        return check_postcode(value)
    except PostcodeError as error:
        raise _Invalid(str(error)) from None


def _distance(value: Any) -> float:
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if not is_number or not math.isfinite(value):
        raise _Invalid("Enter how far you can travel as a number of kilometres, like 10")
    if value <= 0:
        raise _Invalid("How far you can travel must be more than 0 kilometres")
    if value > MAX_DISTANCE_KM:
        raise _Invalid(f"How far you can travel must be {MAX_DISTANCE_KM:,.0f} kilometres or less")
    return float(value)


_PARSERS: dict[str, Callable[[Any], Any]] = {
    "about": _text,
    "skills": _strings("skills"),
    "interests": _strings("interests"),
    "qualification_level": _whole_number(
        *QUALIFICATION_LEVELS, "your highest qualification level", "2"
    ),
    "gcse_english_maths": _yes_no("whether you have GCSE English and maths at grade 4 or above"),
    "age": _whole_number(*AGES, "your age", "17"),
    "postcode": _postcode,
    "max_distance_km": _distance,
    "types": _choices(PATHWAY_TYPES, "types of pathway"),
    "circumstances": _choices(SUPPORTS, "circumstances"),
    "paid_only": _yes_no("whether you only want paid pathways"),
    "limit": _whole_number(1, LIMIT_MAX, "how many results you want", "10"),
}


def parse_profile(data: Any) -> Profile:
    """Validate a match request body into a Profile, or raise ProfileError.

    `data` may be any value (it usually comes straight from JSON). A missing field or `null`
    takes its default. Unknown fields are refused so that a misspelt one is not silently ignored.
    """
    if not isinstance(data, dict):
        raise ProfileError({"request": 'Send your answers as a JSON object, like {"about": "..."}'})
    errors: dict[str, str] = {}
    unknown = [key for key in data if key not in _PARSERS]
    for key in unknown[:UNKNOWN_FIELDS_REPORTED]:
        name = key if isinstance(key, str) and len(key) <= 40 else "unknown field"
        errors[name] = f"This is not a field we know. Use only: {', '.join(FIELDS)}"

    values: dict[str, Any] = {}
    for name, parse in _PARSERS.items():
        value = data.get(name)
        if value is None:
            continue
        try:
            parsed = parse(value)
        except _Invalid as problem:
            errors[name] = str(problem)
            continue
        if parsed is not None:
            values[name] = parsed

    said_something = any(values.get(name) for name in ("about", "skills", "interests"))
    if not said_something and not {"about", "skills", "interests"} & errors.keys():
        errors["about"] = (
            "Tell us a little about what you enjoy or are good at, or list some skills or interests"
        )
    if errors:
        raise ProfileError(errors)
    return Profile(**values)


def profile_answers(profile: Profile) -> dict[str, Any]:
    """The answers a profile holds, as a match request body without `limit` and without the
    fields left empty: what is worth storing or sending back into parse_profile."""
    answers: dict[str, Any] = {}
    for key in FIELDS:
        value = getattr(profile, key)
        if isinstance(value, tuple):
            value = list(value)
        if key == "limit" or value in (None, "", []) or (key == "paid_only" and not value):
            continue
        answers[key] = value
    return answers
