"""The API is rate-limited per address, and says so in JSON."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.api.openapi_check import assert_documented


def test_the_61st_match_in_a_minute_from_one_address_is_a_429_json(client: FlaskClient) -> None:
    assert client.application.config["CAREERS"].API_MATCH_LIMIT == "60/minute"  # the default
    for _ in range(60):
        assert client.post("/api/v1/match", json={}).status_code == 400

    response = client.post("/api/v1/match", json={"about": "I like helping people"})

    assert response.status_code == 429
    body = assert_documented(response, "/match", "post")
    assert body["errors"]["request"].startswith("You have sent too many requests in a minute")
    assert int(response.headers["Retry-After"]) > 0


def test_another_address_still_gets_through(client: FlaskClient) -> None:
    for _ in range(61):
        client.post("/api/v1/match", json={})
    other = client.post("/api/v1/match", json={}, environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert other.status_code == 400


def test_the_openapi_document_is_never_rate_limited(client: FlaskClient) -> None:
    for _ in range(70):
        assert client.get("/api/v1/openapi.json").status_code == 200
