"""Signing in with two factors in Chromium: the password, then the code page (axe-clean, with
and without an error), then the employer's pathways. Set-up in the browser is in
test_posting_flow.py (an invited editor sets up their app before anything else)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

import pyotp
import pytest
from sqlalchemy.orm import Session

from careers.extensions import make_engine
from careers.models import Organisation, User
from careers.sealing import seal
from careers.services.passwords import hash_password
from tests.browser.axe import assert_no_violations
from tests.browser.conftest import LiveServer
from tests.employers.factories import TOTP_KEY

pytestmark = pytest.mark.browser

PASSWORD = "orange kettle meadow lighthouse"


def _editor(live_server: LiveServer) -> str:
    email = f"two.factor.{uuid.uuid4().hex[:8]}@browser-test.nhs.uk"
    engine = make_engine(live_server.database_url)
    with Session(engine) as session:
        organisation = Organisation(
            name=f"Two Factor Trust {email[:20]}",
            slug=email[:30].replace(".", "-"),
            type="nhs_trust",
        )
        session.add(organisation)
        session.add(
            User(
                email=email,
                password_hash=hash_password(PASSWORD),
                role="editor",
                organisation=organisation,
                active=True,
                totp_secret=seal("browser-test-secret", TOTP_KEY),
                totp_confirmed_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            )
        )
        session.commit()
    engine.dispose()
    return email


def test_staff_sign_in_with_a_password_and_then_a_code(
    desktop_page: Any, live_server: LiveServer
) -> None:
    page = desktop_page
    email = _editor(live_server)
    page.goto("/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(re.compile(r"/sign-in/two-factor$"))
    assert page.locator("h1").inner_text() == "Enter your security code"
    assert_no_violations(page)

    page.goto("/employers/")  # a password alone reaches no staff page
    page.wait_for_url(re.compile(r"/sign-in"))
    page.goto("/sign-in/two-factor")

    page.get_by_label("Security code").fill("000000")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_load_state()
    assert "Enter the code your authenticator app shows now" in page.inner_text(
        ".nhsuk-error-summary"
    )
    assert_no_violations(page)

    page.get_by_label("Security code").fill(pyotp.TOTP(TOTP_KEY).now())
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(re.compile(r"/employers/$"))
    assert_no_violations(page)
