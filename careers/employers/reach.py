"""Reach: whom pathways reach, per organisation, per pathway and across organisations (site
administrators), with CSV exports. Aggregate only (careers/services/reach.py)."""

from __future__ import annotations

from flask import Response, abort, render_template

from careers import auth
from careers.employers import bp
from careers.extensions import db
from careers.services import outcomes, reach


def _csv(body: str, name: str) -> Response:
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={name}.csv"},
    )


@bp.get("/employers/reach")
@auth.roles_required("org_admin", "editor")
def organisation_reach() -> str:
    organisation = auth.require_user().organisation or abort(403)
    result = reach.reach(db.session(), organisation_id=organisation.id)
    return render_template(
        "employers/organisation_reach.html",
        name=organisation.name,
        reach=result,
        charts=[reach.bar_chart(b) for b in result.breakdowns],
        outcomes=outcomes.outcomes(db.session(), organisation_id=organisation.id),
        outcome_labels=outcomes.STAGE_LABELS,
    )


@bp.get("/employers/reach.csv")
@auth.roles_required("org_admin", "editor")
def organisation_reach_csv() -> Response:
    organisation = auth.require_user().organisation or abort(403)
    result = reach.reach(db.session(), organisation_id=organisation.id)
    found = outcomes.outcomes(db.session(), organisation_id=organisation.id)
    body = reach.to_csv(result, organisation.name) + outcomes.to_csv(found)
    return _csv(body, f"reach-{organisation.slug}")


@bp.get("/employers/pathways/<int:pathway_id>/reach")
@auth.roles_required(*auth.EMPLOYER_ROLES)
def pathway_reach(pathway_id: int) -> str:
    pathway = auth.get_pathway_or_404(pathway_id)
    result = reach.reach(db.session(), pathway_id=pathway.id)
    return render_template(
        "employers/pathway_reach.html",
        pathway=pathway,
        name=pathway.title,
        reach=result,
        charts=[reach.bar_chart(b) for b in result.breakdowns],
        outcomes=outcomes.outcomes(db.session(), pathway_id=pathway.id),
        outcome_labels=outcomes.STAGE_LABELS,
    )


@bp.get("/employers/pathways/<int:pathway_id>/reach.csv")
@auth.roles_required(*auth.EMPLOYER_ROLES)
def pathway_reach_csv(pathway_id: int) -> Response:
    pathway = auth.get_pathway_or_404(pathway_id)
    result = reach.reach(db.session(), pathway_id=pathway.id)
    body = reach.to_csv(result, pathway.title)
    body += outcomes.to_csv(outcomes.outcomes(db.session(), pathway_id=pathway.id))
    return _csv(body, f"reach-{pathway.ref}")


@bp.get("/admin/reach")
@auth.roles_required("site_admin")
def admin_reach() -> str:
    result = reach.reach(db.session())
    return render_template(
        "employers/admin_reach.html",
        reach=result,
        charts=[reach.bar_chart(b) for b in result.breakdowns],
        organisations=reach.by_organisation(db.session()),
        outcomes=outcomes.outcomes(db.session()),
        outcome_labels=outcomes.STAGE_LABELS,
    )


@bp.get("/admin/reach.csv")
@auth.roles_required("site_admin")
def admin_reach_csv() -> Response:
    result = reach.reach(db.session())
    body = reach.to_csv(result, "All organisations") + outcomes.to_csv(
        outcomes.outcomes(db.session())
    )
    return _csv(body, "reach-all-organisations")


@bp.get("/admin/reach-by-organisation.csv")
@auth.roles_required("site_admin")
def admin_reach_organisations_csv() -> Response:
    body = reach.organisations_csv(reach.by_organisation(db.session()))
    return _csv(body, "reach-by-organisation")
