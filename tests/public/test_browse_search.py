"""Browse as a person sees it: whole-word, ranked search, sorts, and the "New" and "Closing
soon" tags; the results come before the filters (on a phone, they start near the top)."""

from __future__ import annotations

import datetime as dt

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from tests.factories import make_pathway
from tests.html import page

PLAIN = {"summary": None, "skills": [], "interests": []}


def titles(client: FlaskClient, **query: str) -> list[str]:
    soup = page(client.get("/pathways", query_string=query))
    return [a.get_text(strip=True) for a in soup.select(".app-pathway-card h3 a")]


def test_it_does_not_match_hospital(client: FlaskClient, session: Session) -> None:
    make_pathway(session, title="Hospital porter", description="Move patients.", **PLAIN)
    make_pathway(session, title="IT service desk apprentice", description="Fix laptops.", **PLAIN)
    session.commit()
    assert titles(client, q="IT") == ["IT service desk apprentice"]


def test_the_best_match_comes_first(client: FlaskClient, session: Session) -> None:
    make_pathway(session, title="Ward clerk", description="Help the porter team.", **PLAIN)
    make_pathway(session, title="Porter", description="Move patients.", **PLAIN)
    session.commit()
    assert titles(client, q="porter") == ["Porter", "Ward clerk"]
    soup = page(client.get("/pathways", query_string={"q": "porter"}))
    assert soup.select_one("#sort option[selected]").get_text(strip=True) == "Best match"


def test_sorting_by_closing_soon_and_new_and_closing_soon_tags(
    client: FlaskClient, session: Session
) -> None:
    today, now = dt.date.today(), dt.datetime.now()
    make_pathway(
        session,
        title="Alpha, closes later",
        closing_date=today + dt.timedelta(days=60),
        published_at=now - dt.timedelta(days=60),
    )
    make_pathway(
        session,
        title="Zulu, closes soon",
        closing_date=today + dt.timedelta(days=4),
        published_at=now - dt.timedelta(days=2),
    )
    session.commit()
    assert titles(client, sort="closing_soon") == ["Zulu, closes soon", "Alpha, closes later"]
    soup = page(client.get("/pathways", query_string={"sort": "closing_soon"}))
    tags = [
        t.get_text(strip=True) for t in soup.select(".app-pathway-card")[0].select(".nhsuk-tag")
    ]
    assert {"Closing soon", "New"} <= set(tags)
    later = soup.select(".app-pathway-card")[1].select(".nhsuk-tag")
    assert not {"Closing soon", "New"} & {t.get_text(strip=True) for t in later}


def test_results_come_before_the_filters(client: FlaskClient, session: Session) -> None:
    make_pathway(session)
    session.commit()
    soup = page(client.get("/pathways"))
    order = [el.get("id") for el in soup.select("#results-heading, #filters")]
    assert order == ["results-heading", "filters"]
    assert soup.select_one("a[href='#filters']"), "a link down to the filters"


def test_a_part_time_filter_leaves_only_part_time_pathways(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, title="Full-time porter", hours_per_week=37.5, **PLAIN)
    make_pathway(session, title="Weekend receptionist", hours_per_week=16, **PLAIN)
    make_pathway(
        session,
        title="Bank care assistant",
        hours_per_week=None,
        description="Flexible hours to suit you.",
        **PLAIN,
    )
    session.commit()
    assert titles(client, hours="part_time") == ["Bank care assistant", "Weekend receptionist"]
    soup = page(client.get("/pathways", query_string={"hours": "part_time"}))
    assert soup.select_one("#hours[value=part_time]").has_attr("checked")
    assert titles(client, hours="school_hours") == []
