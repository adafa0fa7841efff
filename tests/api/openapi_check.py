"""Check an API response against the OpenAPI document the API serves."""

from __future__ import annotations

from typing import Any

from openapi_schema_validator import OAS31Validator, oas31_format_checker

from careers.api.openapi import openapi_document

DOCUMENT = openapi_document()


def schema_for(path: str, method: str, status: int) -> dict[str, Any]:
    operation = DOCUMENT["paths"][path][method]
    response = operation["responses"][str(status)]
    schema = response["content"]["application/json"]["schema"]
    return {**schema, "components": DOCUMENT["components"]}


def assert_documented(response: Any, path: str, method: str = "get") -> Any:
    """The response's status is documented for this operation and its JSON body fits the schema."""
    assert response.mimetype == "application/json", response.data[:200]
    body = response.get_json()
    validator = OAS31Validator(
        schema_for(path, method, response.status_code), format_checker=oas31_format_checker
    )
    problems = [error.message for error in validator.iter_errors(body)]
    assert not problems, f"{method.upper()} {path} {response.status_code}: {problems} in {body}"
    return body
