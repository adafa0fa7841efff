"""The second factor for every member of staff: TOTP (an authenticator app, RFC 6238).

- `start_set_up(user, secret_key)`: a new key (kept sealed on the account, unconfirmed) and the
  otpauth:// link a QR code carries; the key is also shown as text for typing in.
- `confirm_set_up(...)`: the first code proves the app has the key; gives 10 recovery codes,
  shown once (only their hashes are kept).
- `verify(...)`: a code from the app (each 30-second code works once) or a recovery code (each
  works once).
- `reset(...)`: a site admin clears someone's second factor (audited); they set it up again at
  their next sign-in, and every remembered device and session of theirs ends.
Remembered devices are signed cookies naming the account and its `two_factor_epoch`, valid for
at most 30 days (`remember_token`, `remembered`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets

import pyotp
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from careers.models import User
from careers.sealing import seal, unseal
from careers.services import audit

ISSUER = "London Health & Care Pathways"
RECOVERY_CODES = 10
REMEMBER_DAYS = 30
STEP_SECONDS = 30


def _code_hash(code: str) -> str:
    return hashlib.sha256(code.replace("-", "").replace(" ", "").lower().encode()).hexdigest()


def _secret(user: User, secret_key: str) -> str | None:
    value = unseal(secret_key, user.totp_secret)
    return value if isinstance(value, str) else None


def is_set_up(user: User) -> bool:
    return user.totp_confirmed_at is not None and user.totp_secret is not None


def start_set_up(user: User, secret_key: str) -> tuple[str, str]:
    """The key (base32, to type in) and the otpauth:// link for a QR code. A key made earlier
    and never confirmed is kept, so reloading the page does not break a half-done set-up."""
    key = _secret(user, secret_key) if not is_set_up(user) else None
    if key is None:
        key = pyotp.random_base32()
        user.totp_secret = seal(secret_key, key)
        user.totp_confirmed_at = None
    link = pyotp.TOTP(key).provisioning_uri(name=user.email, issuer_name=ISSUER)
    return key, link


def _step(now: dt.datetime) -> int:
    return int(now.replace(tzinfo=dt.UTC).timestamp()) // STEP_SECONDS


def _check_totp(user: User, key: str, code: str, now: dt.datetime) -> bool:
    code = code.replace(" ", "")
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return False
    totp = pyotp.TOTP(key)
    current = _step(now)
    for step in (current - 1, current, current + 1):  # a little clock drift either way
        if step <= (user.totp_last_step or -1):
            continue  # a code works once
        if hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            user.totp_last_step = step
            return True
    return False


def confirm_set_up(
    session: Session, user: User, code: str, secret_key: str, now: dt.datetime
) -> list[str] | None:
    """The recovery codes (to show once) when the code is right; None when it is not."""
    key = _secret(user, secret_key)
    if key is None or is_set_up(user) or not _check_totp(user, key, code, now):
        return None
    user.totp_confirmed_at = now
    codes = [f"{secrets.token_hex(3)}-{secrets.token_hex(3)}" for _ in range(RECOVERY_CODES)]
    user.recovery_codes = [_code_hash(c) for c in codes]
    audit.record(
        session,
        user,
        "user.two_factor_set_up",
        "user",
        user.id,
        f"{user.email}: set up an authenticator app",
        organisation_id=user.organisation_id,
    )
    return codes


def verify(
    session: Session, user: User, code: str, secret_key: str, now: dt.datetime
) -> str | None:
    """ "app" or "recovery" when the code is right (each works once); None when it is not."""
    key = _secret(user, secret_key)
    if key is None or not is_set_up(user):
        return None
    if _check_totp(user, key, code, now):
        return "app"
    hashed = _code_hash(code)
    left = list(user.recovery_codes or [])
    if len(code) <= 20 and hashed in left:
        left.remove(hashed)
        user.recovery_codes = left
        audit.record(
            session,
            user,
            "user.recovery_code_used",
            "user",
            user.id,
            f"{user.email}: signed in with a recovery code ({len(left)} left)",
            organisation_id=user.organisation_id,
        )
        return "recovery"
    return None


def reset(session: Session, user: User, actor: User) -> None:
    """Clear the second factor: set up again at the next sign-in; sessions and devices end."""
    user.totp_secret = None
    user.totp_confirmed_at = None
    user.totp_last_step = None
    user.recovery_codes = None
    user.two_factor_epoch = (user.two_factor_epoch or 0) + 1
    user.session_epoch = (user.session_epoch or 0) + 1
    audit.record(
        session,
        actor,
        "user.two_factor_reset",
        "user",
        user.id,
        f"Reset the second factor of {user.email}",
        organisation_id=user.organisation_id,
    )


def _serializer(secret_key: str) -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key, salt="careers.two-factor.device")


def remember_token(user: User, secret_key: str) -> str:
    return _serializer(secret_key).dumps({"u": user.id, "e": user.two_factor_epoch or 0})


def remembered(user: User, token: str | None, secret_key: str) -> bool:
    """Whether this browser was remembered for this account in the last 30 days."""
    if not token:
        return False
    try:
        data = _serializer(secret_key).loads(token, max_age=REMEMBER_DAYS * 24 * 3600)
    except BadSignature:
        return False
    return (
        isinstance(data, dict)
        and data.get("u") == user.id
        and data.get("e") == (user.two_factor_epoch or 0)
        and is_set_up(user)
    )
