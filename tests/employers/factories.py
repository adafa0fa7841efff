"""Staff accounts for tests, and signing them in."""

from __future__ import annotations

import datetime as dt
import itertools
from functools import lru_cache
from typing import Any

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import Organisation, User, utcnow
from careers.services.passwords import hash_password
from tests.factories import make_organisation

PASSWORD = "correct horse battery staple"
_counter = itertools.count(1)


@lru_cache(maxsize=1)
def _password_hash() -> str:
    return hash_password(PASSWORD)


def make_user(
    session: Session,
    role: str = "editor",
    organisation: Organisation | None = None,
    **fields: Any,
) -> User:
    n = next(_counter)
    if organisation is None and role != "site_admin" and "organisation_id" not in fields:
        organisation = make_organisation(session)
    defaults: dict[str, Any] = {
        "email": f"{role.replace('_', '.')}.{n}@example.nhs.uk",
        "password_hash": _password_hash(),
        "role": role,
        "organisation": organisation,
        "active": True,
    }
    defaults.update(fields)
    user = User(**defaults)
    session.add(user)
    session.flush()
    return user


def sign_in_as(client: FlaskClient, user: User, at: dt.datetime | None = None) -> None:
    """Put a fresh session in the client's cookie, as signing in would."""
    moment = (at or utcnow()).replace(tzinfo=dt.UTC).timestamp()
    with client.session_transaction() as cookie:
        cookie.clear()
        cookie["user_id"] = user.id
        cookie["epoch"] = user.session_epoch or 0
        cookie["signed_in_at"] = moment
        cookie["seen_at"] = moment
