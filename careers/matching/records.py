"""What the engine knows about each searchable pathway, and about the person searching."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from careers.matching.types import Profile


@dataclass
class PathwayRecord:
    """A published pathway, flattened from the database into plain data."""

    id: int
    ref: str
    title: str
    organisation: str
    type: str
    description: str = ""
    summary: str | None = None
    skills: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    sector: str | None = None
    level: int | None = None
    min_qualification_level: int | None = None
    gcse_english_maths: bool | None = None
    min_age: int | None = None
    postcode: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    remote: bool = False
    precise_location: bool = False  # latitude/longitude of the site itself, not its district
    pay_min: float | None = None
    pay_max: float | None = None
    pay_period: str | None = None
    closing_date: dt.date | None = None
    supports: tuple[str, ...] = ()
    next_step_ids: tuple[int, ...] = ()

    @property
    def has_location(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class Place:
    """Where the person is: the centre of their postcode district (precise: their own
    postcode's coordinates, which we do not hold yet)."""

    outcode: str
    latitude: float
    longitude: float
    precise: bool = False


@dataclass
class Query:
    """A profile with what the service resolved for it: place and today's date."""

    profile: Profile
    place: Place | None = None
    today: dt.date = field(default_factory=dt.date.today)
