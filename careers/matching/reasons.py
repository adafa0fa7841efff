"""One to three plain-English reasons per result, grounded in the person's own words and the
pathway: why it fits, where it is, what support it offers, and, when they cannot start yet,
why not and what to do."""

from __future__ import annotations

import re

from careers.matching.text import expand, second_person, terms
from careers.matching.types import PathwayRecord, Query

TYPE_NOUNS = {
    "apprenticeship": "apprenticeship",
    "job": "job",
    "entry_route": "programme",
    "work_experience": "placement",
    "volunteering": "volunteering role",
    "course": "course",
}

SUPPORT_LABELS = {
    "care_leaver": "care leavers",
    "young_carer": "young carers",
    "disabled": "disabled people",
    "send": "people with special educational needs",
    "neet": "people not in work, education or training",
    "armed_forces": "people leaving the armed forces",
    "refugee": "refugees",
    "local_resident": "local people",
    "ex_offender": "people with a criminal record",
}

# words an employer may use for each circumstance in a "we guarantee an interview to ..." line
_SUPPORT_WORDS = {
    "care_leaver": ("care leaver", "care-experienced", "care experienced", "looked after"),
    "young_carer": ("young carer", "carers"),
    "disabled": ("disab", "disability confident"),
    "send": ("send", "special educational", "ehcp", "learning disab"),
    "neet": ("neet", "not in work", "unemployed", "out of work"),
    "armed_forces": ("armed forces", "veteran", "service leaver", "forces"),
    "refugee": ("refugee", "asylum"),
    "local_resident": ("live in", "local", "resident"),
    "ex_offender": ("conviction", "criminal record", "ex-offender", "prison", "custody"),
}

QUALIFICATION_EXAMPLES = {
    1: "such as GCSEs at grades 3 to 1",
    2: "such as GCSEs at grade 4 or above",
    3: "such as A levels, a BTEC or a T Level",
    4: "such as a higher apprenticeship or an HNC",
    5: "such as a foundation degree or an HND",
    6: "such as a degree",
    7: "such as a master's degree",
    8: "such as a doctorate",
}


def _sentence(text: str) -> str:
    text = text.strip()
    return text[0].upper() + text[1:] if text else text


def _first_sentence(text: str | None, max_chars: int = 120) -> str:
    if not text:
        return ""
    first = re.split(r"(?<=[.!?;])\s+", text.strip())[0].rstrip(".!?;")
    if len(first) > max_chars:
        first = first[:max_chars].rsplit(" ", 1)[0] + "…"
    return (
        first[0].lower() + first[1:] if first[:2].isalpha() and not first[:2].isupper() else first
    )


def _best_pathway_phrase(record: PathwayRecord, person_terms: set[str]) -> str | None:
    """The pathway's own interest or skill phrase that shares most words with the person's."""
    best, best_overlap = None, 0
    for phrase in (*record.interests, *record.skills):
        overlap = len(set(terms(phrase)) & person_terms)
        if overlap > best_overlap:
            best, best_overlap = phrase, overlap
    return best


def fit_reason(record: PathwayRecord, query: Query, clause: str | None) -> str | None:
    """'You said you looked after your nan: this job is about caring for older people'."""
    profile = query.profile
    noun = TYPE_NOUNS.get(record.type, "pathway")
    pathway_terms = set(terms(" ".join([record.title, *record.skills, *record.interests])))
    # the person's own listed skills and interests, in their words, that the pathway shares
    for label, phrases in (("interested in", profile.interests), ("good at", profile.skills)):
        for phrase in phrases:
            shared = set(terms(phrase)) & pathway_terms
            if shared:
                own = _best_pathway_phrase(record, set(terms(phrase)))
                tail = f"this {noun} is about {own}" if own else f"this is a {noun} in that area"
                verb = "you're interested in" if label == "interested in" else "you're good at"
                return f"You said {verb} {phrase.strip()}: {tail}"
    if clause:
        clause_terms = set(terms(f"{clause} {expand(clause)}"))
        own = _best_pathway_phrase(record, clause_terms)
        if own:  # quote the person only where the pathway's own words meet theirs
            return f"You said {second_person(clause)}: this {noun} is about {own}"
    summary = _first_sentence(record.summary)
    if summary:
        return _sentence(summary)
    return None


def barrier_reason(record: PathwayRecord, barriers: list[str], first_step: str | None) -> str:
    needs: list[str] = []
    if "qualification_level" in barriers and record.min_qualification_level is not None:
        level = record.min_qualification_level
        example = QUALIFICATION_EXAMPLES.get(level, "")
        needs.append(f"a level {level} qualification{(' ' + example) if example else ''}")
    if "gcse_english_maths" in barriers:
        needs.append("GCSE English and maths at grade 4 (Functional Skills Level 2 counts)")
    text = "You cannot apply yet: it needs " + " and ".join(needs)
    if first_step:
        text += f". Start with {first_step}"
    return text


def support_reason(record: PathwayRecord, query: Query) -> str | None:
    shared = [c for c in query.profile.circumstances if c in record.supports]
    if not shared:
        return None
    circumstance = shared[0]
    label = SUPPORT_LABELS.get(circumstance, circumstance.replace("_", " "))
    for sentence in re.split(r"(?<=[.!?])\s+", record.description):
        lowered = sentence.lower()
        words_for = _SUPPORT_WORDS.get(circumstance, ())
        if (
            "guarantee" in lowered
            and "interview" in lowered
            and any(w in lowered for w in words_for)
        ):
            return f"Guaranteed interview for {label}"
    return f"Offers extra support to {label}"


def distance_reason(record: PathwayRecord, query: Query, distance: float | None) -> str | None:
    if record.remote:
        return "You can do this from home"
    if distance is None or query.place is None:
        return None
    outcode = query.place.outcode
    limit = query.profile.max_distance_km
    if limit is not None and distance > limit:  # kept by rules.DISTANCE_ALLOWANCE_KM
        return (
            f"About {distance:.0f} km from {outcode}: just past your {limit:g} km, but we "
            "measure between postcode district centres, so it may be closer"
        )
    if distance < 1:
        return f"Less than 1 km from {outcode}"
    return f"About {distance:.0f} km from {outcode}"


def eligible_reason(record: PathwayRecord) -> str:
    if not record.min_qualification_level and not record.gcse_english_maths:
        return "You can apply now: no qualifications needed"
    return "You can apply now: you meet the entry requirements"


def build_reasons(
    record: PathwayRecord,
    query: Query,
    *,
    distance: float | None,
    barriers: list[str],
    clause: str | None,
    first_step: str | None = None,
) -> list[str]:
    """At most three reasons, most telling first; a barrier is always said."""
    reasons: list[str] = []
    fit = fit_reason(record, query, clause)
    if fit:
        reasons.append(fit)
    if barriers:
        reasons.append(barrier_reason(record, barriers, first_step))
    for extra in (support_reason(record, query), distance_reason(record, query, distance)):
        if extra and len(reasons) < 3:
            reasons.append(extra)
    if not reasons or (len(reasons) < 3 and not barriers and len(reasons) < 2):
        reasons.append(eligible_reason(record))
    return reasons[:3]
