"""API access for partners: public limits from configuration, API keys (hashed at rest,
revocable, last use shown) sent as Authorization: Bearer, each with its own limit."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from flask import Flask
from sqlalchemy import select

from careers import create_app
from careers.cli import main
from careers.extensions import db, limiter
from careers.models import ApiKey
from careers.services import api_keys
from tests.conftest import make_config

ABOUT = {"about": "I like helping people"}


@pytest.fixture
def tight_app(tmp_path: Path, migrated_sqlite: Path) -> Iterator[Flask]:
    """Public limits of 2 matches and 3 reads a minute, as CAREERS_API_*_LIMIT would set."""
    database = tmp_path / "careers.db"
    shutil.copy(migrated_sqlite, database)
    config = make_config(
        tmp_path, f"sqlite:///{database}", API_MATCH_LIMIT="2/minute", API_READ_LIMIT="3/minute"
    )
    app = create_app(config)
    with app.app_context():
        limiter.reset()
        yield app
        limiter.reset()
        db.session.remove()


def _bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def test_the_public_limits_come_from_configuration(tight_app: Flask):
    client = tight_app.test_client()
    assert [client.post("/api/v1/match", json=ABOUT).status_code for _ in range(3)][-1] == 429
    assert [client.get("/api/v1/pathways").status_code for _ in range(4)] == [200, 200, 200, 429]


def test_the_limits_are_read_from_the_environment():
    from careers.config import Config

    config = Config.from_env(
        {"CAREERS_API_MATCH_LIMIT": "120/minute", "CAREERS_API_READ_LIMIT": "1000/hour"},
        SECRET_KEY="k",
    )
    assert (config.API_MATCH_LIMIT, config.API_READ_LIMIT) == ("120/minute", "1000/hour")


def test_a_partners_key_gets_its_own_limit_and_anonymous_callers_keep_theirs(tight_app: Flask):
    _key, secret = api_keys.create(db.session(), "School platform", "5/minute")
    db.session.commit()
    client = tight_app.test_client()
    with_key = [
        client.post("/api/v1/match", json=ABOUT, headers=_bearer(secret)).status_code
        for _ in range(6)
    ]
    assert with_key == [200] * 5 + [429]
    anonymous = [client.post("/api/v1/match", json=ABOUT).status_code for _ in range(3)]
    assert anonymous == [200, 200, 429]  # the key's use did not count against the address


def test_a_key_without_a_limit_is_counted_on_its_own_at_the_public_limit(tight_app: Flask):
    _key, secret = api_keys.create(db.session(), "Partner")
    db.session.commit()
    client = tight_app.test_client()
    for _ in range(2):
        client.post("/api/v1/match", json=ABOUT)  # the address's allowance is used up
    assert client.post("/api/v1/match", json=ABOUT).status_code == 429
    assert client.post("/api/v1/match", json=ABOUT, headers=_bearer(secret)).status_code == 200


@pytest.mark.parametrize("revoke", [True, False])
def test_a_revoked_or_unknown_key_gets_401_json(tight_app: Flask, revoke: bool):
    _key, secret = api_keys.create(db.session(), "Old partner")
    if revoke:
        api_keys.revoke(db.session(), "Old partner")
    else:
        secret = secret[:-4] + "abcd"
    db.session.commit()
    response = tight_app.test_client().get("/api/v1/pathways", headers=_bearer(secret))
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    assert "not valid or has been revoked" in response.get_json()["errors"]["request"]


def test_keys_are_hashed_at_rest_and_their_last_use_is_kept(tight_app: Flask):
    key, secret = api_keys.create(db.session(), "Hashed", "600/minute")
    db.session.commit()
    stored = db.session.scalar(select(ApiKey).where(ApiKey.id == key.id))
    assert stored.key_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in (stored.key_hash, stored.prefix) and secret.startswith(stored.prefix)
    assert stored.last_used_at is None
    tight_app.test_client().get("/api/v1/pathways", headers=_bearer(secret))
    db.session.expire_all()
    assert db.session.get(ApiKey, key.id).last_used_at is not None


def test_a_limit_flask_limiter_cannot_read_is_refused(tight_app: Flask):
    with pytest.raises(api_keys.ApiKeyError, match="like 600/minute"):
        api_keys.create(db.session(), "Typo", "lots")


def test_the_cli_makes_lists_and_revokes_keys(tight_app: Flask, monkeypatch: pytest.MonkeyPatch):
    config = tight_app.config["CAREERS"]
    monkeypatch.setenv("CAREERS_DATA_DIR", str(config.DATA_DIR))
    monkeypatch.setenv("DATABASE_URL", config.DATABASE_URL)
    monkeypatch.setenv("SECRET_KEY", "test-secret-key")
    runner = CliRunner()
    made = runner.invoke(main, ["api-keys", "create", "Lambeth College", "--limit", "600/minute"])
    assert made.exit_code == 0, made.output
    secret = made.output.strip().splitlines()[-1]
    assert secret.startswith(api_keys.KEY_PREFIX)
    assert (
        tight_app.test_client().get("/api/v1/pathways", headers=_bearer(secret)).status_code == 200
    )
    listed = runner.invoke(main, ["api-keys", "list"])
    assert "Lambeth College" in listed.output and "600/minute" in listed.output
    assert "last used 20" in listed.output and secret not in listed.output
    assert runner.invoke(main, ["api-keys", "revoke", "Lambeth College"]).exit_code == 0
    assert (
        tight_app.test_client().get("/api/v1/pathways", headers=_bearer(secret)).status_code == 401
    )
    assert "revoked" in runner.invoke(main, ["api-keys", "list"]).output


def test_the_openapi_document_describes_keys_and_the_limits_in_force(tight_app: Flask):
    document = tight_app.test_client().get("/api/v1/openapi.json").get_json()
    scheme = document["components"]["securitySchemes"]["apiKey"]
    assert (scheme["type"], scheme["scheme"]) == ("http", "bearer")
    assert {"apiKey": []} in document["security"] and {} in document["security"]
    assert "2/minute" in document["info"]["description"]
    assert "3/minute" in document["info"]["description"]
    match = document["paths"]["/match"]["post"]["responses"]
    assert "401" in match and "2/minute" in match["429"]["description"]
