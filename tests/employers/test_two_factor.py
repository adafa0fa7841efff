"""Two factors for every member of staff: a password alone never reaches a staff page; codes
from the authenticator app (each once), recovery codes (each once), devices remembered for 30
days at most, codes rate-limited, and a site admin's reset audited."""

from __future__ import annotations

import pyotp
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers import create_app
from careers.config import Config
from careers.extensions import db
from careers.models import AuditEntry, User
from tests.employers.conftest import Clock
from tests.employers.factories import (
    PASSWORD,
    TOTP_KEY,
    make_user,
    security_code,
    sign_in_as,
    sign_in_with_code,
)
from tests.html import page, text_of


def _password(client: FlaskClient, user: User):
    return client.post("/sign-in", data={"email": user.email, "password": PASSWORD})


@pytest.mark.parametrize("role", ["editor", "org_admin", "site_admin", "adviser"])
def test_a_password_alone_never_reaches_a_staff_page(
    client: FlaskClient, session: Session, role: str
):
    from tests.advisers.factories import make_school

    organisation = make_school(session) if role == "adviser" else None
    user = make_user(session, role, organisation=organisation)
    session.commit()
    response = _password(client, user)
    assert response.headers["Location"] == "/sign-in/two-factor"
    for url in ["/employers/", "/advisers/", "/admin/", "/employers/team"]:
        assert client.get(url).status_code == 302, url
    done = client.post("/sign-in/two-factor", data={"code": security_code(client, user.email)})
    assert done.status_code == 302
    assert client.get(done.headers["Location"]).status_code == 200


def test_a_wrong_code_is_refused_with_a_plain_message(client: FlaskClient, session: Session):
    user = make_user(session)
    session.commit()
    _password(client, user)
    response = client.post("/sign-in/two-factor", data={"code": "000000"})
    assert response.status_code == 400
    assert "Enter the code your authenticator app shows now" in text_of(
        page(response), ".nhsuk-error-summary"
    )
    assert client.get("/employers/").status_code == 302


def test_each_code_works_once(app: Flask, session: Session):
    user = make_user(session)
    session.commit()
    first, second = app.test_client(), app.test_client()
    _password(first, user)
    code = security_code(first, user.email)
    assert first.post("/sign-in/two-factor", data={"code": code}).status_code == 302
    _password(second, user)
    assert second.post("/sign-in/two-factor", data={"code": code}).status_code == 400


def test_the_wait_for_a_code_ends_after_10_minutes(
    client: FlaskClient, session: Session, clock: Clock
):
    user = make_user(session)
    session.commit()
    _password(client, user)
    clock.advance(minutes=11)
    response = client.post("/sign-in/two-factor", data={"code": security_code(client, user.email)})
    assert response.headers["Location"] == "/sign-in"
    assert client.get("/employers/").status_code == 302


def test_a_recovery_code_works_once_and_is_audited(client: FlaskClient, session: Session):
    user = make_user(session, two_factor=False)
    session.commit()
    _password(client, user)
    set_up = page(client.get("/sign-in/two-factor/set-up"))
    key = text_of(set_up, "#totp-key").replace(" ", "")
    done = client.post("/sign-in/two-factor/set-up", data={"code": pyotp.TOTP(key).now()})
    codes = [li.get_text(strip=True) for li in page(done).select(".app-recovery-codes li")]
    assert len(set(codes)) == 10
    stored = db.session.get(User, user.id)
    assert not set(codes) & set(stored.recovery_codes or [])  # only hashes are kept
    assert key not in (stored.totp_secret or "")  # the key is sealed, not stored as it is
    client.post("/sign-out")
    _password(client, user)
    assert client.post("/sign-in/two-factor", data={"code": codes[0]}).status_code == 302
    client.post("/sign-out")
    _password(client, user)
    assert client.post("/sign-in/two-factor", data={"code": codes[0]}).status_code == 400
    actions = session.scalars(select(AuditEntry.action)).all()
    assert "user.two_factor_set_up" in actions and "user.recovery_code_used" in actions


def test_a_remembered_device_skips_the_code_for_30_days_at_most(
    client: FlaskClient, session: Session
):
    user = make_user(session)
    session.commit()
    _password(client, user)
    done = client.post(
        "/sign-in/two-factor",
        data={"code": security_code(client, user.email), "remember": "y"},
    )
    cookie = done.headers.getlist("Set-Cookie")
    device = next(c for c in cookie if c.startswith("staff_device="))
    assert "Max-Age=2592000" in device and "HttpOnly" in device  # 30 days
    client.post("/sign-out")
    again = _password(client, user)
    assert again.headers["Location"] == "/employers/"  # no code asked on this device
    other = client.application.test_client()
    assert _password(other, user).headers["Location"] == "/sign-in/two-factor"


def test_a_site_admin_resets_a_second_factor_and_it_is_audited(app: Flask, session: Session):
    admin = make_user(session, "site_admin")
    user = make_user(session)
    session.commit()
    theirs = app.test_client()
    _password(theirs, user)
    theirs.post(
        "/sign-in/two-factor", data={"code": security_code(theirs, user.email), "remember": "y"}
    )
    mine = app.test_client()
    sign_in_as(mine, admin)
    assert mine.post(f"/admin/users/{user.id}/two-factor-reset").status_code == 302
    session.expire_all()
    assert session.get(User, user.id).totp_confirmed_at is None
    assert theirs.get("/employers/").status_code == 302  # their session ended
    theirs.post("/sign-out")
    assert _password(theirs, user).headers["Location"] == "/sign-in/two-factor"  # device forgotten
    assert theirs.get("/sign-in/two-factor").headers["Location"] == "/sign-in/two-factor/set-up"
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "user.two_factor_reset"))
    assert entry is not None and entry.user_id == admin.id


def test_only_a_site_admin_can_reset_a_second_factor(client: FlaskClient, session: Session):
    org_admin = make_user(session, "org_admin")
    colleague = make_user(session, organisation=org_admin.organisation)
    session.commit()
    sign_in_as(client, org_admin)
    assert client.post(f"/admin/users/{colleague.id}/two-factor-reset").status_code == 403


def test_wrong_codes_are_rate_limited_per_account_and_address(config: Config):
    app = create_app(config)  # rate limits on, as in production
    app.config.update(WTF_CSRF_ENABLED=False)
    with app.app_context():
        user = make_user(db.session())
        db.session.commit()
        client = app.test_client()
        _password(client, user)
        statuses = [
            client.post("/sign-in/two-factor", data={"code": "000000"}).status_code
            for _ in range(6)
        ]
        assert statuses == [400] * 5 + [429]
        assert "wrong code too many times" in text_of(
            page(client.post("/sign-in/two-factor", data={"code": "000000"})), "main"
        )
        other = app.test_client()
        other.environ_base["REMOTE_ADDR"] = "198.51.100.4"
        assert sign_in_with_code(other, user.email, PASSWORD).status_code == 302
        db.session.remove()
        app.extensions.get("database") and app.extensions["database"].dispose()


def test_the_key_is_the_one_the_app_uses():
    assert len(TOTP_KEY) >= 16 and pyotp.TOTP(TOTP_KEY).now().isdigit()


def test_the_site_admins_user_list_offers_the_reset(client: FlaskClient, session: Session):
    admin = make_user(session, "site_admin")
    user = make_user(session)
    session.commit()
    sign_in_as(client, admin)
    users = page(client.get("/admin/users"))
    forms = users.select(f"form[action='/admin/users/{user.id}/two-factor-reset']")
    assert len(forms) == 1 and "Reset security code" in forms[0].get_text()
