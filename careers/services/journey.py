"""The young person's journey as use-cases: a search with everything its results page shows
(pay both ways, closing soon, who it supports, the ladder, hours and working pattern, the other
sites of a role, what is open to them when they are older, and when nothing matches, which
answer ruled things out and how many each would bring back), a pathway's entry requirements
checked against their answers, the shortlist's pathways, and the apply link. Matching itself is
careers.services.matcher."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from careers.matching import rules
from careers.matching.facets import FACETS, PathwayPattern, all_text, pathway_pattern
from careers.matching.types import LaterResult, MatchResult, PathwayRecord, Profile, Query
from careers.models import ApprenticeshipStandard, Pathway
from careers.pathway_display import (
    Ladder,
    LadderStep,
    Pay,
    entry_requirements,
    is_closing_soon,
    pay_for,
    progression_ladder,
)
from careers.services import events
from careers.services.geo import Place, PostcodeError, lookup
from careers.services.matcher import Matcher
from careers.services.pathways import Filters, search_pathways

# The matcher's plain distance reason ("About 3 km from SE5"): the card's "How far" says it more
# exactly. A reason that explains more ("…: just past your 10 km, but …") stays.
DISTANCE_REASON = re.compile(r"^(Less than 1|About \d+) km from [A-Z0-9]+$")


def shown_reasons(reasons: list[str]) -> list[str]:
    """The matcher's reasons less the plain distance, which the card shows once in its facts."""
    return [r for r in reasons if not DISTANCE_REASON.match(r)]


# Working patterns a person can ask for on the refine form and the browse page.
PATTERN_FILTERS = ("part_time", "evenings_weekends", "school_hours")


def pattern_of(pathway: Pathway) -> PathwayPattern:
    """A pathway's hours and working pattern, from its hours and its own words."""
    return pathway_pattern(
        pathway.hours_per_week, all_text([pathway.title, pathway.summary, pathway.description])
    )


def pattern_words(pattern: PathwayPattern) -> list[str]:
    """Plain words for a pathway's working pattern ("part-time", "shifts", "evenings or
    weekends"), for cards and the pathway page."""
    words = []
    if pattern.part_time:
        words.append("part-time")
    elif pattern.hours is not None:
        words.append("full-time")
    if pattern.school_hours:
        words.append("school hours")
    elif pattern.daytime and not pattern.nights:
        words.append("daytime")
    if pattern.shifts:
        words.append("shifts")
    if pattern.evenings_weekends:
        words.append("evenings or weekends")
    if pattern.nights:
        words.append("nights")
    return words


def fits_patterns(pattern: PathwayPattern, wanted: list[str] | tuple[str, ...]) -> bool:
    """Whether a pathway offers every working pattern asked for: part-time (under 30 hours or
    its words say part-time or flexible), evenings or weekends, school hours."""
    return all(getattr(pattern, name, False) for name in wanted if name in PATTERN_FILTERS)


@dataclass
class Card:
    """One result as the results page shows it."""

    match: MatchResult
    pathway: Pathway
    pay: Pay
    closing_soon: bool
    ladder: Ladder
    supports_you: list[str]  # the person's circumstances that this pathway has support for
    pattern: PathwayPattern | None = None
    also_at: list[Pathway] = field(default_factory=list)  # other sites of the role, nearest first

    @property
    def pattern_words(self) -> list[str]:
        return pattern_words(self.pattern) if self.pattern else []

    @property
    def reasons(self) -> list[str]:
        """Why it could suit you, less the distance (shown once, in miles and km, under it)."""
        return shown_reasons(self.match.reasons)

    @property
    def leads_to(self) -> list[LadderStep]:
        """The steps of the ladder above this pathway: where it can lead."""
        return self.ladder.steps[self.ladder.current_index + 1 :]


@dataclass
class Later:
    """A pathway they are too young for: the age it opens, and what they can do now."""

    match: LaterResult
    pathway: Pathway
    now: list[Pathway]


@dataclass
class Widen:
    """An answer that ruled things out, and how many pathways changing it would bring back."""

    what: str  # "types", "distance", "paid_only", "age", "patterns"
    more: int


@dataclass
class Search:
    cards: list[Card]
    place: Place | None
    limit: int
    may_have_more: bool
    widen: list[str] = field(default_factory=list)  # "distance", "types", "paid_only"
    later: list[Later] = field(default_factory=list)
    understood: dict[str, list[str]] = field(default_factory=dict)
    ruled_out: list[Widen] = field(default_factory=list)  # when nothing matched: by what
    patterns: list[str] = field(default_factory=list)  # working patterns they asked for
    plan_target: Pathway | None = None  # the role they said they want to be, in the catalogue

    @property
    def not_wanted(self) -> list[str]:
        """What they said they do not want, in plain words ("blood", "needles and
        injections"), never quoted from what they typed."""
        labels = {facet.name: facet.label for facet in FACETS}
        return [labels.get(name, name) for name in self.understood.get("not_wanted", [])]

    @property
    def working_pattern(self) -> list[str]:
        return list(self.understood.get("working_pattern", []))

    @property
    def youngest_later(self) -> int | None:
        """The age most of the pathways they are too young for open at."""
        ages = sorted(item.match.opens_at_age for item in self.later)
        return ages[len(ages) // 2] if ages else None


def place_of(session: Session, postcode: str | None) -> Place | None:
    if not postcode:
        return None
    try:
        return lookup(session, postcode)
    except PostcodeError:
        return None


def _published(session: Session, refs: list[str]) -> dict[str, Pathway]:
    if not refs:
        return {}
    rows = session.scalars(
        select(Pathway)
        .where(Pathway.ref.in_(refs), Pathway.status == "published")
        .options(selectinload(Pathway.organisation))
    )
    return {pathway.ref: pathway for pathway in rows}


# The hard answers that rule pathways out, each relaxed on its own when nothing matches, to
# count what it would bring back. Age is never changed for them: it is only explained.
RELAXED: dict[str, dict[str, object]] = {
    "types": {"types": ()},
    "distance": {"max_distance_km": None},
    "paid_only": {"paid_only": False},
    "age": {"age": None},
}
COUNT_LIMIT = 50  # "50 more" is as far as we count


def _asked(profile: Profile, what: str) -> bool:
    if what == "types":
        return bool(profile.types)
    if what == "distance":
        return profile.max_distance_km is not None
    if what == "paid_only":
        return profile.paid_only
    return profile.age is not None


def _cards(
    session: Session, profile: Profile, results: list[MatchResult], wanted: list[str]
) -> list[Card]:
    """Cards for the results that are still published (and offer the working patterns asked
    for), each with its pathway and the other sites of the same role, nearest first."""
    refs = [r.ref for r in results] + [ref for r in results for ref in r.also_at_refs]
    pathways = _published(session, refs)
    cards = []
    for result in results:
        pathway = pathways.get(result.ref)
        if pathway is None:
            continue
        pattern = pattern_of(pathway)
        if wanted and not fits_patterns(pattern, wanted):
            continue
        cards.append(
            Card(
                match=result,
                pathway=pathway,
                pay=pay_for(pathway),
                closing_soon=is_closing_soon(pathway),
                ladder=progression_ladder(pathway),
                supports_you=[c for c in profile.circumstances if c in pathway.supports],
                pattern=pattern,
                also_at=[pathways[r] for r in result.also_at_refs if r in pathways],
            )
        )
    return cards


def _later(session: Session, later: list[LaterResult]) -> list[Later]:
    refs = [item.ref for item in later] + [step.ref for item in later for step in item.now]
    pathways = _published(session, refs)
    return [
        Later(
            match=item,
            pathway=pathways[item.ref],
            now=[pathways[step.ref] for step in item.now if step.ref in pathways],
        )
        for item in later
        if item.ref in pathways
    ]


def _ruled_out(
    session: Session, matcher: Matcher, profile: Profile, wanted: list[str], unfiltered: int
) -> list[Widen]:
    """When nothing matched: each hard answer they gave, with how many pathways relaxing it
    alone would bring back (largest first; none that would bring back nothing)."""
    found: list[Widen] = []
    if wanted and unfiltered:
        found.append(Widen("patterns", unfiltered))
    for what, change in RELAXED.items():
        if not _asked(profile, what):
            continue
        relaxed = dataclasses.replace(profile, limit=COUNT_LIMIT, **change)  # type: ignore[arg-type]
        more = len(_cards(session, relaxed, matcher.match(session, relaxed).results, wanted))
        if more:
            found.append(Widen(what, more))
    return sorted(found, key=lambda w: -w.more)


def search(
    session: Session,
    matcher: Matcher,
    profile: Profile,
    record_events: bool = False,
    patterns: list[str] | tuple[str, ...] = (),
) -> Search:
    """Match with the matcher, and gather what the results page shows. `patterns` keeps only
    pathways that offer those working patterns (see PATTERN_FILTERS). With `record_events`, add
    the aggregate "search" and "shown" events (the caller commits)."""
    wanted = [p for p in patterns if p in PATTERN_FILTERS]
    asked = dataclasses.replace(profile, limit=COUNT_LIMIT) if wanted else profile
    response = matcher.match(session, asked)
    place = place_of(session, profile.postcode)
    every = _cards(session, profile, response.results, wanted)
    cards = every[: profile.limit]
    ruled_out = [] if cards else _ruled_out(session, matcher, profile, wanted, response.count)
    if record_events:
        events.record(session, "search", place=place, age=profile.age)
        if cards:
            events.record(session, "shown", [card.pathway.id for card in cards], place, profile.age)
    return Search(
        cards=cards,
        place=place,
        limit=profile.limit,
        may_have_more=len(every) > len(cards) if wanted else response.count >= profile.limit,
        widen=[w.what for w in ruled_out if w.what in ("distance", "types", "paid_only")],
        later=_later(session, response.later),
        understood=response.understood,
        ruled_out=ruled_out,
        patterns=wanted,
        plan_target=named_role(session, profile.about),
    )


@dataclass
class Requirements:
    """A pathway's entry requirements checked against a person's answers: True (they meet every
    one we know of), False (see barriers), None (see unknowns: what their answers do not say)."""

    eligible_now: bool | None
    barriers: list[str]
    unknowns: list[str]
    answered: bool  # whether they have given us any answers at all


def check_requirements(pathway: Pathway, profile: Profile | None) -> Requirements:
    """Check a pathway's minimum age, qualification level and GCSEs against the answers (the
    matcher's own rules), saying what we do not know rather than guessing."""
    record = PathwayRecord(
        id=pathway.id,
        ref=pathway.ref,
        title=pathway.title,
        organisation=pathway.organisation.name,
        type=pathway.type,
        min_qualification_level=pathway.min_qualification_level,
        gcse_english_maths=pathway.gcse_english_maths,
        min_age=pathway.min_age,
    )
    query = Query(profile=profile or Profile())
    eligible, barriers, unknowns = rules.eligibility(record, query, rules.meets_gcse(query))
    age = query.profile.age
    if age is not None and pathway.min_age is not None and age < pathway.min_age:
        eligible, barriers, unknowns = False, ["age", *barriers], []
    return Requirements(eligible, barriers, unknowns, answered=profile is not None)


def shortlisted(session: Session, refs: list[str]) -> tuple[list[Pathway], list[str]]:
    """The shortlist's pathways that are still open, in the shortlist's order, and the refs of
    those that have closed or gone."""
    found = _published(session, refs)
    return [found[r] for r in refs if r in found], [r for r in refs if r not in found]


def requirements_for(pathways: list[Pathway], profile: Profile | None) -> dict[str, Requirements]:
    """Each pathway's entry requirements checked against the answers, by ref."""
    return {pathway.ref: check_requirements(pathway, profile) for pathway in pathways}


def apply_link(
    session: Session,
    ref: str,
    place: Place | None = None,
    age: int | None = None,
    count: bool = True,
) -> str | None:
    """Where a published pathway's "apply" goes, recording an aggregate "apply" event (unless
    `count` is False: a crawler, a prefetch or a repeat click; see careers/counting.py)."""
    pathway = session.scalar(
        select(Pathway).where(Pathway.ref == ref, Pathway.status == "published")
    )
    if pathway is None or not pathway.apply_url:
        return None
    if count:
        events.record(session, "apply", [pathway.id], place, age)
    return pathway.apply_url


# --- a plan towards a named role ---------------------------------------------------------------

PLAN_MAX_STEPS = 6
GCSE_COURSE_WORDS = "English maths"  # a course for the GCSE English and maths barrier


@dataclass
class PlanStep:
    pathway: Pathway
    why: str  # "barrier": gets them past what stops them; "route": a step on the way; "target"
    pay: Pay


@dataclass
class Plan:
    role: str
    target: Pathway | None
    steps: list[PlanStep]
    requirements: Requirements | None  # the target's requirements against their answers


def _route_to(target: Pathway) -> list[Pathway]:
    """The steps that lead to the target, first step first: from each step, back along the
    catalogue's progression links to the lowest-level open step before it."""
    route: list[Pathway] = []
    seen = {target.id}
    current = target
    while len(route) < PLAN_MAX_STEPS - 1:
        earlier = [
            p for p in current.previous_steps if p.id not in seen and p.status == "published"
        ]
        if not earlier:
            break
        current = min(earlier, key=lambda p: (p.level if p.level is not None else 99, p.title))
        seen.add(current.id)
        route.insert(0, current)
    return route


# "I want to be a midwife", "I'd like to become a paramedic", "training as a pharmacist": the
# role's words end at punctuation or at a word that starts something else ("in", "because").
ROLE_WISH = re.compile(
    r"\b(?:wan(?:t|na) (?:to )?be(?:come)?|like to be(?:come)?|hope to be(?:come)?|"
    r"going to be|plan to be(?:come)?|dream of being|to become|train(?:ing)? (?:to be|as)|"
    r"(?:work|job|career) as|qualify as)\s+(?:an?\s+|the\s+)?"
    r"(?P<role>[a-z][a-z' -]{1,60})",
    re.IGNORECASE,
)
ROLE_ENDS = re.compile(
    r"\s+(?:and|or|but|because|cos|so|in|at|with|for|like|when|one|someday|some|one day|"
    r"if|since|as|to|who|which|that|then|after|maybe|eventually|later)\b.*$",
    re.IGNORECASE,
)


def named_role(session: Session, about: str) -> Pathway | None:
    """The catalogue's role for the one a person says they want to be ("I want to be a
    midwife"), or None. What they typed goes no further than this search: the page links to
    the plan by the catalogue's title, never by their words."""
    wish = ROLE_WISH.search(about or "")
    if wish is None:
        return None
    role = ROLE_ENDS.sub("", wish.group("role")).strip(" -'")
    words = role.split()[:4]
    if not words:
        return None
    found = find_role(session, " ".join(words))
    if found is None:
        return None
    # the role is in the title ("nurse" in "Nursing associate"), not just somewhere in the text
    title = found.title.lower()
    return found if any(w[:4].lower() in title for w in words if len(w) >= 4) else None


# A person names the role; a catalogue often names the field ("midwife": "Midwifery degree
# apprentice"), and the stemmer keeps the two apart.
ROLE_FIELDS = {
    "midwife": "midwifery",
    "midwives": "midwifery",
    "nurse": "nursing",
    "nurses": "nursing",
    "pharmacist": "pharmacy",
    "physiotherapist": "physiotherapy",
    "physio": "physiotherapy",
    "radiographer": "radiography",
    "dentist": "dental",
    "optometrist": "optometry",
    "therapist": "therapy",
    "carer": "care",
    "scientist": "science",
}


def find_role(session: Session, role: str) -> Pathway | None:
    """The catalogue's best match for a role's name (the browse search), trying the name of
    its field when the role's own word finds nothing."""
    found = search_pathways(session, Filters(q=role), per_page=1).items
    if not found:
        fields = " ".join(ROLE_FIELDS.get(w.lower(), w) for w in role.split())
        if fields != role:
            found = search_pathways(session, Filters(q=fields), per_page=1).items
    return found[0] if found else None


def plan_for(session: Session, role: str, profile: Profile | None) -> Plan:
    """A plan from where the person is to the role they name: the catalogue's best match for
    the role, the steps that lead there, and first the course for their real barrier (GCSE
    English and maths) when the role needs it and their answers say they do not have it."""
    target = find_role(session, role)
    if target is None:
        return Plan(role, None, [], None)
    requirements = check_requirements(target, profile) if profile is not None else None
    route = _route_to(target)
    steps = [PlanStep(p, "route", pay_for(p)) for p in route]
    if requirements is not None and "gcse_english_maths" in requirements.barriers:
        courses = search_pathways(
            session, Filters(q=GCSE_COURSE_WORDS, types=("course",)), per_page=1
        ).items
        if courses and courses[0].id not in {p.id for p in route}:
            steps.insert(0, PlanStep(courses[0], "barrier", pay_for(courses[0])))
    steps.append(PlanStep(target, "target", pay_for(target)))
    return Plan(role, target, steps, requirements)


# --- comparing roles -------------------------------------------------------------------------

COMPARE_MAX = 3
TRAINING = {
    "apprenticeship": "You are paid while you train, and you do not pay for the training.",
    "foundation_apprenticeship": "You are paid while you train, and you do not pay for it.",
    "work_experience": "A short placement to see the work. There is no qualification.",
    "volunteering": "You learn on the job as a volunteer.",
    "course": "A course, often with a qualification at the end.",
    "entry_route": "A programme that gets you ready to apply for a job.",
    "supported_internship": "A year in a workplace with a job coach.",
    "job": "Training on the job.",
}


@dataclass
class Compared:
    """One role on the compare page: the same facts in the same order for each."""

    pathway: Pathway
    pay: Pay
    needs: list[str]  # the entry requirements in plain English
    requirements: Requirements  # and checked against the person's answers
    training: str
    duration_months: int | None  # the apprenticeship standard's typical length, when known
    pattern: list[str]
    leads_to: list[Pathway]


def compare(session: Session, refs: list[str], profile: Profile | None) -> list[Compared]:
    """Up to three published roles side by side, in the order asked for: entry requirements,
    training, pay, hours and where each leads."""
    wanted = list(dict.fromkeys(r for r in refs if r))[:COMPARE_MAX]
    found = _published(session, wanted)
    pathways = [found[r] for r in wanted if r in found]
    codes = {p.standard_code for p in pathways if p.standard_code}
    standards = session.scalars(
        select(ApprenticeshipStandard).where(ApprenticeshipStandard.code.in_(codes))
    )
    lengths = {s.code: s.typical_duration_months for s in standards} if codes else {}
    return [
        Compared(
            pathway=p,
            pay=pay_for(p),
            needs=entry_requirements(p),
            requirements=check_requirements(p, profile),
            training=TRAINING.get(p.type, ""),
            duration_months=lengths.get(p.standard_code or ""),
            pattern=pattern_words(pattern_of(p)),
            leads_to=[s for s in p.next_steps if s.status == "published"],
        )
        for p in pathways
    ]
