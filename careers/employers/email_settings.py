"""A member of staff's email settings: which emails about their organisation's pathways they
get (careers/services/employer_mail.py)."""

from __future__ import annotations

from typing import Any

from flask import flash, redirect, render_template, url_for
from flask_wtf import FlaskForm
from wtforms import SelectMultipleField

from careers import auth
from careers.employers import bp
from careers.extensions import db
from careers.services.employer_mail import EDITING_ROLES
from careers.widgets import NHSCheckboxes, choices_of

CHOICES = [
    (
        "email_reviews",
        ("A pathway is approved or returned", "When a moderator approves or returns a pathway"),
    ),
    ("email_closing", ("A pathway closes in 7 days", "So you can keep it open longer")),
    (
        "email_reach_digest",
        ("A weekly digest of reach", "How often your pathways were shown, opened and applied for"),
    ),
]


class EmailSettingsForm(FlaskForm):
    wanted = SelectMultipleField(
        "Email me when",
        description="We only email you about your organisation's pathways.",
        choices=choices_of(CHOICES),
        widget=NHSCheckboxes(),
    )


@bp.route("/employers/email-settings", methods=["GET", "POST"])
@auth.roles_required(*EDITING_ROLES)
def email_settings() -> Any:
    user = auth.require_user()
    form = EmailSettingsForm()
    if form.validate_on_submit():
        for name, _ in CHOICES:
            setattr(user, name, name in (form.wanted.data or []))
        db.session.commit()
        flash("Your email settings are saved")
        return redirect(url_for("employers.email_settings"))
    form.wanted.data = [name for name, _ in CHOICES if getattr(user, name)]
    return render_template("employers/email_settings.html", form=form)
