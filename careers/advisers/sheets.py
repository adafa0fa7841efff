"""Printable pathway sheets: one student's, or a whole cohort's pack in one print."""

from __future__ import annotations

from flask import render_template

from careers.advisers import bp
from careers.advisers.access import cohort_or_404, student_or_404, today
from careers.extensions import db
from careers.services import sheets


@bp.get("/cohorts/<int:cohort_id>/students/<int:student_id>/sheet")
def sheet(cohort_id: int, student_id: int) -> str:
    cohort, student = student_or_404(cohort_id, student_id)
    sheet = sheets.student_sheet(db.session(), student, today())
    db.session.commit()  # its short link's code, the first time
    return render_template("advisers/sheet.html", cohort=cohort, sheets=[sheet], today=today())


@bp.get("/cohorts/<int:cohort_id>/pack")
def pack(cohort_id: int) -> str:
    cohort = cohort_or_404(cohort_id)
    all_sheets = sheets.cohort_sheets(db.session(), cohort, today())
    db.session.commit()
    return render_template("advisers/pack.html", cohort=cohort, sheets=all_sheets, today=today())
