"""A site walk: every GET route in the app is fetched, as the person who would use it, in a small
realistic world, and every HTML page is checked as a person (and a screen reader) meets it.

The walk fails when someone adds a GET route without adding it to one of the tables below, so that
no page goes untested. HTML pages go in PAGES; anything else a GET route answers (a redirect, CSV,
JSON, a static file) goes in OTHER_RESPONSES with its own assertion.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from flask import Flask, url_for
from flask.testing import FlaskClient
from sqlalchemy.orm import Session
from werkzeug.exceptions import MethodNotAllowed, NotFound

from careers import create_app
from careers.config import Config
from careers.extensions import matcher
from careers.models import Alert, Event, Job, Site, utcnow
from careers.services import accounts, alerts, batch_matching, shortlist
from tests.advisers.factories import make_cohort, make_school, make_student
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import assert_well_formed_page, page

SERVICE_NAME = "London Health & Care Pathways"
TODAY = dt.date.today()

PUBLIC, ORG_ADMIN, SITE_ADMIN, ADVISER = "public", "org_admin", "site_admin", "adviser"

World = dict[str, Any]
Args = Callable[[World], dict[str, Any]]


def _none(_world: World) -> dict[str, Any]:
    return {}


# Every HTML page: the endpoint, who fetches it, and the URL arguments from the world.
PAGES: dict[str, tuple[str, Args]] = {
    # Young people: no account.
    "public.index": (PUBLIC, _none),
    "public.privacy": (PUBLIC, _none),
    "public.accessibility": (PUBLIC, _none),
    "public.pathways": (PUBLIC, _none),
    "public.plan": (PUBLIC, lambda w: {"role": w["published"].title}),
    "public.compare": (PUBLIC, lambda w: {"ref": w["published"].ref}),
    "public.pathway": (PUBLIC, lambda w: {"ref": w["published"].ref}),
    "public.organisation": (PUBLIC, lambda w: {"slug": w["trust"].slug}),
    "public.find": (PUBLIC, _none),
    "public.results": (PUBLIC, _none),  # the public client has answered /find first
    "public.shortlist": (PUBLIC, _none),
    "public.alert_new": (PUBLIC, _none),
    "public.alert_sent": (PUBLIC, _none),
    "public.alert_confirm": (PUBLIC, lambda w: {"token": w["alert_confirm_token"]}),
    "public.alert": (PUBLIC, lambda w: {"token": w["alert_token"]}),
    "public.alert_unsubscribe": (PUBLIC, lambda w: {"token": w["alert_token"]}),
    # Staff, before signing in.
    "employers.sign_in": (PUBLIC, _none),
    "employers.password_reset": (PUBLIC, _none),
    "employers.password_reset_sent": (PUBLIC, _none),
    "employers.password_reset_new": (PUBLIC, lambda w: {"token": w["reset_token"]}),
    "employers.invitation": (PUBLIC, lambda w: {"token": w["invitation_token"]}),
    # An organisation administrator of the trust that owns the ids.
    "employers.dashboard": (ORG_ADMIN, _none),
    "employers.pathway_new": (ORG_ADMIN, _none),
    "employers.pathway_tasks": (ORG_ADMIN, lambda w: {"pathway_id": w["published"].id}),
    "employers.pathway_section": (
        ORG_ADMIN,
        lambda w: {"pathway_id": w["draft"].id, "section": "basics"},
    ),
    "employers.pathway_preview": (ORG_ADMIN, lambda w: {"pathway_id": w["draft"].id}),
    "employers.pathway_checks": (ORG_ADMIN, lambda w: {"pathway_id": w["draft"].id}),
    "employers.pathway_duplicate": (ORG_ADMIN, lambda w: {"pathway_id": w["published"].id}),
    "employers.pathway_reach": (ORG_ADMIN, lambda w: {"pathway_id": w["published"].id}),
    "employers.organisation_reach": (ORG_ADMIN, _none),
    "employers.pathway_outcomes": (ORG_ADMIN, lambda w: {"pathway_id": w["published"].id}),
    "employers.outcomes_import": (ORG_ADMIN, _none),
    "employers.audit_log": (ORG_ADMIN, _none),
    "employers.imports": (ORG_ADMIN, _none),
    "employers.import_preview": (ORG_ADMIN, lambda w: {"token": w["upload_token"]}),
    "employers.import_job": (ORG_ADMIN, lambda w: {"job_id": w["import_job"].id}),
    "employers.team": (ORG_ADMIN, _none),
    "employers.email_settings": (ORG_ADMIN, _none),
    "employers.team_invite": (ORG_ADMIN, _none),
    "employers.organisation_profile": (ORG_ADMIN, _none),
    "employers.sites": (ORG_ADMIN, _none),
    "employers.site_new": (ORG_ADMIN, _none),
    "employers.site_edit": (ORG_ADMIN, lambda w: {"site_id": w["site"].id}),
    # The site administrator.
    "employers.admin_home": (SITE_ADMIN, _none),
    "employers.moderation": (SITE_ADMIN, _none),
    "employers.moderation_review": (SITE_ADMIN, lambda w: {"pathway_id": w["in_review"].id}),
    "employers.moderation_revision": (SITE_ADMIN, lambda w: {"pathway_id": w["revised"].id}),
    "employers.organisations": (SITE_ADMIN, _none),
    "employers.organisation_new": (SITE_ADMIN, _none),
    "employers.organisation_settings": (
        SITE_ADMIN,
        lambda w: {"organisation_id": w["trust"].id},
    ),
    "employers.users": (SITE_ADMIN, _none),
    "employers.user_invite": (SITE_ADMIN, _none),
    "employers.admin_reach": (SITE_ADMIN, _none),
    # A careers adviser of a school with a cohort and a matched student.
    "advisers.index": (ADVISER, _none),
    "advisers.cohort_new": (ADVISER, _none),
    "advisers.cohort": (ADVISER, lambda w: {"cohort_id": w["cohort"].id}),
    "advisers.cohort_delete": (ADVISER, lambda w: {"cohort_id": w["cohort"].id}),
    "advisers.insights": (ADVISER, lambda w: {"cohort_id": w["cohort"].id}),
    "advisers.pack": (ADVISER, lambda w: {"cohort_id": w["cohort"].id}),
    "advisers.students_upload": (ADVISER, lambda w: {"cohort_id": w["cohort"].id}),
    "advisers.student_new": (ADVISER, lambda w: {"cohort_id": w["cohort"].id}),
    "advisers.cohort_match_progress": (
        ADVISER,
        lambda w: {"cohort_id": w["cohort"].id, "job_id": w["match_job"].id},
    ),
    "advisers.student": (ADVISER, lambda w: _student(w)),
    "advisers.student_edit": (ADVISER, lambda w: _student(w)),
    "advisers.student_delete": (ADVISER, lambda w: _student(w)),
    "advisers.sheet": (ADVISER, lambda w: _student(w)),
    "advisers.student_tracking": (ADVISER, lambda w: _student(w)),
}


def _student(world: World) -> dict[str, Any]:
    return {"cohort_id": world["cohort"].id, "student_id": world["student"].id}


@dataclass(frozen=True)
class Other:
    """A GET route that does not answer an HTML page, and what it answers instead."""

    who: str
    args: Args
    status: int
    mimetype: str | None = None  # for 200s
    location: str | None = None  # for redirects: where it must lead (a prefix)


# GET routes that are not HTML pages: excluded from the page checks, not from the walk. Each is
# fetched and must answer as stated here.
OTHER_RESPONSES: dict[str, Other] = {
    # Static assets: one file stands for the folder.
    "static": Other(PUBLIC, lambda w: {"filename": "css/app.css"}, 200, "text/css"),
    # The JSON API and the health check answer JSON, never HTML.
    "api.openapi": Other(PUBLIC, _none, 200, "application/json"),
    "api.pathways": Other(PUBLIC, _none, 200, "application/json"),
    "api.pathway": Other(PUBLIC, lambda w: {"ref": w["published"].ref}, 200, "application/json"),
    "public.healthz": Other(PUBLIC, _none, 200, "application/json"),
    # Prometheus metrics: not there at all without CAREERS_METRICS_TOKEN (tests/test_metrics.py).
    "public.metrics": Other(PUBLIC, _none, 404),
    # For search engines: which paths they may read, and every public pathway page.
    "public.robots": Other(PUBLIC, _none, 200, "text/plain"),
    "public.sitemap": Other(PUBLIC, _none, 200, "application/xml"),
    # A saved shortlist link puts the pathways in the shortlist and shows it.
    "public.saved_shortlist": Other(
        PUBLIC, lambda w: {"token": w["saved_token"]}, 302, location="/shortlist"
    ),
    # The short link on an adviser's printed sheet does the same with that student's shortlist.
    "public.short_link": Other(
        PUBLIC, lambda w: {"code": w["student"].share_code}, 302, location="/shortlist"
    ),
    # The apply link is counted, then goes to the employer's own apply page.
    "public.apply": Other(
        PUBLIC, lambda w: {"ref": w["published"].ref}, 302, location="https://www.jobs.nhs.uk/"
    ),
    # Feeds of new pathways, and a closing date for a calendar.
    "public.pathways_atom": Other(PUBLIC, _none, 200, "application/atom+xml"),
    "public.pathways_rss": Other(PUBLIC, _none, 200, "application/rss+xml"),
    "public.pathway_closing_date": Other(
        PUBLIC, lambda w: {"ref": w["published"].ref}, 200, "text/calendar"
    ),
    # A pathway's link in an alert email: counted as a click, then the pathway's page.
    "public.alert_pathway": Other(
        PUBLIC,
        lambda w: {"token": w["alert_token"], "ref": w["published"].ref},
        302,
        location="/pathways/",
    ),
    # CSV downloads.
    "employers.import_template": Other(ORG_ADMIN, _none, 200, "text/csv"),
    "employers.outcomes_template": Other(ORG_ADMIN, _none, 200, "text/csv"),
    "employers.organisation_reach_csv": Other(ORG_ADMIN, _none, 200, "text/csv"),
    "employers.pathway_reach_csv": Other(
        ORG_ADMIN, lambda w: {"pathway_id": w["published"].id}, 200, "text/csv"
    ),
    "employers.admin_reach_csv": Other(SITE_ADMIN, _none, 200, "text/csv"),
    "employers.admin_reach_organisations_csv": Other(SITE_ADMIN, _none, 200, "text/csv"),
    "advisers.insights_csv": Other(
        ADVISER, lambda w: {"cohort_id": w["cohort"].id}, 200, "text/csv"
    ),
    "advisers.students_template": Other(ADVISER, _none, 200, "text/csv"),
    "advisers.tracking_csv": Other(
        ADVISER, lambda w: {"cohort_id": w["cohort"].id}, 200, "text/csv"
    ),
    # The second factor's pages need a right password first (tests/employers/test_two_factor).
    "employers.two_factor": Other(PUBLIC, _none, 302, location="/sign-in"),
    "employers.two_factor_set_up": Other(PUBLIC, _none, 302, location="/sign-in"),
}

ANSWERS = {
    "about": "I look after my younger brothers and I like science",
    "skills": ["communication"],
    "qualification": "gcse",
    "gcse_english_maths": "yes",
    "age": "17",
    "postcode": "SE15 4QT",
    "distance": "any",
}


def get_endpoints(app: Flask) -> set[str]:
    return {rule.endpoint for rule in app.url_map.iter_rules() if "GET" in (rule.methods or ())}


def endpoint_of(app: Flask, url: str) -> str | None:
    parts = urlsplit(url)
    try:
        endpoint, _ = app.url_map.bind("localhost").match(parts.path, "GET", query_args=parts.query)
    except (NotFound, MethodNotAllowed):
        return None
    return str(endpoint)


@pytest.fixture
def world(app: Flask, seeded_catalogue: Session) -> Iterator[World]:
    """The seeded catalogue, a trust with its staff and pathways in every state, a moderated
    organisation with a pathway in review, a site admin, and a school's adviser with a matched
    cohort; and a client signed in as each of them."""
    session = seeded_catalogue
    trust = make_organisation(session, name="Camberwell Community Health NHS Trust")
    org_admin = make_user(session, "org_admin", organisation=trust)
    make_user(session, "editor", organisation=trust)
    site = Site(organisation_id=trust.id, name="King's Mill", postcode="SE5 9RS")
    session.add(site)
    published = make_pathway(session, organisation=trust, ref="CCH-HCSW-01")
    make_pathway(session, organisation=trust, ref="CCH-PORT-01", title="Hospital porter")
    draft = make_pathway(
        session,
        organisation=trust,
        ref="CCH-CLERK-01",
        status="draft",
        title="Ward clerk apprentice",
        closing_date=None,
    )
    make_pathway(session, organisation=trust, ref="CCH-OLD-01", status="closed")
    for n, decile in enumerate([2] * 12 + [8] * 11):
        session.add(
            Event(
                day=TODAY,
                kind="shown",
                pathway_id=published.id,
                organisation_id=trust.id,
                imd_decile=decile,
                borough_code="E09000028",
                age_band="16_17" if n % 2 else "18_19",
            )
        )
    moderated = make_organisation(session, requires_moderation=True)
    in_review = make_pathway(session, organisation=moderated, status="in_review")
    revised = make_pathway(
        session,
        organisation=moderated,
        pending_revision={"values": {"title": "Ward clerk apprentice"}, "by": None, "at": ""},
    )
    site_admin = make_user(session, "site_admin")
    school = make_school(session)
    adviser = make_user(session, "adviser", organisation=school)
    cohort = make_cohort(session, school)
    student = make_student(session, cohort, pseudonym="11K-01", share_code="k7m2x9qa4p")
    make_student(
        session,
        cohort,
        pseudonym="11K-02",
        profile={
            "about": "I love chemistry and science experiments",
            "interests": ["science"],
            "age": 16,
            "qualification_level": 1,
            "gcse_english_maths": False,
        },
    )
    match_job = Job(
        kind="cohort_match",
        status="running",
        total=40,
        done=12,
        payload={"cohort_id": cohort.id},
        user_id=adviser.id,
    )
    import_job = Job(
        kind="import",
        status="running",
        total=250,
        done=100,
        organisation_id=trust.id,
        user_id=org_admin.id,
    )
    session.add_all([match_job, import_job])
    alert = Alert(email="sam@example.com", frequency="weekly", criteria={"sectors": ["nursing"]})
    alert.confirmed_at = utcnow()
    unconfirmed = Alert(email="kim@example.com", frequency="daily", criteria={})
    session.add_all([alert, unconfirmed])
    invitation = accounts.invite_user(session, "new.starter@example.nhs.uk", "editor", trust.name)
    reset = accounts.request_password_reset(session, org_admin.email)
    assert reset is not None
    session.commit()
    batch_matching.match_cohort(session, matcher(), cohort.id)
    session.commit()

    clients = {role: app.test_client() for role in (PUBLIC, ORG_ADMIN, SITE_ADMIN, ADVISER)}
    sign_in_as(clients[ORG_ADMIN], org_admin)
    sign_in_as(clients[SITE_ADMIN], site_admin)
    sign_in_as(clients[ADVISER], adviser)
    # A young person has answered "Find your pathway" and shortlisted a pathway.
    assert clients[PUBLIC].post("/find/results", data=ANSWERS).status_code == 302
    clients[PUBLIC].post("/shortlist/add", data={"ref": published.ref})
    # The organisation administrator has uploaded a file to import.
    record = {
        "ref": "CCH-PHARM-01",
        "organisation": trust.name,
        "organisation_type": "nhs_trust",
        "type": "apprenticeship",
        "title": "Pharmacy assistant apprentice",
        "description": "You will help the pharmacy team count and check medicines.",
    }
    uploaded = clients[ORG_ADMIN].post(
        "/employers/imports",
        data={"file": (io.BytesIO(json.dumps(record).encode()), "pathways.jsonl")},
        content_type="multipart/form-data",
    )
    assert uploaded.status_code == 302, uploaded.data

    # From here on, forms need their CSRF token, as in production.
    app.config["WTF_CSRF_ENABLED"] = True
    yield {
        "clients": clients,
        "trust": trust,
        "site": site,
        "published": published,
        "draft": draft,
        "in_review": in_review,
        "revised": revised,
        "cohort": cohort,
        "student": student,
        "match_job": match_job,
        "import_job": import_job,
        "upload_token": uploaded.headers["Location"].rsplit("/", 1)[1],
        "invitation_token": invitation.token,
        "reset_token": reset[1],
        "alert_token": alerts.token_for(app.config["CAREERS"], alert),
        "alert_confirm_token": alerts.confirm_token(app.config["CAREERS"], unconfirmed),
        "saved_token": shortlist.dumps(app.config["SECRET_KEY"], ANSWERS, [published.ref]),
    }


def assert_good_page(response: Any, where: str) -> BeautifulSoup:
    """What every page must have, besides assert_well_formed_page's one h1 and unique ids."""
    assert response.status_code == 200, f"{where} answered {response.status_code}"
    assert response.mimetype == "text/html", where
    try:
        soup = assert_well_formed_page(response)
    except AssertionError as problem:
        raise AssertionError(f"{where}: {problem}") from problem
    title = " ".join(soup.title.string.split())
    assert title.endswith(SERVICE_NAME), f"{where}: title {title!r}"
    assert title != SERVICE_NAME and not title.startswith("–"), f"{where}: title {title!r}"
    assert soup.select_one('a.nhsuk-skip-link[href="#maincontent"]'), f"{where}: no skip link"
    assert len(soup.select("main#maincontent")) == 1, f"{where}: no main#maincontent"
    for form in soup.select("form"):
        if form.get("method", "get").lower() == "post":
            # Flask-WTF takes any field whose name ends csrf_token (prefixed forms: refine-…)
            assert form.select_one("input[type=hidden][name$=csrf_token][value]"), (
                f"{where}: a POST form to {form.get('action')!r} has no CSRF token"
            )
    ids = {tag["id"] for tag in soup.select("[id]")}
    for link in soup.select('a[href^="#"]'):
        target = link["href"][1:]
        assert not target or target in ids, f"{where}: a link to #{target}, which is not there"
    return soup


def internal_links(soup: BeautifulSoup) -> set[str]:
    """Links to pages of this site: not other sites, not mailto:, not fragments of this page."""
    found = set()
    for link in soup.select("a[href]"):
        href = link["href"].strip()
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path:
            continue  # another site, mailto: or tel:, or a fragment of this page
        if parts.path == "/sign-out":
            continue  # a POST; signing out would end the walk
        found.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def unwalked(app: Flask) -> set[str]:
    """GET endpoints in neither table."""
    return get_endpoints(app) - set(PAGES) - set(OTHER_RESPONSES)


def test_every_get_route_is_in_the_walk(app: Flask) -> None:
    """Adding a GET route means adding it to PAGES (HTML) or OTHER_RESPONSES (anything else)."""
    assert not set(PAGES) & set(OTHER_RESPONSES), "an endpoint is in both tables"
    assert not unwalked(app), f"GET routes the site walk does not visit: {unwalked(app)}"
    gone = (set(PAGES) | set(OTHER_RESPONSES)) - get_endpoints(app)
    assert not gone, f"the walk names routes that no longer exist: {gone}"


def test_a_new_get_route_left_out_of_the_walk_is_caught(config: Config) -> None:
    other = create_app(config)  # a separate app: the real one never gets a test route

    @other.get("/test-only/new-page")
    def new_page() -> str:
        return "<h1>New</h1>"

    @other.post("/test-only/form")
    def form_only() -> str:
        return ""

    assert unwalked(other) == {"new_page"}


def test_every_page_is_well_formed_and_every_link_on_it_works(app: Flask, world: World) -> None:
    clients: dict[str, FlaskClient] = world["clients"]
    visited: set[str] = set()
    problems: list[str] = []  # every page's problems, not only the first
    links: dict[str, dict[str, str]] = {who: {} for who in clients}  # who -> link -> found on

    for endpoint, (who, args) in PAGES.items():
        with app.test_request_context():
            url = url_for(endpoint, **args(world))
        assert endpoint_of(app, url) == endpoint, url
        visited.add(endpoint)
        try:
            soup = assert_good_page(clients[who].get(url), f"{endpoint} ({url}) as {who}")
        except AssertionError as problem:
            problems.append(str(problem).splitlines()[0])
            continue
        for link in internal_links(soup):
            links[who].setdefault(link, url)

    for endpoint, other in OTHER_RESPONSES.items():
        with app.test_request_context():
            url = url_for(endpoint, **other.args(world))
        response = clients[other.who].get(url)
        where = f"{endpoint} ({url}) as {other.who}"
        assert response.status_code == other.status, f"{where} answered {response.status_code}"
        if other.mimetype:
            assert response.mimetype == other.mimetype, f"{where} is {response.mimetype}"
            assert response.data, f"{where} is empty"
        if other.location:
            assert response.headers["Location"].startswith(other.location), where
        response.close()  # a static file is streamed from an open file
        visited.add(endpoint)

    assert visited == get_endpoints(app)
    assert not problems, "pages with problems:\n" + "\n".join(problems)

    assert sum(len(found) for found in links.values()) > 50, "the walk found few links: a bug?"
    broken = []
    for who, found in links.items():
        for link, on in sorted(found.items()):
            response = clients[who].get(link)
            status = response.status_code
            response.close()
            if status >= 400:
                broken.append(f"{link} (on {on}, as {who}) answered {status}")
    assert not broken, "broken links:\n" + "\n".join(broken)


def test_the_saved_shortlist_link_lands_on_the_shortlist(app: Flask, world: World) -> None:
    client = app.test_client()
    response = client.get(f"/shortlist/saved/{world['saved_token']}", follow_redirects=True)
    soup = assert_good_page(response, "a saved shortlist")
    assert world["published"].title in soup.select_one("main").get_text()


def test_error_pages_are_pages_of_the_service_too(
    app: Flask, session: Session, config: Config
) -> None:
    client = app.test_client()
    not_found = client.get("/no-such-page")
    assert not_found.status_code == 404
    soup = assert_good_page(_as_200(not_found), "the 404 page")
    assert "Page not found" in soup.select_one("h1").get_text()

    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    forbidden = client.get("/admin/")
    assert forbidden.status_code == 403
    assert_good_page(_as_200(forbidden), "the 403 page")

    broken = create_app(config)  # a separate app: the real one never gets a test route

    @broken.get("/test-only/boom")
    def boom() -> str:
        raise RuntimeError("a bug")

    with broken.app_context():
        response = broken.test_client().get("/test-only/boom")
    assert response.status_code == 500
    soup = assert_good_page(_as_200(response), "the 500 page")
    assert "a bug" not in soup.get_text()
    assert "problem with the service" in soup.select_one("h1").get_text()


def _as_200(response: Any) -> Any:
    """An error response, checked as a page: its status is asserted by the caller."""
    response.status_code = 200
    return response


def test_the_walk_itself_finds_what_it_is_meant_to_find() -> None:
    """The checks can fail: a page with two h1s, a form without a token, a link to nowhere."""

    class Fake:
        status_code, mimetype = 200, "text/html"

        def __init__(self, body: str) -> None:
            self.data = (
                f"<html><head><title>A page – {SERVICE_NAME}</title></head><body>"
                '<a class="nhsuk-skip-link" href="#maincontent">Skip</a>'
                f'<main id="maincontent">{body}</main></body></html>'
            ).encode()

    assert_good_page(
        Fake("<h1>One</h1><form method=post><input type=hidden name=csrf_token value=x></form>"),
        "good",
    )
    for bad in (
        "<h1>One</h1><h1>Two</h1>",
        '<h1 id="a">One</h1><p id="a"></p>',
        "<h1>One</h1><form method=POST></form>",
        '<h1>One</h1><a href="#nowhere">x</a>',
    ):
        with pytest.raises(AssertionError):
            assert_good_page(Fake(bad), bad)
    assert internal_links(page("<a href='/a?b=1#c'></a><a href='https://x.org/'></a>")) == {
        "/a?b=1"
    }
