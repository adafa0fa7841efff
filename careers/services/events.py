"""Aggregate events: a search was made, a pathway was shown, viewed, or its apply link followed.

Privacy by design: an event holds only the day, the kind, the pathway and its organisation, the
borough and the deprivation decile of the person's postcode district, and an age band. Never what
they typed, their postcode, their exact age, their circumstances or anything that identifies them
or their browser. Reports suppress numbers under 10 (that is the reporting side's job).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import EVENT_KINDS, Event, Pathway
from careers.services.geo import Place

__all__ = ["age_band", "record", "record_refs"]


def age_band(age: int | None) -> str:
    """The band an age falls in (models.AGE_BANDS); "unknown" when not given."""
    if age is None:
        return "unknown"
    if age < 16:
        return "under_16"
    if age < 18:
        return "16_17"
    if age < 20:
        return "18_19"
    if age < 25:
        return "20_24"
    return "25_plus"


def record(
    session: Session,
    kind: str,
    pathway_ids: Iterable[int] = (),
    place: Place | None = None,
    age: int | None = None,
    day: dt.date | None = None,
) -> int:
    """Add one event per pathway (or a single one with no pathway, for a search) to the session.

    The caller commits. Returns how many events were added.
    """
    if kind not in EVENT_KINDS:
        raise ValueError(f"Unknown event kind {kind!r}; use one of {', '.join(EVENT_KINDS)}")
    ids = list(dict.fromkeys(pathway_ids))
    organisations: dict[int, int] = {}
    if ids:
        rows = session.execute(
            select(Pathway.id, Pathway.organisation_id).where(Pathway.id.in_(ids))
        ).all()
        organisations = {row.id: row.organisation_id for row in rows}
    common = {
        "day": day or dt.date.today(),
        "kind": kind,
        "borough_code": place.borough_code if place else None,
        "imd_decile": place.imd_decile if place else None,
        "age_band": age_band(age),
    }
    events = (
        [Event(pathway_id=i, organisation_id=organisations.get(i), **common) for i in ids]
        if ids
        else [Event(pathway_id=None, organisation_id=None, **common)]
    )
    session.add_all(events)
    return len(events)


def record_refs(session: Session, kind: str, refs: Iterable[str]) -> int:
    """`record` for pathways named by reference (with no place or age: the API's matches)."""
    wanted = list(dict.fromkeys(refs))
    if not wanted:
        return 0
    ids = session.scalars(select(Pathway.id).where(Pathway.ref.in_(wanted))).all()
    return record(session, kind, ids) if ids else 0
