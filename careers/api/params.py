"""Query parameters of GET /api/v1/pathways: filters, pagination and the links between pages."""

from __future__ import annotations

import datetime as dt
from typing import Any

from flask import url_for
from sqlalchemy.orm import Session
from werkzeug.datastructures import MultiDict

from careers.models import PATHWAY_TYPES, SECTORS
from careers.services import geo
from careers.services.pathways import (
    PER_PAGE,
    PER_PAGE_MAX,
    QUERY_MAX_CHARS,
    SORTS,
    PathwayFilters,
)
from careers.services.profiles import ProfileError

FILTER_PARAMS = (
    "type",
    "sector",
    "level",
    "borough",
    "organisation",
    "q",
    "disability_confident",
    "updated_since",
    "sort",
    "postcode",
)
MAX_PAGE = 100_000


def _choices(args: MultiDict[str, str], name: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
    values = tuple(dict.fromkeys(v.strip() for v in args.getlist(name) if v.strip()))
    wrong = [v for v in values if v not in allowed]
    if wrong:
        raise ProfileError({name: f"Choose {name} from: {', '.join(allowed)}"})
    return values


def _whole(args: MultiDict[str, str], name: str, low: int, high: int, default: int | None) -> Any:
    raw = (args.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or not low <= int(raw) <= high:
        raise ProfileError({name: f"Enter {name} as a whole number from {low} to {high}"})
    return int(raw)


def _text(args: MultiDict[str, str], name: str) -> str | None:
    value = (args.get(name) or "").strip()
    if len(value) > QUERY_MAX_CHARS:
        raise ProfileError({name: f"Keep {name} to {QUERY_MAX_CHARS} characters or fewer"})
    return value or None


def _flag(args: MultiDict[str, str], name: str) -> bool | None:
    raw = (args.get(name) or "").strip().lower()
    if not raw:
        return None
    if raw not in {"true", "false"}:
        raise ProfileError({name: f"Set {name} to true or false"})
    return raw == "true"


def _since(args: MultiDict[str, str], name: str) -> dt.datetime | None:
    raw = (args.get(name) or "").strip()
    if not raw:
        return None
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        message = f"Write {name} as a date or time, like 2026-12-01 or 2026-12-01T09:30:00Z"
        raise ProfileError({name: message}) from exc
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value


def pathway_filters(args: MultiDict[str, str]) -> PathwayFilters:
    return PathwayFilters(
        types=_choices(args, "type", PATHWAY_TYPES),
        sectors=_choices(args, "sector", SECTORS),
        level=_whole(args, "level", 0, 8, None),
        borough=_text(args, "borough"),
        organisation=_text(args, "organisation"),
        q=_text(args, "q"),
        disability_confident=_flag(args, "disability_confident"),
        updated_since=_since(args, "updated_since"),
    )


def sorting(session: Session, args: MultiDict[str, str]) -> tuple[str, tuple[float, float] | None]:
    """The sort order and, for distance, the place to measure from (the postcode)."""
    sort = (args.get("sort") or "title").strip() or "title"
    if sort not in SORTS:
        raise ProfileError({"sort": f"Choose sort from: {', '.join(SORTS)}"})
    if sort != "distance":
        return sort, None
    postcode = _text(args, "postcode")
    if postcode is None:
        raise ProfileError({"postcode": "Give a postcode to sort by distance, like SE15 4QT"})
    try:
        place = geo.lookup(session, postcode)
    except geo.PostcodeError as exc:
        raise ProfileError({"postcode": str(exc)}) from exc
    if place is None:
        raise ProfileError({"postcode": f"We could not find {postcode.upper()}; check it"})
    return sort, (place.latitude, place.longitude)


def pagination(args: MultiDict[str, str]) -> tuple[int, int]:
    page = _whole(args, "page", 1, MAX_PAGE, 1)
    per_page = _whole(args, "per_page", 1, PER_PAGE_MAX, PER_PAGE)
    return page, per_page


def page_links(args: MultiDict[str, str], page: int, pages: int) -> dict[str, str | None]:
    """self, first, prev, next and last, keeping the filters; prev and next are null at the ends."""
    kept: dict[str, Any] = {name: args.getlist(name) for name in FILTER_PARAMS if name in args}
    if "per_page" in args:
        kept["per_page"] = args["per_page"]

    def link(number: int) -> str:
        return url_for("api.pathways", page=number, **kept)

    return {
        "self": link(page),
        "first": link(1),
        "prev": link(min(page - 1, pages)) if page > 1 else None,
        "next": link(page + 1) if page < pages else None,
        "last": link(pages),
    }
