"""The OpenAPI document is served, is valid OpenAPI 3.1, and describes the routes that exist."""

from __future__ import annotations

import re

from flask import Flask
from flask.testing import FlaskClient
from openapi_schema_validator import OAS31Validator


def test_the_document_is_served_as_openapi_3_1(client: FlaskClient) -> None:
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    document = response.get_json()
    assert document["openapi"].startswith("3.1")
    assert document["servers"] == [{"url": "/api/v1"}]


def test_every_schema_in_the_document_is_a_valid_schema(client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    for schema in document["components"]["schemas"].values():
        OAS31Validator.check_schema(schema)
    refs = re.findall(
        r'"\$ref":\s*"#/components/schemas/(\w+)"', client.get("/api/v1/openapi.json").text
    )
    assert refs and set(refs) <= set(document["components"]["schemas"])


def test_the_document_lists_exactly_the_api_routes(app: Flask, client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    documented = {
        (path, method.upper()) for path, item in document["paths"].items() for method in item
    }
    routed = {
        (re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule.removeprefix("/api/v1")), method)
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("api.")
        for method in rule.methods or ()
        if method not in {"HEAD", "OPTIONS"}
    }
    assert documented == routed


def test_the_documented_profile_accepts_what_the_api_accepts(client: FlaskClient) -> None:
    from tests.api.openapi_check import DOCUMENT

    schema = {"$ref": "#/components/schemas/Profile", "components": DOCUMENT["components"]}
    validator = OAS31Validator(schema)
    assert validator.is_valid({"about": "I like people", "age": 17, "types": ["job"]})
    assert not validator.is_valid({"about": "x", "age": 9})
    assert not validator.is_valid({"about": "x", "typo": 1})
    assert not validator.is_valid({"types": ["spaceship"]})


def test_the_documented_profile_needs_about_skills_or_interests(client: FlaskClient) -> None:
    from tests.api.openapi_check import DOCUMENT

    schema = {"$ref": "#/components/schemas/Profile", "components": DOCUMENT["components"]}
    validator = OAS31Validator(schema)
    for body in ({}, {"age": 17}, {"about": None, "postcode": "SE15"}):
        assert not validator.is_valid(body)
        response = client.post("/api/v1/match", json=body)
        assert response.status_code == 400
    assert validator.is_valid({"skills": ["listening"]})


def test_lists_longer_than_documented_are_refused_even_when_they_repeat(
    client: FlaskClient,
) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    properties = document["components"]["schemas"]["Profile"]["properties"]
    most = properties["skills"]["oneOf"][0]["maxItems"]
    too_many = {"about": "I like people", "skills": ["listening"] * (most + 1)}
    assert client.post("/api/v1/match", json=too_many).status_code == 400
    most_types = properties["types"]["oneOf"][0]["maxItems"]
    repeated = {"about": "I like people", "types": ["job"] * (most_types + 1)}
    assert client.post("/api/v1/match", json=repeated).status_code == 400


def test_a_method_a_path_does_not_offer_gets_405_naming_the_ones_it_does(
    client: FlaskClient,
) -> None:
    response = client.get("/api/v1/match")
    assert response.status_code == 405
    assert "POST" in response.headers["Allow"]
    assert response.get_json()["errors"]["request"]
    document = client.get("/api/v1/openapi.json").get_json()
    assert "405" in document["info"]["description"] and "Allow" in document["info"]["description"]


def test_414_is_documented_for_the_get_endpoints(client: FlaskClient) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    assert "414" in document["paths"]["/pathways"]["get"]["responses"]
    assert "414" in document["paths"]["/pathways/{ref}"]["get"]["responses"]
