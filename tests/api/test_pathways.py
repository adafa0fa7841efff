"""GET /api/v1/pathways and /pathways/<ref>: what callers see, checked against the document."""

from __future__ import annotations

import datetime as dt

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import Borough, PathwayLink
from tests.api.openapi_check import assert_documented
from tests.factories import make_organisation, make_pathway


def refs(body: dict) -> list[str]:
    return [record["ref"] for record in body["results"]]


def test_the_list_shows_open_published_pathways_in_the_interchange_shape(
    client: FlaskClient, session: Session
) -> None:
    first = make_pathway(session, ref="A-1", title="Apprentice nursing associate")
    make_pathway(session, ref="B-1", title="Ward clerk")
    make_pathway(session, ref="DRAFT-1", status="draft")
    make_pathway(session, ref="CLOSED-1", closing_date=dt.date.today() - dt.timedelta(days=1))
    make_pathway(session, ref="OLD-1", status="closed")
    session.commit()

    body = assert_documented(client.get("/api/v1/pathways"), "/pathways")

    assert refs(body) == ["A-1", "B-1"]
    assert body["total"] == 2
    record = body["results"][0]
    assert record["organisation"] == first.organisation.name
    assert record["entry"] == {
        "min_qualification_level": 0,
        "gcse_english_maths": False,
        "min_age": 16,
    }
    assert record["pay"] == {"min": 27_898.0, "max": 27_898.0, "period": "year"}
    assert record["url"] == "/pathways/A-1"


def test_filters_narrow_the_list(client: FlaskClient, session: Session) -> None:
    session.merge(Borough(code="E09000028", name="Southwark", ics="South East London"))
    trust = make_organisation(session, slug="kings")
    make_pathway(session, ref="JOB-1", type="job", sector="admin", level=3, title="Ward clerk")
    make_pathway(
        session,
        ref="APP-1",
        organisation=trust,
        borough_code="E09000028",
        title="Pharmacy technician apprentice",
        sector="pharmacy",
        level=3,
    )
    make_pathway(session, ref="VOL-1", type="volunteering", level=None, title="Ward volunteer")
    session.commit()

    def listed(query: str) -> list[str]:
        return refs(assert_documented(client.get(f"/api/v1/pathways?{query}"), "/pathways"))

    assert listed("type=job") == ["JOB-1"]
    assert sorted(listed("type=job&type=volunteering")) == ["JOB-1", "VOL-1"]
    assert listed("sector=pharmacy") == ["APP-1"]
    assert sorted(listed("level=3")) == ["APP-1", "JOB-1"]
    assert listed("borough=southwark") == ["APP-1"]
    assert listed("borough=E09000028") == ["APP-1"]
    assert listed("organisation=kings") == ["APP-1"]
    assert listed("q=ward%20CLERK") == ["JOB-1"]
    assert listed("q=100%25") == []
    assert listed("borough=Atlantis") == []


def test_pages_link_to_each_other_and_keep_the_filters(
    client: FlaskClient, session: Session
) -> None:
    for n in range(5):
        make_pathway(session, ref=f"P-{n}", title=f"Porter {n}", type="job")
    session.commit()

    body = assert_documented(client.get("/api/v1/pathways?type=job&per_page=2&page=2"), "/pathways")

    assert refs(body) == ["P-2", "P-3"]
    assert (body["total"], body["page"], body["per_page"], body["pages"]) == (5, 2, 2, 3)
    links = body["links"]
    assert links["prev"] == "/api/v1/pathways?page=1&type=job&per_page=2"
    assert links["next"] == "/api/v1/pathways?page=3&type=job&per_page=2"
    assert links["last"] == "/api/v1/pathways?page=3&type=job&per_page=2"
    following = assert_documented(client.get(links["next"]), "/pathways")
    assert refs(following) == ["P-4"]
    assert following["links"]["next"] is None


def test_a_page_past_the_end_is_empty(client: FlaskClient, session: Session) -> None:
    make_pathway(session)
    session.commit()
    body = assert_documented(client.get("/api/v1/pathways?page=9"), "/pathways")
    assert body["results"] == []
    assert body["links"]["prev"] == "/api/v1/pathways?page=1"


def test_bad_filters_are_explained_field_by_field(client: FlaskClient) -> None:
    for query, field in [
        ("type=spaceship", "type"),
        ("sector=rockets", "sector"),
        ("level=nine", "level"),
        ("level=9", "level"),
        ("page=0", "page"),
        ("page=-1", "page"),
        ("per_page=101", "per_page"),
        ("per_page=%C2%B2", "per_page"),
        ("q=" + "x" * 201, "q"),
    ]:
        response = client.get(f"/api/v1/pathways?{query}")
        assert response.status_code == 400, query
        body = assert_documented(response, "/pathways")
        assert list(body["errors"]) == [field]


def test_one_pathway_by_its_reference(client: FlaskClient, session: Session) -> None:
    step = make_pathway(session, ref="WEX-1", type="work_experience")
    hidden_step = make_pathway(session, ref="DRAFT-STEP", status="draft")
    pathway = make_pathway(session, ref="HCSW-9")

    session.add_all(
        [
            PathwayLink(from_id=pathway.id, to_id=step.id, position=0),
            PathwayLink(from_id=pathway.id, to_id=hidden_step.id, position=1),
        ]
    )
    session.commit()

    body = assert_documented(client.get("/api/v1/pathways/HCSW-9"), "/pathways/{ref}")

    assert body["ref"] == "HCSW-9"
    assert body["next_steps"] == ["WEX-1"]


def test_a_closed_pathway_can_still_be_read_by_its_reference(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, ref="PAST-1", closing_date=dt.date(2020, 1, 31))
    session.commit()
    body = assert_documented(client.get("/api/v1/pathways/PAST-1"), "/pathways/{ref}")
    assert body["closing_date"] == "2020-01-31"


def test_unknown_and_unpublished_pathways_are_404_json(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, ref="DRAFT-2", status="draft")
    session.commit()
    for ref in ["NOPE", "DRAFT-2", "x" * 500]:
        response = client.get(f"/api/v1/pathways/{ref}")
        assert response.status_code == 404
        body = assert_documented(response, "/pathways/{ref}")
        assert "no published pathway" in body["errors"]["request"]
    refused = client.get("/api/v1/pathways/%00")  # PostgreSQL cannot hold a NUL byte
    assert refused.status_code == 400
    assert (
        "character we cannot accept"
        in assert_documented(refused, "/pathways/{ref}")["errors"]["request"]
    )


def test_unknown_api_urls_and_methods_answer_json(client: FlaskClient) -> None:
    missing = client.get("/api/v1/nothing-here")
    assert missing.status_code == 404
    assert missing.get_json() == {"errors": {"request": missing.get_json()["errors"]["request"]}}
    wrong_method = client.get("/api/v1/match")
    assert wrong_method.status_code == 405
    assert "errors" in wrong_method.get_json()
