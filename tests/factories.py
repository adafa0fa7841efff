"""Factory functions with real-looking defaults. Pass only what a test is about."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy.orm import Session

from careers.models import Organisation, Pathway

_counter = itertools.count(1)


def make_organisation(session: Session, **fields: Any) -> Organisation:
    n = next(_counter)
    defaults: dict[str, Any] = {
        "name": f"Southwark Community Health NHS Trust {n}",
        "slug": f"southwark-community-health-{n}",
        "type": "nhs_trust",
        "website": "https://www.example.nhs.uk",
    }
    defaults.update(fields)
    organisation = Organisation(**defaults)
    session.add(organisation)
    session.flush()
    return organisation


def make_pathway(session: Session, **fields: Any) -> Pathway:
    n = next(_counter)
    if "organisation" not in fields and "organisation_id" not in fields:
        fields["organisation"] = make_organisation(session)
    defaults: dict[str, Any] = {
        "ref": f"SCH-HCSW-{n:03d}",
        "type": "apprenticeship",
        "title": "Healthcare support worker apprentice",
        "summary": "Care for patients on a hospital ward while you train.",
        "description": (
            "You will help patients wash, dress and eat, take their temperature and pulse, "
            "and keep them company. You train for a Level 2 qualification while you work."
        ),
        "skills": ["kindness", "teamwork"],
        "interests": ["caring for people"],
        "sector": "nursing",
        "level": 2,
        "standard_code": "ST0216",
        "min_qualification_level": 0,
        "gcse_english_maths": False,
        "min_age": 16,
        "postcode": "SE5 9RS",
        "latitude": 51.4682,
        "longitude": -0.0937,
        "remote": False,
        "hours_per_week": 37.5,
        "pay_min": 27_898.0,
        "pay_max": 27_898.0,
        "pay_period": "year",
        "closing_date": dt.date.today() + dt.timedelta(days=60),
        "start_date": dt.date.today() + dt.timedelta(days=120),
        "apply_url": "https://www.jobs.nhs.uk/candidate/search",
        "supports": ["care_leaver"],
        "status": "published",
    }
    defaults.update(fields)
    pathway = Pathway(**defaults)
    session.add(pathway)
    session.flush()
    return pathway
