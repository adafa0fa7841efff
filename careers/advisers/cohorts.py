"""Cohorts: the list, creating, renewing and deleting one, and its page of students."""

from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from careers.advisers import bp
from careers.advisers.access import cohort_or_404, organisation_id, today, user_id
from careers.advisers.forms import CohortForm, ConfirmForm
from careers.extensions import db
from careers.services import cohorts
from careers.services.batch_matching import INLINE_LIMIT, matches_of


@bp.get("/")
def index() -> str:
    rows = cohorts.list_cohorts(db.session(), organisation_id(), today())
    return render_template("advisers/index.html", rows=rows)


@bp.route("/cohorts/new", methods=["GET", "POST"])
def cohort_new() -> str | Response:
    form = CohortForm()
    if form.validate_on_submit():
        try:
            cohort = cohorts.create_cohort(
                db.session(), organisation_id(), user_id(), form.name.data or "", today()
            )
        except cohorts.CohortError as error:
            form.name.errors = [error.errors["name"]]
        else:
            db.session.commit()
            flash(f"Cohort ‘{cohort.name}’ created")
            return redirect(url_for("advisers.cohort", cohort_id=cohort.id))
    return render_template("advisers/cohort_new.html", form=form)


@bp.get("/cohorts/<int:cohort_id>")
def cohort(cohort_id: int) -> str:
    cohort = cohort_or_404(cohort_id)
    rows = [(s, matches_of(s)) for s in cohort.students]
    return render_template(
        "advisers/cohort.html",
        cohort=cohort,
        rows=rows,
        form=ConfirmForm(),
        inline_limit=INLINE_LIMIT,
        can_renew=cohorts.can_renew(cohort, today()),
    )


@bp.post("/cohorts/<int:cohort_id>/renewal")
def cohort_renew(cohort_id: int) -> Response:
    cohort = cohort_or_404(cohort_id)
    if ConfirmForm().validate_on_submit():
        until = cohorts.renew_cohort(db.session(), cohort, today())
        db.session.commit()
        flash(f"Cohort kept until {until.day} {until:%B %Y}")
    return redirect(url_for("advisers.cohort", cohort_id=cohort.id))


@bp.route("/cohorts/<int:cohort_id>/delete", methods=["GET", "POST"])
def cohort_delete(cohort_id: int) -> str | Response:
    cohort = cohort_or_404(cohort_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        name = cohort.name
        cohorts.delete_cohort(db.session(), cohort.id)
        db.session.commit()
        flash(f"Cohort ‘{name}’ and all its students' data deleted")
        return redirect(url_for("advisers.index"))
    return render_template("advisers/cohort_delete.html", cohort=cohort, form=form)
