"""Staff accounts: invitations, signing in, password resets. Invite-only; no request objects here.

Tokens are random, sent once by email, and only their SHA-256 hash is stored.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import ORGANISATION_TYPES, ROLES, Organisation, User, UserToken, utcnow
from careers.services import audit
from careers.services.passwords import (
    hash_password,
    needs_rehash,
    password_problems,
    verify_password,
)

INVITE_LIFETIME = dt.timedelta(hours=72)
RESET_LIFETIME = dt.timedelta(hours=1)
EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
ORGANISATION_ROLES = ("org_admin", "editor", "adviser")
# Advisers work in schools and colleges; other organisations post pathways.
ADVISER_ORGANISATION_TYPES = ("school", "college")


class AccountElsewhere(Exception):
    """The email address has an account in another organisation. An org_admin is not told (that
    would say who works where); the view answers as if it invited them, and the account holder
    gets an email instead."""

    def __init__(self, user: User) -> None:
        super().__init__("account in another organisation")
        self.user = user


class AccountError(ValueError):
    """A request that cannot be done, with plain-English messages keyed by field."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def normalise_email(email: str) -> str:
    return email.strip().lower()


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:200] or "organisation"


def find_user(session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.email) == normalise_email(email)))


def _issue_token(
    session: Session, user: User, purpose: str, lifetime: dt.timedelta, now: dt.datetime
) -> str:
    # Any earlier unused token for the same purpose stops working.
    for old in session.scalars(
        select(UserToken).where(
            UserToken.user_id == user.id, UserToken.purpose == purpose, UserToken.used_at.is_(None)
        )
    ):
        old.used_at = now
    token = secrets.token_urlsafe(32)
    session.add(
        UserToken(
            user_id=user.id,
            purpose=purpose,
            token_hash=hash_token(token),
            expires_at=now + lifetime,
            created_at=now,
        )
    )
    return token


@dataclass
class Invitation:
    user: User
    token: str
    organisation_created: bool


def invite_user(
    session: Session,
    email: str,
    role: str,
    organisation_name: str | None = None,
    organisation_type: str | None = None,
    actor: User | None = None,
    now: dt.datetime | None = None,
) -> Invitation:
    """Create an account without a password and a one-time invitation token (72 hours).

    The organisation is found by name; it is created when it does not exist and a type is given.
    """
    now = now or utcnow()
    email = normalise_email(email)
    errors: dict[str, str] = {}
    if not EMAIL_PATTERN.match(email) or len(email) > 254:
        errors["email"] = "Enter an email address in the correct format, like name@example.nhs.uk"
    elif find_user(session, email) is not None:
        errors["email"] = "There is already an account with this email address"
    if role not in ROLES:
        errors["role"] = "Select a role: " + ", ".join(ROLES)
    organisation: Organisation | None = None
    created = False
    if organisation_name:
        organisation = session.scalar(
            select(Organisation).where(
                func.lower(Organisation.name) == organisation_name.strip().lower()
            )
        )
        if organisation is None:
            if not organisation_type:
                errors["organisation"] = (
                    f"There is no organisation called {organisation_name!r}. "
                    "Give its type to create it"
                )
            elif organisation_type not in ORGANISATION_TYPES:
                errors["organisation_type"] = "Organisation type must be one of: " + ", ".join(
                    ORGANISATION_TYPES
                )
    if role in ORGANISATION_ROLES and not organisation_name:
        errors["organisation"] = "Choose the organisation this person works for"
    kind = organisation.type if organisation is not None else organisation_type
    if role == "adviser" and organisation_name and kind not in ADVISER_ORGANISATION_TYPES:
        errors["role"] = "Only schools and colleges have careers advisers"
    if errors:
        raise AccountError(errors)
    if organisation_name and organisation is None:
        organisation = Organisation(
            name=organisation_name.strip(),
            slug=_unique_slug(session, organisation_name),
            type=organisation_type,
        )
        session.add(organisation)
        session.flush()
        created = True
        audit.record(
            session,
            actor,
            "organisation.created",
            "organisation",
            organisation.id,
            f"Created organisation {organisation.name}",
            organisation_id=organisation.id,
        )
    user = User(email=email, role=role, organisation=organisation, active=True, created_at=now)
    session.add(user)
    session.flush()
    token = _issue_token(session, user, "invite", INVITE_LIFETIME, now)
    audit.record(
        session,
        actor,
        "user.invited",
        "user",
        user.id,
        f"Invited {email} as {role}",
        organisation_id=organisation.id if organisation else None,
    )
    return Invitation(user=user, token=token, organisation_created=created)


def _unique_slug(session: Session, name: str) -> str:
    base = slugify(name)
    slug, n = base, 1
    while session.scalar(select(Organisation.id).where(Organisation.slug == slug)) is not None:
        n += 1
        slug = f"{base}-{n}"
    return slug


def reissue_invitation(
    session: Session, user: User, actor: User | None, now: dt.datetime | None = None
) -> str:
    now = now or utcnow()
    token = _issue_token(session, user, "invite", INVITE_LIFETIME, now)
    audit.record(
        session,
        actor,
        "user.reinvited",
        "user",
        user.id,
        f"Sent a new invitation to {user.email}",
        organisation_id=user.organisation_id,
    )
    return token


def valid_token(
    session: Session, token: str, purpose: str, now: dt.datetime | None = None
) -> UserToken | None:
    """The unused, unexpired token row for this token, or None."""
    now = now or utcnow()
    row = session.scalar(
        select(UserToken).where(
            UserToken.token_hash == hash_token(token), UserToken.purpose == purpose
        )
    )
    if row is None or row.used_at is not None or row.expires_at <= now or not row.user.active:
        return None
    return row


def set_password_with_token(
    session: Session, token: str, purpose: str, password: str, now: dt.datetime | None = None
) -> User:
    """Accept an invitation or reset a password; the token can be used once."""
    now = now or utcnow()
    row = valid_token(session, token, purpose, now)
    if row is None:
        raise AccountError({"token": "This link has expired or has already been used"})
    problems = password_problems(password, row.user.email)
    if problems:
        raise AccountError({"password": problems[0]})
    user = row.user
    user.password_hash = hash_password(password)
    user.session_epoch = (user.session_epoch or 0) + 1  # every other session ends
    row.used_at = now
    action = "user.accepted_invitation" if purpose == "invite" else "user.reset_password"
    summary = "Accepted invitation and set a password" if purpose == "invite" else "Reset password"
    audit.record(
        session,
        user,
        action,
        "user",
        user.id,
        f"{user.email}: {summary}",
        organisation_id=user.organisation_id,
    )
    return user


def authenticate(
    session: Session, email: str, password: str, now: dt.datetime | None = None
) -> User | None:
    """The user when the email and password are right and the account is active; else None."""
    user = find_user(session, email)
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or user is None or not user.active:
        return None
    if user.password_hash and needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_signed_in_at = now or utcnow()
    return user


def request_password_reset(
    session: Session, email: str, now: dt.datetime | None = None
) -> tuple[User, str] | None:
    """A reset token for an active account that has a password; None otherwise (say nothing)."""
    user = find_user(session, email)
    if user is None or not user.active or user.password_hash is None:
        return None
    return user, _issue_token(session, user, "reset", RESET_LIFETIME, now or utcnow())
