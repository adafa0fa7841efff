"""Writing a checked report: upsert by ref, organisations, places, next steps, index changes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from careers.models import (
    Organisation,
    Pathway,
    PathwayLink,
    utcnow,
)
from careers.services import geo
from careers.services.interchange.checks import validate
from careers.services.interchange.formats import (
    ImportRejected,
    ImportResult,
    Report,
    Source,
    parse_file,
)
from careers.services.matcher import pathway_changed

# --- writing --------------------------------------------------------------------------------


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower().replace("'", "").replace("&", " and "))
    return slug.strip("-")[:180] or "organisation"


def _organisation(
    session: Session, cache: dict[str, Organisation], name: str, kind: str | None
) -> Organisation:
    if name in cache:
        return cache[name]
    organisation = session.scalar(select(Organisation).where(Organisation.name == name))
    if organisation is None:
        base = slugify(name)
        slug, n = base, 1
        while session.scalar(select(Organisation.id).where(Organisation.slug == slug)):
            n += 1
            slug = f"{base}-{n}"
        organisation = Organisation(name=name, slug=slug, type=kind or "other")
        session.add(organisation)
        session.flush()
    cache[name] = organisation
    return organisation


def apply(
    session: Session,
    report: Report,
    skip_invalid: bool = False,
    *,
    status: str = "published",
    is_example: bool = False,
) -> ImportResult:
    """Write the report's valid rows (all of them, or none if any row has a problem and
    skip_invalid is False: then ImportRejected is raised). New pathways get `status`; updated
    ones keep theirs. Does not commit."""
    if not report.ok and not skip_invalid:
        raise ImportRejected(report)
    rows = report.valid_rows
    result = ImportResult(skipped=len(report.invalid_rows))
    organisations: dict[str, Organisation] = {}
    existing = {
        p.ref: p
        for p in session.scalars(
            select(Pathway)
            .where(Pathway.ref.in_([row.ref for row in rows]))
            .options(selectinload(Pathway.next_links))
        )
    }
    places: dict[str, geo.Place | None] = {}
    written: list[tuple[Pathway, list[str]]] = []
    now = utcnow()
    with session.no_autoflush:
        for row in rows:
            record = row.record
            assert record is not None
            organisation = _organisation(
                session, organisations, record["organisation"], record["organisation_type"]
            )
            pathway = existing.get(record["ref"])
            if pathway is None:
                pathway = Pathway(ref=record["ref"], status=status)
                session.add(pathway)
                result.created += 1
            else:
                result.updated += 1
            _fill(pathway, record, organisation, places, session)
            pathway.is_example = is_example
            if pathway.status == "published" and pathway.published_at is None:
                pathway.published_at = now
            written.append((pathway, record["next_steps"]))
            result.refs.append(record["ref"])
    session.flush()
    targets = {
        ref: pathway_id
        for ref, pathway_id in session.execute(
            select(Pathway.ref, Pathway.id).where(
                Pathway.ref.in_({step for _, steps in written for step in steps})
            )
        )
    }
    for pathway, steps in written:
        links = [PathwayLink(to_id=targets[step], position=i) for i, step in enumerate(steps)]
        if [(link.to_id, link.position) for link in pathway.next_links] != [
            (link.to_id, link.position) for link in links
        ]:
            pathway.next_links.clear()
            session.flush()
            pathway.next_links.extend(links)
            session.expire(pathway, ["next_steps"])
        pathway_changed(session, pathway.id)
    session.flush()
    return result


def _fill(
    pathway: Pathway,
    record: dict[str, Any],
    organisation: Organisation,
    places: dict[str, geo.Place | None],
    session: Session,
) -> None:
    entry, pay = record["entry"], record["pay"]
    postcode = record["postcode"]
    place = None
    if postcode is not None:
        if postcode not in places:
            places[postcode] = geo.lookup(session, postcode)
        place = places[postcode]
    pathway.organisation = organisation
    pathway.type = record["type"]
    pathway.title = record["title"]
    pathway.summary = record["summary"]
    pathway.description = record["description"]
    pathway.skills = record["skills"]
    pathway.interests = record["interests"]
    pathway.sector = record["sector"]
    pathway.level = record["level"]
    pathway.standard_code = record["standard_code"]
    pathway.min_qualification_level = entry["min_qualification_level"]
    pathway.gcse_english_maths = entry["gcse_english_maths"]
    pathway.min_age = entry["min_age"]
    pathway.postcode = postcode
    pathway.latitude = place.latitude if place else None
    pathway.longitude = place.longitude if place else None
    pathway.borough_code = place.borough_code if place else None
    pathway.remote = record["remote"]
    pathway.hours_per_week = record["hours_per_week"]
    pathway.pay_period = pay["period"] if pay else None
    pathway.pay_min = pay.get("min") if pay else None
    pathway.pay_max = pay.get("max") if pay else None
    pathway.closing_date = _to_date(record["closing_date"])
    pathway.start_date = _to_date(record["start_date"])
    pathway.apply_url = record["apply_url"]
    pathway.supports = record["supports"]


def _to_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def import_file(
    session: Session,
    source: Source,
    format: str | None = None,
    skip_invalid: bool = False,
    **options: Any,
) -> tuple[Report, ImportResult]:
    """Parse, validate and apply in one go (the CLI and the seed use this). Does not commit."""
    report = validate(session, parse_file(source, format))
    return report, apply(session, report, skip_invalid, **options)
