"""POST /api/v1/match with bad bodies: 400 (or 413) JSON saying what is wrong, never a 500."""

from __future__ import annotations

import json

import pytest
from flask.testing import FlaskClient
from werkzeug.test import TestResponse

from tests.api.openapi_check import assert_documented


def post(
    client: FlaskClient, data: bytes | str, content_type: str = "application/json"
) -> TestResponse:
    return client.post("/api/v1/match", data=data, content_type=content_type)


@pytest.mark.parametrize(
    ("data", "content_type", "message"),
    [
        (b'{"about": "x"}', "text/plain", "Content-Type: application/json"),
        (b"about=nursing", "application/x-www-form-urlencoded", "Content-Type"),
        (b'{"about": "x"}', "", "Content-Type"),
        (b"", "application/json", "The request was empty"),
        (b"   \n", "application/json", "The request was empty"),
        (b"{", "application/json", "could not read the request as JSON"),
        (b'{"about": "x",}', "application/json", "could not read"),
        (b"\xff\xfe\x00", "application/json", "could not read"),
        (b'{"max_distance_km": NaN, "about": "x"}', "application/json", "could not read"),
        (b"[" * 100_00 + b"]" * 100_00, "application/json", "could not read"),
        (b"[]", "application/json", "JSON object"),
        (b'"about"', "application/json", "JSON object"),
        (b"null", "application/json", "JSON object"),
        (b"12", "application/json", "JSON object"),
    ],
)
def test_a_body_that_is_not_a_json_object_is_a_400_saying_why(
    client: FlaskClient, data: bytes, content_type: str, message: str
) -> None:
    response = post(client, data, content_type)
    assert response.status_code == 400
    body = assert_documented(response, "/match", "post")
    assert message in body["errors"]["request"]


def test_field_errors_come_back_by_field(client: FlaskClient) -> None:
    response = post(client, json.dumps({"about": "x" * 2001, "age": "seventeen", "limit": 0}))
    assert response.status_code == 400
    errors = assert_documented(response, "/match", "post")["errors"]
    assert set(errors) == {"about", "age", "limit"}
    assert errors["age"] == "Enter your age as a whole number, like 17"


def test_a_json_content_type_with_a_charset_or_suffix_is_accepted_as_json(
    client: FlaskClient,
) -> None:
    for content_type in ["application/json; charset=utf-8", "application/profile+json"]:
        response = post(client, b"{}", content_type)
        assert response.status_code == 400
        assert "about" in response.get_json()["errors"]


def test_a_body_over_64_kb_is_a_413_json(client: FlaskClient) -> None:
    big = json.dumps({"about": "x", "skills": ["y" * 100] * 700}).encode()
    assert len(big) > 64 * 1024
    response = post(client, big)
    assert response.status_code == 413
    assert "too large" in assert_documented(response, "/match", "post")["errors"]["request"]


def test_a_body_just_under_the_limit_is_read(client: FlaskClient) -> None:
    data = json.dumps({"about": "x" * 2001, "pad": "y" * 60_000}).encode()
    assert len(data) < 64 * 1024
    response = post(client, data)
    assert response.status_code == 400
    assert set(response.get_json()["errors"]) == {"about", "pad"}
