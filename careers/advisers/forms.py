"""Forms for the advisers' screens. A student's answers are the young person's questions, asked
of the adviser about the student, turned into the match contract by `answers()`."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import (
    BooleanField,
    HiddenField,
    RadioField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import Length, Optional

from careers.formatting import label
from careers.models import PATHWAY_TYPES, SUPPORTS, Student
from careers.widgets import NHSCheckboxes, NHSInput, NHSRadios, NHSTextArea, choices_of

QUALIFICATION_CHOICES: list[tuple[str, Any]] = [
    ("", ("Not sure", "We will not rule anything out on qualifications")),
    ("0", "None yet"),
    ("1", ("Level 1", "GCSEs at grades 3 to 1, Functional Skills level 1")),
    ("2", ("Level 2", "GCSEs at grades 9 to 4, Functional Skills level 2")),
    ("3", ("Level 3", "A levels, T levels, a level 3 BTEC")),
    ("4", ("Level 4 or above", "An HNC, a foundation degree or a degree")),
]
GCSE_CHOICES = [("yes", "Yes"), ("no", "No"), ("", "Not sure")]
GCSE_VALUES: dict[str, bool | None] = {"yes": True, "no": False, "": None}


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").replace(";", ",").split(",") if part.strip()]


class CohortForm(FlaskForm):
    name = StringField(
        "Cohort name",
        description="For example, Year 11, 2026/27",
        validators=[Length(max=120)],
        widget=NHSInput(),
    )


class StudentForm(FlaskForm):
    pseudonym = StringField(
        "Pseudonym or candidate number",
        description=(
            "Do not use the student's name. Use their candidate number or a code only you "
            "can match to them, like 11K-07."
        ),
        widget=NHSInput(),
    )
    not_a_name = BooleanField("This is not the student's real name", widget=NHSCheckboxes())
    about = TextAreaField(
        "What do they enjoy, and what are they good at?",
        description="In their words if you can: for example, I look after my younger brothers.",
        widget=NHSTextArea(),
    )
    skills = StringField(
        "Skills",
        description="Separate with commas: for example, listening, teamwork, first aid",
        widget=NHSInput(),
    )
    interests = StringField(
        "Interests",
        description="Separate with commas: for example, caring for people, science",
        widget=NHSInput(),
    )
    qualification_level = RadioField(
        "Highest qualification so far",
        choices=choices_of(QUALIFICATION_CHOICES),
        validators=[Optional()],
        widget=NHSRadios(),
    )
    gcse_english_maths = RadioField(
        "Do they have GCSE English and maths at grade 4 or above?",
        description="Or Functional Skills level 2 in both.",
        choices=choices_of(GCSE_CHOICES),
        validators=[Optional()],
        widget=NHSRadios(),
    )
    age = StringField("Age", widget=NHSInput(numeric=True))
    postcode = StringField(
        "Home postcode",
        description="The first half is enough, like SE15.",
        widget=NHSInput(),
    )
    max_distance_km = StringField(
        "How far can they travel, in kilometres?",
        description="5 miles is about 8 km. Leave empty for anywhere in London.",
        widget=NHSInput(numeric=True),
    )
    types = SelectMultipleField(
        "What are they looking for?",
        description="Leave them all unticked for everything.",
        choices=choices_of([(t, label(t)) for t in PATHWAY_TYPES]),
        widget=NHSCheckboxes(),
    )
    paid_only = BooleanField("Only paid pathways", widget=NHSCheckboxes())
    circumstances = SelectMultipleField(
        "Circumstances (optional)",
        description=(
            "Some employers run schemes with extra support for these students. Record them only "
            "if the student has agreed."
        ),
        choices=choices_of([(s, label(s)) for s in SUPPORTS]),
        widget=NHSCheckboxes(),
    )
    circumstances_consent = BooleanField(
        "The student agreed to me recording their circumstances", widget=NHSCheckboxes()
    )

    def answers(self) -> dict[str, Any]:
        """The match contract fields; numbers that are not numbers are passed on as text so
        that `parse_profile` reports them in its own words."""
        data: dict[str, Any] = {
            "about": (self.about.data or "").strip(),
            "skills": _split(self.skills.data),
            "interests": _split(self.interests.data),
            "types": list(self.types.data or []),
            "circumstances": list(self.circumstances.data or []),
            "paid_only": bool(self.paid_only.data),
            "postcode": (self.postcode.data or "").strip(),
            "gcse_english_maths": GCSE_VALUES.get(self.gcse_english_maths.data or ""),
        }
        if self.qualification_level.data:
            data["qualification_level"] = int(self.qualification_level.data)
        for name, kind in (("age", int), ("max_distance_km", float)):
            text = (getattr(self, name).data or "").strip()
            if text:
                try:
                    data[name] = kind(text)
                except ValueError:
                    data[name] = text
        return data

    def fill_from(self, student: Student) -> None:
        profile = student.profile or {}
        self.pseudonym.data = student.pseudonym
        self.about.data = profile.get("about", "")
        self.skills.data = ", ".join(profile.get("skills", []))
        self.interests.data = ", ".join(profile.get("interests", []))
        level = profile.get("qualification_level")
        self.qualification_level.data = "" if level is None else str(min(int(level), 4))
        gcse = profile.get("gcse_english_maths")
        self.gcse_english_maths.data = "yes" if gcse is True else "no" if gcse is False else ""
        self.age.data = str(profile["age"]) if profile.get("age") is not None else ""
        self.postcode.data = profile.get("postcode", "")
        distance = profile.get("max_distance_km")
        self.max_distance_km.data = f"{distance:g}" if distance is not None else ""
        self.types.data = profile.get("types", [])
        self.paid_only.data = bool(profile.get("paid_only"))
        self.circumstances.data = profile.get("circumstances", [])
        self.circumstances_consent.data = student.circumstances_consent


class UploadForm(FlaskForm):
    file = FileField("Upload a CSV file")


class ConfirmUploadForm(FlaskForm):
    csv_data = HiddenField()


class NoteForm(FlaskForm):
    note = TextAreaField(
        "Note",
        description="Shown on the student's pathway sheet. Do not include their name.",
        validators=[Length(max=2000)],
        widget=NHSTextArea(),
    )


class ShortlistForm(FlaskForm):
    ref = HiddenField()
    action = HiddenField()


class ConfirmForm(FlaskForm):
    """A form with only the CSRF token: for buttons that change something."""
