"""One to three plain-English reasons per result, grounded in the person's own words and the
pathway: why it fits, where it is, what support it offers, and, when they cannot start yet,
why not and what to do."""

from __future__ import annotations

import re
from collections.abc import Callable

from careers.matching import facets
from careers.matching.text import clauses, expand, second_person, split_negations, terms
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


def _never(term: str) -> bool:
    return False


def _best_pathway_phrase(
    record: PathwayRecord, person_terms: set[str], is_common: Callable[[str], bool] = _never
) -> str | None:
    """The pathway's own interest or skill phrase that shares most informative words with the
    person's (words most pathways use, like "work" or "care", do not count)."""
    best, best_overlap = None, 0
    for phrase in (*record.interests, *record.skills):
        overlap = len({t for t in set(terms(phrase)) & person_terms if not is_common(t)})
        if overlap > best_overlap:
            best, best_overlap = phrase, overlap
    return best


_REFUSAL = re.compile(
    r"\b(?:not|no|don'?t|dont|doesn'?t|never|without|hate|can'?t|cant|cannot|won'?t|wont|"
    r"rather not|avoid|scared|afraid|faint)\b",
    re.IGNORECASE,
)


def person_clauses(about: str) -> list[str]:
    """The person's own words as clauses to quote back: never one that says what they do not
    want or cannot do, nor one about the hours they can work (a need, not why a role fits)."""
    kept, _ = split_negations(about)
    return [c for c in clauses(kept) if not _REFUSAL.search(c) and not facets.read_need(c).any]


def fit_reason(
    record: PathwayRecord,
    query: Query,
    clause: str | None,
    is_common: Callable[[str], bool] = _never,
) -> str | None:
    """'You said you looked after your nan: this job is about caring for older people'. A
    ticked interest or skill is named only when the pathway's own role, skills or interests
    share an informative word with it (never "interested in office work: this is about
    practical work")."""
    profile = query.profile
    noun = TYPE_NOUNS.get(record.type, "pathway")
    pathway_terms = set(terms(" ".join([record.title, *record.skills, *record.interests])))
    for label, phrases in (("interested in", profile.interests), ("good at", profile.skills)):
        for phrase in phrases:
            mine = {t for t in terms(phrase) if not is_common(t)}
            # every informative word of what they ticked: "office work" needs "office"
            if not mine or not mine <= pathway_terms:
                continue
            shared = mine
            own = _best_pathway_phrase(record, shared, is_common)
            verb = "you're interested in" if label == "interested in" else "you're good at"
            if own:
                return f"You said {verb} {phrase.strip()}: this {noun} is about {own}"
            return f"You said {verb} {phrase.strip()}: this {noun} is in that area"
    if clause:
        clause_terms = set(terms(f"{clause} {expand(clause)}"))
        own = _best_pathway_phrase(record, clause_terms, is_common)
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
    if limit is not None and distance > limit:  # kept by constraints.DISTANCE_ALLOWANCE_KM
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


def unknown_reason(record: PathwayRecord, unknowns: list[str]) -> str:
    """'Check the entry requirements: it needs you to be 18 or over and GCSE English and maths
    at grade 4' (what it needs that they have not told us)."""
    needs: list[str] = []
    if "age" in unknowns and record.min_age is not None:
        needs.append(f"you to be {record.min_age} or over")
    if "qualification_level" in unknowns and record.min_qualification_level:
        level = record.min_qualification_level
        example = QUALIFICATION_EXAMPLES.get(level, "")
        needs.append(f"a level {level} qualification{(' ' + example) if example else ''}")
    if "gcse_english_maths" in unknowns:
        needs.append("GCSE English and maths at grade 4 (Functional Skills Level 2 counts)")
    return "Check the entry requirements: it needs " + " and ".join(needs)


def build_reasons(
    record: PathwayRecord,
    query: Query,
    *,
    distance: float | None,
    barriers: list[str],
    clause: str | None,
    first_step: str | None = None,
    unknowns: list[str] | None = None,
    is_common: Callable[[str], bool] = _never,
) -> list[str]:
    """At most three reasons, most telling first; a barrier, or what we would need to know, is
    always said; "You can apply now" only when we know."""
    reasons: list[str] = []
    fit = fit_reason(record, query, clause, is_common)
    if fit:
        reasons.append(fit)
    if barriers:
        reasons.append(barrier_reason(record, barriers, first_step))
    elif unknowns:
        reasons.append(unknown_reason(record, unknowns))
    for extra in (support_reason(record, query), distance_reason(record, query, distance)):
        if extra and len(reasons) < 3:
            reasons.append(extra)
    if not barriers and not unknowns and len(reasons) < 2:
        reasons.append(eligible_reason(record))
    return reasons[:3]
