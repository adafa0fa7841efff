"""Settings for running behind a proxy on several hosts: gunicorn's control socket and timeout,
and ProxyFix so rate limits count each client, not the load balancer."""

from __future__ import annotations

import dataclasses
import runpy
from collections.abc import Iterator

import pytest
from flask import Flask

from careers import create_app
from careers.config import PROJECT_ROOT, Config


def _gunicorn_settings(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, object]:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(PROJECT_ROOT / "gunicorn.conf.py"))


def test_gunicorns_control_socket_is_off_unless_an_instance_names_its_own(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    default = _gunicorn_settings(monkeypatch)
    assert default["control_socket_disable"] is True
    assert "control_socket" not in default
    named = _gunicorn_settings(monkeypatch, CAREERS_GUNICORN_CONTROL_SOCKET="/run/careers/web1.ctl")
    assert named["control_socket"] == "/run/careers/web1.ctl"
    assert named["control_socket_mode"] == 0o600
    assert "control_socket_disable" not in named


def test_gunicorns_timeout_leaves_room_for_the_slowest_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _gunicorn_settings(monkeypatch)["timeout"] == 120
    assert _gunicorn_settings(monkeypatch, CAREERS_GUNICORN_TIMEOUT="300")["timeout"] == 300


@pytest.fixture
def behind_a_proxy(config: Config) -> Iterator[Flask]:
    app = create_app(dataclasses.replace(config, TRUSTED_PROXIES=1))
    app.config.update(WTF_CSRF_ENABLED=False, RATELIMIT_ENABLED=True)
    with app.app_context():
        yield app
    app.extensions["database"].dispose()


def test_behind_a_proxy_each_client_has_its_own_rate_limit(behind_a_proxy: Flask) -> None:
    client = behind_a_proxy.test_client()

    def reset_from(address: str) -> int:
        return client.post(
            "/password-reset",
            data={"email": "someone@example.org"},
            headers={"X-Forwarded-For": address},
            environ_base={"REMOTE_ADDR": "10.0.0.1"},  # the load balancer
        ).status_code

    first = [reset_from("203.0.113.7") for _ in range(30)]
    assert 429 in first
    assert reset_from("198.51.100.20") == 302  # another person behind the same proxy
