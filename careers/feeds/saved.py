"""Saved feed answers given to `careers import`: an FAA v2 response (.json, an object with
`vacancies`) or an NHS Jobs search XML page (.xml), through the same mappers as a sync. A file is
not a whole feed, so importing one never closes anything."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy.orm import Session

from careers.config import Config
from careers.feeds import faa, nhs_jobs
from careers.feeds.common import Context, Mapped
from careers.feeds.http import FeedError


def detect(path: str | Path) -> str | None:
    """'faa' or 'nhs_jobs' when the file is a saved feed answer; None otherwise."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in {".json", ".xml"}:
        return None
    try:
        body = path.read_bytes()
    except OSError:
        return None
    if suffix == ".xml":
        return "nhs_jobs"
    start = body.lstrip()[:1]
    if start != b"{":
        return None
    try:
        return "faa" if faa.is_response(json.loads(body)) else None
    except ValueError:
        return None


def map_file(session: Session, config: Config, path: str | Path, source: str) -> Mapped:
    """Map every advert in the file. Raises FeedError when the file cannot be read."""
    try:
        body = Path(path).read_bytes()
    except OSError as exc:
        raise FeedError(f"Could not open {path}: {exc.strerror or exc}") from exc
    context = Context(session, config)
    if source == "faa":
        return faa.map_response(context, faa.parse_response(body))
    _, vacancies = nhs_jobs.parse_response(body)
    return nhs_jobs.map_response(context, vacancies)
