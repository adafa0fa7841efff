"""The site admin's screens under /admin/: the moderation queue, organisations, users."""

from __future__ import annotations

from typing import Any

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from careers import auth
from careers.employers import bp
from careers.employers.team import borough_choices, sent, show_errors
from careers.employers.team_forms import (
    AdminInviteForm,
    AdminOrganisationForm,
    NewOrganisationForm,
    role_choices,
)
from careers.extensions import db
from careers.models import Organisation, User
from careers.services import employer_mail, pathway_admin
from careers.services import organisations as org_service
from careers.services.accounts import AccountError
from careers.services.pathway_admin import SECTIONS, PathwayActionError
from careers.widgets import choices_of


@bp.get("/admin/")
@auth.roles_required("site_admin")
def admin_home() -> str:
    queue = pathway_admin.review_queue(db.session())
    return render_template("employers/admin_home.html", queue=queue)


@bp.get("/admin/moderation")
@auth.roles_required("site_admin")
def moderation() -> str:
    return render_template(
        "employers/moderation.html",
        queue=pathway_admin.review_queue(db.session()),
        revisions=pathway_admin.revision_queue(db.session()),
    )


@bp.route("/admin/moderation/<int:pathway_id>/revision", methods=["GET", "POST"])
@auth.roles_required("site_admin")
def moderation_revision(pathway_id: int) -> Any:
    pathway = auth.get_pathway_or_404(pathway_id)
    if not pathway.pending_revision:
        abort(404)
    error = None
    if request.method == "POST":
        user = auth.require_user()
        try:
            if request.form.get("decision") == "approve":
                pathway_admin.approve_revision(db.session(), pathway, user, auth.now().date())
                message = f"Approved the change to {pathway.title}: the live listing is updated"
                outcome = "change_approved"
            else:
                comment = request.form.get("comment", "")
                pathway_admin.return_revision(db.session(), pathway, user, comment)
                message = f"Did not approve the change to {pathway.title}"
                outcome = "change_returned"
        except PathwayActionError as problem:
            db.session.rollback()
            error = " ".join([str(problem), *(check.problem for check in problem.checks)])
        else:
            db.session.commit()
            employer_mail.reviewed(db.session(), current_app.config["CAREERS"], pathway, outcome)
            flash(message)
            return redirect(url_for("employers.moderation"))
    revision = pathway_admin.revision_diff(pathway)
    return render_template(
        "employers/moderation_revision.html", pathway=pathway, revision=revision, error=error
    ), (400 if error else 200)


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
                outcome = "approved"
            else:
                comments = {
                    name: request.form.get(f"comment-{name}", "")[:1000] for _, name in fields
                }
                pathway_admin.return_for_changes(db.session(), pathway, user, comments)
                message = f"Returned {pathway.title} with your comments"
                outcome = "returned"
        except PathwayActionError as problem:
            db.session.rollback()
            error = str(problem)
        else:
            db.session.commit()
            employer_mail.reviewed(db.session(), current_app.config["CAREERS"], pathway, outcome)
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


@bp.route("/admin/organisations/new", methods=["GET", "POST"])
@auth.roles_required("site_admin")
def organisation_new() -> Any:
    form = NewOrganisationForm()
    if form.validate_on_submit():
        try:
            organisation = org_service.create_organisation(
                db.session(), form.name.data or "", form.type.data or "",
                bool(form.requires_moderation.data), auth.require_user(),
            )  # fmt: skip
        except AccountError as error:
            show_errors(form, error)
        else:
            db.session.commit()
            flash(f"Created {organisation.name}. Now invite its first administrator.")
            return redirect(url_for("employers.user_invite", organisation_id=organisation.id))
    return render_template("employers/organisation_new.html", form=form), (
        400 if form.errors else 200
    )


@bp.route("/admin/organisations/<int:organisation_id>", methods=["GET", "POST"])
@auth.roles_required("site_admin")
def organisation_settings(organisation_id: int) -> Any:
    organisation = auth.get_organisation_or_404(organisation_id)
    form = AdminOrganisationForm(obj=organisation)
    form.borough_code.choices = borough_choices()
    if form.validate_on_submit():
        try:
            org_service.update_organisation(
                db.session(), organisation, auth.require_user(), form.website.data,
                form.description.data, form.borough_code.data,
                bool(form.requires_moderation.data),
            )  # fmt: skip
        except AccountError as error:
            show_errors(form, error)
        else:
            db.session.commit()
            flash(f"Saved {organisation.name}")
            return redirect(url_for("employers.organisations"))
    members = org_service.organisation_users(db.session(), organisation.id)
    return render_template(
        "employers/organisation_settings.html",
        organisation=organisation,
        form=form,
        members=members,
    ), (400 if form.errors else 200)


@bp.get("/admin/users")
@auth.roles_required("site_admin")
def users() -> str:
    found = db.session.scalars(select(User).order_by(User.email)).all()
    return render_template("employers/users.html", users=found)


@bp.route("/admin/users/invite", methods=["GET", "POST"])
@auth.roles_required("site_admin")
def user_invite() -> Any:
    form = AdminInviteForm(organisation_id=request.args.get("organisation_id", ""))
    form.role.choices = role_choices(("org_admin", "editor", "adviser", "site_admin"))
    everyone = db.session.scalars(select(Organisation).order_by(Organisation.name)).all()
    form.organisation_id.choices = choices_of(
        [("", "No organisation (site administrator)")] + [(str(o.id), o.name) for o in everyone]
    )
    if form.validate_on_submit():
        chosen = form.organisation_id.data
        organisation = db.session.get(Organisation, int(chosen)) if chosen else None
        try:
            invitation = org_service.invite_to_organisation(
                db.session(), form.email.data or "", form.role.data or "", organisation,
                auth.require_user(), auth.now(),
            )  # fmt: skip
        except AccountError as error:
            show_errors(form, error)
        else:
            db.session.commit()
            sent(invitation)
            return redirect(url_for("employers.users"))
    return render_template("employers/user_invite.html", form=form), (400 if form.errors else 200)
