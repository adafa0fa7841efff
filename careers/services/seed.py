"""Load the reference data and the example catalogue from seed_data/ (see its README.md).

    load_reference_data(session) -> dict[str, int]    boroughs, postcode districts, standards
    load_organisations(session) -> int                 the anchor institutions and their sites
    seed(session, if_empty=False) -> SeedResult        all of the above, then the pathways

Every loader is idempotent: run it twice and nothing is duplicated. Pathways go through the
importer (careers.services.interchange), so they are validated like any other import, and are
marked is_example=True: the site says they are examples until employers post real ones.
None of these commit; the caller does.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from careers.config import PROJECT_ROOT
from careers.models import (
    ApprenticeshipStandard,
    Borough,
    Organisation,
    Pathway,
    PostcodeDistrict,
    Site,
)
from careers.services import geo, interchange

SEED_DIR = PROJECT_ROOT / "seed_data"


def _rows(name: str, seed_dir: Path) -> list[dict[str, str]]:
    with open(seed_dir / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _int(value: str) -> int | None:
    return int(value) if value else None


def _float(value: str) -> float | None:
    return float(value) if value else None


def _insert_missing(session: Session, model: Any, key: str, rows: list[dict[str, Any]]) -> int:
    column = getattr(model, key)
    existing = set(session.scalars(select(column)))
    new = [row for row in rows if row[key] not in existing]
    for start in range(0, len(new), 1000):
        session.execute(insert(model), new[start : start + 1000])
    return len(new)


def load_reference_data(session: Session, seed_dir: Path = SEED_DIR) -> dict[str, int]:
    """Boroughs, postcode districts and apprenticeship standards; inserts only what is missing.
    Returns how many rows of each were added."""
    boroughs = [
        {
            "code": r["code"],
            "name": r["name"],
            "ics": r["ics"],
            "inner_outer": r["inner_outer"] or None,
            "imd_rank": _int(r["imd_rank"]),
            "imd_average_score": _float(r["imd_average_score"]),
            "imd_share_most_deprived_10pct": _float(r["imd_share_most_deprived_10pct"]),
            "latitude": _float(r["latitude"]),
            "longitude": _float(r["longitude"]),
        }
        for r in _rows("boroughs.csv", seed_dir)
    ]
    districts = [
        {
            "outcode": r["outcode"],
            "latitude": float(r["latitude"]),
            "longitude": float(r["longitude"]),
            "borough_code": r["borough_code"] or None,
            "imd_decile": _int(r["imd_decile"]),
            "in_london": r["in_london"] == "1",
        }
        for r in _rows("postcode_districts.csv", seed_dir)
    ]
    standards = [
        {
            "code": r["code"],
            "title": r["title"],
            "level": int(r["level"]),
            "route": r["route"] or None,
            "typical_duration_months": _int(r["typical_duration_months"]),
        }
        for r in _rows("apprenticeship_standards.csv", seed_dir)
    ]
    added = {
        "boroughs": _insert_missing(session, Borough, "code", boroughs),
        "postcode_districts": _insert_missing(session, PostcodeDistrict, "outcode", districts),
        "apprenticeship_standards": _insert_missing(
            session, ApprenticeshipStandard, "code", standards
        ),
    }
    session.flush()
    return added


def load_organisations(session: Session, seed_dir: Path = SEED_DIR) -> int:
    """The anchor institutions in organisations.json, with their sites; adds or updates them by
    name. Needs the reference data (for site locations). Returns how many were added."""
    with open(seed_dir / "organisations.json", encoding="utf-8") as f:
        entries: list[dict[str, Any]] = json.load(f)
    boroughs = {b.name: b.code for b in session.scalars(select(Borough))}
    added = 0
    for entry in entries:
        organisation = session.scalar(
            select(Organisation).where(Organisation.name == entry["name"])
        )
        if organisation is None:
            organisation = Organisation(name=entry["name"], slug=entry["slug"])
            session.add(organisation)
            added += 1
        organisation.slug = entry["slug"]
        organisation.type = entry["type"]
        organisation.borough_code = boroughs[entry["borough"]] if entry.get("borough") else None
        organisation.ods_code = entry.get("ods_code")
        organisation.website = entry.get("website")
        organisation.description = entry.get("description")
        known = {(site.name, site.postcode) for site in organisation.sites}
        for site in entry.get("sites", []):
            postcode = geo.normalise_postcode(site["postcode"])
            if (site["name"], postcode) in known:
                continue
            place = geo.lookup(session, postcode)
            organisation.sites.append(
                Site(
                    name=site["name"],
                    postcode=postcode,
                    latitude=place.latitude if place else None,
                    longitude=place.longitude if place else None,
                    borough_code=place.borough_code if place else None,
                )
            )
    session.flush()
    return added


@dataclass
class SeedResult:
    skipped: bool
    reference: dict[str, int]
    organisations_added: int
    pathways: interchange.ImportResult | None


def seed(
    session: Session, if_empty: bool = False, seed_dir: Path = SEED_DIR, examples: bool = True
) -> SeedResult:
    """Reference data, organisations and (unless examples=False) the example pathways. With
    if_empty, does nothing when any pathway exists. Raises interchange.ImportRejected if the
    seed file has a problem. Nothing in the reference data or organisations needs the examples."""
    if if_empty and session.scalar(select(func.count(Pathway.id))):
        return SeedResult(True, {}, 0, None)
    reference = load_reference_data(session, seed_dir)
    organisations = load_organisations(session, seed_dir)
    if not examples:
        return SeedResult(False, reference, organisations, None)
    _, result = interchange.import_file(
        session, seed_dir / "pathways.jsonl", "jsonl", is_example=True
    )
    return SeedResult(False, reference, organisations, result)
