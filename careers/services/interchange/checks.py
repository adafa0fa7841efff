"""Validating records before anything is written: every problem, as `line N: field: message`."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.cleaning import (
    EARLIEST_DATE,
    LATEST_DATE,
    sensible_date,
)
from careers.models import (
    ORGANISATION_TYPES,
    PATHWAY_TYPES,
    PAY_PERIODS,
    SECTORS,
    SUPPORTS,
    Organisation,
    Pathway,
    PostcodeDistrict,
)
from careers.services import geo
from careers.services.interchange.formats import (
    _DATE,
    _REF,
    _STANDARD,
    ENTRY_FIELDS,
    FIELDS,
    MIN_AGES,
    PAY_FIELDS,
    REQUIRED,
    Problem,
    RawRecord,
    Report,
    Row,
)

# --- validating -----------------------------------------------------------------------------


def validate(session: Session, records: Iterable[RawRecord]) -> Report:
    """Check every record; writes nothing. Each row gets its problems and, if valid, the
    normalised record and whether it would create or update a pathway."""
    records = list(records)
    checker = _Checker(session, records)
    rows = [checker.check(raw) for raw in records]
    checker.check_links(rows)
    owners: dict[str, str] = {
        ref: name
        for ref, name in session.execute(
            select(Pathway.ref, Organisation.name)
            .join(Organisation, Organisation.id == Pathway.organisation_id)
            .where(Pathway.ref.in_([r.ref for r in rows if r.ref]))
        )
    }
    for row in rows:
        owner = owners.get(row.ref or "")
        named = (row.record or {}).get("organisation")
        if row.valid and owner is not None and named and named.lower() != owner.lower():
            # A pathway never moves between organisations by import (the web import refuses
            # too): that would hand one employer's listing, and its reach, to another.
            message = f"{row.ref} belongs to {owner}; an import cannot move it to {named}"
            row.problems.append(Problem(row.line, "organisation", message))
            row.record = None
    for row in rows:
        if row.valid and row.ref is not None:
            row.action = "update" if row.ref in owners else "create"
    return Report(rows)


class _Checker:
    def __init__(self, session: Session, records: list[RawRecord]) -> None:
        self.session = session
        self.know_districts = bool(session.scalar(select(func.count(PostcodeDistrict.outcode))))
        self.first_line: dict[str, int] = {}

    def check(self, raw: RawRecord) -> Row:
        if raw.error is not None:
            return Row(raw.line, None, None, [Problem(raw.line, "record", raw.error)])
        if not isinstance(raw.data, dict):
            message = 'must be a JSON object, like {"ref": ...}'
            return Row(raw.line, None, None, [Problem(raw.line, "record", message)])
        data: dict[str, Any] = raw.data
        problems: list[Problem] = []

        def problem(name: str, message: str) -> None:
            problems.append(Problem(raw.line, name, message))

        for name in data:
            if name not in FIELDS:
                problem(name, "is not a field of the pathway format; check the spelling")
        for name in REQUIRED:
            value = data.get(name)
            if value is None or (isinstance(value, str) and not value.strip()):
                problem(name, "is missing; every pathway needs one")

        out: dict[str, Any] = {}
        ref = self._text(data, "ref", 80, problem)
        if ref is not None and not _REF.match(ref):
            problem("ref", "use only letters, numbers, hyphens, dots and underscores")
            ref = None
        if ref is not None:
            if ref in self.first_line:
                problem("ref", f"{ref} is also on line {self.first_line[ref]}; refs must be unique")
            else:
                self.first_line[ref] = raw.line
        out["ref"] = ref
        out["organisation"] = self._text(data, "organisation", 200, problem)
        out["organisation_type"] = self._choice(
            data, "organisation_type", ORGANISATION_TYPES, problem
        )
        out["type"] = self._choice(data, "type", PATHWAY_TYPES, problem)
        out["title"] = self._text(data, "title", 200, problem)
        out["summary"] = self._text(data, "summary", None, problem)
        out["description"] = self._text(data, "description", None, problem)
        out["skills"] = self._list(data, "skills", None, problem)
        out["interests"] = self._list(data, "interests", None, problem)
        out["sector"] = self._choice(data, "sector", SECTORS, problem)
        out["level"] = self._int(data, "level", 0, 8, problem)
        out["standard_code"] = self._standard(data, problem)
        out["entry"] = self._entry(data, problem)
        out["postcode"] = self._postcode(data, problem)
        out["remote"] = self._bool(data, "remote", problem) or False
        out["hours_per_week"] = self._hours(data, problem)
        out["pay"] = self._pay(data, problem)
        out["closing_date"] = self._date(data, "closing_date", problem)
        out["start_date"] = self._date(data, "start_date", problem)
        out["apply_url"] = self._url(data, problem)
        out["supports"] = self._list(data, "supports", SUPPORTS, problem)
        out["next_steps"] = self._list(data, "next_steps", None, problem)
        if ref is not None and ref in out["next_steps"]:
            problem("next_steps", "a pathway cannot lead to itself")
        row = Row(raw.line, ref, out, problems, next_steps=out["next_steps"])
        if problems:
            row.record = None
        return row

    def check_links(self, rows: list[Row]) -> None:
        """Every next step must be in the file or already in the service. A step that is in the
        file only on a row with problems makes this row a problem too (it could not be linked)."""
        wanted = {step for row in rows for step in row.next_steps}
        stored = set(session_refs(self.session, wanted))
        lines: dict[str, int] = {}
        for row in rows:
            if row.ref is not None:
                lines.setdefault(row.ref, row.line)
        for row in rows:
            for step in row.next_steps:
                if step not in stored and step not in lines:
                    message = f"{step} is not in this file or in the service"
                    row.problems.append(Problem(row.line, "next_steps", message))
            if row.problems:
                row.record = None
        changed = True
        while changed:
            changed = False
            bad = {
                row.ref
                for row in rows
                if not row.valid and row.ref is not None and lines[row.ref] == row.line
            }
            for row in rows:
                if not row.valid:
                    continue
                for step in row.next_steps:
                    if step in bad and step not in stored:
                        message = f"{step} has a problem on line {lines[step]}, so it cannot link"
                        row.problems.append(Problem(row.line, "next_steps", message))
                if row.problems:
                    row.record = None
                    changed = True

    # field checks: each returns the cleaned value, or None after reporting a problem

    @staticmethod
    def _text(data: dict[str, Any], name: str, limit: int | None, problem: Any) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            problem(name, "must be text")
            return None
        value = value.strip()
        if limit is not None and len(value) > limit:
            problem(name, f"must be {limit} characters or fewer")
            return None
        return value or None

    @staticmethod
    def _choice(
        data: dict[str, Any], name: str, choices: tuple[str, ...], problem: Any
    ) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, str) or value not in choices:
            problem(name, f"{_show(value)} is not allowed; use one of: {', '.join(choices)}")
            return None
        return value

    @staticmethod
    def _list(
        data: dict[str, Any], name: str, choices: tuple[str, ...] | None, problem: Any
    ) -> list[str]:
        value = data.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            problem(name, 'must be a list of text, like ["first", "second"]')
            return []
        items = [item.strip() for item in value if item.strip()]
        if any(";" in item for item in items):
            problem(name, "items must not contain a semicolon (;)")
            return []
        if choices is not None:
            unknown = [item for item in items if item not in choices]
            if unknown:
                problem(
                    name,
                    f"{', '.join(unknown)} not allowed; use any of: {', '.join(choices)}",
                )
                return []
        return list(dict.fromkeys(items))

    @staticmethod
    def _int(
        data: dict[str, Any], name: str, low: int, high: int, problem: Any, label: str = ""
    ) -> int | None:
        value = data.get(name)
        if value is None:
            return None
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            problem(label or name, f"must be a whole number from {low} to {high}")
            return None
        return value

    @staticmethod
    def _bool(data: dict[str, Any], name: str, problem: Any, label: str = "") -> bool | None:
        value = data.get(name)
        if value is None:
            return None
        if not isinstance(value, bool):
            problem(label or name, "must be true or false")
            return None
        return value

    def _standard(self, data: dict[str, Any], problem: Any) -> str | None:
        value = data.get("standard_code")
        if value is None:
            return None
        if not isinstance(value, str) or not _STANDARD.match(value.strip().upper()):
            problem("standard_code", f"{_show(value)} is not a standard code, like ST0216")
            return None
        # Our list of standards is a partial 2021 copy (seed_data/README.md), and new standards
        # are approved every month, so a well-formed code we have not heard of is accepted.
        return value.strip().upper()

    def _entry(self, data: dict[str, Any], problem: Any) -> dict[str, Any]:
        value = data.get("entry")
        empty: dict[str, Any] = dict.fromkeys(ENTRY_FIELDS)
        if value is None:
            return empty
        if not isinstance(value, dict):
            problem(
                "entry",
                "must be an object with min_qualification_level, gcse_english_maths and min_age",
            )
            return empty
        for name in value:
            if name not in ENTRY_FIELDS:
                problem(f"entry.{name}", "is not a field of entry; check the spelling")
        level = self._int(
            value, "min_qualification_level", 0, 8, problem, "entry.min_qualification_level"
        )
        gcse = self._bool(value, "gcse_english_maths", problem, "entry.gcse_english_maths")
        age = value.get("min_age")
        if age is not None and (isinstance(age, bool) or age not in MIN_AGES):
            problem("entry.min_age", "must be 16, 17, 18 or 21, or left empty")
            age = None
        return {"min_qualification_level": level, "gcse_english_maths": gcse, "min_age": age}

    def _postcode(self, data: dict[str, Any], problem: Any) -> str | None:
        value = data.get("postcode")
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if not isinstance(value, str):
            problem("postcode", "must be text, like SE5 9RS")
            return None
        try:
            return geo.check_postcode(value, self.session if self.know_districts else None)
        except geo.PostcodeError as error:
            problem("postcode", f"{_show(value)}: {error}")
            return None

    @staticmethod
    def _hours(data: dict[str, Any], problem: Any) -> float | None:
        value = data.get("hours_per_week")
        if value is None:
            return None
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
            or not 0 < value <= 60
        ):
            problem("hours_per_week", "must be a number of hours from 1 to 60, like 37.5")
            return None
        return _number(value)

    @staticmethod
    def _amounts(value: dict[str, Any], problem: Any) -> dict[str, float] | None:
        """Pay's min and max, each an amount in pounds when given; None after a problem."""
        amounts: dict[str, float] = {}
        for name in ("min", "max"):
            amount = value.get(name)
            if amount is None:
                continue
            if (
                isinstance(amount, bool)
                or not isinstance(amount, int | float)
                or not math.isfinite(amount)
                or not 0 <= amount < 10_000_000
            ):
                problem(f"pay.{name}", "must be an amount in pounds, like 24465 or 13.85")
                return None
            amounts[name] = amount
        return amounts

    @staticmethod
    def _pay(data: dict[str, Any], problem: Any) -> dict[str, Any] | None:
        value = data.get("pay")
        if value is None:
            return None
        if not isinstance(value, dict):
            problem("pay", 'must be an object, like {"min": 24465, "max": 24465, "period": "year"}')
            return None
        for name in value:
            if name not in PAY_FIELDS:
                problem(f"pay.{name}", "is not a field of pay; use min, max and period")
        period = value.get("period")
        if period is None:
            problem("pay.period", "is missing; use hour, year or none")
            return None
        if period not in PAY_PERIODS:
            problem("pay.period", f"{_show(period)} is not allowed; use hour, year or none")
            return None
        if period == "none":
            if value.get("min") not in (None, 0) or value.get("max") not in (None, 0):
                problem("pay", "unpaid pathways (period none) must not have min or max")
                return None
            return {"period": "none"}
        amounts = _Checker._amounts(value, problem)
        if amounts is None:
            return None
        if "min" not in amounts:
            problem("pay.min", "is missing; give the lowest pay (or use period none)")
            return None
        low, high = amounts["min"], amounts.get("max", amounts["min"])
        if high < low:
            problem("pay.max", "must not be less than pay.min")
            return None
        if period == "hour" and high > 250:
            problem("pay.period", "that looks like yearly pay; set period to year")
            return None
        if period == "year" and low < 1000:
            problem("pay.period", "that looks like hourly pay; set period to hour")
            return None
        return {"min": _number(low), "max": _number(high), "period": period}

    @staticmethod
    def _date(data: dict[str, Any], name: str, problem: Any) -> str | None:
        value = data.get(name)
        if value is None:
            return None
        if isinstance(value, str) and _DATE.match(value.strip()):
            try:
                day = dt.date.fromisoformat(value.strip())
            except ValueError:
                pass
            else:
                if sensible_date(day):
                    return day.isoformat()
                problem(name, f"{_show(value)} is not between {EARLIEST_DATE} and {LATEST_DATE}")
                return None
        problem(name, f"{_show(value)} is not a real date; write it like 2027-01-31")
        return None

    @staticmethod
    def _url(data: dict[str, Any], problem: Any) -> str | None:
        value = data.get("apply_url")
        if value is None:
            return None
        if (
            not isinstance(value, str)
            or not re.match(r"^https?://[^\s/]+\.[^\s]+$", value.strip())
            or len(value) > 500
        ):
            problem("apply_url", "must be a web address starting with https://")
            return None
        return value.strip()


def _show(value: Any) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    return json.dumps(value) if value is not None else "nothing"


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else float(value)


def session_refs(session: Session, refs: Iterable[str]) -> list[str]:
    """The refs among these that are already in the service."""
    wanted = list(set(refs))
    found: list[str] = []
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        found.extend(session.scalars(select(Pathway.ref).where(Pathway.ref.in_(chunk))))
    return found
