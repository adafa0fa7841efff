"""The one mail module: SMTP with STARTTLS, implicit TLS or none (a relay on this host), real
servers on loopback; and every message template renders, as a preview would show it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from flask import Flask

from careers.config import Config
from careers.services import mail
from tests.factories import make_pathway
from tests.mail_server import Server


def _send_through(config: Config, server: Server) -> None:
    for key, value in server.settings().items():
        setattr(config, key, value)
    mail.send(config, "kim@example.com", "Hello", "Plain words", html="<p>HTML words</p>")
    [received] = server.inbox.received
    assert received.recipients == ["kim@example.com"]
    assert received.message["Subject"] == "Hello"
    assert mail.text_of(received.message).strip() == "Plain words"
    assert mail.html_of(received.message).strip() == "<p>HTML words</p>"


def test_mail_goes_through_starttls(config: Config, smtp_server: Server) -> None:
    _send_through(config, smtp_server)


def test_mail_goes_through_implicit_tls(config: Config, tls_smtp_server: Server) -> None:
    _send_through(config, tls_smtp_server)


def test_mail_goes_in_clear_only_to_a_relay_on_this_host(
    config: Config, plain_smtp_server: Server
) -> None:
    _send_through(config, plain_smtp_server)
    with pytest.raises(RuntimeError, match="only for a relay on this host"):
        Config.from_env({"SMTP_HOST": "smtp.example.com", "SMTP_SECURITY": "none"})
    with pytest.raises(RuntimeError, match="starttls, tls or none"):
        Config.from_env({"SMTP_SECURITY": "ssl"})


def test_a_server_that_will_not_take_mail_is_a_clear_error(
    config: Config, smtp_server: Server
) -> None:
    config.MAIL_BACKEND, config.SMTP_HOST, config.SMTP_PORT = "smtp", "127.0.0.1", 1
    with pytest.raises(mail.MailError, match="did not take it"):
        mail.send(config, "kim@example.com", "Hello", "Plain words")


def test_starttls_refuses_a_certificate_it_cannot_trust(
    config: Config, smtp_server: Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "none.pem"))
    for key, value in smtp_server.settings().items():
        setattr(config, key, value)
    with pytest.raises(mail.MailError):
        mail.send(config, "kim@example.com", "Hello", "Plain words")
    assert smtp_server.inbox.received == []


def test_every_message_template_renders_with_a_subject_and_both_parts(
    app: Flask, session: object
) -> None:
    """A Notify-style preview: each template, with example values, as a person would get it."""
    from sqlalchemy.orm import Session

    from careers.models import Organisation
    from careers.services.alerts import Match

    assert isinstance(session, Session)
    pathway = make_pathway(session, title="Ward host")
    organisation = session.get(Organisation, pathway.organisation_id)
    examples = {
        "alert_confirm": {
            "link": "https://x/alerts/confirm/t",
            "frequency": "weekly",
            "looks_for": ["Kind: Job"],
        },
        "alert_confirm_adult": {
            "link": "https://x/alerts/confirm/t",
            "email": "kim@example.com",
            "frequency": "daily",
            "looks_for": ["Every new pathway"],
        },
        "alert_digest": {
            "matches": [
                (Match(pathway, "A job in Lambeth: it matches what you asked for."), "https://x/p")
            ],
            "more": 0,
            "manage": "https://x/a",
            "unsubscribe": "https://x/a/unsubscribe",
            "expires": dt.date(2027, 6, 1),
            "frequency": "weekly",
            "browse": "https://x/pathways",
        },
        "pathway_reviewed": {
            "pathway": pathway,
            "outcome": "returned",
            "comments": [("description", "More detail")],
            "link": "https://x/e",
            "settings": "https://x/s",
        },
        "pathways_closing": {
            "pathways": [(pathway, "https://x/e")],
            "day": dt.date(2027, 1, 8),
            "settings": "https://x/s",
        },
        "reach_digest": {
            "organisation": organisation,
            "totals": {"shown": "25", "detail": "fewer than 10", "apply": "0"},
            "deprived_share": 0.5,
            "since": dt.date(2027, 1, 1),
            "today": dt.date(2027, 1, 8),
            "link": "https://x/r",
            "settings": "https://x/s",
        },
    }
    templates = {
        p.stem for p in (Path(app.root_path).parent / "templates" / "emails").glob("*.txt")
    }
    assert templates == set(examples), "every template needs an example here"
    for name, context in examples.items():
        subject, text, html = mail.render(name, **context)
        assert subject and "{" not in subject, name
        assert text.strip() and "{{" not in text and "{%" not in text, name
        assert html is not None and "<html" in html and "{{" not in html, name
        assert "London Health & Care Pathways" in text and "London Health &amp; Care" in html
