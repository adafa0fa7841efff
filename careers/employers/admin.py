"""The site admin's screens under /admin/: the moderation queue, organisations, users."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from careers import auth
from careers.employers import bp
from careers.extensions import db
from careers.models import Organisation, User
from careers.services import audit, pathway_admin
from careers.services.pathway_admin import SECTIONS, PathwayActionError


@bp.get("/admin/")
@auth.roles_required("site_admin")
def admin_home() -> str:
    queue = pathway_admin.review_queue(db.session())
    return render_template("employers/admin_home.html", queue=queue)


@bp.get("/admin/moderation")
@auth.roles_required("site_admin")
def moderation() -> str:
    return render_template(
        "employers/moderation.html", queue=pathway_admin.review_queue(db.session())
    )


@bp.route("/admin/moderation/<int:pathway_id>", methods=["GET", "POST"])
@auth.roles_required("site_admin")
def moderation_review(pathway_id: int) -> Any:
    pathway = auth.get_pathway_or_404(pathway_id)
    if pathway.status != "in_review":
        abort(404)
    fields = [(s.title, name) for s in SECTIONS for name in s.fields]
    error = None
    if request.method == "POST":
        user = auth.require_user()
        try:
            if request.form.get("decision") == "approve":
                pathway_admin.approve(db.session(), pathway, user, auth.now().date())
                message = f"Approved and published {pathway.title}"
            else:
                comments = {
                    name: request.form.get(f"comment-{name}", "")[:1000] for _, name in fields
                }
                pathway_admin.return_for_changes(db.session(), pathway, user, comments)
                message = f"Returned {pathway.title} with your comments"
        except PathwayActionError as problem:
            db.session.rollback()
            error = str(problem)
        else:
            db.session.commit()
            flash(message)
            return redirect(url_for("employers.moderation"))
    return render_template(
        "employers/moderation_review.html", pathway=pathway, fields=fields, error=error
    )


@bp.get("/admin/organisations")
@auth.roles_required("site_admin")
def organisations() -> str:
    found = db.session.scalars(select(Organisation).order_by(Organisation.name)).all()
    return render_template("employers/organisations.html", organisations=found)


@bp.route("/admin/organisations/<int:organisation_id>", methods=["GET", "POST"])
@auth.roles_required("site_admin")
def organisation_settings(organisation_id: int) -> Any:
    organisation = auth.get_organisation_or_404(organisation_id)
    if request.method == "POST":
        wanted = request.form.get("requires_moderation") == "yes"
        if wanted != organisation.requires_moderation:
            audit.record(
                db.session(),
                auth.require_user(),
                "organisation.edited",
                "organisation",
                organisation.id,
                f"Changed moderation for {organisation.name}",
                organisation_id=organisation.id,
                changes={"requires_moderation": (organisation.requires_moderation, wanted)},
            )
            organisation.requires_moderation = wanted
            db.session.commit()
        flash("Saved")
        return redirect(url_for("employers.organisations"))
    return render_template("employers/organisation_settings.html", organisation=organisation)


@bp.get("/admin/users")
@auth.roles_required("site_admin")
def users() -> str:
    found = db.session.scalars(select(User).order_by(User.email)).all()
    return render_template("employers/users.html", users=found)
