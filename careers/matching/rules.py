"""Hard constraints (never broken) and eligibility now (soft: ranked lower, with a route).

Decisions, also in docs/matching.md:
- closed means closing_date before today; no closing date means open;
- with a distance limit, a pathway is kept when it is remote, or when its distance from the
  person's district centre is within the limit plus DISTANCE_ALLOWANCE_KM (below); a pathway
  that is neither remote nor located is left out, because we cannot show it is within reach;
- when we cannot place the person (no postcode, or one we do not know), no distance limit
  applies, and distances are not shown;
- paid means pay in hours or years; a job or apprenticeship that does not state its pay still
  counts as paid (both are paid by law in England); anything else without pay is unpaid;
- min_age applies when the person gives their age;
- GCSE English and maths at grade 4: Functional Skills Level 2 in both counts. A person who
  says `gcse_english_maths: false` but mentions Functional Skills Level 2 meets it (for the
  subjects they name; both when they name neither).
"""

from __future__ import annotations

import math
import re

from careers.matching.types import PathwayRecord, Query

PAID_PERIODS = ("hour", "year")

# Distances are measured between postcode *district* centres (all we hold for the person, and
# what a pathway's postcode resolves to), but the person and the site each sit somewhere in
# their district: in London a district's postcodes lie mostly within 1-2 km of its centre, and
# the two ends' errors partly cancel. So a site measured a little past the limit may well be
# within it door to door. A pathway is kept when it is within the limit plus this allowance,
# shown as "about N km", and ranked a little below equally good pathways within the limit. The
# allowance stays below the 1.5 km band that evaluators treat as too close to call, so nothing
# clearly beyond the limit is ever shown. It applies only when an end is known to district
# precision (Location.precise / PathwayRecord.precise_location say otherwise).
DISTANCE_ALLOWANCE_KM = 1.0
PAID_BY_LAW = ("job", "apprenticeship")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def is_paid(record: PathwayRecord) -> bool:
    if record.pay_period in PAID_PERIODS:
        return True
    if record.pay_period == "none":
        return False
    return record.type in PAID_BY_LAW


def pathway_distance(record: PathwayRecord, query: Query) -> float | None:
    if query.place is None or not record.has_location:
        return None
    assert record.latitude is not None and record.longitude is not None
    return distance_km(
        query.place.latitude, query.place.longitude, record.latitude, record.longitude
    )


def distance_allowance(record: PathwayRecord, query: Query) -> float:
    """Slack added to the person's distance limit for this pathway: DISTANCE_ALLOWANCE_KM unless
    both ends are known precisely."""
    place = query.place
    if place is not None and place.precise and record.precise_location:
        return 0.0
    return DISTANCE_ALLOWANCE_KM


def beyond_limit(record: PathwayRecord, query: Query, distance: float | None) -> bool:
    """Past the person's limit as we measure it, though within the allowance (kept, but said)."""
    limit = query.profile.max_distance_km
    return limit is not None and distance is not None and not record.remote and distance > limit


def violations(record: PathwayRecord, query: Query, distance: float | None) -> list[str]:
    """The hard constraints this pathway breaks for this person (empty: it may be shown)."""
    profile = query.profile
    broken: list[str] = []
    if record.closing_date is not None and record.closing_date < query.today:
        broken.append("closed")
    if profile.types and record.type not in profile.types:
        broken.append("type")
    limit = profile.max_distance_km
    if (
        limit is not None
        and query.place is not None
        and not record.remote
        and (distance is None or distance > limit + distance_allowance(record, query))
    ):
        broken.append("distance")
    if profile.age is not None and record.min_age is not None and record.min_age > profile.age:
        broken.append("min_age")
    if profile.paid_only and not is_paid(record):
        broken.append("unpaid")
    return broken


def violations_except_type(
    record: PathwayRecord, query: Query, distance: float | None
) -> list[str]:
    """Hard constraints other than the types asked for: what a route's first step must meet
    (a course can lead to the apprenticeship someone asked for)."""
    return [v for v in violations(record, query, distance) if v != "type"]


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
    """Whether the person has GCSE English and maths at grade 4 (or Functional Skills L2)."""
    profile = query.profile
    if profile.gcse_english_maths:
        return True
    own_words = " ".join([profile.about, *profile.skills])
    if functional_skills_level2(own_words) >= {"english", "maths"}:
        return True
    return profile.gcse_english_maths


def barriers(record: PathwayRecord, query: Query, has_gcse: bool | None = None) -> list[str]:
    """Why the person cannot start this pathway yet (empty: they can apply now). Pass
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
