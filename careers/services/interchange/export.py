"""Exporting pathways in the interchange format (JSON Lines, JSON or CSV)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from careers.csv_cells import safe_cell
from careers.models import (
    Pathway,
)
from careers.services.interchange.checks import _number
from careers.services.interchange.formats import CSV_COLUMNS, FORMATS, FileError, detect_format

# --- exporting ------------------------------------------------------------------------------


def pathway_to_record(pathway: Pathway) -> dict[str, Any]:
    """A pathway as an interchange record, with every field (nulls included)."""
    if pathway.pay_period is None:
        pay: dict[str, Any] | None = None
    elif pathway.pay_period == "none":
        pay = {"period": "none"}
    else:
        pay = {
            "min": _maybe_number(pathway.pay_min),
            "max": _maybe_number(pathway.pay_max),
            "period": pathway.pay_period,
        }
    return {
        "ref": pathway.ref,
        "organisation": pathway.organisation.name,
        "organisation_type": pathway.organisation.type,
        "type": pathway.type,
        "title": pathway.title,
        "summary": pathway.summary,
        "description": pathway.description,
        "skills": list(pathway.skills or []),
        "interests": list(pathway.interests or []),
        "sector": pathway.sector,
        "level": pathway.level,
        "standard_code": pathway.standard_code,
        "entry": {
            "min_qualification_level": pathway.min_qualification_level,
            "gcse_english_maths": pathway.gcse_english_maths,
            "min_age": pathway.min_age,
        },
        "postcode": pathway.postcode,
        "remote": bool(pathway.remote),
        "hours_per_week": _maybe_number(pathway.hours_per_week),
        "pay": pay,
        "closing_date": pathway.closing_date.isoformat() if pathway.closing_date else None,
        "start_date": pathway.start_date.isoformat() if pathway.start_date else None,
        "apply_url": pathway.apply_url,
        "supports": list(pathway.supports or []),
        "next_steps": [step.ref for step in pathway.next_steps],
    }


def _maybe_number(value: float | None) -> float | int | None:
    return None if value is None else _number(value)


def iter_records(session: Session, refs: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    query = (
        select(Pathway)
        .options(selectinload(Pathway.organisation), selectinload(Pathway.next_steps))
        .order_by(Pathway.ref)
        .execution_options(populate_existing=True)
    )
    if refs is not None:
        query = query.where(Pathway.ref.in_(list(refs)))
    for pathway in session.scalars(query):
        yield pathway_to_record(pathway)


def export(
    session: Session,
    destination: str | Path | IO[str],
    format: str | None = None,
    refs: Iterable[str] | None = None,
) -> int:
    """Write pathways (all, or those with these refs) to a path or a text stream; returns how
    many. The format comes from the path's extension unless given."""
    if format is None:
        name = destination if isinstance(destination, str | Path) else None
        if name is None:
            raise FileError("Say which format to write: jsonl, json or csv")
        format = detect_format(str(name))
    if format not in FORMATS:
        raise FileError(f"Unknown format {format!r}: use jsonl, json or csv")
    records = list(iter_records(session, refs))
    if isinstance(destination, str | Path):
        with open(destination, "w", encoding="utf-8", newline="") as stream:
            _write(stream, records, format)
    else:
        _write(destination, records, format)
    return len(records)


def _write(stream: IO[str], records: list[dict[str, Any]], format: str) -> None:
    if format == "jsonl":
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif format == "json":
        stream.write("[\n")
        stream.write(",\n".join(json.dumps(r, ensure_ascii=False) for r in records))
        stream.write("\n]\n" if records else "]\n")
    else:
        writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for record in records:
            writer.writerow(_record_to_csv(record))


def _record_to_csv(record: dict[str, Any]) -> dict[str, str]:
    row: dict[str, str] = {}
    for column in CSV_COLUMNS:
        if "." in column:
            parent, child = column.split(".", 1)
            value = (record.get(parent) or {}).get(child)
        else:
            value = record.get(column)
        if isinstance(value, list):
            row[column] = "; ".join(value)
        elif isinstance(value, bool):
            row[column] = "true" if value else "false"
        elif value is None:
            row[column] = ""
        else:
            row[column] = str(value)
        row[column] = str(safe_cell(row[column])) if isinstance(value, str | list) else row[column]
    return row
