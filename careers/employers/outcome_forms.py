"""The form for one pathway's outcomes in one month."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired

from careers.models import OUTCOME_STAGES
from careers.widgets import NHSInput


class OutcomeForm(FlaskForm):
    month = StringField(
        "Month",
        description="The year and month, like 2026-11",
        validators=[DataRequired("Enter the month, like 2026-11")],
        widget=NHSInput(),
    )
    applied = StringField(
        "How many applied?", description="Leave empty for none", widget=NHSInput(numeric=True)
    )
    interviewed = StringField(
        "How many were interviewed?", description="Or assessed", widget=NHSInput(numeric=True)
    )
    offered = StringField("How many were offered a place?", widget=NHSInput(numeric=True))
    started = StringField("How many started?", widget=NHSInput(numeric=True))

    def values(self) -> dict[str, str]:
        return {name: getattr(self, name).data or "" for name in ("month", *OUTCOME_STAGES)}

    def show_errors(self, errors: dict[str, Any]) -> None:
        for name, message in errors.items():
            getattr(self, name).errors = [message]
