"""Reach counts people, not machines: crawlers and scripts, prefetches and a repeat view of the
same pathway from one browser within 30 minutes are not counted."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Event
from tests.factories import make_pathway

BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537"


def _views(session: Session, kind: str = "detail") -> int:
    session.expire_all()
    return session.scalar(select(func.count(Event.id)).where(Event.kind == kind)) or 0


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "python-requests/2.32.3",
        "curl/8.5.0",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "",
    ],
)
def test_crawlers_and_scripts_are_not_counted(
    client: FlaskClient, session: Session, user_agent: str
):
    pathway = make_pathway(session)
    session.commit()
    response = client.get(f"/pathways/{pathway.ref}", headers={"User-Agent": user_agent})
    assert response.status_code == 200
    assert _views(session) == 0


@pytest.mark.parametrize(
    "header",
    [("Sec-Purpose", "prefetch"), ("Purpose", "prefetch"), ("Sec-Purpose", "prefetch;prerender")],
)
def test_prefetches_are_not_counted(client: FlaskClient, session: Session, header: tuple):
    pathway = make_pathway(session)
    session.commit()
    client.get(f"/pathways/{pathway.ref}", headers={"User-Agent": BROWSER, header[0]: header[1]})
    assert _views(session) == 0


def test_a_person_viewing_again_within_30_minutes_counts_once(
    client: FlaskClient, session: Session
):
    first, second = make_pathway(session), make_pathway(session)
    session.commit()
    for _ in range(3):
        client.get(f"/pathways/{first.ref}", headers={"User-Agent": BROWSER})
    client.get(f"/pathways/{second.ref}", headers={"User-Agent": BROWSER})
    assert _views(session) == 2
    other = client.application.test_client()
    other.get(f"/pathways/{first.ref}", headers={"User-Agent": BROWSER})
    assert _views(session) == 3  # another browser is another person


def test_apply_clicks_by_crawlers_and_repeats_are_not_counted_but_still_go_through(
    client: FlaskClient, session: Session
):
    pathway = make_pathway(session, apply_url="https://www.jobs.nhs.uk/candidate/x")
    session.commit()
    bot = client.get(f"/pathways/{pathway.ref}/apply", headers={"User-Agent": "curl/8.5.0"})
    assert bot.status_code == 302 and _views(session, "apply") == 0
    for _ in range(2):
        client.get(f"/pathways/{pathway.ref}/apply", headers={"User-Agent": BROWSER})
    assert _views(session, "apply") == 1


def test_api_matches_are_counted_as_their_own_kind_with_nothing_about_the_caller(
    client: FlaskClient, session: Session
):
    for _ in range(3):
        make_pathway(session, title="Healthcare support worker apprentice")
    session.commit()
    response = client.post(
        "/api/v1/match", json={"about": "I like helping people", "postcode": "SE15", "age": 17}
    )
    assert response.status_code == 200
    results = response.get_json()["results"]
    assert results
    session.expire_all()
    events = session.scalars(select(Event)).all()
    assert {event.kind for event in events} == {"api_match"}  # never counted as "shown"
    assert len(events) == len(results)
    assert all(e.borough_code is None and e.age_band == "unknown" for e in events)
