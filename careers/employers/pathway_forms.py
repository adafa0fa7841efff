"""One form per task-list section of a pathway. Each form's `values()` gives the model fields."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from flask_wtf import FlaskForm
from wtforms import (
    BooleanField,
    Field,
    RadioField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.validators import URL, DataRequired, Length, Optional, ValidationError

from careers.cleaning import EARLIEST_DATE, LATEST_DATE, finite, sensible_date, whole_number
from careers.formatting import LABELS
from careers.models import PATHWAY_TYPES, SECTORS, SUPPORTS
from careers.validators import Postcode
from careers.widgets import NHSCheckboxes, NHSInput, NHSRadios, NHSSelect, NHSTextArea, choices_of

# Chips offered for skills and interests, in the words the matcher uses; people can add more.
SKILL_CHIPS = [
    "communication", "listening", "teamwork", "kindness", "resilience", "organisation",
    "accuracy", "computers", "practical work", "numbers", "creativity", "driving",
]  # fmt: skip
INTEREST_CHIPS = [
    "helping people", "caring for people", "older people", "children and young people",
    "mental health", "science", "technology", "office work", "sport and fitness",
    "hospital work", "community",
]  # fmt: skip
QUALIFICATION_CHOICES = [
    ("0", "None"),
    ("1", "Level 1 (GCSEs at grades 1 to 3, or similar)"),
    ("2", "Level 2 (GCSEs at grade 4 or above, or similar)"),
    ("3", "Level 3 (A levels, T levels, or similar)"),
    ("4", "Level 4 or above"),
]
YES_NO = [("yes", "Yes"), ("no", "No")]


def _int(value: str | None) -> int | None:
    return whole_number(value) if value not in (None, "") else None


def _number(text: str | None) -> float | None:
    text = (text or "").replace(",", "").replace("£", "").strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError as error:
        raise ValidationError("Enter a number, like 27898 or 13.85") from error
    if not finite(number):
        raise ValidationError("Enter a number, like 27898 or 13.85")
    return number


def parse_date(text: str | None) -> dt.date | None:
    """A date written as 27 3 2026, 27/03/2026 or 2026-03-27; None when blank."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            return dt.date.fromisoformat("-".join(p.zfill(2) for p in text.split("-")))
        parts = re.split(r"[\s/.-]+", text)
        if len(parts) == 3:
            day, month, year = (int(p) for p in parts)
            return dt.date(year, month, day)
    except ValueError:
        pass
    raise ValidationError("Enter a real date, like 27 3 2026")


class ChipsField(SelectMultipleField):
    """Checkboxes from a vocabulary, plus an 'others' text box handled by the form."""

    def pre_validate(self, form: Any) -> None:  # values outside the chips come from `others`
        pass


class BasicsForm(FlaskForm):
    title = StringField(
        "Title",
        validators=[DataRequired("Enter a title"), Length(max=200)],
        description="Say what the person will be, like “Healthcare support worker apprentice”",
        widget=NHSInput(),
    )
    type = RadioField(
        "What kind of pathway is it?",
        choices=choices_of([(t, LABELS.get(t, t)) for t in PATHWAY_TYPES]),
        validators=[DataRequired("Select the kind of pathway")],
        widget=NHSRadios(),
    )
    sector = SelectField(
        "Area of work",
        choices=choices_of([("", "Choose an area")] + [(s, LABELS.get(s, s)) for s in SECTORS]),
        validators=[Optional()],
        widget=NHSSelect(),
    )
    summary = TextAreaField(
        "Summary",
        validators=[Optional(), Length(max=300)],
        description="One or two sentences shown in search results",
        widget=NHSTextArea(),
    )
    level = StringField(
        "Level (optional)",
        validators=[Optional()],
        description="The qualification level it leads to, from 1 to 8",
        widget=NHSInput(numeric=True),
    )
    standard_code = StringField(
        "Apprenticeship standard (optional)",
        validators=[Optional(), Length(max=10)],
        description="For example, ST0216",
        widget=NHSInput(),
    )

    def validate_level(self, field: Field) -> None:
        if field.data and not 1 <= (whole_number(field.data) or 0) <= 8:
            raise ValidationError("Level must be a whole number from 1 to 8")

    def values(self) -> dict[str, Any]:
        return {
            "title": (self.title.data or "").strip(),
            "type": self.type.data,
            "sector": self.sector.data or None,
            "summary": (self.summary.data or "").strip() or None,
            "level": _int(self.level.data),
            "standard_code": (self.standard_code.data or "").strip().upper() or None,
        }


class DutiesForm(FlaskForm):
    description = TextAreaField(
        "What will the person do?",
        description="Describe a typical day in short paragraphs. Write for a 16-year-old.",
        validators=[Optional(), Length(max=5000)],
        widget=NHSTextArea(),
    )

    def values(self) -> dict[str, Any]:
        return {"description": (self.description.data or "").strip()}


def _split(text: str | None) -> list[str]:
    return [part.strip().lower() for part in re.split(r"[,;\n]", text or "") if part.strip()]


class SkillsForm(FlaskForm):
    skills = ChipsField(
        "Skills that help",
        choices=choices_of([(s, s.capitalize()) for s in SKILL_CHIPS]),
        widget=NHSCheckboxes(),
    )
    other_skills = StringField(
        "Other skills (optional)",
        description="Separate them with commas",
        validators=[Optional(), Length(max=300)],
        widget=NHSInput(),
    )
    interests = ChipsField(
        "Interests it suits",
        choices=choices_of([(s, s.capitalize()) for s in INTEREST_CHIPS]),
        widget=NHSCheckboxes(),
    )
    other_interests = StringField(
        "Other interests (optional)",
        description="Separate them with commas",
        validators=[Optional(), Length(max=300)],
        widget=NHSInput(),
    )

    def fill(self, skills: list[str], interests: list[str]) -> None:
        self.skills.data = [s for s in skills if s in SKILL_CHIPS]
        self.other_skills.data = ", ".join(s for s in skills if s not in SKILL_CHIPS)
        self.interests.data = [s for s in interests if s in INTEREST_CHIPS]
        self.other_interests.data = ", ".join(s for s in interests if s not in INTEREST_CHIPS)

    def values(self) -> dict[str, Any]:
        def merge(chips: list[str], other: str | None) -> list[str]:
            seen: dict[str, None] = {}
            for item in [c for c in chips if c in SKILL_CHIPS + INTEREST_CHIPS] + _split(other):
                seen.setdefault(item[:60], None)
            return list(seen)[:30]

        return {
            "skills": merge(self.skills.data or [], self.other_skills.data),
            "interests": merge(self.interests.data or [], self.other_interests.data),
        }


class EntryForm(FlaskForm):
    min_qualification_level = RadioField(
        "Lowest qualification needed",
        choices=choices_of(QUALIFICATION_CHOICES),
        validators=[DataRequired("Select the lowest qualification needed")],
        widget=NHSRadios(),
    )
    gcse_english_maths = RadioField(
        "Are GCSE English and maths (grade 4 or above) needed?",
        description="Say no if Functional Skills, or training on the job, will do",
        choices=choices_of(YES_NO),
        validators=[DataRequired("Say whether GCSEs are needed")],
        widget=NHSRadios(),
    )
    min_age = StringField(
        "Minimum age",
        validators=[DataRequired("Enter the minimum age")],
        description="For example, 16",
        widget=NHSInput(numeric=True),
    )

    def validate_min_age(self, field: Field) -> None:
        if not 14 <= (whole_number(field.data) or 0) <= 70:
            raise ValidationError("Minimum age must be a number from 14 to 70")

    def values(self) -> dict[str, Any]:
        return {
            "min_qualification_level": _int(self.min_qualification_level.data),
            "gcse_english_maths": self.gcse_english_maths.data == "yes",
            "min_age": whole_number(self.min_age.data),
        }


class PayForm(FlaskForm):
    pay_period = RadioField(
        "How is it paid?",
        choices=choices_of(
            [("hour", "By the hour"), ("year", "By the year"), ("none", "It is unpaid")]
        ),
        validators=[DataRequired("Say how it is paid")],
        widget=NHSRadios(),
    )
    pay_min = StringField(
        "Pay (or the lowest pay) in pounds",
        validators=[Optional()],
        description="For example, 27898 for a year or 13.85 for an hour",
        widget=NHSInput(),
    )
    pay_max = StringField(
        "Highest pay in pounds (optional)", validators=[Optional()], widget=NHSInput()
    )
    hours_per_week = StringField(
        "Hours a week", validators=[Optional()], description="For example, 37.5", widget=NHSInput()
    )

    def validate_pay_min(self, field: Field) -> None:
        value = _number(field.data)
        if self.pay_period.data in ("hour", "year") and value is None:
            raise ValidationError("Enter the pay in pounds")
        if value is not None and value <= 0:
            raise ValidationError("Pay must be more than 0")

    def validate_pay_max(self, field: Field) -> None:
        high, low = _number(field.data), _number(self.pay_min.data) if self.pay_min.data else None
        if high is not None and low is not None and high < low:
            raise ValidationError("Highest pay must be the same as or more than the lowest pay")

    def validate_hours_per_week(self, field: Field) -> None:
        hours = _number(field.data)
        if hours is not None and not 1 <= hours <= 60:
            raise ValidationError("Hours a week must be between 1 and 60")

    def values(self) -> dict[str, Any]:
        unpaid = self.pay_period.data == "none"
        return {
            "pay_period": self.pay_period.data,
            "pay_min": None if unpaid else _number(self.pay_min.data),
            "pay_max": None
            if unpaid
            else (_number(self.pay_max.data) or _number(self.pay_min.data)),
            "hours_per_week": _number(self.hours_per_week.data),
        }


class LocationForm(FlaskForm):
    postcode = StringField(
        "Postcode of the workplace",
        validators=[Optional(), Length(max=10)],
        description="Where the person will mostly work",
        widget=NHSInput(),
    )
    remote = BooleanField("Some or all of the work can be done from home", widget=NHSCheckboxes())

    def validate_postcode(self, field: Field) -> None:
        if field.data:
            Postcode(known=False)(self, field)
        elif not self.remote.data:
            raise ValidationError("Enter the postcode, or say the work can be done from home")

    def values(self) -> dict[str, Any]:
        return {"postcode": self.postcode.data or None, "remote": bool(self.remote.data)}


class DatesForm(FlaskForm):
    closing_date = StringField(
        "Closing date (optional)",
        description="For example, 27 3 2026. Leave blank if you take applications all year",
        widget=NHSInput(),
    )
    start_date = StringField(
        "Start date (optional)", description="For example, 1 9 2026", widget=NHSInput()
    )

    def validate_closing_date(self, field: Field) -> None:
        if not sensible_date(parse_date(field.data)):
            raise ValidationError(f"Enter a closing date between {_RANGE}")

    def validate_start_date(self, field: Field) -> None:
        start = parse_date(field.data)
        if not sensible_date(start):
            raise ValidationError(f"Enter a start date between {_RANGE}")
        closing = parse_date(self.closing_date.data)
        if start and closing and start < closing:
            raise ValidationError("Start date must be on or after the closing date")

    def values(self) -> dict[str, Any]:
        return {
            "closing_date": parse_date(self.closing_date.data),
            "start_date": parse_date(self.start_date.data),
        }


_RANGE = f"{EARLIEST_DATE.year} and {LATEST_DATE.year}"


class ApplyForm(FlaskForm):
    apply_url = StringField(
        "Web address of the application page",
        validators=[
            DataRequired("Enter the web address"),
            Length(max=500),
            URL(require_tld=True, message="Enter a web address starting with https://"),
        ],
        description="For example, https://www.jobs.nhs.uk/…",
        widget=NHSInput("url"),
    )

    def validate_apply_url(self, field: Field) -> None:
        if not str(field.data).lower().startswith(("https://", "http://")):
            raise ValidationError("Enter a web address starting with https://")

    def values(self) -> dict[str, Any]:
        return {"apply_url": self.apply_url.data.strip()}


class SupportsForm(FlaskForm):
    supports = SelectMultipleField(
        "Who do you especially welcome and support?",
        description="Select all that apply. Say how in the description.",
        choices=choices_of([(s, LABELS.get(s, s)) for s in SUPPORTS]),
        validate_choice=True,
        widget=NHSCheckboxes(),
    )

    def values(self) -> dict[str, Any]:
        return {"supports": list(self.supports.data or [])}


class NextStepsForm(FlaskForm):
    next_steps = SelectMultipleField(
        "What can people go on to after this?",
        coerce=int,
        description="Choose from your organisation's other pathways",
        widget=NHSCheckboxes(),
    )

    def values(self) -> dict[str, Any]:
        return {"next_steps": list(self.next_steps.data or [])}


SECTION_FORMS: dict[str, type[FlaskForm]] = {
    "basics": BasicsForm,
    "duties": DutiesForm,
    "skills": SkillsForm,
    "entry": EntryForm,
    "pay": PayForm,
    "location": LocationForm,
    "dates": DatesForm,
    "apply": ApplyForm,
    "supports": SupportsForm,
    "next_steps": NextStepsForm,
}


def form_data(section: str, pathway: Any) -> dict[str, Any]:
    """The pathway's current answers as form data, to fill a section's form on GET."""
    if section == "entry":
        return {
            "min_qualification_level": None
            if pathway.min_qualification_level is None
            else str(pathway.min_qualification_level),
            "gcse_english_maths": None
            if pathway.gcse_english_maths is None
            else ("yes" if pathway.gcse_english_maths else "no"),
            "min_age": pathway.min_age,
        }
    if section == "pay":
        # One figure is stored as min = max; show it once, so raising the pay later is not
        # refused as "highest pay below the lowest".
        single = pathway.pay_max is None or pathway.pay_max == pathway.pay_min
        return {
            "pay_period": pathway.pay_period,
            "pay_min": f"{pathway.pay_min:g}" if pathway.pay_min is not None else "",
            "pay_max": "" if single else f"{pathway.pay_max:g}",
            "hours_per_week": f"{pathway.hours_per_week:g}" if pathway.hours_per_week else "",
        }
    if section == "dates":

        def show(day: dt.date | None) -> str:
            return f"{day.day} {day.month} {day.year}" if day else ""

        return {"closing_date": show(pathway.closing_date), "start_date": show(pathway.start_date)}
    if section == "next_steps":
        return {"next_steps": [link.to_id for link in pathway.next_links]}
    if section == "basics":
        return {
            "title": pathway.title,
            "type": pathway.type,
            "sector": pathway.sector or "",
            "summary": pathway.summary,
            "level": "" if pathway.level is None else str(pathway.level),
            "standard_code": pathway.standard_code,
        }
    from careers.services.pathway_admin import SECTIONS_BY_SLUG

    return {name: getattr(pathway, name) for name in SECTIONS_BY_SLUG[section].fields}


class NewPathwayForm(FlaskForm):
    title = BasicsForm.title
    type = BasicsForm.type
