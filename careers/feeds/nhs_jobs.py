"""NHS Jobs, the search XML API (`https://www.jobs.nhs.uk/api/v1/search_xml`).

Each page is XML: a root element holding `totalPages`, `totalResults` and one `vacancyDetails`
per advert, with `id`, `reference`, `title`, `employer`, `description`, `salary`,
`locations/location`, `type`, `postDate`, `closeDate` and `url`. Pages are asked for with
`page=N` (and `limit`, `location`, `distance`, `sort`, unless CAREERS_NHS_JOBS_URL sets them).

What is kept: a location with a postcode in the area (London by default), at entry level (an
apprenticeship or trainee post, or pay up to NHS_JOBS_MAX_PAY a year or its hourly equal).
Every NHS Jobs employer counts as health and care.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import time
from collections.abc import Iterator
from typing import Any
from xml.etree import ElementTree

from careers.config import Config
from careers.feeds.common import (
    Bad,
    Candidate,
    Context,
    Mapped,
    RecordError,
    Site,
    clean_text,
    postcodes_in,
    safe_ref,
)
from careers.feeds.http import FeedClient, FeedError, with_params

log = logging.getLogger("careers.feeds")

SOURCE = "nhs_jobs"
DEFAULT_QUERY = {
    "location": "London",
    "distance": "20",
    "limit": "100",
    "sort": "publicationDateDesc",
}
NHS_JOBS_MAX_PAY = 32_000  # a year: Agenda for Change bands 2 to 4 and apprenticeships
_HOURS_A_YEAR = 37.5 * 52.143
_AMOUNT = re.compile(r"£\s*([0-9][0-9,]*(?:\.[0-9]+)?)")
_ENTRY_WORDS = re.compile(r"\b(apprentice\w*|trainee|cadet|entry level|band [1-4])\b", re.I)


def fetch_pages(
    client: FeedClient, config: Config, max_pages: int | None = None
) -> Iterator[tuple[int, int, list[dict[str, Any]]]]:
    number, total = 1, 1
    base = with_params(config.NHS_JOBS_URL, {})
    own = set(re.findall(r"([A-Za-z]+)=", base.split("?", 1)[1] if "?" in base else ""))
    defaults = {key: value for key, value in DEFAULT_QUERY.items() if key not in own}
    while number <= total and (max_pages is None or number <= max_pages):
        started = time.monotonic()
        body = client.get(
            with_params(base, {**defaults, "page": number}), {"Accept": "application/xml"}
        )
        total, vacancies = parse_response(body)
        log.info(
            "nhs-jobs: page %d of %d: %d vacancies in %.1f s",
            number,
            total,
            len(vacancies),
            time.monotonic() - started,
        )
        yield number, total, vacancies
        number += 1


def parse_response(body: bytes | str) -> tuple[int, list[dict[str, Any]]]:
    """(total pages, vacancies as dicts of their child elements' text; `locations` a list)."""
    try:
        root = ElementTree.fromstring(body)  # noqa: S314 - entities are not expanded by expat
    except ElementTree.ParseError as exc:
        raise FeedError(f"NHS Jobs answered with something that is not XML ({exc})") from exc
    details = root.findall(".//vacancyDetails")
    total_text = (root.findtext("totalPages") or "").strip()
    if not details and not total_text:
        raise FeedError("NHS Jobs' answer has no vacancyDetails and no totalPages")
    total = int(total_text) if total_text.isdigit() else 1
    vacancies = []
    for element in details:
        vacancy: dict[str, Any] = {
            child.tag: (child.text or "").strip() for child in element if child.tag != "locations"
        }
        vacancy["locations"] = [
            (location.text or "").strip()
            for location in element.findall("./locations/location")
            if (location.text or "").strip()
        ]
        vacancies.append(vacancy)
    return total, vacancies


def is_response(body: bytes) -> bool:
    try:
        parse_response(body)
    except FeedError:
        return False
    return True


def map_response(context: Context, vacancies: list[dict[str, Any]]) -> Mapped:
    mapped = Mapped()
    for vacancy in vacancies:
        source_ref = vacancy.get("id") or None
        if not source_ref:
            mapped.bad.append(Bad(None, "id is missing"))
            continue
        try:
            candidate = map_vacancy(context, vacancy)
        except RecordError as exc:
            bad = Bad(f"NHS Jobs {source_ref}", str(exc), safe_ref("NHSJOBS", source_ref))
            mapped.bad.append(bad)
            continue
        if candidate is None:
            mapped.not_kept.append(safe_ref("NHSJOBS", source_ref))
        else:
            mapped.kept.append(candidate)
    return mapped


def map_vacancy(context: Context, vacancy: dict[str, Any]) -> Candidate | None:
    source_ref = vacancy.get("id") or ""
    if not source_ref:
        raise RecordError("id", "is missing")
    title = vacancy.get("title") or ""
    employer = vacancy.get("employer") or ""
    if not title:
        raise RecordError("title", "is missing")
    if not employer:
        raise RecordError("employer", "is missing")
    sites: list[Site] = []
    for location in vacancy.get("locations") or []:
        for postcode in postcodes_in(location):
            if context.in_area(postcode) and all(site.postcode != postcode for site in sites):
                name = location.replace(postcode, "").strip(" ,") or postcode
                sites.append(Site(name=name, postcode=postcode))
    salary = vacancy.get("salary") or ""
    pay = _pay(salary)
    kind = vacancy.get("type") or ""
    apprenticeship = "apprentic" in f"{title} {kind}".lower()
    if not sites or not _entry_level(title, kind, pay):
        return None
    organisation, organisation_type = context.organisation(employer)
    description = clean_text(vacancy.get("description")) or f"{title} at {employer}."
    extras = [f"Contract: {kind}." if kind else "", f"Salary: {salary}." if salary else ""]
    record: dict[str, Any] = {
        "ref": safe_ref("NHSJOBS", source_ref),
        "organisation": organisation,
        "organisation_type": organisation_type,
        "type": "apprenticeship" if apprenticeship else "job",
        "title": title,
        "summary": salary or None,
        "description": "\n\n".join(part for part in [description, *extras] if part),
        "skills": [],
        "interests": [],
        "entry": {"min_age": 16} if apprenticeship else {},
        "postcode": sites[0].postcode,
        "remote": False,
        "pay": pay,
        "closing_date": _date(vacancy, "closeDate"),
        "apply_url": vacancy.get("url") or None,
        "next_steps": [],
    }
    return Candidate(
        source=SOURCE,
        source_ref=source_ref,
        source_url=vacancy.get("url") or None,
        record=record,
        sites=sites,
    )


def _entry_level(title: str, kind: str, pay: dict[str, Any] | None) -> bool:
    if _ENTRY_WORDS.search(f"{title} {kind}"):
        return True
    if pay is None:
        return False
    yearly = pay["min"] * (_HOURS_A_YEAR if pay["period"] == "hour" else 1)
    return bool(yearly <= NHS_JOBS_MAX_PAY)


def _pay(salary: str) -> dict[str, Any] | None:
    """'£24,465 to £25,674 a year' -> {min, max, period}; None when no amount is given."""
    amounts = [float(a.replace(",", "")) for a in _AMOUNT.findall(salary)]
    amounts = [a for a in amounts if a > 0]
    if not amounts:
        return None
    low, high = min(amounts[:2]), max(amounts[:2])
    lowered = salary.lower()
    hourly = "hour" in lowered or (high <= 250 and "year" not in lowered and "annum" not in lowered)
    if hourly and high > 250:
        raise RecordError("salary", f"{salary!r} reads as hourly pay over £250")
    if not hourly and low < 1000:
        raise RecordError("salary", f"{salary!r} reads as yearly pay under £1,000")
    places = 2 if hourly else 0
    return {
        "min": round(low, places),
        "max": round(high, places),
        "period": "hour" if hourly else "year",
    }


def _date(vacancy: dict[str, Any], name: str) -> str | None:
    value = (vacancy.get(name) or "").strip()
    if not value:
        return None
    for parse in (
        lambda v: dt.date.fromisoformat(v[:10]),
        lambda v: dt.datetime.strptime(v, "%d/%m/%Y").date(),
        lambda v: dt.datetime.strptime(v, "%d %B %Y").date(),
    ):
        try:
            return parse(value).isoformat()
        except ValueError:
            continue
    raise RecordError(name, f"{value!r} is not a date")
