"""What search engines are told about: every public pathway page (published, not an example)
and the organisation pages that have one, for /sitemap.xml."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Organisation, Pathway


@dataclass(frozen=True)
class Entry:
    path: str
    updated: dt.date | None = None


def public_pages(session: Session) -> list[Entry]:
    live = (Pathway.status == "published", Pathway.is_example.is_(False))
    entries = [Entry("/"), Entry("/pathways")]
    for ref, updated in session.execute(
        select(Pathway.ref, Pathway.updated_at).where(*live).order_by(Pathway.ref)
    ):
        entries.append(Entry(f"/pathways/{ref}", updated.date() if updated else None))
    for slug, updated in session.execute(
        select(Organisation.slug, func.max(Pathway.updated_at))
        .join(Pathway, Pathway.organisation_id == Organisation.id)
        .where(*live)
        .group_by(Organisation.slug)
        .order_by(Organisation.slug)
    ):
        entries.append(Entry(f"/organisations/{slug}", updated.date() if updated else None))
    return entries
