"""The interchange format: its fields and CSV columns, the records, problems and reports an
import passes along, and reading JSON Lines, JSON and CSV files into records."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from careers.cleaning import (
    text_problem,
    tree_problem,
)
from careers.csv_cells import unguard

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
