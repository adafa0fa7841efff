"""Can this process serve? For GET /healthz."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from careers.services.matcher import Matcher


def health(session: Session, matcher: Matcher) -> dict[str, Any]:
    """Can this process serve? The database answers and the matcher's index is loaded."""
    body: dict[str, Any] = {"status": "ok", "database": "ok"}
    try:
        session.execute(text("SELECT 1"))
    except Exception:  # any failure means we cannot serve
        session.rollback()
        return {"status": "unavailable", "database": "unreachable"}
    try:
        index = matcher.status(session)
    except Exception as error:
        index = {"loaded": False, "error": type(error).__name__}
    body["index"] = index
    if not index.get("loaded", index.get("ready", False)):
        body["status"] = "unavailable"
    return body
