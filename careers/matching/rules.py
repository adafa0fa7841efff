"""Eligibility now (soft: ranked lower, with a route), and what we would need to know to say.

- `barriers`: why the person cannot start yet (their qualification level is below the
  minimum; GCSE English and maths needed and not held). Functional Skills Level 2 in both
  counts: a person who says `gcse_english_maths: false` but mentions Functional Skills Level 2
  meets it (for the subjects they name; both when they name neither).
- `unknowns`: what the pathway needs that they have not told us (a minimum age, a
  qualification level, GCSEs): then we cannot say "You can apply now".
- `eligibility`: True (they meet every entry requirement we know of), False (a barrier), or
  None (we do not know).

The hard constraints (closed, type, distance, minimum age, paid) are in constraints.py.
"""

from __future__ import annotations

import re

from careers.matching.types import PathwayRecord, Query

_FS = re.compile(r"functional\s+skills?", re.IGNORECASE)
_LEVEL2 = re.compile(r"\b(?:level|lvl|l)\s*(?:2|two)\b", re.IGNORECASE)


def functional_skills_level2(text: str) -> set[str]:
    """Subjects ('english', 'maths') the person says they have Functional Skills Level 2 in."""
    found: set[str] = set()
    for sentence in re.split(r"(?<=[.!?\n;])\s*", text or ""):
        if not _FS.search(sentence) or not _LEVEL2.search(sentence):
            continue
        if re.search(r"\b(?:not|no|don't|haven't|without|working towards|doing)\b", sentence, re.I):
            continue
        lowered = sentence.lower()
        subjects = {s for s in ("english", "math") if s in lowered}
        subjects = {"maths" if s == "math" else s for s in subjects}
        found |= subjects or {"english", "maths"}
    return found


def meets_gcse(query: Query) -> bool | None:
    """Whether the person has GCSE English and maths at grade 4 (or Functional Skills L2);
    None when they have not said."""
    profile = query.profile
    if profile.gcse_english_maths:
        return True
    own_words = " ".join([profile.about, *profile.skills])
    if functional_skills_level2(own_words) >= {"english", "maths"}:
        return True
    return profile.gcse_english_maths


def barriers(record: PathwayRecord, query: Query, has_gcse: bool | None = None) -> list[str]:
    """Why the person cannot start this pathway yet (empty: nothing we know of). Pass
    has_gcse (from meets_gcse) when checking many pathways for one person."""
    profile = query.profile
    if has_gcse is None:
        has_gcse = meets_gcse(query)
    found: list[str] = []
    if (
        record.min_qualification_level is not None
        and profile.qualification_level is not None
        and record.min_qualification_level > profile.qualification_level
    ):
        found.append("qualification_level")
    if record.gcse_english_maths and has_gcse is False:
        found.append("gcse_english_maths")
    return found


def unknowns(record: PathwayRecord, query: Query, has_gcse: bool | None) -> list[str]:
    """What this pathway needs that the person has not told us."""
    profile = query.profile
    found: list[str] = []
    if profile.age is None and record.min_age is not None:
        found.append("age")
    if profile.qualification_level is None and (record.min_qualification_level or 0) > 0:
        found.append("qualification_level")
    if has_gcse is None and record.gcse_english_maths:
        found.append("gcse_english_maths")
    return found


def eligibility(
    record: PathwayRecord, query: Query, has_gcse: bool | None
) -> tuple[bool | None, list[str], list[str]]:
    """(eligible now: True, False or None when we do not know; barriers; unknowns)."""
    blockers = barriers(record, query, has_gcse)
    if blockers:
        return False, blockers, []
    missing = unknowns(record, query, has_gcse)
    return (None if missing else True), [], missing
