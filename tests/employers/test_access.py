"""Every employer route, with every role, against its own and another organisation's ids:
forbidden cases answer 404 (or 403 where the page itself is no secret), never a page."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.extensions import db
from careers.models import Organisation, Site
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
    ("GET", "/employers/team", ("org_admin",)),
    ("GET", "/employers/team/invite", ("org_admin",)),
    ("POST", "/employers/team/invite", ("org_admin",)),
    ("POST", "/employers/team/{user}/deactivate", ("site_admin", "org_admin")),
    ("POST", "/employers/team/{user}/reactivate", ("site_admin", "org_admin")),
    ("POST", "/employers/team/{user}/invitation", ("site_admin", "org_admin")),
    ("GET", "/employers/organisation", ("org_admin",)),
    ("POST", "/employers/organisation", ("org_admin",)),
    ("GET", "/employers/sites", ("org_admin",)),
    ("GET", "/employers/sites/new", ("org_admin",)),
    ("GET", "/employers/sites/{site}", ("org_admin",)),
    ("POST", "/employers/sites/{site}", ("org_admin",)),
    ("POST", "/employers/sites/{site}/remove", ("org_admin",)),  # after the site's other routes
    ("GET", "/admin/", ("site_admin",)),
    ("GET", "/admin/moderation", ("site_admin",)),
    ("GET", "/admin/organisations", ("site_admin",)),
    ("GET", "/admin/organisations/{organisation}", ("site_admin",)),
    ("GET", "/admin/users", ("site_admin",)),
    ("GET", "/admin/users/invite", ("site_admin",)),
    ("GET", "/admin/reach", ("site_admin",)),
    ("GET", "/admin/reach.csv", ("site_admin",)),
    ("GET", "/admin/reach-by-organisation.csv", ("site_admin",)),
    ("POST", "/admin/users/invite", ("site_admin",)),
    ("GET", "/admin/organisations/new", ("site_admin",)),
    ("POST", "/admin/organisations/new", ("site_admin",)),
    ("POST", "/admin/organisations/{organisation}", ("site_admin",)),
]
SCOPED = ("{pathway}", "{organisation}", "{user}", "{site}")


@pytest.fixture
def world(app: Flask, session: Session) -> dict:
    home, other = make_organisation(session), make_organisation(session)
    users = {role: make_user(session, role, organisation=home) for role in ROLES}
    ids = {
        whose: {
            "pathway": make_pathway(session, organisation=organisation).id,
            "organisation": organisation.id,
            "user": make_user(session, "editor", organisation=organisation).id,
            "site": _site(session, organisation).id,
        }
        for whose, organisation in (("home", home), ("other", other))
    }
    session.commit()
    return {"users": users, "ids": ids}


def _site(session: Session, organisation: Organisation) -> Site:
    site = Site(organisation_id=organisation.id, name="Main site", postcode="SE5 9RS")
    session.add(site)
    session.flush()
    return site


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


@pytest.mark.parametrize(
    "url",
    ["/employers/team", "/employers/team/invite", "/employers/organisation", "/employers/sites"],
)
def test_editors_are_refused_the_team_screens_with_403(client: FlaskClient, world: dict, url: str):
    sign_in_as(client, world["users"]["editor"])
    assert client.get(url).status_code == 403
