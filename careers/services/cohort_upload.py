"""Add a whole class from a CSV file: a template, a safe parser, a preview listing every row's
problems, and an all-or-nothing import. Nothing is written until every row is valid and the
adviser confirms."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.csv_cells import safe_cell
from careers.models import Cohort, Student
from careers.services.cohorts import (
    CohortError,
    add_student,
    check_pseudonym,
    clean_answers,
    looks_like_name,
)

MAX_BYTES = 512 * 1024
MAX_ROWS = 500
MAX_CELL = 2000

COLUMNS = (
    "pseudonym",
    "about",
    "skills",
    "interests",
    "qualification_level",
    "gcse_english_maths",
    "age",
    "postcode",
    "max_distance_km",
    "types",
    "paid_only",
    "circumstances",
    "circumstances_consent",
)
LIST_COLUMNS = {"skills", "interests", "types", "circumstances"}
BOOL_COLUMNS = {"gcse_english_maths", "paid_only", "circumstances_consent"}
INT_COLUMNS = {"qualification_level", "age"}
FLOAT_COLUMNS = {"max_distance_km"}
COLUMN_LABELS = {
    "pseudonym": "Pseudonym",
    "about": "About",
    "skills": "Skills",
    "interests": "Interests",
    "qualification_level": "Qualification level",
    "gcse_english_maths": "GCSE English and maths",
    "age": "Age",
    "postcode": "Postcode",
    "max_distance_km": "Travel distance",
    "types": "Types",
    "paid_only": "Paid only",
    "circumstances": "Circumstances",
    "circumstances_consent": "Circumstances consent",
}
EXAMPLE_ROWS = (
    {
        "pseudonym": "11K-07",
        "about": "I like helping people and I am calm when things go wrong",
        "skills": "listening;first aid",
        "interests": "caring for people;science",
        "qualification_level": "1",
        "gcse_english_maths": "no",
        "age": "16",
        "postcode": "SE15",
        "max_distance_km": "10",
        "types": "apprenticeship;work_experience",
        "paid_only": "no",
        "circumstances": "",
        "circumstances_consent": "",
    },
)
_TRUE = {"yes", "y", "true", "1"}
_FALSE = {"no", "n", "false", "0"}


@dataclass
class UploadRow:
    line: int
    pseudonym: str
    answers: dict[str, Any]
    consent: bool
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class UploadPreview:
    rows: list[UploadRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.file_errors and bool(self.rows) and not any(r.errors for r in self.rows)

    @property
    def error_count(self) -> int:
        return len(self.file_errors) + sum(len(r.errors) for r in self.rows)


def template_csv() -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in EXAMPLE_ROWS:
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
    return out.getvalue()


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError("The file is not a CSV text file. Save it as CSV UTF-8 and try again.")


def _cell(raw: str, column: str, errors: list[str]) -> Any:
    value = raw.strip()
    label = COLUMN_LABELS[column]
    if value == "":
        return None
    if column in LIST_COLUMNS:
        return [part.strip() for part in value.split(";") if part.strip()]
    if column in BOOL_COLUMNS:
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        errors.append(f"{label} must be yes or no, not ‘{value[:40]}’")
        return None
    if column in INT_COLUMNS:
        try:
            return int(value)
        except ValueError:
            errors.append(f"{label} must be a whole number, not ‘{value[:40]}’")
            return None
    if column in FLOAT_COLUMNS:
        try:
            number = float(value)
        except ValueError:
            errors.append(f"{label} must be a number of kilometres, not ‘{value[:40]}’")
            return None
        if number != number or number in (float("inf"), float("-inf")):
            errors.append(f"{label} must be a number of kilometres")
            return None
        return number
    return value


def parse_students_csv(data: bytes, existing_pseudonyms: set[str] | None = None) -> UploadPreview:
    """Read a student CSV and check every row, writing nothing."""
    preview = UploadPreview()
    if not data.strip():
        preview.file_errors.append("The file is empty. Use the template and add one student a row.")
        return preview
    if len(data) > MAX_BYTES:
        preview.file_errors.append(
            f"The file is larger than {MAX_BYTES // 1024} KB. Split the class into smaller files."
        )
        return preview
    if b"\x00" in data:
        preview.file_errors.append("The file is not a CSV text file. Save it as CSV UTF-8.")
        return preview
    try:
        text = _decode(data)
    except ValueError as error:
        preview.file_errors.append(str(error))
        return preview
    csv.field_size_limit(MAX_CELL * 4)
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        preview.file_errors.append("The file has no header row. Use the template.")
        return preview
    columns = [h.strip().lower().replace(" ", "_") for h in header]
    if "pseudonym" not in columns:
        preview.file_errors.append(
            "The file has no ‘pseudonym’ column. Use the template: its first row names the columns."
        )
        return preview
    unknown = [c for c in columns if c and c not in COLUMNS]
    if unknown:
        preview.file_errors.append(
            "Remove or rename these columns, which we do not recognise: "
            + ", ".join(u[:40] for u in unknown[:10])
        )
        return preview
    if len(set(columns)) != len(columns):
        preview.file_errors.append("Each column must appear only once in the header row.")
        return preview

    existing = {p.lower() for p in (existing_pseudonyms or set())}
    seen: dict[str, int] = {}
    try:
        for record in reader:
            if not any(cell.strip() for cell in record):
                continue
            line = reader.line_num
            if len(preview.rows) >= MAX_ROWS:
                preview.file_errors.append(
                    f"The file has more than {MAX_ROWS} students. Split it into smaller files."
                )
                return preview
            preview.rows.append(_check_row(line, columns, record, existing, seen))
    except csv.Error as error:
        preview.file_errors.append(
            f"Line {reader.line_num} could not be read ({error}). Check quotes and commas."
        )
    if not preview.rows and not preview.file_errors:
        preview.file_errors.append("The file has no students in it. Add one student a row.")
    return preview


def _check_row(
    line: int, columns: list[str], record: list[str], existing: set[str], seen: dict[str, int]
) -> UploadRow:
    errors: list[str] = []
    if len(record) > len(columns):
        errors.append(f"Row has {len(record)} cells but the header has {len(columns)}")
    values: dict[str, Any] = {}
    for column, raw in zip(columns, record, strict=False):
        if len(raw) > MAX_CELL:
            errors.append(f"{COLUMN_LABELS[column]} is longer than {MAX_CELL} characters")
            continue
        values[column] = _cell(raw, column, errors)
    pseudonym = " ".join(str(values.pop("pseudonym", None) or "").split())
    consent = bool(values.pop("circumstances_consent", None))
    row = UploadRow(line=line, pseudonym=pseudonym, answers=values, consent=consent, errors=errors)
    problem = check_pseudonym(pseudonym)
    if problem:
        row.errors.append(problem)
    else:
        key = pseudonym.lower()
        if key in existing:
            row.errors.append(f"There is already a student called {pseudonym} in this cohort")
        elif key in seen:
            row.errors.append(f"{pseudonym} is also on line {seen[key]}: pseudonyms must differ")
        else:
            seen[key] = line
        if looks_like_name(pseudonym):
            row.warnings.append(
                f"‘{pseudonym}’ looks like a real name. Use a pseudonym or candidate number."
            )
    if not errors:
        try:
            clean_answers(values, consent)
        except CohortError as error:
            row.errors.extend(error.errors.values())
    return row


def existing_pseudonyms(session: Session, cohort: Cohort) -> set[str]:
    return set(session.scalars(select(Student.pseudonym).where(Student.cohort_id == cohort.id)))


def import_students(session: Session, cohort: Cohort, data: bytes) -> int:
    """Check the file again and add every student, or none: raises CohortError on any problem."""
    preview = parse_students_csv(data, existing_pseudonyms(session, cohort))
    if not preview.ok:
        problems = f"The file has {preview.error_count} problems. Nothing was added."
        raise CohortError({"file": problems})
    with session.begin_nested():
        for row in preview.rows:
            add_student(session, cohort, row.pseudonym, row.answers, row.consent)
    return len(preview.rows)
