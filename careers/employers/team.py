"""An organisation administrator's screens: the team (invite, deactivate, reactivate), the
organisation's profile and its sites. Site admins use the same user actions from /admin/users."""

from __future__ import annotations

from typing import Any

from flask import abort, current_app, flash, redirect, render_template, url_for
from werkzeug.wrappers import Response
from wtforms.fields.choices import SelectChoice

from careers import auth
from careers.employers import bp
from careers.employers.auth_views import invitation_email
from careers.employers.team_forms import InviteForm, OrganisationForm, SiteForm, role_choices
from careers.extensions import db
from careers.models import Organisation, Site, User
from careers.services import mail, organisations
from careers.services.accounts import AccountError, Invitation, reissue_invitation
from careers.widgets import choices_of


def send_invitation(user: User, token: str) -> None:
    config = current_app.config["CAREERS"]
    link = f"{config.BASE_URL}{url_for('employers.invitation', token=token)}"
    organisation = user.organisation.name if user.organisation else None
    mail.send(
        config,
        user.email,
        "You are invited to London Health & Care Pathways",
        invitation_email(link, user.role, organisation),
    )


INVITED = "We have emailed an invitation to {email}. It works for 72 hours."


def sent(invitation: Invitation) -> None:
    send_invitation(invitation.user, invitation.token)
    flash(INVITED.format(email=invitation.user.email))


def tell_account_holder(user: User, organisation: Organisation) -> None:
    """Someone tried to invite an address that has an account elsewhere: tell its holder, and
    nobody else (the inviter sees what any invitation shows)."""
    config = current_app.config["CAREERS"]
    mail.send(
        config,
        user.email,
        "Someone tried to invite you to London Health & Care Pathways",
        f"Someone at {organisation.name} tried to invite this email address to London Health "
        "& Care Pathways, but you already have an account.\n\nIf you have moved to "
        f"{organisation.name}, ask a site administrator to move your account. If you do not "
        "know why this happened, you can ignore this email.\n",
    )


def show_errors(form: Any, error: AccountError) -> None:
    """Put a service's messages on the form's fields (or the first field)."""
    db.session.rollback()
    for name, message in error.errors.items():
        field = getattr(form, name, None) or next(iter(form))
        field.errors = [*field.errors, message]


def borough_choices() -> list[SelectChoice]:
    return choices_of(
        [("", "Not in London, or several")]
        + [(b.code, b.name) for b in organisations.boroughs(db.session())]
    )


def own_organisation() -> Organisation:
    return auth.require_user().organisation or abort(403)


def get_site_or_404(site_id: int) -> Site:
    site = db.session.get(Site, site_id)
    if site is None or not auth.in_scope(auth.require_user(), site.organisation_id):
        abort(404)
    return site


def back_to_users() -> Response:
    user = auth.require_user()
    return redirect(url_for("employers.users" if user.role == "site_admin" else "employers.team"))


@bp.get("/employers/team")
@auth.roles_required("org_admin")
def team() -> str:
    organisation = own_organisation()
    members = organisations.organisation_users(db.session(), organisation.id)
    return render_template("employers/team.html", organisation=organisation, members=members)


@bp.route("/employers/team/invite", methods=["GET", "POST"])
@auth.roles_required("org_admin")
def team_invite() -> Any:
    organisation = own_organisation()
    form = InviteForm()
    form.role.choices = role_choices(organisations.invitable_roles(organisation))
    if form.validate_on_submit():
        try:
            invitation = organisations.invite_to_organisation(
                db.session(), form.email.data or "", form.role.data, organisation,
                auth.require_user(), auth.now(),
            )  # fmt: skip
        except AccountError as error:
            show_errors(form, error)
        except organisations.AccountElsewhere as elsewhere:
            db.session.rollback()
            tell_account_holder(elsewhere.user, organisation)
            flash(INVITED.format(email=elsewhere.user.email))
            return redirect(url_for("employers.team"))
        else:
            db.session.commit()
            sent(invitation)
            return redirect(url_for("employers.team"))
    status = 400 if form.errors else 200
    return render_template("employers/team_invite.html", form=form), status


def _set_active(user_id: int, active: bool) -> Response:
    other = auth.get_user_or_404(user_id)
    try:
        organisations.set_active(db.session(), other, active, auth.require_user())
    except AccountError as error:
        db.session.rollback()
        flash(str(error))
    else:
        db.session.commit()
        flash(f"{'Reactivated' if active else 'Deactivated'} {other.email}")
    return back_to_users()


@bp.post("/employers/team/<int:user_id>/deactivate")
@auth.roles_required(*auth.ORG_MANAGER_ROLES)
def team_deactivate(user_id: int) -> Response:
    return _set_active(user_id, False)


@bp.post("/employers/team/<int:user_id>/reactivate")
@auth.roles_required(*auth.ORG_MANAGER_ROLES)
def team_reactivate(user_id: int) -> Response:
    return _set_active(user_id, True)


@bp.post("/employers/team/<int:user_id>/invitation")
@auth.roles_required(*auth.ORG_MANAGER_ROLES)
def team_reinvite(user_id: int) -> Response:
    other = auth.get_user_or_404(user_id)
    if other.password_hash is not None or not other.active:
        abort(409)
    token = reissue_invitation(db.session(), other, auth.require_user(), auth.now())
    db.session.commit()
    send_invitation(other, token)
    flash(f"We have emailed a new invitation to {other.email}. The old link no longer works.")
    return back_to_users()


@bp.route("/employers/organisation", methods=["GET", "POST"])
@auth.roles_required("org_admin")
def organisation_profile() -> Any:
    organisation = own_organisation()
    form = OrganisationForm(obj=organisation)
    form.borough_code.choices = borough_choices()
    if form.validate_on_submit():
        try:
            organisations.update_organisation(
                db.session(), organisation, auth.require_user(), form.website.data,
                form.description.data, form.borough_code.data,
            )  # fmt: skip
        except AccountError as error:
            show_errors(form, error)
        else:
            db.session.commit()
            flash("Your organisation's profile is saved")
            return redirect(url_for("employers.organisation_profile"))
    return render_template(
        "employers/organisation_profile.html", form=form, organisation=organisation
    ), (400 if form.errors else 200)


@bp.get("/employers/sites")
@auth.roles_required("org_admin")
def sites() -> str:
    organisation = own_organisation()
    names = {b.code: b.name for b in organisations.boroughs(db.session())}
    return render_template("employers/sites.html", organisation=organisation, borough_names=names)


@bp.route("/employers/sites/new", methods=["GET", "POST"])
@auth.roles_required("org_admin")
def site_new() -> Any:
    return _site_form(None)


@bp.route("/employers/sites/<int:site_id>", methods=["GET", "POST"])
@auth.roles_required("org_admin")
def site_edit(site_id: int) -> Any:
    return _site_form(get_site_or_404(site_id))


def _site_form(site: Site | None) -> Any:
    organisation = own_organisation()
    form = SiteForm(obj=site)
    if form.validate_on_submit():
        try:
            saved = organisations.save_site(
                db.session(), organisation, auth.require_user(), form.name.data or "",
                form.postcode.data or "", site,
            )  # fmt: skip
        except AccountError as error:
            show_errors(form, error)
        else:
            db.session.commit()
            flash(f"Saved {saved.name} ({saved.postcode})")
            return redirect(url_for("employers.sites"))
    return render_template("employers/site_edit.html", form=form, site=site), (
        400 if form.errors else 200
    )


@bp.post("/employers/sites/<int:site_id>/remove")
@auth.roles_required("org_admin")
def site_remove(site_id: int) -> Response:
    site = get_site_or_404(site_id)
    name = site.name
    organisations.remove_site(db.session(), site, auth.require_user())
    db.session.commit()
    flash(f"Removed {name}")
    return redirect(url_for("employers.sites"))
