"""Signing in and out, sessions that expire, invitations, password resets, rate limits."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pyotp
import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers import create_app
from careers.cli import main
from careers.config import Config
from careers.extensions import db
from careers.models import Organisation, User, UserToken
from careers.services import accounts, mail
from tests.conftest import make_config
from tests.employers.conftest import Clock
from tests.employers.factories import PASSWORD, make_user, sign_in_with_code
from tests.html import page, text_of

GENERIC_ERROR = "Enter a correct email address and password"


def sign_in(client: FlaskClient, email: str, password: str, next_url: str | None = None):
    """The password, then the code from the authenticator app (tests.employers.factories)."""
    return sign_in_with_code(client, email, password, next_url)


def test_an_editor_signs_in_and_lands_on_their_pathways(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    session.commit()
    response = sign_in(client, editor.email.upper(), PASSWORD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/employers/"
    assert client.get("/employers/").status_code == 200


def test_a_wrong_password_and_an_unknown_email_get_the_same_message(
    client: FlaskClient, session: Session
):
    editor = make_user(session, "editor")
    session.commit()
    wrong = sign_in(client, editor.email, "not the right password")
    unknown = sign_in(client, "nobody@example.nhs.uk", PASSWORD)
    assert wrong.status_code == unknown.status_code == 400
    assert text_of(page(wrong), ".nhsuk-error-summary") == text_of(
        page(unknown), ".nhsuk-error-summary"
    )
    assert GENERIC_ERROR in text_of(page(wrong), ".nhsuk-error-summary")
    assert client.get("/employers/").status_code == 302


def test_a_deactivated_account_cannot_sign_in(client: FlaskClient, session: Session):
    editor = make_user(session, "editor", active=False)
    session.commit()
    assert sign_in(client, editor.email, PASSWORD).status_code == 400


@pytest.mark.parametrize(
    "target",
    ["https://evil.example/", "//evil.example/", "/\\evil.example", "javascript:alert(1)"],
)
def test_sign_in_never_redirects_off_the_site(client: FlaskClient, session: Session, target: str):
    editor = make_user(session, "editor")
    session.commit()
    response = sign_in(client, editor.email, PASSWORD, next_url=target)
    assert response.headers["Location"] == "/employers/"


def test_sign_in_returns_to_the_page_asked_for(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    session.commit()
    first = client.get("/employers/?page=2")
    assert first.status_code == 302 and "/sign-in?next=" in first.headers["Location"]
    response = sign_in(client, editor.email, PASSWORD, next_url="/employers/%3Fpage%3D2")
    assert response.headers["Location"] == "/employers/?page=2"


def test_the_session_cookie_is_httponly_and_samesite_lax(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    session.commit()
    cookie = sign_in(client, editor.email, PASSWORD).headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=Lax" in cookie


def test_the_session_cookie_is_secure_in_production(tmp_path: Path, migrated_sqlite: Path):
    shutil.copy(migrated_sqlite, tmp_path / "careers.db")
    config = make_config(tmp_path, f"sqlite:///{tmp_path / 'careers.db'}", ENV="production")
    app = create_app(config)
    app.config.update(WTF_CSRF_ENABLED=False)
    with app.app_context():
        editor = make_user(db.session(), "editor")
        db.session.commit()
        response = app.test_client().post(
            "/sign-in", data={"email": editor.email, "password": PASSWORD}
        )
        assert "Secure" in response.headers["Set-Cookie"]
        assert "Strict-Transport-Security" in response.headers
    app.extensions["database"].dispose()


def test_signing_out_ends_the_session_on_the_server(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    session.commit()
    sign_in(client, editor.email, PASSWORD)
    with client.session_transaction() as cookie:
        stolen = dict(cookie)
    assert client.post("/sign-out").status_code == 302
    assert client.get("/employers/").status_code == 302
    with client.session_transaction() as cookie:
        cookie.update(stolen)  # an old copy of the cookie no longer works
    assert client.get("/employers/").status_code == 302


def test_the_session_ends_after_30_minutes_idle(
    client: FlaskClient, session: Session, clock: Clock
):
    editor = make_user(session, "editor")
    session.commit()
    sign_in(client, editor.email, PASSWORD)
    clock.advance(minutes=29)
    assert client.get("/employers/").status_code == 200
    clock.advance(minutes=29)  # 58 minutes in, but never idle for 30
    assert client.get("/employers/").status_code == 200
    clock.advance(minutes=31)
    response = client.get("/employers/")
    assert response.status_code == 302
    assert "expired=1" in response.headers["Location"]
    assert "signed out" in text_of(page(client.get(response.headers["Location"])), "main")


def test_the_session_ends_12_hours_after_signing_in_however_busy(
    client: FlaskClient, session: Session, clock: Clock
):
    editor = make_user(session, "editor")
    session.commit()
    sign_in(client, editor.email, PASSWORD)
    for _ in range(28):  # active every 25 minutes for 11 hours 40 minutes
        clock.advance(minutes=25)
        assert client.get("/employers/").status_code == 200
    clock.advance(minutes=25)  # never idle for 30 minutes, but now past 12 hours
    assert client.get("/employers/").status_code == 302


def _link_token(text: str) -> str:
    found = re.search(r"/(?:invitation|password-reset)/([A-Za-z0-9_-]+)", text)
    assert found, text
    return found.group(1)


def test_the_cli_invites_a_user_with_a_one_time_link(app: Flask, config: Config, monkeypatch):
    monkeypatch.setenv("CAREERS_DATA_DIR", str(config.DATA_DIR))
    monkeypatch.setenv("DATABASE_URL", config.DATABASE_URL)
    monkeypatch.setenv("SECRET_KEY", "test-secret-key")
    result = CliRunner().invoke(
        main,
        [
            "users",
            "create",
            "Ada@Example.NHS.uk",
            "--role",
            "org_admin",
            "--organisation",
            "Lambeth Care Partnership",
            "--organisation-type",
            "social_care",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "valid 72 hours" in result.output
    token = _link_token(result.output)
    session = db.session()
    user = session.scalar(select(User).where(User.email == "ada@example.nhs.uk"))
    assert user is not None and user.role == "org_admin" and user.password_hash is None
    assert user.organisation is not None and user.organisation.type == "social_care"
    stored = session.scalars(select(UserToken.token_hash)).all()
    assert token not in stored and accounts.hash_token(token) in stored
    [message] = mail.sent_messages(config)
    assert message["To"] == "ada@example.nhs.uk"
    assert token in message.get_content()


def test_the_cli_refuses_an_unknown_organisation_without_a_type(config: Config, monkeypatch):
    monkeypatch.setenv("CAREERS_DATA_DIR", str(config.DATA_DIR))
    monkeypatch.setenv("DATABASE_URL", config.DATABASE_URL)
    monkeypatch.setenv("SECRET_KEY", "test-secret-key")
    result = CliRunner().invoke(
        main, ["users", "create", "bo@example.nhs.uk", "--role", "editor", "--organisation", "X"]
    )
    assert result.exit_code != 0
    assert "Give its type" in result.output


def test_an_invitation_sets_a_strong_password_once(
    client: FlaskClient, session: Session, clock: Clock
):
    organisation = session.scalar(select(Organisation).limit(1)) or Organisation(
        name="Barts", slug="barts", type="nhs_trust"
    )
    session.add(organisation)
    invitation = accounts.invite_user(session, "new@example.nhs.uk", "editor", organisation.name)
    session.commit()
    url = f"/invitation/{invitation.token}"
    assert client.get(url).status_code == 200
    short = client.post(url, data={"password": "short", "confirm": "short"})
    assert "12 characters or more" in text_of(page(short), ".nhsuk-error-summary")
    common = client.post(url, data={"password": "password1234", "confirm": "password1234"})
    assert "too common" in text_of(page(common), ".nhsuk-error-summary")
    good = "plum orchard lantern 42"
    response = client.post(url, data={"password": good, "confirm": good})
    assert response.status_code == 302
    assert response.headers["Location"] == "/sign-in/two-factor"
    assert client.get("/employers/").status_code == 302  # a password alone is not enough
    assert client.get(url).status_code == 404  # used once
    assert db.session.get(User, invitation.user.id).password_hash.startswith("$argon2id$")
    finish_set_up(client)
    assert client.get("/employers/").status_code == 200


def finish_set_up(client: FlaskClient) -> list[str]:
    """Set up the authenticator app from the page's key; the recovery codes shown once."""
    assert client.get("/sign-in/two-factor").headers["Location"] == "/sign-in/two-factor/set-up"
    set_up = page(client.get("/sign-in/two-factor/set-up"))
    assert set_up.select_one("img[src^='data:image/svg+xml']") is not None  # the QR code
    key = text_of(set_up, "#totp-key").replace(" ", "")
    code = pyotp.TOTP(key).now()
    done = client.post("/sign-in/two-factor/set-up", data={"code": code})
    assert done.status_code == 200
    codes = [li.get_text(strip=True) for li in page(done).select(".app-recovery-codes li")]
    assert len(codes) == 10
    return codes


def test_an_invitation_expires_after_72_hours(client: FlaskClient, session: Session, clock: Clock):
    make_user(session, "site_admin")
    invitation = accounts.invite_user(session, "late@example.nhs.uk", "site_admin", now=clock.now)
    session.commit()
    clock.advance(hours=72, minutes=1)
    response = client.get(f"/invitation/{invitation.token}")
    assert response.status_code == 404
    assert "expired" in text_of(page(response), "h1")


def test_a_password_reset_is_emailed_and_changes_the_password(
    client: FlaskClient, session: Session, config: Config
):
    editor = make_user(session, "editor")
    session.commit()
    response = client.post("/password-reset", data={"email": editor.email})
    assert response.headers["Location"] == "/password-reset/sent"
    unknown = client.post("/password-reset", data={"email": "nobody@example.nhs.uk"})
    assert unknown.headers["Location"] == "/password-reset/sent"  # says nothing either way
    [message] = mail.sent_messages(config)
    token = _link_token(message.get_content())
    new = "a fresh and memorable phrase"
    assert (
        client.post(f"/password-reset/{token}", data={"password": new, "confirm": new}).status_code
        == 302
    )
    client.post("/sign-out")
    assert sign_in(client, editor.email, PASSWORD).status_code == 400
    assert sign_in(client, editor.email, new).status_code == 302


@pytest.fixture
def limited_app(config: Config) -> Flask:
    app = create_app(config)  # rate limits on, as in production
    app.config.update(WTF_CSRF_ENABLED=False)
    return app


def test_sign_in_is_rate_limited_per_account(limited_app: Flask):
    with limited_app.app_context():
        editor = make_user(db.session(), "editor")
        db.session.commit()
        client = limited_app.test_client()
        for _ in range(5):
            assert sign_in(client, editor.email, "guessing wrongly").status_code == 400
        blocked = sign_in(client, editor.email, PASSWORD)  # from here, even the right one waits
        assert blocked.status_code == 429
        assert "Wait 15 minutes" in text_of(page(blocked), ".nhsuk-error-summary")
        assert "reset your password" in text_of(page(blocked), ".nhsuk-error-summary")
        other = make_user(db.session(), "editor")
        db.session.commit()
        assert sign_in(client, other.email, PASSWORD).status_code == 302
    limited_app.extensions["database"].dispose()


def test_sign_in_is_rate_limited_per_address(limited_app: Flask):
    with limited_app.app_context():
        client = limited_app.test_client()
        statuses = [
            sign_in(client, f"guess{n}@example.nhs.uk", "wrong password").status_code
            for n in range(21)
        ]
        assert statuses[:20] == [400] * 20
        assert statuses[20] == 429
    limited_app.extensions["database"].dispose()


def test_wrong_passwords_from_elsewhere_never_lock_a_person_out(limited_app: Flask):
    with limited_app.app_context():
        editor = make_user(db.session(), "editor")
        db.session.commit()
        attacker = limited_app.test_client()
        attacker.environ_base["REMOTE_ADDR"] = "203.0.113.9"
        for _ in range(6):
            sign_in(attacker, editor.email, "guessing wrongly")
        assert sign_in(attacker, editor.email, "guessing wrongly").status_code == 429
        owner = limited_app.test_client()
        owner.environ_base["REMOTE_ADDR"] = "198.51.100.20"
        assert sign_in(owner, editor.email, PASSWORD).status_code == 302
    limited_app.extensions["database"].dispose()


def test_too_many_reset_requests_get_their_own_message(limited_app: Flask):
    with limited_app.app_context():
        client = limited_app.test_client()
        statuses = [
            client.post("/password-reset", data={"email": f"r{n}@example.nhs.uk"}).status_code
            for n in range(20)
        ]
        assert set(statuses) == {302}
        limited = client.post("/password-reset", data={"email": "r@example.nhs.uk"})
        assert limited.status_code == 429
        soup = page(limited)
        assert text_of(soup, "h1") == "Reset your password"
        assert "too many password reset emails" in text_of(soup, ".nhsuk-error-summary")
        assert GENERIC_ERROR not in soup.get_text()
    limited_app.extensions["database"].dispose()


def test_a_reset_for_a_known_and_an_unknown_address_does_the_same_work(
    client: FlaskClient, session: Session, config: Config
):
    from careers.models import Job

    editor = make_user(session, "editor")
    session.commit()
    client.post("/password-reset", data={"email": editor.email})
    client.post("/password-reset", data={"email": "nobody@example.nhs.uk"})
    db.session.expire_all()
    jobs = db.session.scalars(select(Job).where(Job.kind == "password_reset")).all()
    assert [job.status for job in jobs] == ["done", "done"]
    assert all(job.payload is None for job in jobs)  # the typed address is never stored
    assert len(mail.sent_messages(config)) == 1


@pytest.mark.parametrize(
    "password", ["abcabcabcabc", "qwertyuiopas", "Password2026!", "asdfghjkl;12"]
)
def test_long_but_guessable_passwords_are_refused(
    client: FlaskClient, session: Session, password: str
):
    invitation = accounts.invite_user(
        session, "weak@example.nhs.uk", "editor", "Barts", organisation_type="nhs_trust"
    )
    session.commit()
    url = f"/invitation/{invitation.token}"
    response = client.post(url, data={"password": password, "confirm": password})
    assert response.status_code == 400
    assert "too easy to guess" in text_of(page(response), ".nhsuk-error-summary")


def test_the_cli_will_not_make_an_adviser_at_an_nhs_trust(config: Config, monkeypatch):
    monkeypatch.setenv("CAREERS_DATA_DIR", str(config.DATA_DIR))
    monkeypatch.setenv("DATABASE_URL", config.DATABASE_URL)
    monkeypatch.setenv("SECRET_KEY", "test-secret-key")
    args = ["users", "create", "ad@example.nhs.uk", "--role", "adviser", "--organisation", "Barts"]
    result = CliRunner().invoke(main, [*args, "--organisation-type", "nhs_trust"])
    assert result.exit_code != 0
    assert "Only schools and colleges have careers advisers" in result.output
    school = CliRunner().invoke(
        main, ["users", "create", "ad@example.sch.uk", "--role", "adviser", "--organisation",
               "Peckham Academy", "--organisation-type", "school"],
    )  # fmt: skip
    assert school.exit_code == 0, school.output
