"""GET /api/v1/pathways: the Disability Confident filter, updated_since, sort, ETags with
If-None-Match, and CORS on the GET endpoints."""

from __future__ import annotations

import datetime as dt

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import utcnow
from tests.api.openapi_check import assert_documented
from tests.factories import make_pathway

TODAY = dt.date.today()


def refs(client: FlaskClient, query: str) -> list[str]:
    body = assert_documented(client.get(f"/api/v1/pathways?{query}"), "/pathways")
    return [record["ref"] for record in body["results"]]


def test_disability_confident_employers_can_be_asked_for(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, ref="DC-1", disability_confident=True)
    make_pathway(session, ref="NOT-1")
    session.commit()
    assert refs(client, "disability_confident=true") == ["DC-1"]
    assert refs(client, "disability_confident=false") == ["NOT-1"]
    body = assert_documented(client.get("/api/v1/pathways/DC-1"), "/pathways/{ref}")
    assert body["disability_confident"] is True and body["is_example"] is False
    wrong = client.get("/api/v1/pathways?disability_confident=yes")
    assert wrong.status_code == 400
    assert assert_documented(wrong, "/pathways")["errors"]["disability_confident"]


def test_updated_since_leaves_out_what_has_not_changed(
    client: FlaskClient, session: Session
) -> None:
    old = make_pathway(session, ref="OLD-1")
    old.updated_at = utcnow() - dt.timedelta(days=10)
    make_pathway(session, ref="NEW-1")
    session.commit()
    since = (TODAY - dt.timedelta(days=1)).isoformat()
    assert refs(client, f"updated_since={since}") == ["NEW-1"]
    assert refs(client, f"updated_since={since}T00:00:00Z") == ["NEW-1"]
    assert set(refs(client, "updated_since=2020-01-01")) == {"OLD-1", "NEW-1"}
    wrong = client.get("/api/v1/pathways?updated_since=last+week")
    assert wrong.status_code == 400
    assert "2026-12-01" in assert_documented(wrong, "/pathways")["errors"]["updated_since"]


def test_pathways_sort_by_closing_date_newest_pay_and_distance(
    client: FlaskClient, reference_data: Session
) -> None:
    session = reference_data
    now = utcnow()
    make_pathway(
        session, ref="A", title="A", closing_date=TODAY + dt.timedelta(days=40),
        published_at=now - dt.timedelta(days=3), pay_min=12, pay_max=13, pay_period="hour",
        postcode="SE5 9RS", latitude=51.4741, longitude=-0.0929,
    )  # fmt: skip
    make_pathway(
        session, ref="B", title="B", closing_date=TODAY + dt.timedelta(days=5),
        published_at=now - dt.timedelta(days=1), pay_min=30000, pay_max=30000,
        pay_period="year", postcode="N1 9GU", latitude=51.5386, longitude=-0.0996,
    )  # fmt: skip
    make_pathway(
        session, ref="C", title="C", closing_date=None, published_at=now - dt.timedelta(days=9),
        pay_min=None, pay_max=None, pay_period=None, postcode=None, latitude=None,
        longitude=None,
    )  # fmt: skip
    session.commit()
    assert refs(client, "sort=closing_soon") == ["B", "A", "C"]
    assert refs(client, "sort=newest") == ["B", "A", "C"]
    assert refs(client, "sort=pay") == ["B", "A", "C"]  # £30,000 a year beats £13 an hour
    assert refs(client, "sort=distance&postcode=SE15") == ["A", "B", "C"]
    assert refs(client, "sort=distance&postcode=N1") == ["B", "A", "C"]
    assert refs(client, "sort=title") == ["A", "B", "C"]
    no_place = client.get("/api/v1/pathways?sort=distance")
    assert no_place.status_code == 400
    assert "postcode" in assert_documented(no_place, "/pathways")["errors"]
    assert client.get("/api/v1/pathways?sort=random").status_code == 400
    links = assert_documented(client.get("/api/v1/pathways?sort=pay&per_page=1"), "/pathways")
    assert "sort=pay" in links["links"]["next"]


def test_an_unchanged_answer_is_304_for_its_etag(client: FlaskClient, session: Session) -> None:
    pathway = make_pathway(session, ref="E-1")
    session.commit()
    for url in ("/api/v1/pathways", "/api/v1/pathways/E-1"):
        first = client.get(url)
        etag = first.headers["ETag"]
        again = client.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.data == b""
    pathway.title = "Changed title"
    session.commit()
    changed = client.get("/api/v1/pathways/E-1", headers={"If-None-Match": etag})
    assert changed.status_code == 200 and changed.get_json()["title"] == "Changed title"


def test_get_endpoints_allow_any_origin_and_match_does_not(client: FlaskClient) -> None:
    listing = client.get("/api/v1/pathways", headers={"Origin": "https://example.org"})
    assert listing.headers["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in listing.headers["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/pathways",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "If-None-Match",
        },
    )
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "If-None-Match" in preflight.headers["Access-Control-Allow-Headers"]
    match = client.post("/api/v1/match", json={"about": "caring"})
    assert "Access-Control-Allow-Origin" not in match.headers
    assert match.headers["Cache-Control"] == "no-store"
