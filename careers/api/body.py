"""Read a request body as JSON, turning every way it can be wrong into a plain-English error."""

from __future__ import annotations

import json
from typing import Any, NoReturn

from flask import request
from werkzeug.exceptions import RequestEntityTooLarge

from careers.cleaning import tree_problem
from careers.services.profiles import ProfileError

MAX_BODY_BYTES = 64 * 1024


def _refuse_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not allowed in JSON")


def json_body() -> Any:
    """The body as a JSON value, or ProfileError({"request": ...}). Over MAX_BODY_BYTES is 413."""
    if not request.is_json:
        raise ProfileError(
            {"request": "Send your answers as JSON, with the header Content-Type: application/json"}
        )
    try:
        data = request.get_data(cache=False)  # raises 413 past request.max_content_length
    except RequestEntityTooLarge:
        raise RequestEntityTooLarge(
            f"The request is too large: send at most {MAX_BODY_BYTES // 1024} KB"
        ) from None
    if not data.strip():
        raise ProfileError({"request": "The request was empty: send your answers as a JSON object"})
    try:
        value = json.loads(data, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        raise ProfileError(
            {
                "request": "We could not read the request as JSON: "
                "check the brackets, commas and quotes"
            }
        ) from None
    problem = tree_problem(value)
    if problem:
        raise ProfileError({"request": problem})
    return value
