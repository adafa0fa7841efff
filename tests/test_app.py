"""The app factory, the layout and the error pages."""

from __future__ import annotations

import shutil
from pathlib import Path

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from careers import create_app
from careers.extensions import db
from careers.models import Pathway
from careers.services.matcher import pathway_changed
from tests.conftest import make_config
from tests.factories import make_pathway
from tests.html import assert_well_formed_page


def test_an_unknown_address_shows_a_friendly_not_found_page(client: FlaskClient) -> None:
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert b"Page not found" in response.data


def test_every_page_carries_security_headers(client: FlaskClient) -> None:
    response = client.get("/")
    assert "default-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"


def test_an_unexpected_error_shows_a_friendly_page_that_keeps_nothing(
    app: Flask, client: FlaskClient
) -> None:
    def broken() -> str:
        raise RuntimeError("boom")

    app.add_url_rule("/broken-for-test", "broken_for_test", broken)
    response = client.get("/broken-for-test")
    assert response.status_code == 500
    soup = assert_well_formed_page(response, "Sorry, there is a problem with the service")
    assert "Nothing you typed has been kept" in soup.get_text()
    assert "boom" not in soup.get_text()


def test_the_not_found_page_is_a_well_formed_page_with_ways_on(client: FlaskClient) -> None:
    soup = assert_well_formed_page(client.get("/no-such-page"), "Page not found")
    assert soup.select_one('main a[href="/pathways"]') is not None


def test_the_layout_links_the_stylesheets_and_one_nonced_inline_script(
    client: FlaskClient,
) -> None:
    response = client.get("/")
    soup = assert_well_formed_page(response)
    inline = [s for s in soup.select("script") if not s.has_attr("src")]
    assert len(inline) == 1
    assert f"'nonce-{inline[0]['nonce']}'" in response.headers["Content-Security-Policy"]
    assert not soup.select("[style]"), "the CSP forbids inline styles"
    assert soup.select_one('link[href="/assets/css/app.css"]') is not None


def test_two_apps_in_one_process_each_keep_their_own_database_and_matcher(
    app: Flask, client: FlaskClient, tmp_path: Path, migrated_sqlite: Path
) -> None:
    """The app owns its process state: a second app neither closes the first one's database
    nor shares its match index."""
    session = db.session()
    make_pathway(session, ref="FIRST-APP-1", title="Hospital porter")
    pathway_changed(session, session.scalars(select(Pathway.id)).one())
    session.commit()
    other_db = tmp_path / "other" / "careers.db"
    other_db.parent.mkdir()
    shutil.copy(migrated_sqlite, other_db)
    other = create_app(make_config(other_db.parent, f"sqlite:///{other_db}"))
    other.config.update(RATELIMIT_ENABLED=False)

    asked = {"about": "I would like to be a hospital porter"}
    mine = client.post("/api/v1/match", json=asked).get_json()
    theirs = other.test_client().post("/api/v1/match", json=asked).get_json()

    assert [r["ref"] for r in mine["results"]] == ["FIRST-APP-1"]
    assert theirs["results"] == []
    assert app.extensions["matcher"] is not other.extensions["matcher"]
    assert app.extensions["database"] is not other.extensions["database"]
