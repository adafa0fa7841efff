"""Who is calling the API, and how much they may ask.

Anonymous callers are counted by address at the public limits (CAREERS_API_MATCH_LIMIT, default
60/minute; CAREERS_API_READ_LIMIT, default 300/minute). A partner sends `Authorization: Bearer
KEY` (careers api-keys create): it is counted by key, at the key's own limit when it has one. A
key that is unknown or revoked gets 401, so a partner notices at once rather than quietly
falling back to the public limit.
"""

from __future__ import annotations

from flask import Response, current_app, g, jsonify, request
from flask_limiter.util import get_remote_address

from careers.extensions import db
from careers.models import ApiKey
from careers.services import api_keys

BAD_KEY = "The API key is not valid or has been revoked. Check the Authorization header"


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip()


def identify() -> Response | None:
    """Before each API request: find the caller's key, or answer 401 for a bad one."""
    g.api_key = None
    secret = _bearer()
    if secret is None:
        return None
    key = api_keys.find(db.session(), secret)
    if key is None:
        response = jsonify({"errors": {"request": BAD_KEY}})
        response.status_code = 401
        response.headers["WWW-Authenticate"] = 'Bearer realm="api", error="invalid_token"'
        return response
    db.session.commit()  # last_used_at
    g.api_key = key
    return None


def caller() -> str:
    """The rate limiter's key: the API key, or the address of an anonymous caller."""
    key: ApiKey | None = g.get("api_key")
    return f"api-key:{key.id}" if key is not None else f"address:{get_remote_address()}"


def _limit(public: str) -> str:
    key: ApiKey | None = g.get("api_key")
    if key is not None and key.rate_limit:
        return key.rate_limit
    return str(getattr(current_app.config["CAREERS"], public))


def match_limit() -> str:
    return _limit("API_MATCH_LIMIT")


def read_limit() -> str:
    return _limit("API_READ_LIMIT")
