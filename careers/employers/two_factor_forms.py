"""Forms for the second factor: a code from the authenticator app (or a recovery code)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, StringField
from wtforms.validators import DataRequired, Length

from careers.widgets import NHSCheckboxes, NHSInput


class CodeForm(FlaskForm):
    code = StringField(
        "Security code",
        description="The 6-digit code your authenticator app shows now, "
        "or one of your recovery codes",
        validators=[DataRequired("Enter the security code"), Length(max=20)],
        widget=NHSInput(),
    )
    remember = BooleanField(
        "Remember this device for 30 days (not on a shared computer)", widget=NHSCheckboxes()
    )


class SetUpForm(FlaskForm):
    code = StringField(
        "Security code from your app",
        description="After you add the key, your app shows a 6-digit code. Enter it here",
        validators=[DataRequired("Enter the 6-digit code from your app"), Length(max=20)],
        widget=NHSInput(numeric=True),
    )
