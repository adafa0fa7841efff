"""Insights for a cohort, with charts, tables and a CSV export."""

from __future__ import annotations

from flask import render_template
from werkzeug.wrappers import Response

from careers.advisers import bp
from careers.advisers.access import cohort_or_404, today
from careers.extensions import db
from careers.services import cohort_insights


@bp.get("/cohorts/<int:cohort_id>/insights")
def insights(cohort_id: int) -> str:
    cohort = cohort_or_404(cohort_id)
    found = cohort_insights.cohort_insights(db.session(), cohort, today())
    return render_template(
        "advisers/insights.html",
        cohort=cohort,
        insights=found,
        ready_threshold=cohort_insights.READY_THRESHOLD,
    )


@bp.get("/cohorts/<int:cohort_id>/insights.csv")
def insights_csv(cohort_id: int) -> Response:
    cohort = cohort_or_404(cohort_id)
    found = cohort_insights.cohort_insights(db.session(), cohort, today())
    return Response(
        cohort_insights.insights_csv(cohort, found),
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename=cohort-{cohort.id}-insights.csv"},
    )
