"""Forms for signing in, accepting an invitation and resetting a password."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, PasswordField
from wtforms.validators import DataRequired, EqualTo, Length

from careers.services.passwords import MAX_LENGTH
from careers.widgets import NHSInput


class SignInForm(FlaskForm):
    email = EmailField(
        "Email address",
        validators=[DataRequired("Enter your email address"), Length(max=254)],
        widget=NHSInput("email"),
    )
    password = PasswordField(
        "Password",
        validators=[DataRequired("Enter your password"), Length(max=MAX_LENGTH)],
        widget=NHSInput("password"),
    )


class NewPasswordForm(FlaskForm):
    password = PasswordField(
        "Create a password",
        description="Use 12 characters or more. A few unrelated words together work well.",
        validators=[DataRequired("Enter a password")],
        widget=NHSInput("password"),
    )
    confirm = PasswordField(
        "Type the password again",
        validators=[
            DataRequired("Type the password again"),
            EqualTo("password", "The passwords do not match"),
        ],
        widget=NHSInput("password"),
    )


class ResetRequestForm(FlaskForm):
    email = EmailField(
        "Email address",
        validators=[DataRequired("Enter your email address"), Length(max=254)],
        widget=NHSInput("email"),
    )
