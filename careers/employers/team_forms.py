"""Forms for the team, organisation profile, sites and the site admin's organisations."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, RadioField, SelectField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import URL, DataRequired, Length, Optional

from careers.formatting import LABELS
from careers.models import ORGANISATION_TYPES
from careers.validators import Postcode
from careers.widgets import NHSCheckboxes, NHSInput, NHSRadios, NHSSelect, NHSTextArea, choices_of

ROLE_CHOICES = {
    "org_admin": ("Organisation administrator", "Manages the team, profile and sites, and posts"),
    "editor": ("Editor", "Posts and manages your organisation's pathways"),
    "adviser": ("Careers adviser", "Works with classes of students"),
    "site_admin": ("Site administrator", "Manages every organisation and reviews pathways"),
}


def role_choices(roles: tuple[str, ...]) -> list[SelectChoice]:
    return choices_of((role, ROLE_CHOICES[role]) for role in roles)


class InviteForm(FlaskForm):
    email = EmailField(
        "Email address",
        description="We will email them a link to create a password. It works for 72 hours.",
        validators=[DataRequired("Enter their email address"), Length(max=254)],
        widget=NHSInput("email"),
    )
    role = RadioField(
        "What will they do?",
        choices=[],
        validators=[DataRequired("Select what they will do")],
        widget=NHSRadios(),
    )


class AdminInviteForm(InviteForm):
    organisation_id = SelectField(
        "Organisation",
        description="Leave as 'No organisation' only for another site administrator.",
        choices=[],
        coerce=str,
        widget=NHSSelect(),
    )


class OrganisationForm(FlaskForm):
    website = StringField(
        "Website",
        description="The full address, starting https://",
        validators=[
            Optional(),
            Length(max=300),
            URL(require_tld=True, message="Enter a web address, like https://www.example.nhs.uk"),
        ],
        widget=NHSInput("url"),
    )
    description = TextAreaField(
        "About your organisation",
        description="A few sentences young people will read on your pathways.",
        validators=[Optional(), Length(max=2000, message="Use 2,000 characters or fewer")],
        widget=NHSTextArea(),
    )
    borough_code = SelectField(
        "Main London borough", choices=[], validators=[Optional()], widget=NHSSelect()
    )


class AdminOrganisationForm(OrganisationForm):
    requires_moderation = BooleanField(
        "A site administrator must review its pathways before they are published",
        widget=NHSCheckboxes(),
    )


class NewOrganisationForm(FlaskForm):
    name = StringField(
        "Name",
        validators=[DataRequired("Enter the organisation's name"), Length(max=200)],
        widget=NHSInput(),
    )
    type = RadioField(
        "Type of organisation",
        choices=choices_of(
            [(t, LABELS.get(t, t.replace("_", " ").capitalize())) for t in ORGANISATION_TYPES]
        ),
        validators=[DataRequired("Select the type of organisation")],
        widget=NHSRadios(),
    )
    requires_moderation = BooleanField(
        "A site administrator must review its pathways before they are published",
        widget=NHSCheckboxes(),
    )


class SiteForm(FlaskForm):
    name = StringField(
        "Site name",
        description="For example, King's College Hospital",
        validators=[DataRequired("Enter the site's name"), Length(max=200)],
        widget=NHSInput(),
    )
    postcode = StringField(
        "Postcode",
        validators=[DataRequired("Enter the site's postcode"), Postcode(full=True)],
        widget=NHSInput(),
    )
