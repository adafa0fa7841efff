"""The app factory, the layout and the error pages."""

from __future__ import annotations

from flask.testing import FlaskClient


def test_an_unknown_address_shows_a_friendly_not_found_page(client: FlaskClient) -> None:
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert b"Page not found" in response.data


def test_every_page_carries_security_headers(client: FlaskClient) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
