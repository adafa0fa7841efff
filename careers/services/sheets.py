"""Pathway sheets: one printable page per student with their shortlist, what each pathway
involves, how to apply, its closing date and the route from where they stand."""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from careers.models import Cohort, Pathway, Student
from careers.services.batch_matching import barrier_need, matches_of
from careers.services.pathways import is_public

SHEET_SIZE = 5  # pathways on a sheet when the adviser has pinned none
# The code of the short link on each sheet (services/handoff.py)
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"  # no 0/o, 1/l/i: read off paper and typed in
CODE_LENGTH = 10  # about 50 bits: not guessable at the rate /s/ allows


@dataclass
class SheetItem:
    ref: str
    title: str
    organisation: str
    type: str
    level: int | None
    summary: str
    apply_url: str | None
    closing_date: dt.date | None
    start_date: dt.date | None
    pay_min: float | None
    pay_max: float | None
    pay_period: str | None
    hours_per_week: float | None
    eligible_now: bool | None  # None: their answers do not say (see check)
    needs: list[str]
    check: list[str]
    reasons: list[str]
    route: list[str]
    distance_km: float | None
    pinned: bool
    open: bool


@dataclass
class Sheet:
    student_id: int
    pseudonym: str
    note: str | None
    items: list[SheetItem] = field(default_factory=list)
    matched: bool = False
    share_code: str = ""  # the short link's code: /s/<share_code>


def shortlist_refs(student: Student) -> list[str]:
    """The pathways on the student's sheet: those pinned, or else their best matches."""
    if student.pinned_refs:
        return list(student.pinned_refs)
    return [m["ref"] for m in matches_of(student)[:SHEET_SIZE]]


def share_code_for(session: Session, student: Student) -> str:
    """The student's short-link code, made the first time a sheet is printed (random: never
    their pseudonym)."""
    if not student.share_code:
        student.share_code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
        session.flush()
    return student.share_code


def build_sheets(session: Session, students: list[Student], today: dt.date) -> list[Sheet]:
    """The sheets (the caller commits: a student printed for the first time gets a code)."""
    for student in students:
        share_code_for(session, student)
    refs = {ref for s in students for ref in shortlist_refs(s)}
    pathways = {
        p.ref: p
        for p in session.scalars(
            select(Pathway).where(Pathway.ref.in_(refs)).options(selectinload(Pathway.organisation))
        )
    }
    return [_sheet(student, pathways, today) for student in students]


def student_sheet(session: Session, student: Student, today: dt.date) -> Sheet:
    return build_sheets(session, [student], today)[0]


def cohort_sheets(session: Session, cohort: Cohort, today: dt.date) -> list[Sheet]:
    students = list(
        session.scalars(
            select(Student).where(Student.cohort_id == cohort.id).order_by(Student.pseudonym)
        )
    )
    return build_sheets(session, students, today)


def _sheet(student: Student, pathways: dict[str, Pathway], today: dt.date) -> Sheet:
    sheet = Sheet(
        student_id=student.id,
        pseudonym=student.pseudonym,
        note=student.note,
        matched=student.matches is not None,
        share_code=student.share_code or "",
    )
    matched: dict[str, dict[str, Any]] = {m["ref"]: m for m in matches_of(student)}
    pinned = set(student.pinned_refs or [])
    for ref in shortlist_refs(student):
        pathway = pathways.get(ref)
        if pathway is None or not is_public(pathway):
            continue
        result = matched.get(ref, {})
        is_open = pathway.status == "published" and (
            pathway.closing_date is None or pathway.closing_date >= today
        )
        barriers = list(result.get("barriers") or [])
        sheet.items.append(
            SheetItem(
                ref=ref,
                title=pathway.title,
                organisation=pathway.organisation.name,
                type=pathway.type,
                level=pathway.level,
                summary=pathway.summary or pathway.description,
                apply_url=pathway.apply_url,
                closing_date=pathway.closing_date,
                start_date=pathway.start_date,
                pay_min=pathway.pay_min,
                pay_max=pathway.pay_max,
                pay_period=pathway.pay_period,
                hours_per_week=pathway.hours_per_week,
                eligible_now=result.get("eligible_now") if is_open else False,
                needs=[barrier_need(b) for b in barriers],
                check=[barrier_need(u) for u in result.get("unknowns") or []],
                reasons=list(result.get("reasons") or []),
                route=[step["title"] for step in result.get("route") or []],
                distance_km=result.get("distance_km"),
                pinned=ref in pinned,
                open=is_open,
            )
        )
    return sheet
