"""What the results page keeps of the matcher's reasons."""

from __future__ import annotations

from careers.services.journey import shown_reasons


def test_the_plain_distance_reason_is_left_to_the_cards_facts() -> None:
    reasons = [
        "You said you like fixing laptops: this role is about computers",
        "About 3 km from SE15",
    ]
    assert shown_reasons(reasons) == [reasons[0]]


def test_a_distance_under_a_kilometre_is_left_to_the_cards_facts_too() -> None:
    assert shown_reasons(["Less than 1 km from SE15"]) == []


def test_a_site_just_past_the_limit_keeps_its_explanation() -> None:
    reason = (
        "About 11 km from SE15: just past your 10 km, but we measure between postcode "
        "district centres, so it may be closer"
    )
    assert shown_reasons([reason]) == [reason]
