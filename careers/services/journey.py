"""The young person's journey as use-cases: a search with everything its results page shows
(pay both ways, closing soon, who it supports, the ladder, what to widen), the shortlist's
pathways, and the apply link. Matching itself is careers.services.matcher."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from careers.matching.types import MatchResult, Profile
from careers.models import Pathway
from careers.pathway_display import (
    Ladder,
    LadderStep,
    Pay,
    is_closing_soon,
    pay_for,
    progression_ladder,
)
from careers.services import events
from careers.services.geo import Place, PostcodeError, lookup
from careers.services.matcher import Matcher

# The matcher's plain distance reason ("About 3 km from SE5"): the card's "How far" says it more
# exactly. A reason that explains more ("…: just past your 10 km, but …") stays.
DISTANCE_REASON = re.compile(r"^(Less than 1|About \d+) km from [A-Z0-9]+$")


def shown_reasons(reasons: list[str]) -> list[str]:
    """The matcher's reasons less the plain distance, which the card shows once in its facts."""
    return [r for r in reasons if not DISTANCE_REASON.match(r)]


@dataclass
class Card:
    """One result as the results page shows it."""

    match: MatchResult
    pathway: Pathway
    pay: Pay
    closing_soon: bool
    ladder: Ladder
    supports_you: list[str]  # the person's circumstances that this pathway has support for

    @property
    def reasons(self) -> list[str]:
        """Why it could suit you, less the distance (shown once, in miles and km, under it)."""
        return shown_reasons(self.match.reasons)

    @property
    def leads_to(self) -> list[LadderStep]:
        """The steps of the ladder above this pathway: where it can lead."""
        return self.ladder.steps[self.ladder.current_index + 1 :]


@dataclass
class Search:
    cards: list[Card]
    place: Place | None
    limit: int
    may_have_more: bool
    widen: list[str] = field(default_factory=list)  # "distance", "types", "paid_only"


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


def search(
    session: Session, matcher: Matcher, profile: Profile, record_events: bool = False
) -> Search:
    """Match with the matcher, and gather what the results page shows. With `record_events`, add
    the aggregate "search" and "shown" events (the caller commits)."""
    response = matcher.match(session, profile)
    pathways = _published(session, [result.ref for result in response.results])
    place = place_of(session, profile.postcode)
    cards = [
        Card(
            match=result,
            pathway=pathways[result.ref],
            pay=pay_for(pathways[result.ref]),
            closing_soon=is_closing_soon(pathways[result.ref]),
            ladder=progression_ladder(pathways[result.ref]),
            supports_you=[c for c in profile.circumstances if c in pathways[result.ref].supports],
        )
        for result in response.results
        if result.ref in pathways
    ]
    widen = []
    if not cards:
        if profile.max_distance_km is not None:
            widen.append("distance")
        if profile.types:
            widen.append("types")
        if profile.paid_only:
            widen.append("paid_only")
    if record_events:
        events.record(session, "search", place=place, age=profile.age)
        if cards:
            events.record(session, "shown", [card.pathway.id for card in cards], place, profile.age)
    return Search(
        cards=cards,
        place=place,
        limit=profile.limit,
        may_have_more=response.count >= profile.limit,
        widen=widen,
    )


def shortlisted(session: Session, refs: list[str]) -> tuple[list[Pathway], list[str]]:
    """The shortlist's pathways that are still open, in the shortlist's order, and the refs of
    those that have closed or gone."""
    found = _published(session, refs)
    return [found[r] for r in refs if r in found], [r for r in refs if r not in found]


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
