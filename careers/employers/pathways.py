"""Employers' pathway screens: the list, the task list and its sections, preview, checks,
publishing, closing, duplicating and archiving."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from sqlalchemy import select

from careers import auth
from careers.employers import bp
from careers.employers.pathway_forms import SECTION_FORMS, NewPathwayForm, SkillsForm, form_data
from careers.extensions import db
from careers.feeds import SOURCE_NAMES
from careers.models import PATHWAY_STATUSES, Pathway, Site
from careers.services import pathway_admin, wage_rates
from careers.services.pathway_admin import SECTIONS, SECTIONS_BY_SLUG, PathwayActionError
from careers.services.publish_checks import run_checks, run_warnings
from careers.widgets import choices_of

EMPLOYERS = auth.EMPLOYER_ROLES


def _refuse_synced(pathway: Pathway) -> None:
    """Adverts synced from a feed are changed on their source; the next sync would undo a
    change made here."""
    if pathway.source:
        abort(409, f"This advert comes from {SOURCE_NAMES[pathway.source]}. Change it there.")


@bp.get("/employers/")
@auth.roles_required(*EMPLOYERS)
def dashboard() -> str:
    user = auth.require_user()
    status = request.args.get("status")
    status = status if status in PATHWAY_STATUSES else None
    found = pathway_admin.organisation_pathways(db.session(), auth.organisation_scope(user), status)
    return render_template(
        "employers/dashboard.html",
        pathways=found,
        status=status,
        statuses=PATHWAY_STATUSES,
        sources=SOURCE_NAMES,
    )


@bp.route("/employers/pathways/new", methods=["GET", "POST"])
@auth.roles_required("org_admin", "editor")
def pathway_new() -> Any:
    user = auth.require_user()
    form = NewPathwayForm()
    if form.validate_on_submit() and user.organisation is not None:
        pathway = pathway_admin.create_draft(
            db.session(), user.organisation, user, form.title.data, form.type.data
        )
        db.session.commit()
        return redirect(url_for("employers.pathway_tasks", pathway_id=pathway.id))
    return render_template("employers/pathway_new.html", form=form)


SAVED = {
    "draft": "{} saved",
    "saved": "{} saved and updated on the live listing",
    "unchanged": "{} saved",
    "pending": "{} saved and sent for review. The live listing stays as it is until a site "
    "administrator approves the change",
}


def _checks_as_errors(form: Any, checks: list[Any]) -> None:
    """Publish checks a live change fails, shown on the form like any other error."""
    fields = list(form)
    for check in checks:
        field = getattr(form, check.field, None) or next(
            (f for f in fields if f.name != "csrf_token"), fields[0]
        )
        field.errors = [*field.errors, f"{check.problem} {check.fix}"]


@bp.get("/employers/pathways/<int:pathway_id>")
@auth.roles_required(*EMPLOYERS)
def pathway_tasks(pathway_id: int) -> str:
    pathway = auth.get_pathway_or_404(pathway_id)
    statuses = {s.slug: pathway_admin.section_status(pathway, s) for s in SECTIONS}
    return render_template(
        "employers/pathway_tasks.html",
        pathway=pathway,
        sections=SECTIONS,
        statuses=statuses,
        sources=SOURCE_NAMES,
        revision=pathway_admin.revision_diff(pathway),
    )


@bp.route("/employers/pathways/<int:pathway_id>/sections/<section>", methods=["GET", "POST"])
@auth.roles_required(*EMPLOYERS)
def pathway_section(pathway_id: int, section: str) -> Any:
    pathway = auth.get_pathway_or_404(pathway_id)
    _refuse_synced(pathway)
    spec = SECTIONS_BY_SLUG.get(section) or abort(404)
    form_class = SECTION_FORMS[section]
    form = (
        form_class() if request.method == "POST" else form_class(data=form_data(section, pathway))
    )
    if isinstance(form, SkillsForm) and request.method == "GET":
        form.fill(pathway.skills or [], pathway.interests or [])
    if section == "next_steps":
        others = select(Pathway).where(
            Pathway.organisation_id == pathway.organisation_id, Pathway.id != pathway.id
        )
        form.next_steps.choices = choices_of(
            (p.id, f"{p.title} ({p.ref})") for p in db.session.scalars(others)
        )
    if pathway.status not in pathway_admin.EDITABLE_STATUSES:
        abort(409)
    if form.validate_on_submit():
        try:
            outcome = pathway_admin.update_section(
                db.session(), pathway, auth.require_user(), spec, form.values(), auth.now().date()
            )
        except PathwayActionError as error:
            db.session.rollback()
            if not error.checks:
                abort(409, str(error))
            _checks_as_errors(form, error.checks)
        else:
            db.session.commit()
            flash(SAVED[outcome if pathway.status == "published" else "draft"].format(spec.title))
            return redirect(url_for("employers.pathway_tasks", pathway_id=pathway.id))
    comment = pathway.review_comments or {}
    comments = {name: comment[name] for name in spec.fields if name in comment}
    return render_template(
        "employers/pathway_section.html",
        pathway=pathway,
        section=spec,
        form=form,
        comments=comments,
    ), (400 if form.errors else 200)


@bp.get("/employers/pathways/<int:pathway_id>/preview")
@auth.roles_required(*EMPLOYERS)
def pathway_preview(pathway_id: int) -> str:
    from careers.pathway_display import progression_ladder

    pathway = auth.get_pathway_or_404(pathway_id)
    return render_template(
        "employers/pathway_preview.html",
        pathway=pathway,
        ladder=progression_ladder(pathway),
        json_ld={},
        preview=True,
    )


@bp.get("/employers/pathways/<int:pathway_id>/checks")
@auth.roles_required(*EMPLOYERS)
def pathway_checks(pathway_id: int) -> str:
    pathway = auth.get_pathway_or_404(pathway_id)
    today, rates = auth.now().date(), wage_rates.from_database(db.session())
    return render_template(
        "employers/pathway_checks.html",
        pathway=pathway,
        checks=run_checks(pathway, today, rates),
        warnings=run_warnings(pathway, today, rates),
    )


@bp.post("/employers/pathways/<int:pathway_id>/publish")
@auth.roles_required(*EMPLOYERS)
def pathway_publish(pathway_id: int) -> Any:
    pathway = auth.get_pathway_or_404(pathway_id)
    _refuse_synced(pathway)
    try:
        status = pathway_admin.publish(
            db.session(), pathway, auth.require_user(), auth.now().date()
        )
    except PathwayActionError as error:
        db.session.rollback()
        flash(str(error))
        return redirect(url_for("employers.pathway_checks", pathway_id=pathway_id))
    db.session.commit()
    flash(
        "Published. Young people can find it now."
        if status == "published"
        else "Sent for review. We will publish it when a site administrator approves it."
    )
    return redirect(url_for("employers.pathway_tasks", pathway_id=pathway_id))


def _act(pathway_id: int, action: str) -> Any:
    pathway = auth.get_pathway_or_404(pathway_id)
    _refuse_synced(pathway)
    user = auth.require_user()
    try:
        if action == "close":
            pathway_admin.close(db.session(), pathway, user, auth.now().date())
        else:
            pathway_admin.archive(db.session(), pathway, user)
    except PathwayActionError as error:
        db.session.rollback()
        flash(str(error))
    else:
        db.session.commit()
        flash(
            "Closed. It no longer appears in search results." if action == "close" else "Archived"
        )
    return redirect(url_for("employers.pathway_tasks", pathway_id=pathway_id))


@bp.post("/employers/pathways/<int:pathway_id>/close")
@auth.roles_required(*EMPLOYERS)
def pathway_close(pathway_id: int) -> Any:
    return _act(pathway_id, "close")


@bp.post("/employers/pathways/<int:pathway_id>/archive")
@auth.roles_required(*EMPLOYERS)
def pathway_archive(pathway_id: int) -> Any:
    return _act(pathway_id, "archive")


@bp.route("/employers/pathways/<int:pathway_id>/duplicate", methods=["GET", "POST"])
@auth.roles_required(*EMPLOYERS)
def pathway_duplicate(pathway_id: int) -> Any:
    pathway = auth.get_pathway_or_404(pathway_id)
    _refuse_synced(pathway)
    sites = list(
        db.session.scalars(select(Site).where(Site.organisation_id == pathway.organisation_id))
    )
    error = None
    if request.method == "POST":
        site = next((s for s in sites if str(s.id) == request.form.get("site_id")), None)
        if site is not None:
            copy = pathway_admin.duplicate(db.session(), pathway, auth.require_user(), site)
            db.session.commit()
            flash(f"Copied to {site.name} as a draft. Check the details, then publish it.")
            return redirect(url_for("employers.pathway_tasks", pathway_id=copy.id))
        error = "Select the site to copy it to"
    return render_template(
        "employers/pathway_duplicate.html", pathway=pathway, sites=sites, error=error
    )
