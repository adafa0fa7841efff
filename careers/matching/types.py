"""Plain data passed into and out of the matching engine (the match contract in Python)."""

from __future__ import annotations

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
    eligible_now: bool
    distance_km: float | None
    reasons: list[str]
    route: list[RouteStep]
    url: str
    also_at: int = 0  # near-duplicates grouped under this one ("also at 4 other sites")
    barriers: list[str] = field(default_factory=list)  # why not yet, e.g. "gcse_english_maths"


@dataclass
class MatchResponse:
    results: list[MatchResult]

    @property
    def count(self) -> int:
        return len(self.results)
