"""The audit log: who changed what, and when, for pathways, users and organisations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import AuditEntry, User


def record(
    session: Session,
    actor: User | None,
    action: str,
    entity_type: str,
    entity_id: int | str,
    summary: str,
    organisation_id: int | None = None,
    changes: dict[str, Any] | None = None,
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Add one entry in the caller's transaction. `changes` maps a field to [before, after]."""
    entry = AuditEntry(
        user_id=actor.id if actor else None,
        organisation_id=organisation_id,
        action=action,
        entity_type=entity_type,
        entity_id=str(entity_id),
        summary=summary[:300],
        changes=_jsonable(changes) if changes else None,
    )
    if at is not None:
        entry.at = at
    session.add(entry)
    return entry


def _jsonable(changes: dict[str, Any]) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()
        if isinstance(value, list | tuple):
            return [plain(v) for v in value]
        return value

    return {key: [plain(before), plain(after)] for key, (before, after) in changes.items()}


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The fields whose values differ, as {field: (before, after)}."""
    return {k: (before.get(k), v) for k, v in after.items() if before.get(k) != v}


@dataclass
class AuditPage:
    entries: list[AuditEntry]
    page: int
    pages: int


def entries(
    session: Session, organisation_id: int | None, page: int = 1, per_page: int = 50
) -> AuditPage:
    """Newest first; one organisation's entries, or every entry when organisation_id is None."""
    query = select(AuditEntry)
    count = select(func.count(AuditEntry.id))
    if organisation_id is not None:
        query = query.where(AuditEntry.organisation_id == organisation_id)
        count = count.where(AuditEntry.organisation_id == organisation_id)
    total = session.scalar(count) or 0
    pages = max(1, -(-total // per_page))
    page = min(max(page, 1), pages)
    rows = session.scalars(
        query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return AuditPage(entries=list(rows), page=page, pages=pages)
