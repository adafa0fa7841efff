"""Sending email: the one mail module. Every message is a pair of templates,
templates/emails/<name>.txt (its first line is `Subject: ...`, then a blank line, then the plain
text) and, where there is one, templates/emails/<name>.html (the same words for mail apps that
show HTML). `send_template` renders them and sends both parts.

The backend comes from configuration (`CAREERS_MAIL_BACKEND=console|smtp`):
- console: printed, and kept as one .eml file per message under `DATA_DIR/outbox` (development
  and most tests: `sent_messages` reads them back);
- smtp: `SMTP_HOST`, `SMTP_PORT`, `SMTP_USER`, `SMTP_PASSWORD` and `SMTP_SECURITY`: `starttls`
  (the default, port 587), `tls` (implicit TLS, port 465) or `none` (only for a relay on the same
  host: the configuration refuses it for any other). Certificates are always verified.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

from flask import render_template

from careers.config import Config

log = logging.getLogger(__name__)

SECURITIES = ("starttls", "tls", "none")


class MailError(RuntimeError):
    """The message could not be handed to the mail server."""


def outbox_dir(config: Config) -> Path:
    return config.DATA_DIR / "outbox"


def build_message(
    config: Config,
    to: str,
    subject: str,
    body: str,
    html: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config.MAIL_FROM
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain=config.MAIL_FROM.partition("@")[2] or None)
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


def render(name: str, **context: Any) -> tuple[str, str, str | None]:
    """A message's subject, plain text and HTML (None when it has no HTML template), from
    templates/emails/<name>.txt and .html. Needs an app context."""
    from jinja2 import TemplateNotFound

    text = render_template(f"emails/{name}.txt", **context)
    first, _, rest = text.partition("\n")
    if not first.startswith("Subject: "):
        raise ValueError(f"templates/emails/{name}.txt must start with 'Subject: '")
    try:
        html: str | None = render_template(f"emails/{name}.html", **context)
    except TemplateNotFound:
        html = None
    return first.removeprefix("Subject: ").strip(), rest.lstrip("\n"), html


def send_template(
    config: Config,
    to: str,
    name: str,
    headers: Mapping[str, str] | None = None,
    **context: Any,
) -> None:
    """Render templates/emails/<name>.* and send the message to one address."""
    subject, body, html = render(name, **context)
    send(config, to, subject, body, html=html, headers=headers)


def send(
    config: Config,
    to: str,
    subject: str,
    body: str,
    html: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> None:
    """Send one message through the configured backend."""
    message = build_message(config, to, subject, body, html, headers)
    if config.MAIL_BACKEND == "smtp":
        _send_smtp(config, message)
        return
    folder = outbox_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
    path = folder / f"{stamp}-{secrets.token_hex(4)}.eml"
    path.write_bytes(bytes(message))
    path.chmod(0o600)
    if not config.TESTING:
        print(f"--- email to {to}: {subject} ---\n{body}\n--- saved to {path} ---")
    log.info("Email saved to %s", path)


def _send_smtp(config: Config, message: EmailMessage) -> None:
    if not config.SMTP_HOST:
        raise MailError("CAREERS_MAIL_BACKEND=smtp needs SMTP_HOST.")
    context = ssl.create_default_context()
    try:
        smtp: smtplib.SMTP
        if config.SMTP_SECURITY == "tls":
            smtp = smtplib.SMTP_SSL(config.SMTP_HOST, config.SMTP_PORT, timeout=30, context=context)
        else:
            smtp = smtplib.SMTP(config.SMTP_HOST, config.SMTP_PORT, timeout=30)
        with smtp:
            if config.SMTP_SECURITY == "starttls":
                smtp.starttls(context=context)
            if config.SMTP_USER:
                smtp.login(config.SMTP_USER, config.SMTP_PASSWORD or "")
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as error:
        raise MailError(
            f"The mail server at {config.SMTP_HOST} did not take it: {error}"
        ) from error


def sent_messages(config: Config) -> list[EmailMessage]:
    """The messages in the outbox, oldest first (for tests and local use)."""
    from email import message_from_bytes, policy

    folder = outbox_dir(config)
    if not folder.exists():
        return []
    messages = []
    for path in sorted(folder.glob("*.eml")):
        parsed = message_from_bytes(path.read_bytes(), policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        messages.append(parsed)
    return messages


def text_of(message: EmailMessage) -> str:
    """The plain-text part of a message."""
    part = message.get_body(("plain",))
    return "" if part is None else str(part.get_content())


def html_of(message: EmailMessage) -> str:
    """The HTML part of a message ('' when it has none)."""
    part = message.get_body(("html",))
    return "" if part is None else str(part.get_content())
