"""Match use-cases: validate answers into a Profile, and match it against the live catalogue.

The engine lives in careers/matching; this module wires it to the database and keeps one engine
per process (each gunicorn worker), kept current through the index_changes version counter.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from careers.matching.types import MatchResponse, Profile
from careers.services.profiles import ProfileError, parse_profile

__all__ = ["ProfileError", "match", "parse_profile", "pathway_changed"]


def match(session: Session, profile: Profile) -> MatchResponse:
    """The best pathways for this person, never breaking a hard constraint."""
    raise NotImplementedError  # the matching issue (#3) builds this


def pathway_changed(session: Session, pathway_id: int, removed: bool = False) -> None:
    """Record that a pathway was published, edited, closed or deleted, so every worker's index
    picks it up before its next search. Call inside the same transaction as the change."""
    from careers.models import IndexChange

    session.add(IndexChange(pathway_id=pathway_id, op="remove" if removed else "upsert"))
