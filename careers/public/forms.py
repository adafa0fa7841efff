"""The "Find your pathway" form, and how its answers become the match contract.

Answers travel in three shapes:
- the form (what a person sees and posts);
- `answers`: a small dict of the form's values, kept in the signed session cookie for as long as
  the browser is open so that results can be refined, paged and returned to;
- the match contract (a dict that `parse_profile` validates into a Profile).
"""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import Length, Optional, ValidationError

from careers.cleaning import whole_number
from careers.services.geo import normalise_postcode
from careers.services.profiles import ABOUT_MAX_CHARS
from careers.validators import Postcode
from careers.widgets import NHSCharacterCount, NHSCheckboxes, NHSInput, NHSRadios, choices_of

# Chips: a small vocabulary, in the words pathways use, with plain labels.
SKILLS: list[tuple[str, str]] = [
    ("communication", "Talking to people"),
    ("listening", "Listening"),
    ("teamwork", "Working in a team"),
    ("kindness", "Being kind and patient"),
    ("resilience", "Staying calm under pressure"),
    ("organisation", "Being organised"),
    ("accuracy", "Paying attention to detail"),
    ("computers", "Computers and tech"),
    ("practical work", "Fixing and making things"),
    ("numbers", "Numbers and maths"),
    ("creativity", "Being creative"),
    ("driving", "Driving"),
]
INTERESTS: list[tuple[str, str]] = [
    ("helping people", "Helping people"),
    ("caring for people", "Looking after people"),
    ("older people", "Older people"),
    ("children and young people", "Children and young people"),
    ("mental health", "Mental health"),
    ("science", "Science and how the body works"),
    ("technology", "Technology"),
    ("office work", "Office work"),
    ("sport and fitness", "Sport and fitness"),
    ("hospital work", "Working in a hospital"),
    ("community", "Working in the community"),
]

# Highest qualification: plain-English options and the level each means for matching.
# None means "we cannot tell": the matcher does not rule anything out on qualifications.
QUALIFICATIONS: list[tuple[str, tuple[str, str] | str]] = [
    ("none", "None yet"),
    ("school", ("I'm still at school", "Working towards GCSEs or similar")),
    ("gcse_low", ("GCSEs below grade 4", "Grades 1 to 3, or D to G")),
    ("functional", ("Functional Skills", "English or maths, at level 1 or 2")),
    ("gcse", ("GCSEs at grade 4 or above", "Grades 4 to 9, or A* to C")),
    ("level3", ("A levels, a T level or a level 3 BTEC", "Or an Access to HE diploma")),
    ("degree", ("A degree", "Or a foundation degree, HNC or HND")),
    ("abroad", ("Qualifications from another country", "We will not rule anything out")),
]
QUALIFICATION_LEVELS: dict[str, int | None] = {
    "none": 0,
    "school": 1,
    "gcse_low": 1,
    "functional": 1,
    "gcse": 2,
    "level3": 3,
    "degree": 6,
    "abroad": None,
}

GCSE_CHOICES = [("yes", "Yes"), ("no", "No"), ("unsure", "Not sure")]
GCSE_VALUES: dict[str, bool | None] = {"yes": True, "no": False, "unsure": None}

# How far: miles first (what people say in London), with the kilometres the matcher uses.
DISTANCES: list[tuple[str, str]] = [
    ("3", "Up to 2 miles (3 km)"),
    ("8", "Up to 5 miles (8 km)"),
    ("16", "Up to 10 miles (16 km)"),
    ("any", "Anywhere in London"),
]
DISTANCE_KM: dict[str, float | None] = {"3": 3.0, "8": 8.0, "16": 16.0, "any": None}

TYPES: list[tuple[str, tuple[str, str]]] = [
    ("apprenticeship", ("An apprenticeship", "A paid job with training towards a qualification")),
    ("job", ("A job", "Including jobs with no experience needed")),
    ("entry_route", ("A way in", "Programmes that get you ready for a job, often paid")),
    ("work_experience", ("Work experience", "A few days or weeks to see what a job is like")),
    ("volunteering", ("Volunteering", "Unpaid, but good experience")),
    ("course", ("A course", "At a college or university")),
    (
        "foundation_apprenticeship",
        ("A foundation apprenticeship", "A first paid apprenticeship for 16 to 21-year-olds"),
    ),
    (
        "supported_internship",
        (
            "A supported internship",
            "A year's work placement with a job coach, for people with an EHC plan",
        ),
    ),
]

# Working patterns to filter by (careers.services.journey.PATTERN_FILTERS).
PATTERNS: list[tuple[str, tuple[str, str]]] = [
    ("part_time", ("Part-time", "Under 30 hours a week, or part-time or flexible hours")),
    ("evenings_weekends", ("Evenings or weekends", "Hours you could fit around school or college")),
    ("school_hours", ("School hours", "Or term-time only")),
]

CIRCUMSTANCES: list[tuple[str, str]] = [
    ("care_leaver", "I have been in care"),
    ("young_carer", "I look after someone in my family"),
    ("disabled", "I have a disability or a long-term health condition"),
    ("send", "I have special educational needs"),
    ("neet", "I'm not in education, work or training at the moment"),
    ("refugee", "I'm a refugee or seeking asylum"),
    ("armed_forces", "I am leaving or have left the armed forces"),
    ("armed_forces_family", "Someone in my family is or was in the armed forces"),
    ("ex_offender", "I have a criminal record"),
]

ABOUT_HINT = (
    "Write it in your own words. For example: \u201cI look after my younger brothers\u201d, "
    "\u201cI like fixing laptops\u201d or \u201cI want to help people but not with blood\u201d."
)


def _valid_age(_form: FlaskForm, field: StringField) -> None:
    text = (field.data or "").strip()
    if not text:
        return
    age = whole_number(text)
    if age is None:
        raise ValidationError("Enter your age as a number, like 17")
    if not 13 <= age <= 99:
        raise ValidationError("Your age must be between 13 and 99")


class FindForm(FlaskForm):
    """Every question is optional apart from saying something about yourself (words or chips)."""

    about = TextAreaField(
        "What do you enjoy, and what are you good at?",
        description=ABOUT_HINT,
        validators=[
            Length(max=ABOUT_MAX_CHARS, message=f"Write {ABOUT_MAX_CHARS:,} characters or fewer")
        ],
        widget=NHSCharacterCount(maxlength=ABOUT_MAX_CHARS),
    )
    skills = SelectMultipleField(
        "Things you are good at",
        description="Choose any that sound like you.",
        choices=choices_of(SKILLS),
        validate_choice=True,
        widget=NHSCheckboxes(),
    )
    interests = SelectMultipleField(
        "Things that interest you",
        description="Choose any that sound like you.",
        choices=choices_of(INTERESTS),
        widget=NHSCheckboxes(),
    )
    qualification = RadioField(
        "What is your highest qualification so far?",
        choices=choices_of(QUALIFICATIONS),
        validators=[Optional()],
        widget=NHSRadios(),
    )
    gcse_english_maths = RadioField(
        "Do you have GCSE English and maths at grade 4 (C) or above?",
        description="Or Functional Skills level 2 in both.",
        choices=choices_of(GCSE_CHOICES),
        validators=[Optional()],
        widget=NHSRadios(),
    )
    age = StringField("How old are you?", validators=[_valid_age], widget=NHSInput(numeric=True))
    postcode = StringField(
        "Your postcode",
        description="So we can show you places near you. The first half is enough, like SE15.",
        validators=[Postcode()],
        widget=NHSInput(),
    )
    distance = RadioField(
        "How far can you travel?",
        choices=choices_of(DISTANCES),
        default="8",
        validators=[Optional()],
        widget=NHSRadios(),
    )
    types = SelectMultipleField(
        "What are you looking for?",
        description="Choose any. Leave them all unticked to see everything.",
        choices=choices_of(TYPES),
        widget=NHSCheckboxes(),
    )
    paid_only = BooleanField("Only show me things that are paid", widget=NHSCheckboxes())
    circumstances = SelectMultipleField(
        "Anything that applies to you (optional)",
        description=(
            "Some employers run schemes for people like you, with extra support to apply. "
            "We only use this to show you those schemes. We do not keep it or share it."
        ),
        choices=choices_of(CIRCUMSTANCES),
        widget=NHSCheckboxes(),
    )

    def validate_about(self, field: TextAreaField) -> None:
        if not (field.data or "").strip() and not self.skills.data and not self.interests.data:
            raise ValidationError(
                "Tell us a little about what you enjoy or are good at, or choose something "
                "from the lists below"
            )

    def answers(self) -> dict[str, Any]:
        """The form's values as a small dict (no CSRF token, empty answers left out)."""
        raw = {
            "about": (self.about.data or "").strip(),
            "skills": list(self.skills.data or []),
            "interests": list(self.interests.data or []),
            "qualification": self.qualification.data or "",
            "gcse_english_maths": self.gcse_english_maths.data or "",
            "age": (self.age.data or "").strip(),
            **_where_and_what(self),
            "circumstances": list(self.circumstances.data or []),
        }
        return {key: value for key, value in raw.items() if value}


def _where_and_what(form: FindForm | RefineForm) -> dict[str, Any]:
    return {
        "postcode": normalise_postcode(form.postcode.data) if form.postcode.data else "",
        "distance": form.distance.data or "",
        "types": list(form.types.data or []),
        "paid_only": bool(form.paid_only.data),
    }


class RefineForm(FlaskForm):
    """ "Change your answers" on the results page: where to look and what for. The rest of the
    answers are changed on /find (prefilled), so the results page stays light."""

    postcode = FindForm.postcode
    distance = FindForm.distance
    types = FindForm.types
    paid_only = FindForm.paid_only
    patterns = SelectMultipleField(
        "What hours can you work?",
        description="Leave them all unticked to see any hours.",
        choices=choices_of(PATTERNS),
        widget=NHSCheckboxes(),
    )

    def refined(self, answers: dict[str, Any]) -> dict[str, Any]:
        """`answers` with this form's questions answered afresh (an emptied one is left out)."""
        kept = {key: value for key, value in answers.items() if key not in REFINE_FIELDS}
        fresh = {**_where_and_what(self), "patterns": list(self.patterns.data or [])}
        return {**kept, **{key: value for key, value in fresh.items() if value}}


REFINE_FIELDS = ("postcode", "distance", "types", "paid_only", "patterns")


ANSWER_FIELDS = (
    "about",
    "skills",
    "interests",
    "qualification",
    "gcse_english_maths",
    "age",
    "postcode",
    "distance",
    "types",
    "paid_only",
    "circumstances",
    "patterns",
)


def form_data(answers: dict[str, Any]) -> dict[str, Any]:
    """Answers back into the shape a FindForm takes as `data=` (to prefill it)."""
    return {key: answers[key] for key in ANSWER_FIELDS if key in answers}


# Answers on the form that mean the same circumstance to the matcher (schemes for the armed
# forces community support leavers, veterans and their families alike).
SAME_CIRCUMSTANCE = {"armed_forces_family": "armed_forces"}


def _circumstances(chosen: list[str]) -> list[str]:
    return list(dict.fromkeys(SAME_CIRCUMSTANCE.get(c, c) for c in chosen))


def match_request(answers: dict[str, Any], limit: int) -> dict[str, Any]:
    """Answers as the match contract, ready for `parse_profile`."""
    request: dict[str, Any] = {
        "about": answers.get("about", ""),
        "skills": list(answers.get("skills", [])),
        "interests": list(answers.get("interests", [])),
        "qualification_level": QUALIFICATION_LEVELS.get(answers.get("qualification", "")),
        "gcse_english_maths": GCSE_VALUES.get(answers.get("gcse_english_maths", "")),
        "age": whole_number(answers.get("age")),
        "postcode": answers.get("postcode") or None,
        "max_distance_km": DISTANCE_KM.get(answers.get("distance", "")),
        "types": list(answers.get("types", [])),
        "circumstances": _circumstances(answers.get("circumstances", [])),
        "paid_only": bool(answers.get("paid_only")),
        "limit": limit,
    }
    if not answers.get("postcode"):
        request["max_distance_km"] = None  # no place to measure from
    return request
