"""Published pathways: which are public, and every query for them. Browse and search for
/pathways, the public API's list and lookup, one pathway or organisation by its public name.

A pathway is public when it is published or closed: its page opens (a closed one says so).
It is live when it is published and its closing date (if any) has not passed: only live
pathways are listed, searched and matched. How a pathway is shown is careers/pathway_display.py.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    case,
    func,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.orm import Session, selectinload

from careers.matching.facets import all_text, pathway_pattern
from careers.models import PATHWAY_TYPES, SECTORS, Borough, Organisation, Pathway

PUBLIC_STATUSES = ("published", "closed")
PER_PAGE = 20
PER_PAGE_MAX = 100
QUERY_MAX_CHARS = 200
SORTS = ("title", "closing_soon", "newest", "distance", "pay")


def is_public(pathway: Pathway) -> bool:
    """Whether the pathway's page is public (published or closed)."""
    return pathway.status in PUBLIC_STATUSES


def live(today: dt.date | None = None) -> ColumnElement[bool]:
    """Published, and still open today (no closing date, or it is today or later)."""
    today = today or dt.date.today()
    return (Pathway.status == "published") & (
        (Pathway.closing_date.is_(None)) | (Pathway.closing_date >= today)
    )


# --- browse and search ----------------------------------------------------------------------


# How browse can be sorted: best match (by title when there are no keywords), and the API's.
BROWSE_SORTS = ("best", "closing_soon", "newest", "distance", "pay")


@dataclass(frozen=True)
class Filters:
    q: str = ""
    types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()
    boroughs: tuple[str, ...] = ()  # ONS codes
    organisation: str = ""  # slug
    disability_confident: bool = False  # Disability Confident employers only
    page: int = 1
    sort: str = "best"  # one of BROWSE_SORTS
    near: tuple[float, float] | None = None  # where to measure "distance" from
    patterns: tuple[str, ...] = ()  # working patterns: part_time, evenings_weekends, school_hours

    @property
    def active(self) -> bool:
        return bool(
            self.q
            or self.types
            or self.sectors
            or self.levels
            or self.boroughs
            or self.organisation
            or self.disability_confident
            or self.patterns
        )


# Working patterns browse can filter by: a pathway offers one when its hours or its own words
# say so (careers.matching.facets.pathway_pattern, as the results page's filter reads them).
WORKING_PATTERNS = ("part_time", "evenings_weekends", "school_hours")


def _offering(session: Session, patterns: tuple[str, ...], today: dt.date) -> ColumnElement[bool]:
    """Live pathways whose hours or words offer every one of these working patterns."""
    rows = session.execute(
        select(
            Pathway.id,
            Pathway.hours_per_week,
            Pathway.title,
            Pathway.summary,
            Pathway.description,
        ).where(live(today))
    )
    ids = [
        row.id
        for row in rows
        if all(
            getattr(
                pathway_pattern(
                    row.hours_per_week, all_text([row.title, row.summary, row.description])
                ),
                name,
            )
            for name in patterns
        )
    ]
    return Pathway.id.in_(ids)


@dataclass
class ResultPage:
    items: list[Pathway]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))

    @property
    def first_number(self) -> int:
        return 0 if self.total == 0 else (self.page - 1) * self.per_page + 1

    @property
    def last_number(self) -> int:
        return min(self.total, self.page * self.per_page)


@dataclass
class FilterOptions:
    types: list[str]
    sectors: list[str]
    levels: list[int]
    boroughs: list[tuple[str, str]]  # (code, name)
    organisations: list[tuple[str, str]]  # (slug, name)


# --- full-text search: whole words, stemmed, ranked ---------------------------------------
# SQLite: the FTS5 table `pathway_search` (porter stemming), kept current by triggers; PostgreSQL:
# English text search vectors. Both come from migration 0008_pathway_search.

# Capitals people type for a kind of work whose listings rarely use the letters ("IT" is also
# the word "it"): searched as the words the work is described with, and as the capitals in a
# title ("IT service desk apprentice").
ACRONYMS: dict[str, tuple[tuple[str, ...], ...]] = {
    "IT": (("digital",), ("technology",), ("computer",), ("software",), ("data",), ("systems",)),
    "HR": (("human", "resources"), ("recruitment",), ("workforce",)),
    "ICT": (("digital",), ("technology",), ("computer",)),
}
# The same expression as migration 0008's index (an index helps only an identical expression).
PG_DOCUMENT = (
    "to_tsvector('english'::regconfig, coalesce(pathways.title, '') || ' ' || "
    "coalesce(pathways.summary, '') || ' ' || coalesce(pathways.description, '') || ' ' || "
    "coalesce(pathways.skills::text, ''))"
)
PG_WEIGHTED = (
    "setweight(to_tsvector('english'::regconfig, coalesce(pathways.title, '')), 'A') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(pathways.summary, '') || ' ' || "
    "coalesce(pathways.skills::text, '')), 'B') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(organisations.name, '')), 'C') || "
    "setweight(to_tsvector('english'::regconfig, coalesce(pathways.description, '')), 'D')"
)
# bm25 weights of pathway_search's columns: title, summary, description, skills, organisation.
FTS5_MATCHES = (
    "SELECT rowid AS id, bm25(pathway_search, 10.0, 4.0, 1.0, 4.0, 2.0) AS rank "
    "FROM pathway_search WHERE pathway_search MATCH :match"
)


# Words too common to search for (PostgreSQL's English dictionary drops them too).
STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "do",
        "for",
        "from",
        "i",
        "in",
        "is",
        "it",
        "its",
        "me",
        "my",
        "of",
        "on",
        "or",
        "s",
        "so",
        "the",
        "to",
        "with",
        "you",
    ]
)


@dataclass(frozen=True)
class Term:
    """One keyword: any of its phrases will do; `title_word` also matches a title that has the
    word itself (the capitals "IT" in a title, never the word "it" in a description)."""

    phrases: tuple[tuple[str, ...], ...]
    title_word: str | None = None


def search_terms(q: str) -> list[Term]:
    """The keywords, every one needed: plain words stand for themselves; capitals we know
    ("IT", "HR") for the words for that work."""
    terms: list[Term] = []
    for word in re.findall(r"[A-Za-z0-9]+", q)[:10]:
        if word in ACRONYMS:
            terms.append(Term(ACRONYMS[word], word.lower()))
        elif word.lower() not in STOPWORDS:
            terms.append(Term(((word.lower(),),)))
    return terms


def _fts5_query(terms: list[Term]) -> str:
    def alternatives(term: Term) -> list[str]:
        found = ['"' + " ".join(p) + '"' for p in term.phrases]
        return found + ([f'title : "{term.title_word}"'] if term.title_word else [])

    return " AND ".join("(" + " OR ".join(alternatives(term)) + ")" for term in terms)


def _pg_tsquery(term: Term) -> str:
    return " | ".join(" <-> ".join(p) for p in term.phrases)


def _with_search(
    session: Session, query: Select[Pathway], q: str
) -> tuple[Select[Pathway], ColumnElement[Any] | None]:
    """The query narrowed to pathways whose words match every keyword (whole words, stemmed),
    and the ordering by best match (None when there are no keywords)."""
    terms = search_terms(q)
    if not terms:
        return query, None
    if session.get_bind().dialect.name == "postgresql":
        english = text("'english'::regconfig")
        document: ColumnElement[Any] = literal_column(
            f"({PG_DOCUMENT} || to_tsvector('english'::regconfig, "
            "coalesce(organisations.name, '')))"
        )
        for term in terms:
            found: ColumnElement[Any] = document.op("@@")(
                func.to_tsquery(english, _pg_tsquery(term))
            )
            if term.title_word:
                title = func.to_tsvector(text("'simple'::regconfig"), Pathway.title)
                found = or_(
                    found,
                    title.op("@@")(func.to_tsquery(text("'simple'::regconfig"), term.title_word)),
                )
            query = query.where(found)
        everything = func.to_tsquery(english, " & ".join(f"({_pg_tsquery(t)})" for t in terms))
        return query, func.ts_rank(literal_column(f"({PG_WEIGHTED})"), everything).desc()
    matches = (
        text(FTS5_MATCHES)
        .bindparams(match=_fts5_query(terms))
        .columns(id=Integer, rank=Float)
        .subquery("matches")
    )
    return query.join(matches, matches.c.id == Pathway.id), matches.c.rank.asc()


def search_pathways(
    session: Session,
    filters: Filters,
    per_page: int = PER_PAGE,
    today: dt.date | None = None,
    published_since: dt.datetime | None = None,
) -> ResultPage:
    """Open, published pathways that match every filter, a page at a time: by best match to
    the keywords (by title without keywords), or closing soonest, newest, nearest or best paid.
    `published_since`: only those published then or later (an alert's new matches)."""
    today = today or dt.date.today()
    conditions: list[ColumnElement[bool]] = [live(today)]
    if published_since is not None:
        # synced adverts are live from when they were first seen (no published_at)
        first_live = func.coalesce(Pathway.published_at, Pathway.created_at)
        conditions.append(first_live >= published_since)
    if filters.types:
        conditions.append(Pathway.type.in_(filters.types))
    if filters.sectors:
        conditions.append(Pathway.sector.in_(filters.sectors))
    if filters.levels:
        conditions.append(Pathway.level.in_(filters.levels))
    if filters.boroughs:
        conditions.append(Pathway.borough_code.in_(filters.boroughs))
    if filters.organisation:
        conditions.append(Organisation.slug == filters.organisation)
    if filters.disability_confident:
        conditions.append(Pathway.disability_confident.is_(True))
    wanted = tuple(p for p in filters.patterns if p in WORKING_PATTERNS)
    if wanted:
        conditions.append(_offering(session, wanted, today))
    base, best = _with_search(
        session, select(Pathway).join(Pathway.organisation).where(*conditions), filters.q
    )
    total = session.scalar(select(func.count()).select_from(base.subquery())) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, filters.page), pages)
    if filters.sort == "distance" and filters.near is None:
        order: list[ColumnElement[Any]] = []
    elif filters.sort in ("closing_soon", "newest", "distance", "pay"):
        order = _order(filters.sort, filters.near)
    else:
        order = []
    if best is not None:
        order.append(best)
    items = session.scalars(
        base.options(selectinload(Pathway.organisation), selectinload(Pathway.borough))
        .order_by(*order, Pathway.title, Pathway.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return ResultPage(list(items), total, page, per_page)


def filter_options(session: Session, today: dt.date | None = None) -> FilterOptions:
    """The choices worth offering: only values that some open pathway has."""
    today = today or dt.date.today()
    open_ = live(today)
    types = set(session.scalars(select(Pathway.type).where(open_).distinct()))
    sectors = set(session.scalars(select(Pathway.sector).where(open_).distinct()))
    levels = sorted(
        level
        for level in session.scalars(select(Pathway.level).where(open_).distinct())
        if level is not None
    )
    boroughs = session.execute(
        select(Borough.code, Borough.name)
        .join(Pathway, Pathway.borough_code == Borough.code)
        .where(open_)
        .distinct()
        .order_by(Borough.name)
    ).all()
    organisations = session.execute(
        select(Organisation.slug, Organisation.name)
        .join(Pathway, Pathway.organisation_id == Organisation.id)
        .where(open_)
        .distinct()
        .order_by(Organisation.name)
    ).all()
    return FilterOptions(
        types=[t for t in PATHWAY_TYPES if t in types],
        sectors=[s for s in SECTORS if s in sectors],
        levels=levels,
        boroughs=[(code, name) for code, name in boroughs],
        organisations=[(slug, name) for slug, name in organisations],
    )


def count_open(session: Session, today: dt.date | None = None) -> tuple[int, int]:
    """(open pathways, how many of them are examples)."""
    open_ = live(today)
    total = session.scalar(select(func.count()).select_from(Pathway).where(open_)) or 0
    examples = (
        session.scalar(
            select(func.count()).select_from(Pathway).where(open_, Pathway.is_example.is_(True))
        )
        or 0
    )
    return total, examples


# --- one pathway, one organisation ---------------------------------------------------------


def public_pathway(session: Session, ref: str) -> Pathway | None:
    """A published (or closed) pathway by its ref; None for drafts, reviews and archives."""
    return session.scalar(
        select(Pathway)
        .where(Pathway.ref == ref, Pathway.status.in_(PUBLIC_STATUSES))
        .options(selectinload(Pathway.organisation), selectinload(Pathway.borough))
    )


def public_pathways_by_refs(session: Session, refs: Sequence[str]) -> dict[str, Pathway]:
    """Published pathways for these refs (for results pages), keyed by ref."""
    if not refs:
        return {}
    rows = session.scalars(
        select(Pathway)
        .where(Pathway.ref.in_(list(refs)), Pathway.status.in_(PUBLIC_STATUSES))
        .options(selectinload(Pathway.organisation))
    )
    return {pathway.ref: pathway for pathway in rows}


@dataclass
class OrganisationPage:
    organisation: Organisation
    pathways: list[Pathway]


def public_organisation(
    session: Session, slug: str, today: dt.date | None = None
) -> OrganisationPage | None:
    organisation = session.scalar(
        select(Organisation)
        .where(Organisation.slug == slug)
        .options(selectinload(Organisation.sites), selectinload(Organisation.borough))
    )
    if organisation is None:
        return None
    pathways = session.scalars(
        select(Pathway)
        .where(Pathway.organisation_id == organisation.id, live(today))
        .order_by(Pathway.title, Pathway.id)
    ).all()
    return OrganisationPage(organisation, list(pathways))


def next_steps(pathway: Pathway) -> list[Pathway]:
    """What this leads to: the published next steps, in the employer's order."""
    return [step for step in pathway.next_steps if is_public(step)]


# --- the public API's list and lookup ----------------------------------------------------------

HOURS_A_YEAR = 1950  # 37.5 hours a week, to put hourly and yearly pay on one scale


@dataclass(frozen=True)
class PathwayFilters:
    """What a caller asked for. Empty means no filter."""

    types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    level: int | None = None
    borough: str | None = None  # ONS code (E09000028) or name (Southwark)
    organisation: str | None = None  # slug
    q: str | None = None  # every word must match, whole words (the same search as /pathways)
    disability_confident: bool | None = None
    updated_since: dt.datetime | None = None  # changed at or after (UTC)


@dataclass
class PathwayPage:
    pathways: list[Pathway]
    total: int
    page: int
    per_page: int

    @property
    def pages(self) -> int:
        return max(1, math.ceil(self.total / self.per_page))


def _live_with_organisation(today: dt.date | None) -> Select[Pathway]:
    return select(Pathway).join(Pathway.organisation).where(live(today))


def _filtered(query: Select[Pathway], filters: PathwayFilters) -> Select[Pathway]:
    if filters.types:
        query = query.where(Pathway.type.in_(filters.types))
    if filters.sectors:
        query = query.where(Pathway.sector.in_(filters.sectors))
    if filters.level is not None:
        query = query.where(Pathway.level == filters.level)
    if filters.borough:
        borough = filters.borough.strip()
        codes = select(Borough.code).where(
            or_(Borough.code == borough.upper(), func.lower(Borough.name) == borough.lower())
        )
        query = query.where(Pathway.borough_code.in_(codes))
    if filters.organisation:
        query = query.where(Organisation.slug == filters.organisation.strip().lower())
    if filters.disability_confident is not None:
        query = query.where(Pathway.disability_confident.is_(filters.disability_confident))
    if filters.updated_since is not None:
        query = query.where(Pathway.updated_at >= filters.updated_since)
    return query


def list_published(
    session: Session,
    filters: PathwayFilters,
    page: int = 1,
    per_page: int = PER_PAGE,
    today: dt.date | None = None,
    sort: str = "title",
    near: tuple[float, float] | None = None,
) -> PathwayPage:
    """One page of open, published pathways matching the filters, in this order (then by title
    and ref): title; closing_soon (soonest first, no closing date last); newest (published);
    distance (from `near`, latitude and longitude; no place last); pay (best yearly equal
    first, no pay last)."""
    query, _best = _with_search(
        session, _filtered(_live_with_organisation(today), filters), filters.q or ""
    )
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.options(selectinload(Pathway.organisation), selectinload(Pathway.next_steps))
        .order_by(*_order(sort, near), Pathway.title, Pathway.ref)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    return PathwayPage(pathways=list(rows), total=total, page=page, per_page=per_page)


def _order(sort: str, near: tuple[float, float] | None) -> list[ColumnElement[Any]]:
    if sort == "closing_soon":
        return [Pathway.closing_date.is_(None), Pathway.closing_date.asc()]
    if sort == "newest":
        return [Pathway.published_at.is_(None), Pathway.published_at.desc()]
    if sort == "pay":
        yearly = case(
            (Pathway.pay_period == "hour", Pathway.pay_max * HOURS_A_YEAR),
            (Pathway.pay_period == "year", Pathway.pay_max),
            else_=None,
        )
        return [yearly.is_(None), yearly.desc()]
    if sort == "distance":
        if near is None:
            raise ValueError("sorting by distance needs a place")
        latitude, longitude = near
        # Equirectangular distance: the same order as great-circle distance within London.
        squared = (Pathway.latitude - latitude) * (Pathway.latitude - latitude) + (
            (Pathway.longitude - longitude) * math.cos(math.radians(latitude))
        ) * ((Pathway.longitude - longitude) * math.cos(math.radians(latitude)))
        return [Pathway.latitude.is_(None), squared]
    return []


def get_published(session: Session, ref: str) -> Pathway | None:
    """A published pathway by its reference (closed ones too: a shared link still works)."""
    return session.scalar(
        select(Pathway)
        .where(Pathway.ref == ref, Pathway.status == "published")
        .options(selectinload(Pathway.organisation), selectinload(Pathway.next_steps))
    )
