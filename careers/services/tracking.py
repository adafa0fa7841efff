"""Tracking for careers leaders (in the style of Compass+): each student's encounters with
employers and workplaces (Gatsby benchmarks 5 and 6) and where they went next, recorded by the
adviser under the student's pseudonym, and a cohort CSV to take into a tracking tool.

What is kept is a kind from a list, a date, the employer's or provider's name, and the pathway's
reference if it was one of ours: never anything about the student beyond their pseudonym. It is
deleted with the student or the cohort (services/retention.py deletes expired cohorts).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re

from sqlalchemy.orm import Session

from careers.csv_cells import safe_row
from careers.formatting import label
from careers.models import DESTINATIONS, ENCOUNTER_KINDS, Cohort, Student, StudentEncounter

# Gatsby benchmark 5: encounters with employers and employees; 6: experiences of workplaces
BENCHMARKS = {
    "employer_talk": 5,
    "careers_fair": 5,
    "mentoring": 5,
    "enterprise_activity": 5,
    "workplace_visit": 6,
    "work_experience": 6,
    "job_shadowing": 6,
}
ENCOUNTER_LABELS = {
    "employer_talk": "Employer talk or workshop",
    "careers_fair": "Careers fair",
    "mentoring": "Mentoring by someone at work",
    "enterprise_activity": "Enterprise activity or competition",
    "workplace_visit": "Workplace visit",
    "work_experience": "Work experience",
    "job_shadowing": "Job shadowing",
    "other_encounter": "Something else",
}
DESTINATION_LABELS = {
    "apprenticeship": "Apprenticeship",
    "employment": "Job",
    "further_education": "Further education (sixth form or college)",
    "higher_education": "Higher education (university)",
    "training": "Traineeship or other training",
    "volunteering": "Volunteering",
    "neet_destination": "Not in education, employment or training",
    "not_known": "Not known yet",
}
CSV_COLUMNS = (
    "Student",
    "Record",
    "Date",
    "Type",
    "Gatsby benchmark",
    "Employer or provider",
    "Pathway reference",
)
_DATE = re.compile(r"^\s*(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4}))\s*$")
EARLIEST = dt.date(2000, 1, 1)


class TrackingError(Exception):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def parse_day(
    text: str, latest: dt.date, too_late: str = "The date must be today or in the past"
) -> dt.date:
    """'14/11/2026' or '2026-11-14' as a date, no later than `latest`."""
    found = _DATE.match(text or "")
    if not found:
        raise ValueError("Enter the date like 14/11/2026")
    year, month, day = (
        (found[1], found[2], found[3]) if found[1] else (found[6], found[5], found[4])
    )
    try:
        when = dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError("Enter a real date, like 14/11/2026") from None
    if when < EARLIEST:
        raise ValueError("Enter a date from 2000 on")
    if when > latest:
        raise ValueError(too_late)
    return when


def _text(value: str | None, limit: int) -> str | None:
    cleaned = " ".join((value or "").split())[:limit]
    return cleaned or None


def add_encounter(
    session: Session, student: Student, values: dict[str, str], today: dt.date
) -> StudentEncounter:
    """Record an encounter (kind, day, employer, pathway reference). The caller commits."""
    errors: dict[str, str] = {}
    kind = values.get("kind") or ""
    if kind not in ENCOUNTER_KINDS:
        errors["kind"] = "Select what kind of encounter it was"
    day = None
    try:
        day = parse_day(values.get("day") or "", today)
    except ValueError as problem:
        errors["day"] = str(problem)
    if errors or day is None:
        raise TrackingError(errors)
    encounter = StudentEncounter(
        student_id=student.id,
        kind=kind,
        day=day,
        employer=_text(values.get("employer"), 200),
        pathway_ref=_text(values.get("pathway_ref"), 80),
    )
    session.add(encounter)
    session.flush()
    session.refresh(student)
    return encounter


def remove_encounter(session: Session, student: Student, encounter_id: int) -> bool:
    encounter = session.get(StudentEncounter, encounter_id)
    if encounter is None or encounter.student_id != student.id:
        return False
    session.delete(encounter)
    session.flush()
    session.refresh(student)
    return True


def set_destination(
    session: Session, student: Student, values: dict[str, str], today: dt.date
) -> None:
    """Where they went next: a destination from the list, with whom, from when (may be soon)."""
    errors: dict[str, str] = {}
    destination = values.get("destination") or ""
    if destination not in DESTINATIONS:
        errors["destination"] = "Select where they went next"
    day = None
    if (values.get("day") or "").strip():
        try:
            latest = today + dt.timedelta(days=366)
            day = parse_day(values["day"], latest, "The date must be within the next year")
        except ValueError as problem:
            errors["day"] = str(problem)
    if errors:
        raise TrackingError(errors)
    student.destination = destination
    student.destination_with = _text(values.get("with"), 200)
    student.destination_on = day
    session.flush()


def encounter_label(kind: str) -> str:
    return ENCOUNTER_LABELS.get(kind, label(kind))


def cohort_csv(cohort: Cohort) -> str:
    """One row per encounter and one per destination, under each student's pseudonym; a student
    with nothing recorded yet has one row saying so, so that every student is there."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for student in cohort.students:
        rows = 0
        for encounter in student.encounters:
            benchmark = BENCHMARKS.get(encounter.kind)
            writer.writerow(
                safe_row(
                    [
                        student.pseudonym,
                        "Encounter",
                        encounter.day.isoformat(),
                        encounter_label(encounter.kind),
                        f"GB{benchmark}" if benchmark else "",
                        encounter.employer,
                        encounter.pathway_ref,
                    ]
                )
            )
            rows += 1
        if student.destination:
            writer.writerow(
                safe_row(
                    [
                        student.pseudonym,
                        "Destination",
                        student.destination_on.isoformat() if student.destination_on else "",
                        DESTINATION_LABELS.get(student.destination, label(student.destination)),
                        "",
                        student.destination_with,
                        "",
                    ]
                )
            )
            rows += 1
        if not rows:
            writer.writerow(
                safe_row([student.pseudonym, "Nothing recorded yet", "", "", "", "", ""])
            )
    return out.getvalue()
