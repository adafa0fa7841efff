"""A young person back on their shortlist through a saved link can say "I applied" or "I heard
back": one anonymous count, shown to the employer beside reach by borough and decile."""

from __future__ import annotations

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import Event
from careers.services import shortlist as shortlists
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_pathway
from tests.html import assert_well_formed_page, page, text_of

ANSWERS = {"skills": ["teamwork"], "age": "17", "postcode": "SE15 4QT", "qualification": "gcse"}


def _back_through_link(app: Flask, client: FlaskClient, refs: list[str]) -> None:
    token = shortlists.dumps(app.config["SECRET_KEY"], ANSWERS, refs)
    assert client.get(f"/shortlist/saved/{token}").status_code == 302


def test_someone_back_through_their_link_says_they_applied_and_is_counted_once_anonymously(
    app: Flask, client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data, title="Pharmacy assistant")
    reference_data.commit()
    _back_through_link(app, client, [pathway.ref])
    soup = assert_well_formed_page(client.get("/shortlist"))
    assert "Have you applied for any of these" in text_of(soup, "#tell-us")
    card = soup.select_one(f"#shortlisted-{pathway.ref}")
    buttons = [" ".join(b.get_text(" ").split()) for b in card.select(".app-told button")]
    assert buttons == ["I applied for Pharmacy assistant", "I heard back about Pharmacy assistant"]

    for _ in range(2):  # pressed twice, counted once
        response = client.post("/shortlist/outcome", data={"ref": pathway.ref, "what": "applied"})
        assert response.location.endswith(f"/shortlist#shortlisted-{pathway.ref}")
    soup = page(client.get("/shortlist"))
    assert "Thank you for telling us" in text_of(soup, ".app-shortlist-status")
    card = soup.select_one(f"#shortlisted-{pathway.ref}")
    assert text_of(card, ".app-told__said") == "You told us you applied."
    assert [b["value"] for b in card.select(".app-told button")] == ["heard_back"]

    [event] = reference_data.scalars(select(Event).where(Event.kind == "applied")).all()
    assert (event.pathway_id, event.borough_code, event.age_band) == (
        pathway.id,
        "E09000028",
        "16_17",
    )
    assert event.imd_decile is not None  # from the postcode district, never the postcode

    editor = make_user(reference_data, "editor", organisation=pathway.organisation)
    reference_data.commit()
    staff = app.test_client()
    sign_in_as(staff, editor)
    reach = page(staff.get(f"/employers/pathways/{pathway.id}/reach"))
    assert text_of(reach, "#total-applied") == "fewer than 10"
    southwark = next(
        tr for tr in reach.select("table.app-reach-table tr") if "Southwark" in tr.get_text()
    )
    assert "fewer than 10" in [td.get_text(strip=True) for td in southwark.select("td")]


def test_nobody_is_asked_or_counted_before_coming_back_through_a_link(
    client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data)
    reference_data.commit()
    client.post("/shortlist/add", data={"ref": pathway.ref})
    soup = page(client.get("/shortlist"))
    assert soup.select_one("#tell-us") is None and soup.select(".app-told") == []
    client.post("/shortlist/outcome", data={"ref": pathway.ref, "what": "applied"})
    client.post("/shortlist/outcome", data={"ref": "NO-SUCH-REF", "what": "heard_back"})
    assert reference_data.scalars(select(Event).where(Event.kind == "applied")).all() == []


def test_only_the_two_answers_count_and_only_for_a_public_pathway(
    app: Flask, client: FlaskClient, reference_data: Session
) -> None:
    draft = make_pathway(reference_data, status="draft")
    live = make_pathway(reference_data)
    reference_data.commit()
    _back_through_link(app, client, [live.ref, draft.ref])
    client.post("/shortlist/outcome", data={"ref": draft.ref, "what": "applied"})
    client.post("/shortlist/outcome", data={"ref": live.ref, "what": "search"})
    client.post("/shortlist/outcome", data={"ref": live.ref, "what": "heard_back"})
    kinds = reference_data.scalars(select(Event.kind).where(Event.pathway_id.is_not(None))).all()
    assert kinds == ["heard_back"]
