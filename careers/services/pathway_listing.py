"""Published pathways for the public API: filter, page and fetch one by its reference."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from careers.models import Borough, Organisation, Pathway

PER_PAGE_DEFAULT = 20
PER_PAGE_MAX = 100
QUERY_MAX_CHARS = 200
SORTS = ("title", "closing_soon", "newest", "distance", "pay")
HOURS_A_YEAR = 1950  # 37.5 hours a week, to put hourly and yearly pay on one scale


@dataclass(frozen=True)
class PathwayFilters:
    """What a caller asked for. Empty means no filter."""

    types: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    level: int | None = None
    borough: str | None = None  # ONS code (E09000028) or name (Southwark)
    organisation: str | None = None  # slug
    q: str | None = None  # every word must appear in the title, summary or description
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


def _published(today: dt.date) -> Select[Pathway]:
    """Published pathways that are still open (no closing date, or it is today or later)."""
    return select(Pathway).where(
        Pathway.status == "published",
        or_(Pathway.closing_date.is_(None), Pathway.closing_date >= today),
    )


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
        query = query.join(Pathway.organisation).where(
            Organisation.slug == filters.organisation.strip().lower()
        )
    if filters.disability_confident is not None:
        query = query.where(Pathway.disability_confident.is_(filters.disability_confident))
    if filters.updated_since is not None:
        query = query.where(Pathway.updated_at >= filters.updated_since)
    for word in (filters.q or "").split():
        query = query.where(
            or_(
                Pathway.title.icontains(word, autoescape=True),
                Pathway.summary.icontains(word, autoescape=True),
                Pathway.description.icontains(word, autoescape=True),
            )
        )
    return query


def list_published(
    session: Session,
    filters: PathwayFilters,
    page: int = 1,
    per_page: int = PER_PAGE_DEFAULT,
    today: dt.date | None = None,
    sort: str = "title",
    near: tuple[float, float] | None = None,
) -> PathwayPage:
    """One page of open, published pathways matching the filters, in this order (then by title
    and ref): title; closing_soon (soonest first, no closing date last); newest (published);
    distance (from `near`, latitude and longitude; no place last); pay (best yearly equal
    first, no pay last)."""
    query = _filtered(_published(today or dt.date.today()), filters)
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
