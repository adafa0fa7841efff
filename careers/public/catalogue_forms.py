"""The browse filters: read them from the query string (a GET form, so it works without
JavaScript). Unknown values are ignored rather than refused: a filter link that has gone out
of date still shows pathways."""

from __future__ import annotations

from werkzeug.datastructures import MultiDict

from careers.cleaning import whole_number
from careers.models import PATHWAY_TYPES, SECTORS
from careers.services.pathways import BROWSE_SORTS, WORKING_PATTERNS, Filters

MAX_KEYWORDS_LENGTH = 200


def _page(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 10_000))
    except ValueError:
        return 1


def filters_from_args(args: MultiDict[str, str]) -> Filters:
    levels = tuple(
        sorted({n for v in args.getlist("level") if (n := whole_number(v)) is not None and n <= 8})
    )
    boroughs = tuple(v for v in args.getlist("borough") if v.isalnum() and len(v) == 9)
    organisation = args.get("organisation", "").strip()
    return Filters(
        q=" ".join(args.get("q", "").split())[:MAX_KEYWORDS_LENGTH],
        types=tuple(v for v in PATHWAY_TYPES if v in args.getlist("type")),
        sectors=tuple(v for v in SECTORS if v in args.getlist("sector")),
        levels=levels,
        boroughs=boroughs,
        organisation=organisation[:200],
        disability_confident=args.get("disability_confident") == "yes",
        page=_page(args.get("page")),
        sort=next((v for v in BROWSE_SORTS if v == args.get("sort")), "best"),
        patterns=tuple(v for v in WORKING_PATTERNS if v in args.getlist("hours")),
    )


def query_pairs(filters: Filters) -> list[tuple[str, str]]:
    """The filters as query-string pairs, without the page: for page and "remove" links."""
    pairs: list[tuple[str, str]] = []
    if filters.q:
        pairs.append(("q", filters.q))
    pairs += [("type", v) for v in filters.types]
    pairs += [("sector", v) for v in filters.sectors]
    pairs += [("level", str(v)) for v in filters.levels]
    pairs += [("borough", v) for v in filters.boroughs]
    if filters.organisation:
        pairs.append(("organisation", filters.organisation))
    if filters.disability_confident:
        pairs.append(("disability_confident", "yes"))
    pairs += [("hours", v) for v in filters.patterns]
    if filters.sort != "best":
        pairs.append(("sort", filters.sort))
    return pairs


def page_href(path: str, filters: Filters, page: int) -> str:
    from urllib.parse import urlencode

    pairs = query_pairs(filters) + ([("page", str(page))] if page > 1 else [])
    return f"{path}?{urlencode(pairs)}" if pairs else path


def pagination(path: str, filters: Filters, page: int, pages: int) -> dict[str, object] | None:
    """Parameters for the NHS.UK pagination macro: first, last, and the pages either side."""
    if pages <= 1:
        return None
    shown = sorted({1, pages, page - 1, page, page + 1} & set(range(1, pages + 1)))
    items: list[dict[str, object]] = []
    previous = 0
    for number in shown:
        if number - previous > 1:
            items.append({"ellipsis": True})
        items.append(
            {"number": number, "href": page_href(path, filters, number), "current": number == page}
        )
        previous = number
    params: dict[str, object] = {"items": items}
    if page > 1:
        params["previous"] = {"href": page_href(path, filters, page - 1)}
    if page < pages:
        params["next"] = {"href": page_href(path, filters, page + 1)}
    return params
