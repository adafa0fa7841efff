"""A real SMTP server on loopback (aiosmtpd) for tests that send mail the way production does.

`smtp_server` listens with STARTTLS required and a self-signed certificate that this test run
trusts (SSL_CERT_FILE), and keeps what arrives; `smtp_config` is an app configuration that sends
to it (CAREERS_MAIL_BACKEND=smtp). `tls_smtp_server` is the same with implicit TLS, and
`plain_smtp_server` a relay with no TLS (SMTP_SECURITY=none)."""

from __future__ import annotations

import socket
import ssl
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: EmailMessage


@dataclass
class Inbox:
    received: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = message_from_bytes(envelope.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), parsed))
        return "250 OK"

    def to(self, address: str) -> list[EmailMessage]:
        return [r.message for r in self.received if address in r.recipients]


@dataclass
class Server:
    host: str
    port: int
    security: str
    inbox: Inbox

    def settings(self) -> dict[str, object]:
        return {
            "MAIL_BACKEND": "smtp",
            "SMTP_HOST": self.host,
            "SMTP_PORT": self.port,
            "SMTP_SECURITY": self.security,
        }


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="session")
def trusted_certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("smtp-tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost"),
            *("-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def _serve(
    monkeypatch: pytest.MonkeyPatch,
    certificate: tuple[Path, Path],
    security: str,
) -> Iterator[Server]:
    cert, key = certificate
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # the client trusts this run's certificate
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    inbox = Inbox()
    port = _free_port()
    kwargs: dict[str, Any] = {}
    if security == "starttls":
        kwargs = {"tls_context": context, "require_starttls": True}
    elif security == "tls":
        kwargs = {"ssl_context": context}
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, server_hostname="localhost", **kwargs
    )
    controller.start()
    try:
        yield Server("127.0.0.1", port, security, inbox)
    finally:
        controller.stop()


@pytest.fixture
def smtp_server(
    monkeypatch: pytest.MonkeyPatch, trusted_certificate: tuple[Path, Path]
) -> Iterator[Server]:
    yield from _serve(monkeypatch, trusted_certificate, "starttls")


@pytest.fixture
def tls_smtp_server(
    monkeypatch: pytest.MonkeyPatch, trusted_certificate: tuple[Path, Path]
) -> Iterator[Server]:
    yield from _serve(monkeypatch, trusted_certificate, "tls")


@pytest.fixture
def plain_smtp_server(
    monkeypatch: pytest.MonkeyPatch, trusted_certificate: tuple[Path, Path]
) -> Iterator[Server]:
    yield from _serve(monkeypatch, trusted_certificate, "none")
