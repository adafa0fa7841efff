"""NHS Jobs search XML answers: a root holding totalPages, totalResults and one vacancyDetails
per advert (id, reference, title, employer, description, salary, locations/location, type,
postDate, closeDate, url)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape


def vacancy(id: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": id,
        "reference": f"282-{id}",
        "title": "Healthcare assistant",
        "employer": "King's College Hospital NHS Foundation Trust",
        "description": "<p>Support nurses to care for patients on our wards.</p>",
        "salary": "£24,465 to £25,674 a year",
        "locations": ["King's College Hospital, Denmark Hill, London, SE5 9RS"],
        "type": "Permanent",
        "postDate": "2026-11-25",
        "closeDate": "2026-12-28",
        "url": f"https://www.jobs.nhs.uk/candidate/jobadvert/{id}",
    }
    base.update(fields)
    return base


def page(vacancies: list[dict[str, Any]], total_pages: int) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<nhsJobsSearchResponse>"]
    parts.append(f"<totalPages>{total_pages}</totalPages>")
    parts.append(f"<totalResults>{len(vacancies) * total_pages}</totalResults>")
    for item in vacancies:
        parts.append("<vacancyDetails>")
        for name, value in item.items():
            if name == "locations":
                locations = "".join(f"<location>{escape(v)}</location>" for v in value)
                parts.append(f"<locations>{locations}</locations>")
            elif value is not None:
                parts.append(f"<{name}>{escape(str(value))}</{name}>")
        parts.append("</vacancyDetails>")
    parts.append("</nhsJobsSearchResponse>")
    return "\n".join(parts).encode()


def catalogue() -> list[list[dict[str, Any]]]:
    return [
        [
            vacancy("A100-1"),
            vacancy(
                "A100-2",
                title="Apprentice pharmacy technician",
                type="Apprenticeship",
                salary="£8.00 an hour",
                employer="Guy's and St Thomas' NHS Foundation Trust",
                locations=[
                    "St Thomas' Hospital, London, SE1 7EH",
                    "Guy's Hospital, London, SE1 9RT",
                ],
            ),
            vacancy(
                "A100-3", title="Consultant cardiologist", salary="£109,725 to £145,478 a year"
            ),
        ],
        [
            vacancy(
                "A100-4",
                title="Ward clerk",
                employer="Manchester University NHS Foundation Trust",
                locations=["Oxford Road, Manchester, M13 9WL"],
            ),
            vacancy(
                "A100-5", title="Porter", salary="£12.71 an hour", locations=["Tooting, SW17 0QT"]
            ),
            vacancy("A100-6", title="Domestic assistant", closeDate="soon"),
        ],
    ]


def pages_of(vacancy_pages: list[list[dict[str, Any]]]) -> dict[int, bytes]:
    return {
        number: page(vacancies, len(vacancy_pages))
        for number, vacancies in enumerate(vacancy_pages, start=1)
    }


KEPT = {"NHSJOBS-A100-1", "NHSJOBS-A100-2", "NHSJOBS-A100-5"}
