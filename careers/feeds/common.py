"""What the feeds share: the mapped advert (Candidate), the reference data a mapper needs to
decide what is kept (Context: the area's postcode districts, anchor employers, standards, legal
wage rates), and names made comparable."""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.models import ApprenticeshipStandard, Borough, Organisation, PostcodeDistrict
from careers.services import geo
from careers.services.seed import SEED_DIR, load_reference_data

SOURCES = ("faa", "nhs_jobs")
SOURCE_NAMES = {"faa": "Find an apprenticeship", "nhs_jobs": "NHS Jobs"}
REF_PREFIXES = {"faa": "FAA", "nhs_jobs": "NHSJOBS"}
# Employers whose adverts are kept whatever their route: London health and care anchors.
ANCHOR_TYPES = ("nhs_trust", "icb", "primary_care", "social_care", "ambulance")
_POSTCODE = re.compile(r"\b([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})\b")
_CARE_WORDS = re.compile(r"\b(care|carer|support worker|social work|health|nurs\w*|reablement)\b")


class RecordError(ValueError):
    """One advert cannot be mapped; it is skipped and reported with its reference."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(f"{field}: {message}")


@dataclass
class Site:
    name: str
    postcode: str


@dataclass
class Candidate:
    """One advert mapped to an interchange record, with what the feed adds."""

    source: str
    source_ref: str
    source_url: str | None
    record: dict[str, Any]
    sites: list[Site] = field(default_factory=list)  # the kept sites, main first
    disability_confident: bool = False
    lars_code: int | None = None

    @property
    def ref(self) -> str:
        return str(self.record["ref"])


@dataclass
class Bad:
    """An advert that could not be mapped. `source_ref` is None when even that was unreadable."""

    source_ref: str | None
    message: str
    ref: str | None = None  # the pathway ref it would have had

    def __str__(self) -> str:
        return f"{self.source_ref or 'a record with no reference'}: {self.message}"


@dataclass
class Mapped:
    """What a page (or a saved response) gave: kept candidates, adverts not kept (outside the
    area or not health and care: their references), and bad records."""

    kept: list[Candidate] = field(default_factory=list)
    not_kept: list[str] = field(default_factory=list)
    bad: list[Bad] = field(default_factory=list)

    def extend(self, other: Mapped) -> None:
        self.kept.extend(other.kept)
        self.not_kept.extend(other.not_kept)
        self.bad.extend(other.bad)


@dataclass(frozen=True)
class WageRates:
    since: dt.date
    apprentice: float
    age_16_17: float
    age_18_20: float
    age_21_plus: float


def parse_wage_rates(text: str) -> list[WageRates]:
    """'2026-04-01:8.00:8.00:10.85:12.71;...' -> the rates, newest first."""
    rates = []
    for part in text.split(";"):
        if not part.strip():
            continue
        since, *amounts = part.strip().split(":")
        if len(amounts) != 4:
            raise ValueError(f"CAREERS_WAGE_RATES: {part!r} needs a date and four rates")
        values = [float(amount) for amount in amounts]
        rates.append(WageRates(dt.date.fromisoformat(since), *values))
    return sorted(rates, key=lambda r: r.since, reverse=True)


def normalise_name(name: str) -> str:
    """A name made comparable: "The Whittington Health NHS Trust" == "whittington health nhs
    trust"; "&" is "and"; punctuation and spacing do not count."""
    text = name.lower().replace("&", " and ").replace("'", "").replace("’", "")
    text = re.sub(r"[^a-z0-9]+", " ", text)
    words = [word for word in text.split() if word not in {"the", "ltd", "limited", "plc"}]
    return " ".join(words)


def organisation_type(name: str) -> str:
    """A best guess at a new employer's type from its name."""
    lowered = f" {name.lower()} "
    rules = (
        ("ambulance", "ambulance"),
        ("integrated care board", "icb"),
        (" icb ", "icb"),
        (" nhs ", "nhs_trust"),
        ("council", "council"),
        ("borough of", "council"),
        ("university", "university"),
        ("college", "college"),
        ("surgery", "primary_care"),
        ("medical centre", "primary_care"),
        ("practice", "primary_care"),
        ("pharmacy", "primary_care"),
        ("primary care", "primary_care"),
        ("care", "social_care"),
        ("hospice", "charity"),
    )
    for words, kind in rules:
        if words in lowered:
            return kind
    return "other"


def postcodes_in(text: str) -> list[str]:
    """The full postcodes written in a piece of text, normalised."""
    found = []
    for outward, inward in _POSTCODE.findall((text or "").upper()):
        found.append(f"{outward} {inward}")
    return found


class Context:
    """Reference data read once per sync."""

    def __init__(self, session: Session, config: Config) -> None:
        self.session = session
        self.config = config
        if session.scalar(select(PostcodeDistrict.outcode).limit(1)) is None:
            # A fresh database (`careers db upgrade` only): the area check needs the districts.
            load_reference_data(session)
        self.routes = {route.lower() for route in config.FEED_ROUTES}
        self.wage_rates = parse_wage_rates(config.WAGE_RATES)
        self.area_boroughs = self._area_boroughs(session, config.FEED_AREA)
        self.districts = {
            outcode: borough
            for outcode, borough in session.execute(
                select(PostcodeDistrict.outcode, PostcodeDistrict.borough_code).where(
                    PostcodeDistrict.in_london.is_(True)
                )
            )
        }
        self.organisations: dict[str, tuple[str, str]] = {
            normalise_name(str(org["name"])): (str(org["name"]), str(org["type"]))
            for org in _seed_organisations()
        }
        self.organisations.update(
            {
                normalise_name(name): (name, kind)
                for name, kind in session.execute(select(Organisation.name, Organisation.type))
            }
        )
        self.standards = {
            (normalise_name(title), level): code
            for code, title, level in session.execute(
                select(
                    ApprenticeshipStandard.code,
                    ApprenticeshipStandard.title,
                    ApprenticeshipStandard.level,
                )
            )
        }

    @staticmethod
    def _area_boroughs(session: Session, area: str) -> set[str] | None:
        """None for all of London; otherwise the chosen boroughs' ONS codes."""
        if area.strip().lower() in {"", "london"}:
            return None
        wanted = {part.strip().lower() for part in area.split(",") if part.strip()}
        chosen = {
            code
            for code, name in session.execute(select(Borough.code, Borough.name))
            if code.lower() in wanted or name.lower() in wanted
        }
        if not chosen:
            raise ValueError(f"CAREERS_FEED_AREA: no London borough is called {area!r}")
        return chosen

    def in_area(self, postcode: str | None) -> bool:
        if not postcode:
            return False
        try:
            outcode = geo.outcode_of(postcode)
        except geo.PostcodeError:
            return False
        if outcode not in self.districts:
            return False
        borough = self.districts[outcode]
        return self.area_boroughs is None or borough in self.area_boroughs

    def organisation(self, name: str) -> tuple[str, str]:
        """The name and type to import under: an existing organisation's, matched by its
        normalised name, or the feed's name with a guessed type."""
        known = self.organisations.get(normalise_name(name))
        if known is not None:
            return known
        return name.strip(), organisation_type(name)

    def is_anchor(self, employer: str, title: str) -> bool:
        """A London health or care anchor: an NHS organisation, a known NHS, primary care,
        ambulance or CQC-registered care organisation, or a council advertising care work."""
        known = self.organisations.get(normalise_name(employer))
        kind = known[1] if known is not None else organisation_type(employer)
        if kind in ANCHOR_TYPES or " nhs " in f" {employer.lower()} ":
            return True
        return kind == "council" and bool(_CARE_WORDS.search(title.lower()))

    def standard_code(self, course_title: str, level: int | None) -> str | None:
        """The ST code of an FAA course ("Healthcare support worker (level 2)")."""
        title = re.sub(r"\s*\(level \d\)\s*$", "", course_title or "", flags=re.IGNORECASE)
        return self.standards.get((normalise_name(title), level)) if level else None

    def rates_on(self, day: dt.date) -> WageRates:
        for rates in self.wage_rates:
            if rates.since <= day:
                return rates
        return self.wage_rates[-1]


@functools.cache
def _seed_organisations() -> list[dict[str, Any]]:
    """London's anchor organisations from seed_data/organisations.json (NHS trusts, ICBs,
    councils, primary and social care): reference data, loaded or not."""
    try:
        data = json.loads((SEED_DIR / "organisations.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [org for org in data if isinstance(org, dict) and "name" in org and "type" in org]


def clean_text(value: Any) -> str:
    """Text with HTML tags and runs of spaces removed."""
    if not isinstance(value, str):
        return ""
    text = re.sub(r"<br\s*/?>|</p>|</li>", "\n", value, flags=re.IGNORECASE)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(line for line in lines if line).strip()


def safe_ref(prefix: str, source_ref: str) -> str:
    return f"{prefix}-" + re.sub(r"[^A-Za-z0-9._-]+", "-", source_ref.strip()).strip("-")
