"""A cohort's students: add, change and remove one; their matches, shortlist and note."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from careers.advisers import bp
from careers.advisers.access import cohort_or_404, student_or_404
from careers.advisers.forms import ConfirmForm, NoteForm, ShortlistForm, StudentForm
from careers.extensions import db
from careers.models import Student
from careers.services import cohorts
from careers.services.batch_matching import matches_of


def _apply_errors(form: StudentForm, errors: dict[str, str]) -> None:
    for name, message in errors.items():
        field = getattr(form, name, None) or form.about
        field.errors = [*list(field.errors or []), message]


def _name_warning(form: StudentForm) -> bool:
    """True (and the form re-shown) when the pseudonym looks like a name and is not confirmed."""
    if cohorts.looks_like_name(form.pseudonym.data or "") and not form.not_a_name.data:
        form.pseudonym.errors = [
            "This looks like a real name. Use a pseudonym or candidate number instead, or "
            "confirm below that it is not the student's name"
        ]
        return True
    return False


@bp.route("/cohorts/<int:cohort_id>/students/new", methods=["GET", "POST"])
def student_new(cohort_id: int) -> str | Response:
    cohort = cohort_or_404(cohort_id)
    form = StudentForm()
    if form.validate_on_submit() and not _name_warning(form):
        try:
            student = cohorts.add_student(
                db.session(),
                cohort,
                form.pseudonym.data or "",
                form.answers(),
                bool(form.circumstances_consent.data),
            )
        except cohorts.CohortError as error:
            db.session.rollback()
            _apply_errors(form, error.errors)
        else:
            db.session.commit()
            flash(f"{student.pseudonym} added")
            return redirect(url_for("advisers.cohort", cohort_id=cohort.id))
    return render_template("advisers/student_new.html", cohort=cohort, form=form)


@bp.get("/cohorts/<int:cohort_id>/students/<int:student_id>")
def student(cohort_id: int, student_id: int) -> str:
    cohort, student = student_or_404(cohort_id, student_id)
    note_form = NoteForm(note=student.note or "")
    return render_template(
        "advisers/student.html",
        cohort=cohort,
        student=student,
        matches=matches_of(student),
        note_form=note_form,
        form=ShortlistForm(),
    )


@bp.route("/cohorts/<int:cohort_id>/students/<int:student_id>/edit", methods=["GET", "POST"])
def student_edit(cohort_id: int, student_id: int) -> str | Response:
    cohort, student = student_or_404(cohort_id, student_id)
    form = StudentForm()
    if not form.is_submitted():
        form.fill_from(student)
        form.not_a_name.data = cohorts.looks_like_name(student.pseudonym)
    elif form.validate() and not _name_warning(form):
        try:
            cohorts.update_student(
                db.session(),
                student,
                form.pseudonym.data or "",
                form.answers(),
                bool(form.circumstances_consent.data),
            )
        except cohorts.CohortError as error:
            db.session.rollback()
            _apply_errors(form, error.errors)
        else:
            db.session.commit()
            flash(f"{student.pseudonym}'s answers saved")
            return _to_student(student)
    return render_template("advisers/student_edit.html", cohort=cohort, student=student, form=form)


@bp.route("/cohorts/<int:cohort_id>/students/<int:student_id>/delete", methods=["GET", "POST"])
def student_delete(cohort_id: int, student_id: int) -> str | Response:
    cohort, student = student_or_404(cohort_id, student_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        pseudonym = student.pseudonym
        cohorts.delete_student(db.session(), student)
        db.session.commit()
        flash(f"{pseudonym} and their answers deleted")
        return redirect(url_for("advisers.cohort", cohort_id=cohort.id))
    return render_template(
        "advisers/student_delete.html", cohort=cohort, student=student, form=form
    )


@bp.post("/cohorts/<int:cohort_id>/students/<int:student_id>/shortlist")
def shortlist(cohort_id: int, student_id: int) -> Response:
    _cohort, student = student_or_404(cohort_id, student_id)
    form = ShortlistForm()
    known = {m["ref"] for m in matches_of(student)} | set(student.pinned_refs)
    if form.validate_on_submit() and form.ref.data in known:
        try:
            if form.action.data == "unpin":
                cohorts.unpin(db.session(), student, form.ref.data)
            else:
                cohorts.pin(db.session(), student, form.ref.data)
        except cohorts.CohortError as error:
            flash(error.errors["ref"], "error")
        else:
            db.session.commit()
    return _to_student(student, anchor="matches")


@bp.post("/cohorts/<int:cohort_id>/students/<int:student_id>/note")
def note(cohort_id: int, student_id: int) -> str | Response:
    cohort, student = student_or_404(cohort_id, student_id)
    form = NoteForm()
    if form.validate_on_submit():
        cohorts.set_note(db.session(), student, form.note.data or "")
        db.session.commit()
        flash("Note saved")
        return _to_student(student)
    return render_template(
        "advisers/student.html",
        cohort=cohort,
        student=student,
        matches=matches_of(student),
        note_form=form,
        form=ShortlistForm(),
    )


def _to_student(student: Student, anchor: str | None = None) -> Response:
    return redirect(
        url_for(
            "advisers.student",
            cohort_id=student.cohort_id,
            student_id=student.id,
            _anchor=anchor,
        )
    )
