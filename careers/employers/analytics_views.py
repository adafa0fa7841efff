"""Reach analytics per organisation and per pathway, with CSV export; and the audit log."""

from __future__ import annotations

from flask import Response, abort, render_template, request

from careers import auth
from careers.cleaning import whole_number
from careers.employers import bp
from careers.extensions import db
from careers.services import analytics, audit


def _csv(body: str, name: str) -> Response:
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f"attachment; filename={name}.csv"},
    )


@bp.get("/employers/reach")
@auth.roles_required("org_admin", "editor")
def organisation_analytics() -> str:
    organisation = auth.require_user().organisation or abort(403)
    result = analytics.reach(db.session(), organisation_id=organisation.id)
    return render_template(
        "employers/organisation_analytics.html",
        name=organisation.name,
        reach=result,
        charts=[analytics.bar_chart(b) for b in result.breakdowns],
    )


@bp.get("/employers/reach.csv")
@auth.roles_required("org_admin", "editor")
def organisation_analytics_csv() -> Response:
    organisation = auth.require_user().organisation or abort(403)
    result = analytics.reach(db.session(), organisation_id=organisation.id)
    return _csv(analytics.to_csv(result, organisation.name), f"reach-{organisation.slug}")


@bp.get("/employers/pathways/<int:pathway_id>/reach")
@auth.roles_required(*auth.EMPLOYER_ROLES)
def pathway_analytics(pathway_id: int) -> str:
    pathway = auth.get_pathway_or_404(pathway_id)
    result = analytics.reach(db.session(), pathway_id=pathway.id)
    return render_template(
        "employers/pathway_analytics.html",
        pathway=pathway,
        name=pathway.title,
        reach=result,
        charts=[analytics.bar_chart(b) for b in result.breakdowns],
    )


@bp.get("/employers/pathways/<int:pathway_id>/reach.csv")
@auth.roles_required(*auth.EMPLOYER_ROLES)
def pathway_analytics_csv(pathway_id: int) -> Response:
    pathway = auth.get_pathway_or_404(pathway_id)
    result = analytics.reach(db.session(), pathway_id=pathway.id)
    return _csv(analytics.to_csv(result, pathway.title), f"reach-{pathway.ref}")


@bp.get("/employers/audit-log")
@auth.roles_required(*auth.ORG_MANAGER_ROLES)
def audit_log() -> str:
    user = auth.require_user()
    page = request.args.get("page", "1")
    found = audit.entries(
        db.session(), auth.organisation_scope(user), whole_number(page) or 1
    )
    return render_template("employers/audit_log.html", found=found)


@bp.get("/admin/reach")
@auth.roles_required("site_admin")
def admin_reach() -> str:
    result = analytics.reach(db.session())
    return render_template(
        "employers/admin_reach.html",
        reach=result,
        charts=[analytics.bar_chart(b) for b in result.breakdowns],
        organisations=analytics.by_organisation(db.session()),
    )


@bp.get("/admin/reach.csv")
@auth.roles_required("site_admin")
def admin_reach_csv() -> Response:
    result = analytics.reach(db.session())
    return _csv(analytics.to_csv(result, "All organisations"), "reach-all-organisations")


@bp.get("/admin/reach-by-organisation.csv")
@auth.roles_required("site_admin")
def admin_reach_organisations_csv() -> Response:
    body = analytics.organisations_csv(analytics.by_organisation(db.session()))
    return _csv(body, "reach-by-organisation")
