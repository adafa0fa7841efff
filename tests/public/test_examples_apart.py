"""Examples apart from real adverts: marked as examples on result cards, the shortlist and the
pathway page, with no JobPosting data; real adverts say where they come from and whether the
employer is Disability Confident."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.extensions import matcher
from tests.factories import make_pathway
from tests.html import page, text_of
from tests.public.fake_matching import fake_match

PERSON = {
    "about": "I like helping people",
    "skills": ["teamwork"],
    "qualification": "gcse",
    "postcode": "SE15 4QT",
    "distance": "8",
}


@pytest.fixture
def journey(reference_data: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setattr(matcher(), "match", fake_match)
    return reference_data


def test_an_example_pathway_page_says_so_and_has_no_job_posting(
    client: FlaskClient, session: Session
) -> None:
    example = make_pathway(session, is_example=True)
    real = make_pathway(session, source="faa", source_ref="1", disability_confident=True)
    session.commit()
    example_page = page(client.get(f"/pathways/{example.ref}"))
    assert "Example listing" in example_page.get_text()
    assert not example_page.select('script[type="application/ld+json"]')
    real_page = page(client.get(f"/pathways/{real.ref}"))
    assert len(real_page.select('script[type="application/ld+json"]')) == 1
    assert "Example listing" not in real_page.get_text()
    assert "Disability Confident employer" in real_page.get_text()
    assert "From Find an apprenticeship" in real_page.get_text()


def test_result_cards_mark_examples_and_disability_confident_employers(
    client: FlaskClient, journey: Session
) -> None:
    example = make_pathway(journey, is_example=True, postcode="SE5 9RS")
    real = make_pathway(journey, disability_confident=True, postcode="SE5 9RS")
    journey.commit()
    results = page(client.post("/find/results", data=PERSON, follow_redirects=True))
    assert "Example listing" in text_of(results, f"#result-{example.ref}")
    assert "Disability Confident" not in text_of(results, f"#result-{example.ref}")
    assert "Example listing" not in text_of(results, f"#result-{real.ref}")
    assert "Disability Confident employer" in text_of(results, f"#result-{real.ref}")


def test_the_shortlist_marks_examples(client: FlaskClient, journey: Session) -> None:
    example = make_pathway(journey, is_example=True)
    real = make_pathway(journey)
    journey.commit()
    for pathway in (example, real):
        client.post("/shortlist/add", data={"ref": pathway.ref})
    soup = page(client.get("/shortlist"))
    assert "Example listing" in text_of(soup, f"#shortlisted-{example.ref}")
    assert "Example listing" not in text_of(soup, f"#shortlisted-{real.ref}")


def test_browse_can_show_disability_confident_employers_only(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, title="Ward clerk", disability_confident=True)
    make_pathway(session, title="Hospital porter")
    session.commit()
    everything = page(client.get("/pathways"))
    assert len(everything.select(".app-card-list > li")) == 2
    box = everything.select_one("input[name=disability_confident][value=yes]")
    assert box is not None and not box.has_attr("checked")
    chosen = page(client.get("/pathways?disability_confident=yes"))
    cards = chosen.select(".app-card-list > li")
    assert [c.select_one("h3").get_text(strip=True) for c in cards] == ["Ward clerk"]
    assert "Disability Confident employer" in cards[0].get_text()
    assert chosen.select_one("input[name=disability_confident]").has_attr("checked")
