"""FAA Display Advert API v2 answers (GetVacanciesListResponseV2, camelCase, enums as names),
built from the published model (SkillsFundingAgency/das-apim-endpoints,
src/Vacancies/SFA.DAS.Vacancies.Api/Models)."""

from __future__ import annotations

import json
from typing import Any


def address(postcode: str, line1: str = "1 Hospital Road", town: str = "London") -> dict[str, Any]:
    return {
        "addressLine1": line1,
        "addressLine2": None,
        "addressLine3": town,
        "addressLine4": None,
        "postcode": postcode,
        "latitude": 51.5,
        "longitude": -0.1,
    }


def vacancy(reference: str, **fields: Any) -> dict[str, Any]:
    """One vacancy with every field of GetVacanciesListResponseItemV2; pass what a test is about."""
    base: dict[str, Any] = {
        "title": "Healthcare support worker apprentice",
        "description": "Care for patients on a busy ward while you train.",
        "numberOfPositions": 2,
        "postedDate": "2026-11-20T09:00:00",
        "closingDate": "2027-01-15T23:59:59",
        "startDate": "2027-02-01T00:00:00",
        "wage": {
            "wageAmount": 24000,
            "wageAmountLowerBound": None,
            "wageAmountUpperBound": None,
            "wageAdditionalInformation": "Paid monthly",
            "wageType": "Custom",
            "workingWeekDescription": "Monday to Friday, shifts between 7am and 8pm",
            "wageUnit": "Annually",
        },
        "hoursPerWeek": 37.5,
        "expectedDuration": "18 months",
        "address": address("SE5 9RS", "Denmark Hill"),
        "otherAddresses": [],
        "location": {"lat": 51.468, "lon": -0.094},
        "distance": None,
        "employerName": "King's College Hospital NHS Foundation Trust",
        "employerWebsiteUrl": "https://www.kch.nhs.uk",
        "employerContactName": None,
        "employerContactPhone": None,
        "employerContactEmail": None,
        "course": {
            "larsCode": 122,
            "title": "Healthcare support worker (level 2)",
            "level": 2,
            "route": "Health and science",
        },
        "apprenticeshipLevel": "Intermediate",
        "providerName": "South Thames College",
        "ukprn": 10005977,
        "isDisabilityConfident": False,
        "vacancyUrl": f"https://www.findapprenticeship.service.gov.uk/apprenticeship/VAC{reference}",
        "vacancyReference": reference,
        "isNationalVacancy": False,
        "applicationUrl": None,
    }
    base.update(fields)
    return base


def page(vacancies: list[dict[str, Any]], total_pages: int, total: int | None = None) -> bytes:
    return json.dumps(
        {
            "vacancies": vacancies,
            "total": total if total is not None else len(vacancies) * total_pages,
            "totalFiltered": total if total is not None else len(vacancies) * total_pages,
            "totalPages": total_pages,
        }
    ).encode()


def catalogue() -> list[list[dict[str, Any]]]:
    """Three pages: London health and care vacancies with each wage type, a multi-site one,
    national, outside-London and non-health ones, and one malformed record."""
    return [
        [
            vacancy(
                "1000000001",
                isDisabilityConfident=True,
                applicationUrl="https://jobs.kch.nhs.uk/apply/hcsw",
            ),
            vacancy(
                "1000000002",
                title="Adult care worker apprentice",
                description="Support older people to live well in their own homes.",
                employerName="Sunrise Home Care Ltd",
                course={
                    "larsCode": 257,
                    "title": "Adult care worker (level 2)",
                    "level": 2,
                    "route": "Care services",
                },
                address=address("E1 1BB", "12 Whitechapel Road"),
                otherAddresses=[
                    address("SW17 0QT", "Tooting office"),
                    address("M13 9WL", "Manchester office", "Manchester"),
                ],
                wage={
                    "wageType": "ApprenticeshipMinimum",
                    "wageUnit": "Unspecified",
                    "workingWeekDescription": "Four days a week, including some weekends",
                },
                hoursPerWeek=30,
            ),
            vacancy(
                "1000000003",
                title="Pharmacy services assistant apprentice",
                employerName="Manchester University NHS Foundation Trust",
                address=address("M13 9WL", "Oxford Road", "Manchester"),
            ),
        ],
        [
            vacancy(
                "1000000004",
                title="Healthcare science assistant apprentice",
                isNationalVacancy=True,
                address=None,
                otherAddresses=[],
            ),
            vacancy(
                "1000000005",
                title="Software developer apprentice",
                employerName="Acme Digital Ltd",
                course={
                    "larsCode": 2,
                    "title": "Software developer (level 4)",
                    "level": 4,
                    "route": "Digital",
                },
                address=address("E1 1BB"),
            ),
            vacancy(
                "1000000006",
                title="Business administrator apprentice",
                description="Keep a busy outpatients' department running smoothly.",
                employerName="Guy's and St Thomas' NHS Foundation Trust",
                course={
                    "larsCode": 3,
                    "title": "Business administrator (level 3)",
                    "level": 3,
                    "route": "Business and administration",
                },
                address=address("SE1 7EH", "Westminster Bridge Road"),
                wage={"wageType": "NationalMinimum", "wageUnit": "Unspecified"},
            ),
        ],
        [
            vacancy(
                "1000000007",
                title="Dental nurse apprentice",
                description="Help dentists care for patients in a busy community clinic.",
                employerName="Tooting Dental Practice",
                address=address("SW17 0QT", "Mitcham Road"),
                wage={"wageType": "CompetitiveSalary", "wageUnit": "Unspecified"},
            ),
            vacancy(
                "1000000008",
                title="Pharmacy assistant apprentice",
                description="Prepare medicines and talk to patients about them.",
                address=address("SE5 9RS"),
                wage={"wageType": "Custom", "wageUnit": "Weekly", "wageAmount": 450},
                hoursPerWeek=37.5,
            ),
            vacancy("1000000009", title="Porter apprentice", closingDate="next week"),
        ],
    ]


def pages_of(vacancy_pages: list[list[dict[str, Any]]]) -> dict[int, bytes]:
    return {
        number: page(vacancies, len(vacancy_pages))
        for number, vacancies in enumerate(vacancy_pages, start=1)
    }


KEPT = {"FAA-1000000001", "FAA-1000000002", "FAA-1000000006", "FAA-1000000007", "FAA-1000000008"}
