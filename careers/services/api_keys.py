"""Partners' API keys: made by `careers api-keys create NAME --limit "600/minute"`, sent as
`Authorization: Bearer KEY`, stored only as a SHA-256 hash, revocable, with the time each was
last used. A key without its own limit gets the public limits (CAREERS_API_MATCH_LIMIT,
CAREERS_API_READ_LIMIT)."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from limits import parse_many
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import ApiKey, utcnow

KEY_PREFIX = "lhcp_"
TOUCH_EVERY = dt.timedelta(minutes=1)  # last_used_at is written at most this often


class ApiKeyError(ValueError):
    pass


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def valid_limit(text: str) -> bool:
    """Whether flask-limiter can read the limit, like "600/minute" or "10 per second"."""
    try:
        return bool(parse_many(text))
    except ValueError:
        return False


def create(session: Session, name: str, limit: str | None = None) -> tuple[ApiKey, str]:
    """A new key and its secret (shown once; only the hash is kept)."""
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise ApiKeyError("Give the key a name of 1 to 100 characters, like the partner's name")
    if session.scalar(select(ApiKey.id).where(ApiKey.name == name)) is not None:
        raise ApiKeyError(f"There is already a key called {name!r}")
    if limit is not None and not valid_limit(limit):
        raise ApiKeyError(f"{limit!r} is not a rate limit: write it like 600/minute")
    secret = KEY_PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        name=name,
        prefix=secret[: len(KEY_PREFIX) + 6],
        key_hash=hash_key(secret),
        rate_limit=limit,
        created_at=utcnow(),
    )
    session.add(key)
    session.flush()
    return key, secret


def find(session: Session, secret: str, now: dt.datetime | None = None) -> ApiKey | None:
    """The active key with this secret, noting when it was used; None when unknown or revoked."""
    if not secret.startswith(KEY_PREFIX) or len(secret) > 200:
        return None
    key = session.scalar(select(ApiKey).where(ApiKey.key_hash == hash_key(secret)))
    if key is None or key.revoked_at is not None:
        return None
    now = now or utcnow()
    if key.last_used_at is None or now - key.last_used_at >= TOUCH_EVERY:
        key.last_used_at = now
    return key


def revoke(session: Session, name: str) -> ApiKey:
    key = session.scalar(select(ApiKey).where(ApiKey.name == name))
    if key is None:
        raise ApiKeyError(f"There is no key called {name!r}")
    key.revoked_at = key.revoked_at or utcnow()
    return key


def all_keys(session: Session) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).order_by(ApiKey.name)))
