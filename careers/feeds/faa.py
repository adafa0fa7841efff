"""Find an apprenticeship (FAA), Display Advert API v2.

`GET {CAREERS_FAA_API_URL}/vacancy?PageNumber=N&PageSize=100` with the headers
`Ocp-Apim-Subscription-Key` and `X-Version: 2`, every page up to `totalPages`. The answer is
GetVacanciesListResponseV2 (SkillsFundingAgency/das-apim-endpoints, src/Vacancies/
SFA.DAS.Vacancies.Api/Models): `{"vacancies": [...], "total", "totalFiltered", "totalPages"}`,
JSON in camelCase, enums as their names. Each vacancy is mapped to an interchange record by
`map_vacancy`; `map_response` maps a whole page (or a saved response file).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

from careers.config import Config
from careers.feeds.common import (
    Bad,
    Candidate,
    Context,
    Mapped,
    RecordError,
    Site,
    clean_text,
    safe_ref,
)
from careers.feeds.http import FeedClient, FeedError, with_params

log = logging.getLogger("careers.feeds")

SOURCE = "faa"
PAGE_SIZE = 100
WAGE_TYPES = {2: "ApprenticeshipMinimum", 3: "NationalMinimum", 4: "Custom", 6: "CompetitiveSalary"}
WAGE_UNITS = {1: "Unspecified", 2: "Weekly", 3: "Monthly", 4: "Annually"}


def headers(config: Config) -> dict[str, str]:
    return {
        "Ocp-Apim-Subscription-Key": config.FAA_API_KEY or "",
        "X-Version": "2",
        "Accept": "application/json",
    }


def fetch_pages(
    client: FeedClient, config: Config, max_pages: int | None = None
) -> Iterator[tuple[int, int, dict[str, Any]]]:
    """(page number, total pages, page) for every page. Raises FeedError when a page cannot be
    fetched or is not an FAA v2 answer."""
    if not config.FAA_API_KEY:
        raise FeedError("CAREERS_FAA_API_KEY is not set: ask FAA for a Display Advert API key")
    number, total = 1, 1
    while number <= total and (max_pages is None or number <= max_pages):
        started = time.monotonic()
        url = with_params(
            f"{config.FAA_API_URL}/vacancy", {"PageNumber": number, "PageSize": PAGE_SIZE}
        )
        body = client.get(url, headers(config))
        page = parse_response(body)
        total = int(page.get("totalPages") or 0)
        log.info(
            "faa: page %d of %d: %d vacancies in %.1f s",
            number,
            total,
            len(page["vacancies"]),
            time.monotonic() - started,
        )
        yield number, total, page
        number += 1


def parse_response(body: bytes | str) -> dict[str, Any]:
    try:
        page = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FeedError(
            f"Find an apprenticeship answered with something that is not JSON ({exc})"
        ) from exc
    if not is_response(page):
        raise FeedError("Find an apprenticeship's answer has no list of vacancies")
    return dict(page)


def is_response(data: Any) -> bool:
    """Whether this is an FAA v2 list answer (a saved one given to `careers import`)."""
    return isinstance(data, dict) and isinstance(data.get("vacancies"), list)


def map_response(context: Context, page: dict[str, Any]) -> Mapped:
    mapped = Mapped()
    for vacancy in page["vacancies"]:
        reference = _reference(vacancy)
        if reference is None:
            mapped.bad.append(Bad(None, "vacancyReference is missing"))
            continue
        try:
            candidate = map_vacancy(context, vacancy)
        except RecordError as exc:
            mapped.bad.append(Bad(f"FAA {reference}", str(exc), safe_ref("FAA", reference)))
            continue
        if candidate is None:
            mapped.not_kept.append(safe_ref("FAA", reference))
        else:
            mapped.kept.append(candidate)
    return mapped


def _reference(vacancy: Any) -> str | None:
    if not isinstance(vacancy, dict):
        return None
    value = vacancy.get("vacancyReference")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().removeprefix("VAC")


def map_vacancy(context: Context, vacancy: dict[str, Any]) -> Candidate | None:
    """The vacancy as a Candidate, or None when it is not kept (no site in the area, or neither
    a health and care route nor an anchor employer). RecordError when it cannot be mapped."""
    reference = _reference(vacancy)
    if reference is None:
        raise RecordError("vacancyReference", "is missing")
    title = _text(vacancy, "title", required=True) or ""
    employer = _text(vacancy, "employerName", required=True) or ""
    course = vacancy.get("course") or {}
    if not isinstance(course, dict):
        raise RecordError("course", "must be an object")
    route = course.get("route") if isinstance(course.get("route"), str) else None

    addresses = [] if vacancy.get("isNationalVacancy") else _addresses(vacancy)
    sites = [site for site in addresses if context.in_area(site.postcode)]
    health_and_care = (route or "").lower() in context.routes or context.is_anchor(employer, title)
    if not sites or not health_and_care:
        return None

    organisation, organisation_type = context.organisation(employer)
    hours = _number(vacancy, "hoursPerWeek")
    posted = _date(vacancy, "postedDate")
    pay, pay_note = _pay(context, vacancy.get("wage"), hours, posted or dt.date.today())
    level = course.get("level") if isinstance(course.get("level"), int) else None
    lars = course.get("larsCode") if isinstance(course.get("larsCode"), int) else None
    course_title = str(course["title"]) if isinstance(course.get("title"), str) else ""

    wage: dict[str, Any] = vacancy["wage"] if isinstance(vacancy.get("wage"), dict) else {}
    provider = vacancy.get("providerName")
    extras = [
        f"Training: {course_title}" + (f" with {provider}." if isinstance(provider, str) else ".")
        if course_title
        else "",
        _sentence("Working week", wage.get("workingWeekDescription")),
        _sentence("How long", vacancy.get("expectedDuration")),
        _sentence("About the pay", wage.get("wageAdditionalInformation")),
        pay_note,
    ]
    description = "\n\n".join(
        part for part in [clean_text(vacancy.get("description")), *extras] if part.strip()
    )
    apply_url = _text(vacancy, "applicationUrl") or _text(vacancy, "vacancyUrl")
    record: dict[str, Any] = {
        "ref": safe_ref("FAA", reference),
        "organisation": organisation,
        "organisation_type": organisation_type,
        "type": "apprenticeship",
        "title": title,
        "summary": clean_text(vacancy.get("description"))[:300] or None,
        "description": description,
        "skills": [],
        "interests": [],
        "level": level if level is not None and 0 <= level <= 8 else None,
        "standard_code": context.standard_code(course_title, level),
        "entry": {"min_age": 16},
        "postcode": sites[0].postcode,
        "remote": False,
        "hours_per_week": hours if hours and 0 < hours <= 60 else None,
        "pay": pay,
        "closing_date": _iso(_date(vacancy, "closingDate")),
        "start_date": _iso(_date(vacancy, "startDate")),
        "apply_url": apply_url,
        "next_steps": [],
    }
    return Candidate(
        source=SOURCE,
        source_ref=reference,
        source_url=_text(vacancy, "vacancyUrl"),
        record=record,
        sites=sites,
        disability_confident=vacancy.get("isDisabilityConfident") is True,
        lars_code=lars,
    )


def _sentence(label: str, value: Any) -> str:
    text = clean_text(value)
    return f"{label}: {text.rstrip('.')}." if text else ""


def _text(data: dict[str, Any], name: str, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RecordError(name, "is missing")
        return None
    if not isinstance(value, str):
        raise RecordError(name, "must be text")
    return value.strip()


def _number(data: dict[str, Any], name: str) -> float | None:
    value = data.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RecordError(name, f"{value!r} is not a number")
    return float(value)


def _date(data: dict[str, Any], name: str) -> dt.date | None:
    value = data.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise RecordError(name, f"{value!r} is not a date")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _addresses(vacancy: dict[str, Any]) -> list[Site]:
    found: list[Site] = []
    raw = [vacancy.get("address"), *(vacancy.get("otherAddresses") or [])]
    for address in raw:
        if not isinstance(address, dict) or not isinstance(address.get("postcode"), str):
            continue
        lines = [address.get(f"addressLine{n}") for n in range(1, 5)]
        name = ", ".join(line.strip() for line in lines if isinstance(line, str) and line.strip())
        postcode = address["postcode"].strip().upper()
        if postcode and all(site.postcode != postcode for site in found):
            found.append(Site(name=name or postcode, postcode=postcode))
    return found


def _enum(value: Any, names: dict[int, str]) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return names.get(value)
    return value if isinstance(value, str) and value in names.values() else None


def _pay(
    context: Context, wage: Any, hours: float | None, posted: dt.date
) -> tuple[dict[str, Any] | None, str]:
    """The interchange pay, and a sentence for the description when there is no figure."""
    if wage is None:
        return None, ""
    if not isinstance(wage, dict):
        raise RecordError("wage", "must be an object")
    kind = _enum(wage.get("wageType"), WAGE_TYPES)
    rates = context.rates_on(posted)
    if kind == "ApprenticeshipMinimum":
        return {"min": rates.apprentice, "max": rates.apprentice, "period": "hour"}, (
            "Pay: the National Minimum Wage for apprentices."
        )
    if kind == "NationalMinimum":
        return {"min": rates.age_16_17, "max": rates.age_21_plus, "period": "hour"}, (
            "Pay: the National Minimum Wage for your age."
        )
    if kind == "CompetitiveSalary":
        return None, "Pay: a competitive salary (the employer has not said how much)."
    if kind != "Custom":
        raise RecordError("wage.wageType", f"{wage.get('wageType')!r} is not an FAA wage type")
    unit = _enum(wage.get("wageUnit"), WAGE_UNITS) or "Unspecified"
    low = wage.get("wageAmountLowerBound")
    high = wage.get("wageAmountUpperBound")
    amount = wage.get("wageAmount")
    values = [v for v in (low, high, amount) if v is not None]
    if not values or any(isinstance(v, bool) or not isinstance(v, int | float) for v in values):
        raise RecordError("wage.wageAmount", "a Custom wage needs an amount or its bounds")
    low = low if low is not None else amount
    high = high if high is not None else (amount if amount is not None else low)
    assert low is not None and high is not None
    if unit == "Weekly":
        if hours:
            return _rounded(low / hours, high / hours, "hour"), ""
        return _rounded(low * 52, high * 52, "year"), ""
    if unit == "Monthly":
        return _rounded(low * 12, high * 12, "year"), ""
    if unit == "Annually":
        return _rounded(low, high, "year"), ""
    return _rounded(low, high, "hour" if high <= 250 else "year"), ""


def _rounded(low: float, high: float, period: str) -> dict[str, Any]:
    places = 2 if period == "hour" else 0
    low, high = round(float(low), places), round(float(high), places)
    return {"min": min(low, high), "max": max(low, high), "period": period}
