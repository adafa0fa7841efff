"""Signing in and out, accepting an invitation, resetting a password."""

from __future__ import annotations

import hashlib
from typing import Any

from flask import Response, current_app, flash, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address
from sqlalchemy.orm import Session

from careers import auth, tasks
from careers.employers import bp, two_factor
from careers.employers.auth_forms import NewPasswordForm, ResetRequestForm, SignInForm
from careers.employers.two_factor_forms import CodeForm
from careers.extensions import db, limiter
from careers.services import accounts, mail

SIGN_IN_ERROR = "Enter a correct email address and password"
SIGN_IN_LOCKED = (
    "You have entered a wrong password too many times. Wait 15 minutes, then try again, "
    "or reset your password"
)
RESET_LIMITED = (
    "You have asked for too many password reset emails. Wait 15 minutes, then try again. "
    "Check your junk folder for the emails already sent"
)
PER_ADDRESS_LIMIT = "20 per 15 minutes"
PER_ACCOUNT_LIMIT = "5 per 15 minutes"


def _account_key() -> str:
    """One account from one address: wrong passwords sent from elsewhere never lock a person out
    of their own account (the per-address limit still slows a guesser down)."""
    email = accounts.normalise_email(request.form.get("email", ""))[:254]
    key = f"{email}|{get_remote_address()}"
    return "sign-in:" + hashlib.sha256(key.encode()).hexdigest()


def _failed(response: Response) -> bool:
    return response.status_code != 302


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(
    PER_ADDRESS_LIMIT, methods=["POST"], key_func=get_remote_address, deduct_when=_failed
)
@limiter.limit(PER_ACCOUNT_LIMIT, methods=["POST"], key_func=_account_key, deduct_when=_failed)
def sign_in() -> Any:
    form = SignInForm()
    error = None
    if form.validate_on_submit():
        user = accounts.authenticate(
            db.session(), form.email.data or "", form.password.data or "", auth.now()
        )
        if user is not None:
            db.session.commit()
            return two_factor.after_password(user, auth.safe_next(request.args.get("next")))
        error = SIGN_IN_ERROR
    elif form.is_submitted():
        error = SIGN_IN_ERROR
    status = 200 if error is None else 400
    expired = request.args.get("expired") == "1"
    return render_template(
        "employers/sign_in.html", form=form, error=error, expired=expired
    ), status


@bp.errorhandler(429)
def too_many_attempts(_error: Exception) -> Any:
    """Too many tries: each page says so in its own words (and nothing about whose account)."""
    if request.endpoint in ("employers.two_factor", "employers.two_factor_set_up"):
        page = render_template("employers/two_factor.html", form=CodeForm(), locked=True)
        return page, 429
    if request.endpoint == "employers.password_reset":
        page = render_template(
            "employers/password_reset.html", form=ResetRequestForm(), error=RESET_LIMITED
        )
        return page, 429
    form = SignInForm()
    return render_template(
        "employers/sign_in.html", form=form, error=SIGN_IN_LOCKED, locked=True
    ), 429


@bp.post("/sign-out")
def sign_out() -> Any:
    auth.sign_out()
    flash("You have signed out")
    return redirect(url_for("employers.sign_in"))


@bp.route("/invitation/<token>", methods=["GET", "POST"])
def invitation(token: str) -> Any:
    return _set_password(token, "invite", "employers/invitation.html")


@bp.route("/password-reset", methods=["GET", "POST"])
@limiter.limit(PER_ADDRESS_LIMIT, methods=["POST"], key_func=get_remote_address)
def password_reset() -> Any:
    form = ResetRequestForm()
    if form.validate_on_submit():
        # The same work whether or not the account exists: one queued job, then the same page.
        # Looking the account up, making a token and sending the email happen in the job, so
        # the answer's timing says nothing about which addresses have accounts.
        config = current_app.config["CAREERS"]
        link = config.BASE_URL + url_for("employers.password_reset_new", token=_TOKEN)
        tasks.start_job(
            db.session(),
            "password_reset",
            secret={"email": form.email.data or "", "link": link, "now": auth.now()},
            inline=current_app.testing,
        )
        return redirect(url_for("employers.password_reset_sent"))
    return render_template("employers/password_reset.html", form=form)


_TOKEN = "__token__"  # noqa: S105 (a placeholder in the link, not a secret)


def send_reset_email(
    session: Session, _job: Any, _progress: Any, *, email: str, link: str, now: Any
) -> None:
    """The job: email a reset link when the address has an active account (the address goes
    through the task queue only, never into the job's row)."""
    found = accounts.request_password_reset(session, email, now)
    if found is not None:
        user, token = found
        session.commit()
        config = current_app.config["CAREERS"]
        mail.send(
            config, user.email, "Reset your password", _reset_email(link.replace(_TOKEN, token))
        )


@bp.get("/password-reset/sent")
def password_reset_sent() -> str:
    return render_template("employers/password_reset_sent.html")


@bp.route("/password-reset/<token>", methods=["GET", "POST"])
def password_reset_new(token: str) -> Any:
    return _set_password(token, "reset", "employers/password_reset_new.html")


def _set_password(token: str, purpose: str, template: str) -> Any:
    if accounts.valid_token(db.session(), token, purpose, auth.now()) is None:
        return render_template("employers/link_expired.html", purpose=purpose), 404
    form = NewPasswordForm()
    if form.validate_on_submit():
        try:
            user = accounts.set_password_with_token(
                db.session(), token, purpose, form.password.data or "", auth.now()
            )
        except accounts.AccountError as error:
            db.session.rollback()
            form.password.errors = [*form.password.errors, error.errors.get("password", str(error))]
        else:
            db.session.commit()
            flash("Your password is set. Now confirm it is you with your security code")
            return two_factor.after_password(user, None)
    return render_template(template, form=form), 400 if form.errors else 200


def _reset_email(link: str) -> str:
    return (
        "Someone asked to reset the password for your London Health & Care Pathways account.\n\n"
        f"Use this link within 1 hour to choose a new password:\n{link}\n\n"
        "If it was not you, you can ignore this email. Your password has not changed.\n"
    )


def invitation_email(link: str, role: str, organisation: str | None) -> str:
    at = f" at {organisation}" if organisation else ""
    role_name = role.replace("_", " ")
    return (
        f"You have been invited to London Health & Care Pathways as {role_name}{at}.\n\n"
        f"Use this link within 72 hours to create your password:\n{link}\n\n"
        "The link works once. If it has expired, ask your administrator for a new one.\n"
    )
