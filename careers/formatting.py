"""Template filters for plain-English display: money, dates, labels."""

from __future__ import annotations

import datetime as dt

from flask import Flask

LABELS: dict[str, str] = {
    # pathway types
    "apprenticeship": "Apprenticeship",
    "job": "Job",
    "entry_route": "Entry route",
    "work_experience": "Work experience",
    "volunteering": "Volunteering",
    "course": "Course",
    "supported_internship": "Supported internship",
    "foundation_apprenticeship": "Foundation apprenticeship",
    # sectors
    "nursing": "Nursing",
    "midwifery": "Midwifery",
    "allied_health": "Allied health professions",
    "mental_health": "Mental health",
    "social_care": "Social care",
    "pharmacy": "Pharmacy",
    "healthcare_science": "Healthcare science",
    "medical": "Medicine",
    "dental": "Dental",
    "ambulance": "Ambulance",
    "public_health": "Public health",
    "admin": "Admin and reception",
    "digital": "Digital and IT",
    "estates_facilities": "Estates and facilities",
    "catering": "Catering",
    "finance_hr": "Finance and HR",
    "research": "Research",
    "children_young_people": "Children and young people",
    # supports
    "care_leaver": "Care leavers",
    "young_carer": "Young carers",
    "disabled": "Disabled people",
    "send": "Special educational needs (SEND)",
    "neet": "Not in education, employment or training",
    "armed_forces": "Armed forces leavers and families",
    "refugee": "Refugees",
    "local_resident": "Local residents",
    "ex_offender": "People with convictions",
    # organisation types
    "nhs_trust": "NHS trust",
    "icb": "Integrated care board",
    "council": "Council",
    "university": "University",
    "college": "College",
    "school": "School",
    "primary_care": "GP and primary care",
    "social_care_provider": "Social care provider",
    "ambulance_service": "Ambulance service",
    "charity": "Charity",
    "other": "Other",
}


def label(value: str | None) -> str:
    if value is None:
        return ""
    return LABELS.get(value, value.replace("_", " ").capitalize())


def money(value: float | None, pence: bool = False) -> str:
    if value is None:
        return ""
    if pence:
        return f"£{value:,.2f}"
    return f"£{value:,.0f}"


def long_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return f"{value.day} {value:%B %Y}"


def rfc822(value: dt.datetime) -> str:
    """A naive UTC time as RSS dates are written (RFC 822, with a four-digit year)."""
    from email.utils import format_datetime

    return format_datetime(value.replace(tzinfo=dt.UTC))


def register(app: Flask) -> None:
    app.jinja_env.filters["rfc822"] = rfc822
    app.jinja_env.filters["label"] = label
    app.jinja_env.filters["money"] = money
    app.jinja_env.filters["long_date"] = long_date
