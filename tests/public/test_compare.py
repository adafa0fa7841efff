"""Comparing up to three roles side by side, the way NHS Health Careers compares them: entry
requirements (checked against the person's answers), training, pay, hours and where each leads."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import PathwayLink
from tests.factories import make_pathway
from tests.html import page


def words(element: object) -> str:
    return " ".join(element.get_text(" ").split())  # type: ignore[attr-defined]


def test_two_roles_side_by_side_with_the_same_facts_in_the_same_order(
    client: FlaskClient, reference_data: Session
) -> None:
    support = make_pathway(reference_data, title="Healthcare support worker apprentice")
    senior = make_pathway(
        reference_data, title="Senior healthcare support worker apprentice", level=3
    )
    porter = make_pathway(
        reference_data,
        title="Hospital porter",
        type="job",
        level=None,
        standard_code=None,
        pay_period="hour",
        pay_min=13.85,
        pay_max=13.85,
        hours_per_week=20,
    )
    reference_data.add(PathwayLink(from_id=support.id, to_id=senior.id, position=0))
    reference_data.commit()
    soup = page(client.get("/compare", query_string={"ref": [support.ref, porter.ref]}))
    roles = soup.select(".app-compare section")
    assert [r.select_one("h2").get_text(strip=True) for r in roles] == [
        "Healthcare support worker apprentice",
        "Hospital porter",
    ]
    for role in roles:
        assert [h.get_text() for h in role.select("h3")] == [
            "Entry requirements",
            "Training",
            "Pay",
            "Hours",
            "Where it leads",
        ]
    first, second = words(roles[0]), words(roles[1])
    assert "It usually takes about 12 months" in first  # the apprenticeship standard's length
    assert "Senior healthcare support worker apprentice" in first
    assert "£13.85 an hour" in second and "20 hours a week" in second
    assert "Compare roles: Healthcare support worker apprentice, Hospital porter" in soup.title.text


def test_entry_requirements_are_checked_against_the_answers(
    client: FlaskClient, reference_data: Session
) -> None:
    midwife = make_pathway(
        reference_data, title="Midwifery degree apprentice", min_age=18, gcse_english_maths=True
    )
    check = page(client.get("/compare", query_string={"ref": midwife.ref})).select_one(
        ".app-compare__check"
    )
    assert "You can apply now" not in check.get_text()
    assert "Check the entry requirements" in check.get_text()
    client.post("/find/results", data={"about": "I want to be a midwife", "age": "16"})
    check = page(client.get("/compare", query_string={"ref": midwife.ref})).select_one(
        ".app-compare__check"
    )
    assert "Not yet" in words(check) and "you to be 18 or older" in words(check)


def test_at_most_three_and_the_shortlist_offers_the_rest(
    client: FlaskClient, reference_data: Session
) -> None:
    refs = [make_pathway(reference_data, title=f"Role {n}").ref for n in range(4)]
    for ref in refs:
        client.post("/shortlist/add", data={"ref": ref})
    shortlist = page(client.get("/shortlist"))
    link = shortlist.select_one("a[href^='/compare']")
    assert link.get_text(strip=True) == "Compare up to 3 of these roles"
    soup = page(client.get(link["href"]))
    assert len(soup.select(".app-compare section")) == 3
    boxes = soup.select("form[action='/compare'] input[name=ref]")
    assert [b["value"] for b in boxes] == refs
    assert [b.has_attr("checked") for b in boxes] == [True, True, True, False]
    too_many = page(client.get("/compare", query_string={"ref": refs}))
    assert "You can compare up to 3 roles at a time" in too_many.get_text()


def test_with_nothing_chosen_it_says_how_to_choose(client: FlaskClient) -> None:
    soup = page(client.get("/compare"))
    assert not soup.select(".app-compare")
    assert "then compare them here" in words(soup.select_one("main"))
