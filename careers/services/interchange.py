"""Import and export pathways in the pathway interchange format (issue 2).

One JSON object per pathway, in a JSON Lines file, a JSON array, or a CSV file with the same
field names (lists separated by ``;``, nested fields as dotted columns: ``entry.min_age``,
``pay.min``, ``pay.max``, ``pay.period``). The format is chosen from the file's extension
(``.jsonl``/``.ndjson``, ``.json``, ``.csv``) unless it is given.

The API, in the order a caller uses it::

    records = parse_file(path_or_stream, format=None)    # list[RawRecord]; FileError if unreadable
    report = validate(session, records)                  # Report: every row, every Problem
    result = apply(session, report, skip_invalid=False)  # ImportResult(created, updated, skipped)
    session.commit()                                     # the caller owns the transaction

    export(session, path_or_stream, format=None)         # number of pathways written
    pathway_to_record(pathway)                           # a dict in the interchange format

``import_file(session, source, format=None, skip_invalid=False)`` does the first three steps and
raises ``ImportRejected(report)`` when anything is wrong (nothing is written).

Validation checks every record before anything is written and reports each problem as
``line N: field: message`` in plain English (``str(problem)``). ``apply`` refuses a report with
problems unless ``skip_invalid`` is set, when it writes only the valid rows. It upserts by ``ref``,
creates organisations it does not know, takes latitude, longitude and borough from the postcode's
district, stores ``next_steps`` as PathwayLink rows (in a second pass, so forward references in one
file work) and calls ``careers.services.matcher.pathway_changed`` for every pathway it writes, all
in the caller's transaction. Export then import gives back the same records, in all three formats.

Checks that need reference data (a known postcode district) are made only when that reference
table has rows. Standard codes are checked for their form (ST0216) only: our list of standards is
partial, and a well-formed code we do not know is accepted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from careers.cleaning import (
    EARLIEST_DATE,
    LATEST_DATE,
    sensible_date,
    text_problem,
    tree_problem,
)
from careers.csv_cells import safe_cell, unguard
from careers.models import (
    ORGANISATION_TYPES,
    PATHWAY_TYPES,
    PAY_PERIODS,
    SECTORS,
    SUPPORTS,
    Organisation,
    Pathway,
    PathwayLink,
    PostcodeDistrict,
    utcnow,
)
from careers.services import geo
from careers.services.matcher import pathway_changed

__all__ = [
    "CSV_COLUMNS",
    "FIELDS",
    "FORMATS",
    "FileError",
    "ImportRejected",
    "ImportResult",
    "Problem",
    "RawRecord",
    "Report",
    "Row",
    "apply",
    "detect_format",
    "export",
    "import_file",
    "parse_file",
    "pathway_to_record",
    "slugify",
    "validate",
]

FORMATS = ("jsonl", "json", "csv")
FIELDS = (
    "ref",
    "organisation",
    "organisation_type",
    "type",
    "title",
    "summary",
    "description",
    "skills",
    "interests",
    "sector",
    "level",
    "standard_code",
    "entry",
    "postcode",
    "remote",
    "hours_per_week",
    "pay",
    "closing_date",
    "start_date",
    "apply_url",
    "supports",
    "next_steps",
)
ENTRY_FIELDS = ("min_qualification_level", "gcse_english_maths", "min_age")
PAY_FIELDS = ("min", "max", "period")
LIST_FIELDS = ("skills", "interests", "supports", "next_steps")
CSV_COLUMNS = tuple(
    column
    for name in FIELDS
    for column in (
        [f"entry.{f}" for f in ENTRY_FIELDS]
        if name == "entry"
        else [f"pay.{f}" for f in PAY_FIELDS]
        if name == "pay"
        else [name]
    )
)
REQUIRED = ("ref", "organisation", "type", "title", "description")
MIN_AGES = (16, 17, 18, 21)
_REF = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_STANDARD = re.compile(r"^ST\d{4}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CSV_INTS = ("level", "entry.min_qualification_level", "entry.min_age")
_CSV_FLOATS = ("hours_per_week", "pay.min", "pay.max")
_CSV_BOOLS = ("remote", "entry.gcse_english_maths")
_TRUE = {"true", "yes", "y", "1"}
_FALSE = {"false", "no", "n", "0"}

Source = str | Path | IO[str] | IO[bytes]


class FileError(ValueError):
    """The file as a whole cannot be read (not UTF-8, not JSON, no CSV header...)."""


@dataclass(frozen=True)
class RawRecord:
    """One record as read from the file, before validation. `error` is set when it could not
    be read at all (for example a JSON Lines line that is not JSON)."""

    line: int
    data: Any
    error: str | None = None


@dataclass(frozen=True)
class Problem:
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.field}: {self.message}"


@dataclass
class Row:
    """A record with its problems. `record` is the normalised record (every field present)
    when the row is valid; `action` is "create" or "update"."""

    line: int
    ref: str | None
    record: dict[str, Any] | None
    problems: list[Problem] = field(default_factory=list)
    action: str | None = None
    next_steps: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass
class Report:
    rows: list[Row]

    @property
    def problems(self) -> list[Problem]:
        return [problem for row in self.rows for problem in row.problems]

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def valid_rows(self) -> list[Row]:
        return [row for row in self.rows if row.valid]

    @property
    def invalid_rows(self) -> list[Row]:
        return [row for row in self.rows if not row.valid]

    def messages(self) -> list[str]:
        return [str(problem) for problem in self.problems]


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    refs: list[str] = field(default_factory=list)


class ImportRejected(ValueError):
    """Raised when a file has problems and skip_invalid was not chosen. Nothing was written."""

    def __init__(self, report: Report) -> None:
        self.report = report
        count = len(report.problems)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} found; nothing was imported")


# --- reading ------------------------------------------------------------------------------


def detect_format(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix == ".csv":
        return "csv"
    raise FileError("Use a file ending in .jsonl, .json or .csv")


def _read_text(source: Source) -> tuple[str, str | None]:
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            data: str | bytes = path.read_bytes()
        except OSError as exc:
            raise FileError(f"Could not open {path}: {exc.strerror or exc}") from exc
        name: str | None = str(path)
    else:
        data = source.read()
        name = getattr(source, "filename", None) or getattr(source, "name", None)
        name = name if isinstance(name, str) else None
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise FileError("The file must be saved as UTF-8 text") from exc
    text = data.removeprefix("\ufeff")
    problem = text_problem(text)
    if problem:
        bad = next(i for i, c in enumerate(text) if text_problem(c))
        line = text.count("\n", 0, bad) + 1
        raise FileError(
            f"line {line}: the file has a character we cannot read (like a null byte); "
            "save it again as UTF-8 text"
        )
    return text, name


def parse_file(source: Source, format: str | None = None) -> list[RawRecord]:
    """Read every record from a path or an open file (text or binary)."""
    if format is None and isinstance(source, str | Path):
        format = detect_format(str(source))
    text, name = _read_text(source)
    if format is None:
        if name is None:
            raise FileError("Say which format the file is in: jsonl, json or csv")
        format = detect_format(name)
    if format == "jsonl":
        return _parse_jsonl(text)
    if format == "json":
        return _parse_json_array(text)
    if format == "csv":
        return _parse_csv(text)
    raise FileError(f"Unknown format {format!r}: use jsonl, json or csv")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _loads(text: str) -> tuple[Any, str | None]:
    """A JSON value and None, or None and why it cannot be read (bad JSON, NaN, too deep)."""
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as exc:
        return None, f"this line is not valid JSON ({exc.msg})"
    except ValueError as exc:
        return None, f"this line is not valid JSON ({exc})"
    except RecursionError:
        return None, "this line is nested too deeply"
    problem = tree_problem(value)
    if problem:
        return None, problem[0].lower() + problem[1:]
    return value, None


def _parse_jsonl(text: str) -> list[RawRecord]:
    # Split on line feeds only: str.splitlines would also split at U+2028 and other Unicode
    # line breaks, which JSON allows inside a string.
    records = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        value, error = _loads(line)
        records.append(RawRecord(number, value, error))
    return records


def _parse_json_array(text: str) -> list[RawRecord]:
    decoder = json.JSONDecoder(parse_constant=_refuse_constant)
    position = _skip_space(text, 0)
    if position >= len(text) or text[position] != "[":
        raise FileError("line 1: a .json file must hold a list of pathways, starting with [")
    position = _skip_space(text, position + 1)
    records: list[RawRecord] = []
    if position < len(text) and text[position] == "]":
        return records
    while True:
        line = text.count("\n", 0, position) + 1
        try:
            value, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as exc:
            raise FileError(f"line {exc.lineno}: the file is not valid JSON ({exc.msg})") from exc
        except ValueError as exc:
            raise FileError(f"line {line}: the file is not valid JSON ({exc})") from exc
        except RecursionError:
            raise FileError(f"line {line}: the file is nested too deeply") from None
        problem = tree_problem(value)
        records.append(RawRecord(line, None, problem) if problem else RawRecord(line, value))
        position = _skip_space(text, position)
        if position < len(text) and text[position] == ",":
            position = _skip_space(text, position + 1)
            continue
        if position < len(text) and text[position] == "]":
            return records
        line = text.count("\n", 0, position) + 1
        raise FileError(f"line {line}: the file is not valid JSON (expected , or ])")


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _parse_csv(text: str) -> list[RawRecord]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration as exc:
        raise FileError("line 1: the CSV file is empty; it needs a header row") from exc
    except csv.Error as exc:
        raise FileError(f"line 1: the CSV file could not be read ({exc})") from exc
    records = []
    start = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            records.append(RawRecord(start, None, f"this row could not be read ({exc})"))
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(header):
            records.append(RawRecord(line, None, "this row has more cells than the header row"))
            continue
        records.append(RawRecord(line, _csv_to_record(dict(zip(header, cells, strict=False)))))
    return records


def _csv_to_record(cells: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for column, raw in cells.items():
        value: Any = _csv_value(column, raw.strip())
        if "." in column:
            parent, child = column.split(".", 1)
            if value is None:
                record.setdefault(parent, None)
                continue
            nested = record.get(parent)
            if not isinstance(nested, dict):
                nested = record[parent] = {}
            nested[child] = value
        else:
            record[column] = value
    return record


def _csv_value(column: str, raw: str) -> Any:
    raw = unguard(raw)
    if raw == "":
        return [] if column in LIST_FIELDS else None
    if column in LIST_FIELDS:
        return [item.strip() for item in raw.split(";") if item.strip()]
    if column in _CSV_INTS:
        try:
            return int(raw)
        except ValueError:
            return raw
    if column in _CSV_FLOATS:
        try:
            number = float(raw)
        except ValueError:
            return raw
        return int(number) if number.is_integer() else number
    if column in _CSV_BOOLS:
        lowered = raw.lower()
        return True if lowered in _TRUE else False if lowered in _FALSE else raw
    return raw


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
