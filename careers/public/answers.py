"""The find journey's answers, kept sealed (encrypted) in the session cookie: see
careers/sealing.py. Nothing a person types is readable from their cookie."""

from __future__ import annotations

from typing import Any

from flask import current_app, session

from careers.matching.types import Profile
from careers.public.forms import match_request
from careers.sealing import seal, unseal
from careers.services.profiles import LIMIT_DEFAULT, ProfileError, parse_profile


def current_answers() -> dict[str, Any]:
    answers = unseal(current_app.config["SECRET_KEY"], session.get("answers"))
    return answers if isinstance(answers, dict) else {}


def keep_answers(answers: dict[str, Any]) -> None:
    session["answers"] = seal(current_app.config["SECRET_KEY"], answers)


def shortlist_refs() -> list[str]:
    """The refs on the person's shortlist (kept in the session cookie)."""
    refs = session.get("shortlist")
    return [r for r in refs if isinstance(r, str)] if isinstance(refs, list) else []


def take_shortlist_said() -> tuple[str, str] | None:
    """What the last shortlist button did ("added" or "removed", and the ref), said once in the
    page's status message (an aria-live region) after the redirect."""
    said = session.pop("shortlist_said", None)
    if isinstance(said, list) and len(said) == 2 and said[0] in ("added", "removed", "told"):
        return said[0], str(said[1])
    return None


QUALIFICATION_ANSWERS = {0: "none", 1: "gcse_low", 2: "gcse", 3: "level3"}


def answers_from_profile(profile: dict[str, Any]) -> dict[str, Any]:
    """An adviser's record of a student's list answers (services/handoff.py) as the find
    journey's answers; what has no answer here (a level above 3, a distance) is left out."""
    answers: dict[str, Any] = {
        key: [str(v) for v in profile[key]]
        for key in ("skills", "interests", "types")
        if isinstance(profile.get(key), list) and profile[key]
    }
    level = profile.get("qualification_level")
    if isinstance(level, int) and level in QUALIFICATION_ANSWERS:
        answers["qualification"] = QUALIFICATION_ANSWERS[level]
    gcse = profile.get("gcse_english_maths")
    if isinstance(gcse, bool):
        answers["gcse_english_maths"] = "yes" if gcse else "no"
    if isinstance(profile.get("age"), int):
        answers["age"] = str(profile["age"])
    if profile.get("paid_only") is True:
        answers["paid_only"] = True
    if profile.get("postcode"):
        answers["postcode"] = str(profile["postcode"])
    return answers


def current_profile() -> Profile | None:
    """The answers as the match contract, or None when they have not given any (or they no
    longer make sense): then pages say what we do not know rather than guess."""
    answers = current_answers()
    if not answers:
        return None
    try:
        return parse_profile(match_request(answers, LIMIT_DEFAULT))
    except ProfileError:
        return None
