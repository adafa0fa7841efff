"""The forms for email alerts (careers/public/alerts.py)."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, StringField
from wtforms.validators import InputRequired

from careers.widgets import NHSCheckboxes, NHSInput, NHSRadios, choices_of

FREQUENCIES = [
    ("weekly", "Once a week (on Mondays)"),
    ("daily", "Once a day"),
]
AGES = [("16_plus", "16 or over"), ("under_16", "Under 16")]


class AlertForm(FlaskForm):
    email = StringField(
        "Your email address",
        description="We only use it to send you these emails.",
        widget=NHSInput("email"),
    )
    frequency = RadioField(
        "How often do you want an email?",
        choices=choices_of(FREQUENCIES),
        default="weekly",
        validators=[InputRequired("Choose how often you want an email")],
        widget=NHSRadios(),
    )
    age = RadioField(
        "How old are you?",
        description="If you are under 16, an adult needs to agree before we email you.",
        choices=choices_of(AGES),
        validators=[InputRequired("Tell us if you are 16 or over")],
        widget=NHSRadios(),
    )
    adult_email = StringField(
        "If you are under 16: the email address of a parent, carer or other adult",
        description=("We email them once to ask them to agree. We do not keep their address."),
        widget=NHSInput("email"),
    )
    keep_keywords = BooleanField(
        "Keep the words I searched for, to use in the alert",
        description="If you do not tick this, we only keep the choices you made from lists.",
        widget=NHSCheckboxes(),
    )


class FrequencyForm(FlaskForm):
    frequency = RadioField(
        "How often do you want an email?",
        choices=choices_of(FREQUENCIES),
        validators=[InputRequired("Choose how often you want an email")],
        widget=NHSRadios(),
    )


class ButtonForm(FlaskForm):
    """A form with only a button (and its CSRF token)."""
