"""Sending email: to the console and an outbox folder (development), or by SMTP.

The backend comes from configuration (`CAREERS_MAIL_BACKEND=console|smtp`). The outbox keeps
one .eml file per message under `DATA_DIR/outbox`, so invitations can be followed locally.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
import smtplib
from email.message import EmailMessage
from pathlib import Path

from careers.config import Config

log = logging.getLogger(__name__)


def outbox_dir(config: Config) -> Path:
    return config.DATA_DIR / "outbox"


def build_message(config: Config, to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = config.MAIL_FROM
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    return message


def send(config: Config, to: str, subject: str, body: str) -> None:
    """Send a plain-text email through the configured backend."""
    message = build_message(config, to, subject, body)
    if config.MAIL_BACKEND == "smtp":
        if not config.SMTP_HOST:
            raise RuntimeError("CAREERS_MAIL_BACKEND=smtp needs SMTP_HOST.")
        with smtplib.SMTP(config.SMTP_HOST, config.SMTP_PORT, timeout=30) as smtp:
            smtp.starttls()
            if config.SMTP_USER:
                smtp.login(config.SMTP_USER, config.SMTP_PASSWORD or "")
            smtp.send_message(message)
        return
    folder = outbox_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S")
    path = folder / f"{stamp}-{secrets.token_hex(4)}.eml"
    path.write_bytes(bytes(message))
    path.chmod(0o600)
    if not config.TESTING:
        print(f"--- email to {to}: {subject} ---\n{body}\n--- saved to {path} ---")
    log.info("Email to %s saved to %s", to, path)


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
