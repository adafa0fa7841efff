"""Plain data passed into and out of the matching engine: the match contract in Python (Profile in,
MatchResponse out), the person's resolved Query and Location, and each searchable PathwayRecord."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Profile:
    """A person's answers: the body of POST /api/v1/match."""

    about: str = ""
    skills: tuple[str, ...] = ()
    interests: tuple[str, ...] = ()
    qualification_level: int | None = None
    gcse_english_maths: bool | None = None
    age: int | None = None
    postcode: str | None = None
    max_distance_km: float | None = None
    types: tuple[str, ...] = ()
    circumstances: tuple[str, ...] = ()
    paid_only: bool = False
    limit: int = 10


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
    hours_per_week: float | None = None
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
class Location:
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
    place: Location | None = None
    today: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class RouteStep:
    ref: str
    title: str


@dataclass
class MatchResult:
    ref: str
    title: str
    organisation: str
    type: str
    level: int | None
    score: float
    # True: they meet every entry requirement we know of; False: a barrier (see barriers);
    # None: it needs something they have not told us (see unknowns)
    eligible_now: bool | None
    distance_km: float | None
    reasons: list[str]
    route: list[RouteStep]
    also_at: int = 0  # near-duplicates grouped under this one ("also at 4 other places")
    also_at_refs: list[str] = field(default_factory=list)  # those, nearest first
    barriers: list[str] = field(default_factory=list)  # why not yet, e.g. "gcse_english_maths"
    unknowns: list[str] = field(default_factory=list)  # what we would need to know, e.g. "age"
    hours_per_week: float | None = None


@dataclass
class LaterResult:
    """A pathway they match well but are too young for: when it opens, and what they can do
    now that leads there."""

    ref: str
    title: str
    organisation: str
    type: str
    opens_at_age: int
    score: float
    now: list[RouteStep] = field(default_factory=list)


@dataclass
class MatchResponse:
    results: list[MatchResult]
    later: list[LaterResult] = field(default_factory=list)
    # what we read from their words: {"not_wanted": ["blood"], "working_pattern": ["part-time"]}
    understood: dict[str, list[str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        return len(self.results)
