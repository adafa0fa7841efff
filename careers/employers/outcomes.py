"""Outcomes employers record: per pathway and month by hand, or many at once from a CSV (all or
nothing). Published beside reach with the same protection (careers/services/outcomes.py)."""

from __future__ import annotations

from flask import Response, flash, redirect, render_template, request, url_for
from werkzeug.wrappers import Response as Redirect

from careers import auth
from careers.employers import bp
from careers.employers.outcome_forms import OutcomeForm
from careers.extensions import db
from careers.services import outcomes

RECORDERS = ("org_admin", "editor")


@bp.route("/employers/pathways/<int:pathway_id>/outcomes", methods=["GET", "POST"])
@auth.roles_required(*RECORDERS)
def pathway_outcomes(pathway_id: int) -> str | Redirect:
    pathway = auth.get_pathway_or_404(pathway_id)
    form = OutcomeForm()
    if form.validate_on_submit():
        user, today = auth.require_user(), auth.now().date()
        try:
            row = outcomes.record_entry(db.session(), pathway, form.values(), user.id, today)
        except outcomes.OutcomeError as problem:
            form.show_errors(problem.errors)
        else:
            db.session.commit()
            flash(f"Outcomes for {row.month:%B %Y} saved")
            return redirect(url_for("employers.pathway_outcomes", pathway_id=pathway.id))
    return render_template(
        "employers/pathway_outcomes.html",
        pathway=pathway,
        form=form,
        rows=outcomes.recorded(db.session(), pathway.id),
        labels=outcomes.STAGE_LABELS,
    )


@bp.route("/employers/outcomes", methods=["GET", "POST"])
@auth.roles_required(*RECORDERS)
def outcomes_import() -> tuple[str, int] | Redirect:
    user = auth.require_user()
    errors: dict[str, str] = {}
    if request.method == "POST":
        file = request.files.get("file")
        data = file.read(outcomes.MAX_CSV_BYTES + 1) if file and file.filename else b""
        try:
            if not data or user.organisation_id is None:
                raise outcomes.OutcomeError({"file": "Select a CSV file to upload"})
            added = outcomes.import_csv(
                db.session(), user.organisation_id, data, user.id, auth.now().date()
            )
        except outcomes.OutcomeError as problem:
            db.session.rollback()
            errors = problem.errors
        else:
            db.session.commit()
            flash(f"Outcomes recorded for {added} {'month' if added == 1 else 'months'}")
            return redirect(url_for("employers.organisation_reach"))
    return render_template("employers/outcomes_import.html", errors=errors), 400 if errors else 200


@bp.get("/employers/outcomes-template.csv")
@auth.roles_required(*RECORDERS)
def outcomes_template() -> Response:
    return Response(
        outcomes.template_csv(),
        mimetype="text/csv",
        headers={"Content-Disposition": "attachment; filename=outcomes-template.csv"},
    )
