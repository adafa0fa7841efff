"""Every employer route, with every role, against its own and another organisation's ids:
forbidden cases answer 404 (or 403 where the page itself is no secret), never a page."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.extensions import db
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway

ROLES = ("site_admin", "org_admin", "editor", "adviser")

# (method, url, roles allowed on their own organisation's things)
OWN = ("site_admin", "org_admin", "editor")
ROUTES = [
    ("GET", "/employers/", OWN),
    ("GET", "/employers/pathways/new", ("org_admin", "editor")),
    ("GET", "/employers/pathways/{pathway}", OWN),
    ("GET", "/employers/pathways/{pathway}/sections/basics", OWN),
    ("POST", "/employers/pathways/{pathway}/sections/duties", OWN),
    ("GET", "/employers/pathways/{pathway}/preview", OWN),
    ("GET", "/employers/pathways/{pathway}/checks", OWN),
    ("POST", "/employers/pathways/{pathway}/publish", OWN),
    ("POST", "/employers/pathways/{pathway}/close", OWN),
    ("POST", "/employers/pathways/{pathway}/archive", OWN),
    ("GET", "/employers/pathways/{pathway}/duplicate", OWN),
    ("GET", "/employers/pathways/{pathway}/reach", OWN),
    ("GET", "/employers/pathways/{pathway}/reach.csv", OWN),
    ("GET", "/employers/reach", ("org_admin", "editor")),
    ("GET", "/employers/reach.csv", ("org_admin", "editor")),
    ("GET", "/employers/imports", ("org_admin", "editor")),
    ("GET", "/employers/imports/template.csv", ("org_admin", "editor")),
    ("GET", "/employers/audit-log", ("site_admin", "org_admin")),
    ("GET", "/admin/", ("site_admin",)),
    ("GET", "/admin/moderation", ("site_admin",)),
    ("GET", "/admin/organisations", ("site_admin",)),
    ("GET", "/admin/organisations/{organisation}", ("site_admin",)),
    ("GET", "/admin/users", ("site_admin",)),
]
SCOPED = ("{pathway}", "{organisation}")


@pytest.fixture
def world(app: Flask, session: Session) -> dict:
    home, other = make_organisation(session), make_organisation(session)
    users = {role: make_user(session, role, organisation=home) for role in ROLES}
    ids = {
        "home": {"pathway": make_pathway(session, organisation=home).id, "organisation": home.id},
        "other": {
            "pathway": make_pathway(session, organisation=other).id,
            "organisation": other.id,
        },
    }
    session.commit()
    return {"users": users, "ids": ids}


def _request(client: FlaskClient, method: str, url: str):
    return client.get(url) if method == "GET" else client.post(url, data={})


@pytest.mark.parametrize("role", ROLES)
def test_each_role_reaches_only_what_it_may(
    app: Flask, client: FlaskClient, world: dict, role: str
):
    user = world["users"][role]
    failures = []
    for method, pattern, allowed in ROUTES:
        for whose in ("home", "other"):
            if whose == "other" and not any(s in pattern for s in SCOPED):
                continue
            # Each request on a fresh copy of the world: closing or archiving changes it.
            db.session.rollback()
            sign_in_as(client, user)
            url = pattern.format(**world["ids"][whose])
            status = _request(client, method, url).status_code
            may = role in allowed and (whose == "home" or role == "site_admin")
            if may and status in (403, 404):
                failures.append(f"{role} {method} {url} ({whose}): {status}, expected access")
            if not may and status not in (403, 404):
                failures.append(f"{role} {method} {url} ({whose}): {status}, expected 403/404")
            if not may and whose == "other" and role in allowed and status != 404:
                failures.append(f"{role} {method} {url}: another organisation's id must be 404")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("method, pattern, _allowed", ROUTES)
def test_signed_out_visitors_are_sent_to_sign_in(
    client: FlaskClient, world: dict, method: str, pattern: str, _allowed: tuple
):
    response = _request(client, method, pattern.format(**world["ids"]["home"]))
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/sign-in?next=")
