"""Tracking a student's encounters with employers and their destination, and the cohort's CSV
for a tracking tool such as Compass+ (careers/services/tracking.py)."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response as Redirect

from careers.advisers import bp
from careers.advisers.access import cohort_or_404, student_or_404, today
from careers.advisers.forms import ConfirmForm
from careers.advisers.tracking_forms import DestinationForm, EncounterForm
from careers.extensions import db
from careers.models import Cohort, Student
from careers.services import tracking


def _render(
    cohort: Cohort,
    student: Student,
    encounter_form: EncounterForm | None = None,
    destination_form: DestinationForm | None = None,
) -> str:
    if destination_form is None:
        destination_form = DestinationForm(
            destination=student.destination,
            with_whom=student.destination_with or "",
            day=f"{student.destination_on:%d/%m/%Y}" if student.destination_on else "",
        )
    return render_template(
        "advisers/student_tracking.html",
        cohort=cohort,
        student=student,
        encounter_form=encounter_form or EncounterForm(),
        destination_form=destination_form,
        remove_form=ConfirmForm(),
        encounter_label=tracking.encounter_label,
        benchmarks=tracking.BENCHMARKS,
        destination_labels=tracking.DESTINATION_LABELS,
    )


def _back(student: Student) -> Redirect:
    return redirect(
        url_for("advisers.student_tracking", cohort_id=student.cohort_id, student_id=student.id)
    )


@bp.get("/cohorts/<int:cohort_id>/students/<int:student_id>/tracking")
def student_tracking(cohort_id: int, student_id: int) -> str:
    cohort, student = student_or_404(cohort_id, student_id)
    return _render(cohort, student)


@bp.post("/cohorts/<int:cohort_id>/students/<int:student_id>/encounters")
def encounter_add(cohort_id: int, student_id: int) -> str | Redirect:
    cohort, student = student_or_404(cohort_id, student_id)
    form = EncounterForm()
    if form.validate_on_submit():
        try:
            tracking.add_encounter(db.session(), student, form.values(), today())
        except tracking.TrackingError as error:
            for name, message in error.errors.items():
                getattr(form, name).errors = [message]
        else:
            db.session.commit()
            flash("Encounter added")
            return _back(student)
    return _render(cohort, student, encounter_form=form)


@bp.post("/cohorts/<int:cohort_id>/students/<int:student_id>/encounters/<int:encounter_id>/delete")
def encounter_remove(cohort_id: int, student_id: int, encounter_id: int) -> Redirect:
    _cohort, student = student_or_404(cohort_id, student_id)
    if ConfirmForm().validate_on_submit() and tracking.remove_encounter(
        db.session(), student, encounter_id
    ):
        db.session.commit()
        flash("Encounter removed")
    return _back(student)


@bp.post("/cohorts/<int:cohort_id>/students/<int:student_id>/destination")
def destination(cohort_id: int, student_id: int) -> str | Redirect:
    cohort, student = student_or_404(cohort_id, student_id)
    form = DestinationForm()
    if form.validate_on_submit():
        try:
            tracking.set_destination(db.session(), student, form.values(), today())
        except tracking.TrackingError as error:
            names = {"with": "with_whom"}
            for name, message in error.errors.items():
                getattr(form, names.get(name, name)).errors = [message]
        else:
            db.session.commit()
            flash("Destination saved")
            return _back(student)
    return _render(cohort, student, destination_form=form)


@bp.get("/cohorts/<int:cohort_id>/tracking.csv")
def tracking_csv(cohort_id: int) -> Response:
    cohort = cohort_or_404(cohort_id)
    return Response(
        tracking.cohort_csv(cohort),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=cohort-{cohort.id}-tracking.csv"},
    )
