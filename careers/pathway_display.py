"""How a pathway is shown, wherever it is shown (pages, cards, sheets, the API's JSON-LD): level
names, entry requirements, pay in hours and years, closing states, the progression ladder and
schema.org JSON-LD. Plain functions of a Pathway; no queries (those are in
careers/services/pathways.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from careers.models import APPRENTICESHIP_TYPES, Pathway
from careers.services.pathways import is_public

CLOSING_SOON_DAYS = 14
WEEKS_PER_YEAR = 52.14
LADDER_MAX_STEPS = 8
JOB_TYPES = ("apprenticeship", "foundation_apprenticeship", "job")

LEVEL_NAMES = {
    0: "Entry level",
    1: "Level 1, like GCSEs at grades 1 to 3",
    2: "Level 2, like GCSEs at grades 4 to 9",
    3: "Level 3, like A levels or a T level",
    4: "Level 4, like a higher national certificate (HNC)",
    5: "Level 5, like a foundation degree",
    6: "Level 6, like a bachelor's degree",
    7: "Level 7, like a master's degree",
    8: "Level 8, like a doctorate (PhD)",
}
QUALIFICATION_NEEDED = {
    0: "You do not need any qualifications.",
    1: "You need a Level 1 qualification, like GCSEs at grades 1 to 3.",
    2: "You need a Level 2 qualification, like GCSEs at grade 4 or above.",
    3: "You need a Level 3 qualification, like A levels, a T level or a BTEC National.",
    4: "You need a Level 4 qualification, like a higher national certificate (HNC).",
    5: "You need a Level 5 qualification, like a foundation degree or a higher national "
    "diploma (HND).",
    6: "You need a degree (Level 6).",
    7: "You need a master's degree (Level 7).",
    8: "You need a doctorate (Level 8).",
}


def level_name(level: int | None) -> str:
    if level is None:
        return "Level not given"
    return LEVEL_NAMES.get(level, f"Level {level}")


# --- pay ---------------------------------------------------------------------------------


class HasPay(Protocol):
    pay_min: float | None
    pay_max: float | None
    pay_period: str | None
    hours_per_week: float | None


@dataclass(frozen=True)
class Pay:
    """Pay shown both ways. Hourly and yearly amounts are None when they cannot be worked out."""

    unpaid: bool = False
    stated: bool = True
    hourly_min: float | None = None
    hourly_max: float | None = None
    yearly_min: float | None = None
    yearly_max: float | None = None
    period: str | None = None  # the period the employer gave: hour or year
    hours_per_week: float | None = None

    @property
    def hourly(self) -> str:
        return _range(self.hourly_min, self.hourly_max, pence=True, unit="an hour")

    @property
    def yearly(self) -> str:
        return _range(self.yearly_min, self.yearly_max, pence=False, unit="a year")

    @property
    def text(self) -> str:
        """One line in plain English, e.g. "£13.85 an hour (about £27,081 a year)"."""
        if self.unpaid:
            return "Unpaid"
        if not self.stated:
            return "Pay not given"
        main, other = (
            (self.hourly, self.yearly) if self.period == "hour" else (self.yearly, self.hourly)
        )
        return f"{main} (about {other})" if other else main


def _money(value: float, pence: bool) -> str:
    return f"£{value:,.2f}" if pence else f"£{value:,.0f}"


def _range(low: float | None, high: float | None, pence: bool, unit: str) -> str:
    if low is None and high is None:
        return ""
    low = low if low is not None else high
    high = high if high is not None else low
    assert low is not None and high is not None
    if round(low, 2) == round(high, 2):
        return f"{_money(low, pence)} {unit}"
    return f"{_money(low, pence)} to {_money(high, pence)} {unit}"


def pay_for(item: HasPay) -> Pay:
    """Pay for anything with pay_min, pay_max, pay_period and hours_per_week."""
    period = item.pay_period
    if period == "none":
        return Pay(unpaid=True, hours_per_week=item.hours_per_week)
    low, high = item.pay_min, item.pay_max
    if period not in ("hour", "year") or (low is None and high is None):
        return Pay(stated=False, hours_per_week=item.hours_per_week)
    hours = item.hours_per_week if item.hours_per_week and item.hours_per_week > 0 else None
    factor = hours * WEEKS_PER_YEAR if hours else None

    def convert(value: float | None, to_year: bool) -> float | None:
        if value is None or factor is None:
            return None
        return value * factor if to_year else value / factor

    if period == "hour":
        return Pay(
            hourly_min=low,
            hourly_max=high,
            yearly_min=convert(low, True),
            yearly_max=convert(high, True),
            period=period,
            hours_per_week=hours,
        )
    return Pay(
        hourly_min=convert(low, False),
        hourly_max=convert(high, False),
        yearly_min=low,
        yearly_max=high,
        period=period,
        hours_per_week=hours,
    )


# --- dates and requirements ----------------------------------------------------------------


def is_closed(pathway: Pathway, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    return pathway.status == "closed" or (
        pathway.closing_date is not None and pathway.closing_date < today
    )


def is_closing_soon(pathway: Pathway, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    if is_closed(pathway, today) or pathway.closing_date is None:
        return False
    return (pathway.closing_date - today).days <= CLOSING_SOON_DAYS


NEW_DAYS = 14  # "New" for two weeks after it is first published


def is_new(pathway: Pathway, today: dt.date | None = None) -> bool:
    """Published in the last two weeks, and still open."""
    today = today or dt.date.today()
    if pathway.published_at is None or is_closed(pathway, today):
        return False
    return (today - pathway.published_at.date()).days <= NEW_DAYS


def entry_requirements(pathway: Pathway) -> list[str]:
    """What you need, in plain English, one sentence each."""
    needs = [QUALIFICATION_NEEDED.get(pathway.min_qualification_level or 0, "")]
    if pathway.gcse_english_maths:
        needs.append(
            "You need GCSE English and maths at grade 4 (C) or above, or Functional Skills "
            "Level 2 in English and maths."
        )
    elif pathway.gcse_english_maths is False and pathway.type in APPRENTICESHIP_TYPES:
        needs.append(
            "You do not need GCSE English and maths. If you do not have them, you can "
            "study for them while you train."
        )
    if pathway.min_age:
        needs.append(f"You must be {pathway.min_age} or older.")
    return [need for need in needs if need]


def closing_state(pathway: Pathway) -> str:
    """The closing state: closed, soon (within 14 days) or open."""
    if is_closed(pathway):
        return "closed"
    return "soon" if is_closing_soon(pathway) else "open"


# --- progression ladder ------------------------------------------------------------------------


@dataclass
class LadderStep:
    ref: str
    title: str
    organisation: str
    type: str
    level: int | None
    level_name: str
    pay: Pay
    current: bool = False


@dataclass
class Ladder:
    steps: list[LadderStep] = field(default_factory=list)

    @property
    def current_index(self) -> int:
        return next((i for i, step in enumerate(self.steps) if step.current), 0)

    @property
    def worth_showing(self) -> bool:
        return len(self.steps) > 1

    @property
    def summary(self) -> str:
        """The text alternative: the whole ladder in one or two sentences."""
        if not self.steps:
            return ""
        parts = [f"{s.title} ({s.level_name.split(',')[0]}, {s.pay.text.lower()})" for s in self]
        return f"This ladder has {len(self.steps)} steps: " + ", then ".join(parts) + "."

    def __iter__(self) -> Any:
        return iter(self.steps)

    def __len__(self) -> int:
        return len(self.steps)


def _ladder_step(pathway: Pathway, current: bool = False) -> LadderStep:
    return LadderStep(
        ref=pathway.ref,
        title=pathway.title,
        organisation=pathway.organisation.name,
        type=pathway.type,
        level=pathway.level,
        level_name=level_name(pathway.level),
        pay=pay_for(pathway),
        current=current,
    )


def _pick(candidates: Sequence[Pathway], seen: set[int], upward: bool) -> Pathway | None:
    usable = [p for p in candidates if p.id not in seen and is_public(p)]
    if not usable:
        return None
    if upward:  # the employer's first choice
        return usable[0]
    # downward: the most common way in, the lowest level first
    return min(usable, key=lambda p: (p.level if p.level is not None else 99, p.id))


def progression_ladder(pathway: Pathway, max_steps: int = LADDER_MAX_STEPS) -> Ladder:
    """The chain of steps that leads to this pathway and on from it, lowest first."""
    seen = {pathway.id}
    below: list[Pathway] = []
    step = pathway
    while len(below) < max_steps // 2 and (found := _pick(step.previous_steps, seen, upward=False)):
        below.insert(0, found)
        seen.add(found.id)
        step = found
    above: list[Pathway] = []
    step = pathway
    while len(below) + len(above) + 1 < max_steps and (
        found := _pick(step.next_steps, seen, upward=True)
    ):
        above.append(found)
        seen.add(found.id)
        step = found
    steps = [_ladder_step(p) for p in below]
    steps.append(_ladder_step(pathway, current=True))
    steps.extend(_ladder_step(p) for p in above)
    return Ladder(steps)


# --- schema.org JSON-LD ------------------------------------------------------------------------


def json_ld(pathway: Pathway, url: str) -> dict[str, Any]:
    """JobPosting for apprenticeships and jobs, EducationalOccupationalProgram for the rest.

    Render with Flask's `tojson` filter, which escapes <, > and & so no text can close the
    script element."""
    organisation = pathway.organisation
    provider: dict[str, Any] = {"@type": "Organization", "name": organisation.name}
    if organisation.website:
        provider["sameAs"] = organisation.website
    place: dict[str, Any] = {
        "@type": "Place",
        "address": {
            "@type": "PostalAddress",
            "addressRegion": "London",
            "addressCountry": "GB",
            **({"postalCode": pathway.postcode} if pathway.postcode else {}),
            **({"addressLocality": pathway.borough.name} if pathway.borough else {}),
        },
    }
    requirements = " ".join(entry_requirements(pathway))
    pay = pay_for(pathway)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "name" if pathway.type not in JOB_TYPES else "title": pathway.title,
        "description": pathway.description,
        "url": url,
        "identifier": {"@type": "PropertyValue", "name": organisation.name, "value": pathway.ref},
    }
    if pathway.type in JOB_TYPES:
        data["@type"] = "JobPosting"
        data["hiringOrganization"] = provider
        data["jobLocation"] = place
        data["employmentType"] = (
            "FULL_TIME" if (pathway.hours_per_week or 37.5) >= 35 else "PART_TIME"
        )
        if pathway.type in APPRENTICESHIP_TYPES:
            data["employmentType"] = [data["employmentType"], "OTHER"]
        posted = pathway.published_at or pathway.created_at
        if posted:
            data["datePosted"] = posted.date().isoformat()
        if pathway.closing_date:
            data["validThrough"] = pathway.closing_date.isoformat()
        if pathway.remote:
            data["jobLocationType"] = "TELECOMMUTE"
            data["applicantLocationRequirements"] = {"@type": "Country", "name": "GB"}
        if requirements:
            data["qualifications"] = requirements
        if pay.stated and not pay.unpaid and pay.period:
            data["baseSalary"] = {
                "@type": "MonetaryAmount",
                "currency": "GBP",
                "value": {
                    "@type": "QuantitativeValue",
                    "minValue": pathway.pay_min,
                    "maxValue": pathway.pay_max,
                    "unitText": "HOUR" if pay.period == "hour" else "YEAR",
                },
            }
        if pathway.start_date:
            data["jobStartDate"] = pathway.start_date.isoformat()
    else:
        data["@type"] = "EducationalOccupationalProgram"
        data["provider"] = provider
        data["location"] = place
        if pathway.closing_date:
            data["applicationDeadline"] = pathway.closing_date.isoformat()
        if pathway.start_date:
            data["startDate"] = pathway.start_date.isoformat()
        if requirements:
            data["programPrerequisites"] = requirements
        if pathway.level is not None:
            data["educationalCredentialAwarded"] = level_name(pathway.level)
        if pay.unpaid:
            data["offers"] = {"@type": "Offer", "price": 0, "priceCurrency": "GBP"}
    return data
