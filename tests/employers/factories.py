"""Staff accounts for tests, and signing them in."""

from __future__ import annotations

import datetime as dt
import itertools
from functools import lru_cache
from typing import Any

import pyotp
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.extensions import db
from careers.models import Organisation, User, utcnow
from careers.sealing import seal
from careers.services.passwords import hash_password
from tests.factories import make_organisation

PASSWORD = "correct horse battery staple"
TOTP_KEY = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # every test account's authenticator key
TEST_SECRET_KEY = "test-secret-key"  # tests.conftest.make_config's SECRET_KEY
_counter = itertools.count(1)


@lru_cache(maxsize=1)
def _password_hash() -> str:
    return hash_password(PASSWORD)


def make_user(
    session: Session,
    role: str = "editor",
    organisation: Organisation | None = None,
    two_factor: bool = True,
    **fields: Any,
) -> User:
    """A staff account with the test password and, unless two_factor=False, an authenticator
    app set up with TOTP_KEY."""
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
    if two_factor:
        defaults["totp_secret"] = seal(TEST_SECRET_KEY, TOTP_KEY)
        defaults["totp_confirmed_at"] = utcnow()
    defaults.update(fields)
    user = User(**defaults)
    session.add(user)
    session.flush()
    return user


def security_code(client: FlaskClient, email: str) -> str:
    """The code the account's authenticator app shows now (by the app's clock), or the next
    one when this one was used already (each code works once)."""
    app = client.application
    clock = app.config.get("CAREERS_CLOCK")
    moment = clock() if clock else utcnow()
    step = int(moment.replace(tzinfo=dt.UTC).timestamp()) // 30
    with app.app_context(), db.new_session() as session:
        user = session.scalar(select(User).where(func.lower(User.email) == email.lower()))
        last = user.totp_last_step if user is not None else None
    if last is not None and last >= step:
        step = last + 1
    return pyotp.TOTP(TOTP_KEY).at(step * 30)


def sign_in_with_code(
    client: FlaskClient, email: str, password: str, next_url: str | None = None
) -> Any:
    """Sign in as a person does: the password, then the code from their app. Returns the last
    answer (the password's, when it did not lead on to the code)."""
    url = "/sign-in" + (f"?next={next_url}" if next_url else "")
    response = client.post(url, data={"email": email, "password": password})
    if response.status_code != 302 or response.headers["Location"] != "/sign-in/two-factor":
        return response
    return client.post("/sign-in/two-factor", data={"code": security_code(client, email)})


def sign_in_as(client: FlaskClient, user: User, at: dt.datetime | None = None) -> None:
    """Put a fresh session in the client's cookie, as signing in (both factors) would."""
    moment = (at or utcnow()).replace(tzinfo=dt.UTC).timestamp()
    with client.session_transaction() as cookie:
        cookie.clear()
        cookie["user_id"] = user.id
        cookie["epoch"] = user.session_epoch or 0
        cookie["signed_in_at"] = moment
        cookie["seen_at"] = moment
