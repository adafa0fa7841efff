"""Email alerts without an account, through the pages and a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.cli import main
from careers.config import Config
from careers.models import Alert, utcnow
from careers.services import alerts, mail
from tests.factories import make_pathway
from tests.html import page, text_of
from tests.mail_server import Server

EMAIL = "sam@example.com"


@pytest.fixture
def config(config: Config, smtp_server: Server) -> Config:
    for key, value in smtp_server.settings().items():
        setattr(config, key, value)
    config.BASE_URL = "http://localhost"
    return config


def _link(message: object, contains: str) -> str:
    assert isinstance(message, mail.EmailMessage)
    found = re.findall(r"https?://\S+", mail.text_of(message))
    link = next(u for u in found if contains in u)
    return urlsplit(link).path


def _send(config: Config, frequency: str) -> str:
    env = {
        "DATABASE_URL": config.DATABASE_URL,
        "CAREERS_DATA_DIR": str(config.DATA_DIR),
        "SECRET_KEY": config.SECRET_KEY,
        "CAREERS_ENCODER": "fake",
        "CAREERS_BASE_URL": config.BASE_URL,
        "CAREERS_MAIL_BACKEND": "smtp",
        "SMTP_HOST": str(config.SMTP_HOST),
        "SMTP_PORT": str(config.SMTP_PORT),
        "SMTP_SECURITY": config.SMTP_SECURITY,
    }
    result = CliRunner().invoke(main, ["alerts", "send", "--frequency", frequency], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def _subscribe(client: FlaskClient, query: str = "sector=nursing", **fields: str) -> None:
    data = {"email": EMAIL, "frequency": "weekly", "age": "16_plus", **fields}
    response = client.post(f"/alerts/new?{query}", data=data)
    assert response.status_code == 302, page(response).get_text()


def test_a_person_subscribes_confirms_gets_a_new_pathway_and_unsubscribes_in_one_click(
    client: FlaskClient, session: Session, config: Config, smtp_server: Server
) -> None:
    make_pathway(
        session,
        title="Older nursing apprentice",
        sector="nursing",
        published_at=utcnow() - dt.timedelta(days=3),
    )
    session.commit()

    form = page(client.get("/alerts/new?sector=nursing"))
    assert "Nursing" in text_of(form, ".app-alert-criteria")
    assert form.select_one("input[name=email]") is not None
    _subscribe(client)
    [confirmation] = smtp_server.inbox.to(EMAIL)
    assert confirmation["Subject"] == "Confirm your email alert"
    confirm_path = _link(confirmation, "/alerts/")
    assert "/alerts/" in confirm_path
    assert _send(config, "weekly") == "Sent 0 weekly alert emails.\n"  # not confirmed yet
    assert page(client.get(confirm_path)).select_one("form button") is not None
    started = client.post(confirm_path)
    assert "Your alert has started" in text_of(page(started), "h1")

    make_pathway(
        session, title="Newly posted nursing associate", sector="nursing", published_at=utcnow()
    )
    make_pathway(session, title="Dental nurse trainee", sector="dental", published_at=utcnow())
    session.commit()
    assert _send(config, "daily") == "Sent 0 daily alert emails.\n"  # it is a weekly alert
    assert _send(config, "weekly") == "Sent 1 weekly alert email.\n"

    digest = smtp_server.inbox.to(EMAIL)[-1]
    assert digest["Subject"] == "1 new pathway matches your alert"
    text, html = mail.text_of(digest), mail.html_of(digest)
    for part in (text, html):
        assert "Newly posted nursing associate" in part
        assert "Older nursing apprentice" not in part and "Dental nurse" not in part
        assert "it matches what you asked for" in part
    assert digest["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = re.fullmatch(r"<(\S+)>", str(digest["List-Unsubscribe"]).strip())
    assert header is not None
    unsubscribe = urlsplit(header[1]).path
    assert unsubscribe in text and 'name="viewport"' in html

    assert _send(config, "weekly") == "Sent 0 weekly alert emails.\n"  # never the same twice
    assert len(smtp_server.inbox.to(EMAIL)) == 2

    # A mail app's one-click button: a POST with no form of ours and no cookie.
    gone = client.post(unsubscribe, data={"List-Unsubscribe": "One-Click"})
    assert gone.status_code == 200
    assert "You will not get any more emails" in text_of(page(gone), "h1")
    assert session.scalar(select(func.count()).select_from(Alert)) == 0
    manage = unsubscribe.removesuffix("/unsubscribe")
    assert client.get(manage).status_code == 404


def test_someone_under_16_needs_an_adults_email_and_the_adult_confirms(
    client: FlaskClient, session: Session, smtp_server: Server
) -> None:
    refused = client.post(
        "/alerts/new?sector=nursing",
        data={"email": EMAIL, "frequency": "weekly", "age": "under_16"},
    )
    assert refused.status_code == 200
    assert "Enter the email address of a parent, carer or other adult" in page(refused).get_text()
    assert session.scalar(select(func.count()).select_from(Alert)) == 0
    assert smtp_server.inbox.received == []

    _subscribe(client, age="under_16", adult_email="parent@example.com")
    assert smtp_server.inbox.to(EMAIL) == []
    [asked] = smtp_server.inbox.to("parent@example.com")
    assert EMAIL in mail.text_of(asked)
    assert "parent@example.com" not in str(session.scalars(select(Alert)).one().__dict__)
    assert "Your alert has started" in page(client.post(_link(asked, "/alerts/"))).get_text()


def test_the_words_searched_for_are_kept_only_when_they_tick_to_keep_them(
    client: FlaskClient, session: Session
) -> None:
    _subscribe(client, query="q=night+shifts+near+my+mum&sector=nursing")
    _subscribe(client, query="q=porter&type=job", keep_keywords="y")
    first, second = session.scalars(select(Alert).order_by(Alert.id)).all()
    assert first.criteria == {"sectors": ["nursing"]}
    assert second.criteria == {"types": ["job"], "q": "porter"}


def test_the_manage_page_changes_the_frequency_and_deletes_the_alert(
    client: FlaskClient, session: Session, config: Config, smtp_server: Server
) -> None:
    _subscribe(client)
    client.post(_link(smtp_server.inbox.to(EMAIL)[0], "/alerts/"))
    alert = session.scalars(select(Alert)).one()
    manage = f"/alerts/{alerts.token_for(config, alert)}"
    shown = page(client.get(manage))
    assert "Nursing" in shown.get_text() and "We will keep this alert until" in shown.get_text()
    changed = client.post(f"{manage}/frequency", data={"frequency": "daily"}, follow_redirects=True)
    assert "We will email you once a day" in page(changed).get_text()
    deleted = client.post(f"{manage}/delete")
    assert "You will not get any more emails" in page(deleted).get_text()
    assert session.scalar(select(func.count()).select_from(Alert)) == 0


def test_alerts_go_after_six_months_without_a_click_and_unconfirmed_ones_after_a_week(
    session: Session,
) -> None:
    now = utcnow()
    kept = Alert(
        email="a@example.com",
        frequency="weekly",
        criteria={},
        confirmed_at=now,
        last_active_at=now - dt.timedelta(days=100),
        created_at=now - dt.timedelta(days=300),
    )
    stale = Alert(
        email="b@example.com",
        frequency="weekly",
        criteria={},
        confirmed_at=now,
        last_active_at=now - dt.timedelta(days=200),
        created_at=now - dt.timedelta(days=300),
    )
    unconfirmed = Alert(
        email="c@example.com",
        frequency="daily",
        criteria={},
        last_active_at=now - dt.timedelta(days=8),
        created_at=now - dt.timedelta(days=8),
    )
    session.add_all([kept, stale, unconfirmed])
    session.commit()
    assert alerts.expire(session, now) == 2
    assert [a.email for a in session.scalars(select(Alert))] == ["a@example.com"]


def test_a_wrong_or_tampered_link_opens_nothing(client: FlaskClient) -> None:
    assert client.get("/alerts/not-a-token").status_code == 404
    assert client.post("/alerts/confirm/not-a-token").status_code == 404
    assert (
        "You will not get any more emails"
        in page(client.get("/alerts/nope/unsubscribe")).get_text()
    )


def test_browse_and_results_offer_an_alert(
    client: FlaskClient, session: Session, tmp_path: Path
) -> None:
    browse = page(client.get("/pathways?sector=nursing"))
    link = browse.select_one(".app-alert-links a")
    assert link is not None and link["href"] == "/alerts/new?sector=nursing"
