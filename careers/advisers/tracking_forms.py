"""Forms for a student's encounters with employers and their destination."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import RadioField, StringField

from careers.models import DESTINATIONS, ENCOUNTER_KINDS
from careers.services.tracking import BENCHMARKS, DESTINATION_LABELS, ENCOUNTER_LABELS
from careers.widgets import NHSInput, NHSRadios, choices_of

_BENCHMARK_HINTS = {5: "Gatsby benchmark 5", 6: "Gatsby benchmark 6"}


class EncounterForm(FlaskForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, prefix="encounter", **kwargs)

    kind = RadioField(
        "What kind of encounter was it?",
        choices=choices_of(
            (k, (ENCOUNTER_LABELS[k], _BENCHMARK_HINTS.get(BENCHMARKS.get(k, 0), "")))
            for k in ENCOUNTER_KINDS
        ),
        validate_choice=False,
        widget=NHSRadios(),
    )
    day = StringField("Date", description="For example, 14/11/2026", widget=NHSInput())
    employer = StringField(
        "Employer (optional)",
        description="The organisation, like King's College Hospital. Not a person's name.",
        widget=NHSInput(),
    )
    pathway_ref = StringField(
        "Pathway reference (optional)",
        description="If it was one of the pathways on this service",
        widget=NHSInput(),
    )

    def values(self) -> dict[str, str]:
        return {n: getattr(self, n).data or "" for n in ("kind", "day", "employer", "pathway_ref")}


class DestinationForm(FlaskForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, prefix="destination", **kwargs)

    destination = RadioField(
        "Where did they go next?",
        choices=choices_of((d, DESTINATION_LABELS[d]) for d in DESTINATIONS),
        validate_choice=False,
        widget=NHSRadios(),
    )
    with_whom = StringField(
        "Employer, college or university (optional)",
        description="Not a person's name",
        widget=NHSInput(),
    )
    day = StringField(
        "From (optional)", description="The start date, like 01/09/2027", widget=NHSInput()
    )

    def values(self) -> dict[str, str]:
        return {
            "destination": self.destination.data or "",
            "with": self.with_whom.data or "",
            "day": self.day.data or "",
        }
