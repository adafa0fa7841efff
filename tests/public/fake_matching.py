"""A tiny stand-in for Matcher.match (careers/services/matcher.py), for the journey's page tests
only: it returns every published pathway of the wanted types, with the real distance, so that the
pages can be tested apart from the engine (which has its own tests). Never used by the app."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.matching.constraints import DISTANCE_ALLOWANCE_KM
from careers.matching.types import MatchResponse, MatchResult, Profile, RouteStep
from careers.models import Pathway, PathwayLink
from careers.services.geo import distance_km, lookup


def fake_match(session: Session, profile: Profile) -> MatchResponse:
    place = lookup(session, profile.postcode) if profile.postcode else None
    results = []
    query = select(Pathway).where(Pathway.status == "published").order_by(Pathway.id)
    for pathway in session.scalars(query):
        if profile.types and pathway.type not in profile.types:
            continue
        distance = None
        if place and pathway.latitude is not None and pathway.longitude is not None:
            distance = distance_km(
                place.latitude, place.longitude, pathway.latitude, pathway.longitude
            )
        if profile.max_distance_km is not None and (
            distance is None or distance > profile.max_distance_km + DISTANCE_ALLOWANCE_KM
        ):
            continue
        too_young = pathway.min_age is not None and (profile.age or 0) < pathway.min_age
        needs = (pathway.min_qualification_level or 0) > (profile.qualification_level or 0)
        eligible = not too_young and not needs
        before = select(Pathway).join(PathwayLink, PathwayLink.from_id == Pathway.id)
        route = [
            RouteStep(ref=p.ref, title=p.title)
            for p in session.scalars(before.where(PathwayLink.to_id == pathway.id))
        ]
        results.append(
            MatchResult(
                ref=pathway.ref,
                title=pathway.title,
                organisation=pathway.organisation.name,
                type=pathway.type,
                level=pathway.level,
                score=0.5,
                eligible_now=eligible,
                distance_km=distance,
                reasons=[f"You said you enjoy {profile.skills[0]}"] if profile.skills else [],
                route=[] if eligible else route,
                barriers=[] if eligible else (["age"] if too_young else ["qualification"]),
            )
        )
    return MatchResponse(results=results[: profile.limit])


def no_match(session: Session, profile: Profile) -> MatchResponse:
    return MatchResponse(results=[])
