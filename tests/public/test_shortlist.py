"""The shortlist: kept in the browser's session, saved and shared as a signed link."""

from __future__ import annotations

import base64
import zlib

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.extensions import matcher
from careers.services import shortlist as shortlists
from tests.factories import make_pathway
from tests.html import assert_well_formed_page, page
from tests.public.fake_matching import fake_match

PRIVATE = {
    "about": "I volunteer at the zylophone club",
    "skills": ["teamwork"],
    "qualification": "gcse",
    "postcode": "SE15 4QT",
    "distance": "8",
    "circumstances": ["care_leaver"],
}


@pytest.fixture
def journey(reference_data: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setattr(matcher(), "match", fake_match)
    return reference_data


def saved_link(client: FlaskClient) -> str:
    link = page(client.get("/shortlist")).select_one("#saved-link")
    assert link is not None
    return str(link["value"])


def test_an_empty_shortlist_says_how_to_fill_it(client: FlaskClient) -> None:
    soup = assert_well_formed_page(client.get("/shortlist"), "Your shortlist")
    assert "Your shortlist is empty" in soup.get_text()
    assert soup.select_one("#saved-link") is None


def test_adding_and_removing_from_results(client: FlaskClient, journey: Session) -> None:
    pathway = make_pathway(journey, title="Pharmacy assistant")
    client.post("/find/results", data=PRIVATE)
    response = client.post(
        "/shortlist/add", data={"ref": pathway.ref, "next": "/find/results#result-x"}
    )
    assert response.headers["Location"] == "/find/results#result-x"
    soup = page(client.get("/shortlist"))
    assert [a.get_text(strip=True) for a in soup.select(".app-shortlist h2 a")] == [
        "Pharmacy assistant"
    ]
    results = page(client.get("/find/results"))
    button = results.select_one(f"#result-{pathway.ref} button[name=ref]")
    assert " ".join(button.get_text(" ").split()) == "Remove Pharmacy assistant from shortlist"
    assert button["formaction"] == "/shortlist/remove"
    client.post("/shortlist/remove", data={"ref": pathway.ref})
    assert "Your shortlist is empty" in page(client.get("/shortlist")).get_text()


def test_a_pathway_page_adds_to_the_shortlist_and_says_so(
    client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data, title="Pharmacy assistant")
    form = page(client.get(f"/pathways/{pathway.ref}")).select_one("form[action='/shortlist/add']")
    assert form.select_one("button").get_text(strip=True) == "Add to shortlist"
    next_page = form.select_one("input[name=next]")["value"]
    client.post("/shortlist/add", data={"ref": pathway.ref, "next": next_page})
    soup = page(client.get(f"/pathways/{pathway.ref}"))
    status = soup.select_one("[role=status][aria-live=polite]")
    assert "Pharmacy assistant added to your shortlist." in status.get_text()
    assert soup.select_one("form[action='/shortlist/remove'] button").get_text(strip=True) == (
        "Remove from shortlist"
    )
    again = page(client.get(f"/pathways/{pathway.ref}"))
    assert not again.select_one("[role=status]").get_text(strip=True), "said once"


def test_a_results_page_button_comes_back_to_its_card(
    client: FlaskClient, journey: Session
) -> None:
    pathway = make_pathway(journey, title="Pharmacy assistant")
    client.post("/find/results", data=PRIVATE)
    form = page(client.get("/find/results")).select_one("form:has(button[name=ref])")
    assert form["action"] == "/shortlist/add"
    assert form.select_one("input[name=next]")["value"] == "/find/results"
    response = client.post("/shortlist/add", data={"ref": pathway.ref, "next": "/find/results"})
    assert response.headers["Location"] == f"/find/results#result-{pathway.ref}"


def test_next_never_leaves_the_site(client: FlaskClient) -> None:
    for target in ("https://evil.example", "//evil.example/x"):
        response = client.post("/shortlist/add", data={"ref": "A", "next": target})
        assert response.headers["Location"] == "/shortlist"


def test_a_saved_link_restores_the_shortlist_and_answers_on_another_device(
    client: FlaskClient, app: object, journey: Session
) -> None:
    pathway = make_pathway(journey, title="Dental nurse apprentice")
    client.post("/find/results", data=PRIVATE)
    client.post("/shortlist/add", data={"ref": pathway.ref})
    link = saved_link(client)

    other = app.test_client()  # type: ignore[attr-defined]
    response = other.get(link.removeprefix("http://localhost"), follow_redirects=True)
    soup = page(response)
    assert "We have brought back your shortlist and your answers" in soup.get_text()
    assert soup.select_one("h1 + [role=status]"), "the message comes after the heading"
    remove = soup.select_one(".app-shortlist button")
    assert " ".join(remove.get_text(" ").split()) == "Remove Dental nurse apprentice from shortlist"
    assert [a.get_text(strip=True) for a in soup.select(".app-shortlist h2 a")] == [
        "Dental nurse apprentice"
    ]
    form = page(other.get("/find"))
    assert form.select_one("input[name=skills][value=teamwork]").has_attr("checked")
    assert form.select_one("input[name=qualification][value=gcse]").has_attr("checked")
    assert form.select_one("#postcode")["value"] == "SE15", "only the district travels"
    assert form.select_one("#about").get_text() == "", "free text never travels"
    assert not form.select("input[name=circumstances][checked]"), "circumstances never travel"
    assert page(other.get("/find/results")).select(".app-result"), "chips are enough to match"


def test_a_saved_link_carries_no_circumstances_free_text_or_full_postcode() -> None:
    token = shortlists.dumps("key", PRIVATE, ["REF-1"])
    payload = token.split(".")[1] if token.startswith(".") else token.split(".")[0]
    data = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    text = zlib.decompress(data).decode() if token.startswith(".") else data.decode()
    for private in ("zylophone", "care_leaver", "4QT"):
        assert private not in text
    assert shortlists.loads("key", token) == shortlists.SavedLink(
        answers={
            "skills": ["teamwork"],
            "qualification": "gcse",
            "postcode": "SE15",
            "distance": "8",
        },
        refs=["REF-1"],
    )


def test_a_saved_link_is_compact() -> None:
    refs = [f"KCH-HCSW-{n:03d}" for n in range(10)]
    answers = {**PRIVATE, "interests": ["helping people", "science"], "types": ["job", "course"]}
    assert len(shortlists.dumps("key", answers, refs)) < 250


def test_a_changed_link_does_not_work(client: FlaskClient) -> None:
    token = shortlists.dumps("test-secret-key", {}, ["A"])
    tampered = token[:-3] + ("aaa" if not token.endswith("aaa") else "bbb")
    assert client.get(f"/shortlist/saved/{tampered}").status_code == 404
    assert shortlists.loads("another-key", token) is None


def test_the_shortlist_keeps_at_most_thirty() -> None:
    refs: list[str] = []
    for n in range(40):
        refs = shortlists.add(refs, f"R{n}")
    assert len(refs) == shortlists.MAX_SHORTLIST and refs[-1] == "R39"
    assert shortlists.add(["A", "B"], "A") == ["B", "A"]


@pytest.mark.parametrize("action", ["/shortlist/add", "/shortlist/remove"])
@pytest.mark.parametrize(
    "target", ["/\t/evil.example", "//evil.example", "/\\evil.example", "https://evil.example/"]
)
def test_the_shortlist_buttons_never_send_a_person_to_another_site(
    client: FlaskClient, action: str, target: str
) -> None:
    response = client.post(action, data={"ref": "NO-SUCH-REF", "next": target})
    assert response.headers["Location"] == "/shortlist"
