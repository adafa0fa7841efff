"""Reach: whom pathways reach, per organisation, per pathway and across organisations (site
administrators), with CSV exports. Aggregate only (careers/services/reach.py)."""

from __future__ import annotations

from urllib.parse import urlencode

from flask import Response, abort, render_template, request

from careers import auth
from careers.employers import bp
from careers.employers.reach_forms import PeriodForm
from careers.extensions import db
from careers.services import outcomes, reach


def _period() -> tuple[PeriodForm, reach.Period]:
    form = PeriodForm(request.args)
    return form, form.period()


def _page(template: str, result: reach.Reach, form: PeriodForm, **context: object) -> str:
    charts = [reach.bar_chart(b) for b in result.breakdowns]
    chosen = {"start": form.start.data, "end": form.end.data} if not form.errors else {}
    query = urlencode({k: v for k, v in chosen.items() if v})
    return render_template(
        template, reach=result, charts=charts, form=form, period_query=query, **context
    )


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
    form, period = _period()
    result = reach.reach(db.session(), organisation_id=organisation.id, period=period)
    return _page(
        "employers/organisation_reach.html",
        result,
        form,
        name=organisation.name,
        outcomes=outcomes.outcomes(db.session(), organisation_id=organisation.id),
        outcome_labels=outcomes.STAGE_LABELS,
    )


@bp.get("/employers/reach.csv")
@auth.roles_required("org_admin", "editor")
def organisation_reach_csv() -> Response:
    organisation = auth.require_user().organisation or abort(403)
    result = reach.reach(db.session(), organisation_id=organisation.id, period=_period()[1])
    found = outcomes.outcomes(db.session(), organisation_id=organisation.id)
    body = reach.to_csv(result, organisation.name) + outcomes.to_csv(found)
    return _csv(body, f"reach-{organisation.slug}")


@bp.get("/employers/pathways/<int:pathway_id>/reach")
@auth.roles_required(*auth.EMPLOYER_ROLES)
def pathway_reach(pathway_id: int) -> str:
    pathway = auth.get_pathway_or_404(pathway_id)
    form, period = _period()
    result = reach.reach(db.session(), pathway_id=pathway.id, period=period)
    return _page(
        "employers/pathway_reach.html",
        result,
        form,
        pathway=pathway,
        name=pathway.title,
        outcomes=outcomes.outcomes(db.session(), pathway_id=pathway.id),
        outcome_labels=outcomes.STAGE_LABELS,
    )


@bp.get("/employers/pathways/<int:pathway_id>/reach.csv")
@auth.roles_required(*auth.EMPLOYER_ROLES)
def pathway_reach_csv(pathway_id: int) -> Response:
    pathway = auth.get_pathway_or_404(pathway_id)
    result = reach.reach(db.session(), pathway_id=pathway.id, period=_period()[1])
    body = reach.to_csv(result, pathway.title)
    body += outcomes.to_csv(outcomes.outcomes(db.session(), pathway_id=pathway.id))
    return _csv(body, f"reach-{pathway.ref}")


@bp.get("/admin/reach")
@auth.roles_required("site_admin")
def admin_reach() -> str:
    form, period = _period()
    result = reach.reach(db.session(), period=period)
    return _page(
        "employers/admin_reach.html",
        result,
        form,
        organisations=reach.by_organisation(db.session()),
        outcomes=outcomes.outcomes(db.session()),
        outcome_labels=outcomes.STAGE_LABELS,
    )


@bp.get("/admin/reach.csv")
@auth.roles_required("site_admin")
def admin_reach_csv() -> Response:
    result = reach.reach(db.session(), period=_period()[1])
    body = reach.to_csv(result, "All organisations") + outcomes.to_csv(
        outcomes.outcomes(db.session())
    )
    return _csv(body, "reach-all-organisations")


@bp.get("/admin/reach-by-organisation.csv")
@auth.roles_required("site_admin")
def admin_reach_organisations_csv() -> Response:
    body = reach.organisations_csv(reach.by_organisation(db.session()))
    return _csv(body, "reach-by-organisation")
