"""The second factor at sign-in: set up an authenticator app the first time (QR code and the
key as text, recovery codes shown once), then a code at every sign-in unless this device was
remembered (30 days at most). Codes are rate-limited per account and address. A site admin can
reset someone's second factor (audited)."""

from __future__ import annotations

import hashlib
from typing import Any

import segno
from flask import (
    current_app,
    flash,
    make_response,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_limiter.util import get_remote_address
from werkzeug.wrappers import Response

from careers import auth
from careers.employers import bp
from careers.employers.two_factor_forms import CodeForm, SetUpForm
from careers.extensions import db, limiter
from careers.services import two_factor as factors
from careers.widgets import error_summary_items

DEVICE_COOKIE = "staff_device"
WRONG_CODE = "Enter the code your authenticator app shows now, or a recovery code"
CODE_LIMIT = "5 per 15 minutes"
ADDRESS_LIMIT = "20 per 15 minutes"


def _pending_key() -> str:
    key = f"{session.get('pending_user_id')}|{get_remote_address()}"
    return "two-factor:" + hashlib.sha256(key.encode()).hexdigest()


def _failed(response: Response) -> bool:
    return response.status_code != 302


def _secret_key() -> str:
    return str(current_app.config["SECRET_KEY"])


def _finish(user: Any, remember: bool = False) -> Response:
    """Both factors given: the real session starts."""
    target = auth.safe_next(session.get("pending_next")) or auth.home_url(user)
    user.last_signed_in_at = auth.now()
    db.session.commit()
    auth.sign_in(user)
    response = redirect(target)
    if remember:
        response.set_cookie(
            DEVICE_COOKIE,
            factors.remember_token(user, _secret_key()),
            max_age=factors.REMEMBER_DAYS * 24 * 3600,
            httponly=True,
            secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")),
            samesite="Lax",
        )
    return response


def device_remembered(user: Any) -> bool:
    return factors.remembered(user, request.cookies.get(DEVICE_COOKIE), _secret_key())


def after_password(user: Any, next_url: str | None) -> Response:
    """A right password: straight in on a remembered device, else on to the second factor."""
    auth.begin_second_factor(user, next_url)
    if device_remembered(user):
        return _finish(user)
    return redirect(url_for("employers.two_factor"))


@bp.route("/sign-in/two-factor", methods=["GET", "POST"])
@limiter.limit(ADDRESS_LIMIT, methods=["POST"], key_func=get_remote_address, deduct_when=_failed)
@limiter.limit(CODE_LIMIT, methods=["POST"], key_func=_pending_key, deduct_when=_failed)
def two_factor() -> Any:
    user = auth.pending_user()
    if user is None:
        return redirect(url_for("employers.sign_in"))
    if not factors.is_set_up(user):
        return redirect(url_for("employers.two_factor_set_up"))
    form = CodeForm()
    if form.validate_on_submit():
        used = factors.verify(db.session(), user, form.code.data or "", _secret_key(), auth.now())
        if used is not None:
            if used == "recovery":
                flash("You used a recovery code. Each works once: keep the others safe")
            return _finish(user, remember=bool(form.remember.data))
        db.session.commit()
        form.code.errors = [*form.code.errors, WRONG_CODE]
    page = render_template(
        "employers/two_factor.html", form=form, error_items=error_summary_items(form)
    )
    return page, 400 if form.errors else 200


@bp.route("/sign-in/two-factor/set-up", methods=["GET", "POST"])
@limiter.limit(ADDRESS_LIMIT, methods=["POST"], key_func=get_remote_address, deduct_when=_failed)
@limiter.limit(CODE_LIMIT, methods=["POST"], key_func=_pending_key, deduct_when=_failed)
def two_factor_set_up() -> Any:
    user = auth.pending_user()
    if user is None:
        return redirect(url_for("employers.sign_in"))
    if factors.is_set_up(user):
        return redirect(url_for("employers.two_factor"))
    key, link = factors.start_set_up(user, _secret_key())
    db.session.commit()
    form = SetUpForm()
    if form.validate_on_submit():
        codes = factors.confirm_set_up(
            db.session(), user, form.code.data or "", _secret_key(), auth.now()
        )
        if codes is not None:
            target = auth.safe_next(session.get("pending_next")) or auth.home_url(user)
            _finish(user)
            page = render_template(
                "employers/two_factor_recovery_codes.html", codes=codes, target=target
            )
            return make_response(page)
        db.session.commit()
        form.code.errors = [*form.code.errors, "Enter the 6-digit code your app shows now"]
    qr = segno.make(link, error="m").svg_data_uri(scale=5, dark="#212b32")
    spaced = " ".join(key[i : i + 4] for i in range(0, len(key), 4))
    page = render_template(
        "employers/two_factor_set_up.html",
        form=form,
        qr=qr,
        key=spaced,
        error_items=error_summary_items(form),
    )
    return page, 400 if form.errors else 200


@bp.post("/admin/users/<int:user_id>/two-factor-reset")
@auth.roles_required("site_admin")
def user_two_factor_reset(user_id: int) -> Response:
    other = auth.get_user_or_404(user_id)
    factors.reset(db.session(), other, auth.require_user())
    db.session.commit()
    flash(f"Reset the second factor of {other.email}: they set it up again when they sign in")
    return redirect(url_for("employers.users"))
