"""Batch matching for a cohort: during the request for a class, in the background for more,
with a progress page that refreshes itself (no JavaScript needed)."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response

from careers.advisers import bp
from careers.advisers.access import cohort_or_404, user_id
from careers.advisers.forms import ConfirmForm
from careers.extensions import db, matcher
from careers.services import batch_matching, jobs


@bp.post("/cohorts/<int:cohort_id>/matches")
def cohort_match(cohort_id: int) -> Response:
    cohort = cohort_or_404(cohort_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    if not batch_matching.needs_background(len(cohort.students)):
        matched = batch_matching.match_cohort(db.session(), matcher(), cohort.id)
        db.session.commit()
        flash(f"Matched {matched} students")
        return redirect(url_for("advisers.cohort", cohort_id=cohort.id))
    job = batch_matching.start_match_job(db.session(), cohort, user_id())
    return redirect(url_for("advisers.cohort_match_progress", cohort_id=cohort.id, job_id=job.id))


@bp.get("/cohorts/<int:cohort_id>/matches/<int:job_id>")
def cohort_match_progress(cohort_id: int, job_id: int) -> str | Response:
    cohort = cohort_or_404(cohort_id)
    job = batch_matching.match_job_for(db.session(), cohort, job_id)
    if job is None:
        abort(404)
    if job.status == "done":
        flash(f"Matched {job.total} students")
        return redirect(url_for("advisers.cohort", cohort_id=cohort.id))
    return render_template(
        "advisers/cohort_match_progress.html", cohort=cohort, job=job, percent=jobs.percent(job)
    )
