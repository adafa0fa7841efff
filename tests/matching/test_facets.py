"""Facets of work read from both sides: what a pathway involves, what a person rules out, and
the hours they can work."""

from __future__ import annotations

import pytest

from careers.matching import facets
from careers.matching.text import split_negations


@pytest.mark.parametrize(
    "phrase, facet",
    [
        ("blood", "blood"),
        ("I faint at the sight of blood", "blood"),
        ("needles", "needles"),
        ("injections", "needles"),
        ("anything patient facing", "patient_contact"),
        ("washing people", "personal_care"),
        ("wiping bums", "personal_care"),
        ("working in a hospital", "hospital"),
        ("anything medical", "clinical"),
        ("sick and vomit", "bodily_fluids"),
        ("being on the phone all day", "phones"),
    ],
)
def test_a_person_naming_something_they_do_not_want_is_read_as_that_facet(
    phrase: str, facet: str
) -> None:
    assert facet in facets.named_facets(phrase)


def test_words_inside_other_words_are_not_read_as_facets() -> None:
    assert "bodily_fluids" not in facets.named_facets("16 hours a week")


def test_a_phlebotomy_role_involves_blood_and_needles_fully() -> None:
    found = facets.involvement("Phlebotomist. Take blood samples from patients.", "")
    assert found["blood"] == 1.0
    assert found["needles"] == 1.0


def test_blood_mentioned_only_in_a_description_counts_less_than_in_the_role() -> None:
    found = facets.involvement(
        "Healthcare support worker", "You will take blood and help patients wash."
    )
    assert 0 < found["blood"] < 1.0


def test_an_it_role_does_not_involve_patient_contact_or_blood() -> None:
    found = facets.involvement(
        "IT support apprentice. Fix laptops and networks.",
        "You will fix computers and answer calls from staff in an office.",
    )
    assert "blood" not in found
    assert "patient_contact" not in found


def test_part_time_and_the_hours_a_person_can_work_are_read_from_their_words() -> None:
    need = facets.read_need("I can only do 16 hours a week around my course")
    assert need.part_time
    assert need.max_hours == 16


def test_school_hours_mean_part_time_and_no_nights() -> None:
    need = facets.read_need("school hours only, I have two kids")
    assert need.school_hours and need.part_time and need.no_nights


def test_a_full_time_rota_with_nights_fits_badly_for_someone_who_needs_part_time() -> None:
    need = facets.read_need("need part time")
    rota = facets.pathway_pattern(37.5, "Early, late and night shifts on a rota.")
    flexible = facets.pathway_pattern(16, "Part-time, flexible hours to suit you.")
    assert facets.pattern_fit(need, rota) < 0 < facets.pattern_fit(need, flexible)


def test_evenings_and_weekends_only_does_not_fit_a_monday_to_friday_job() -> None:
    need = facets.read_need("evenings and weekends only as I'm at college")
    office = facets.pathway_pattern(37.5, "Monday to Friday, 9am to 5pm.")
    bank = facets.pathway_pattern(None, "Bank shifts: choose evenings and weekends.")
    assert facets.pattern_fit(need, office) < 0 < facets.pattern_fit(need, bank)


def test_no_nights_rules_against_a_role_with_night_shifts() -> None:
    need = facets.read_need("no nights please")
    nights = facets.pathway_pattern(37.5, "Days and nights on a 24/7 rota.")
    assert facets.pattern_fit(need, nights) < 0


def test_words_with_no_working_pattern_change_nothing() -> None:
    need = facets.read_need("I like helping people")
    rota = facets.pathway_pattern(37.5, "Early, late and night shifts.")
    assert not need.any
    assert facets.pattern_fit(need, rota) == 0


def test_the_pattern_asked_for_is_said_back_in_plain_words() -> None:
    assert facets.pattern_words(facets.read_need("16 hours a week max")) == [
        "up to 16 hours a week"
    ]


@pytest.mark.parametrize(
    "words, facet",
    [
        ("but NO old people, i get upset", "older_people"),
        ("def not care work or nuffin like that", "personal_care"),
        ("no patient-facing work please", "patient_contact"),
    ],
)
def test_what_a_person_rules_out_after_no_or_not_is_read_as_that_facet(
    words: str, facet: str
) -> None:
    assert facet in facets.unwanted_facets(facets.refusals(words))


def test_refusing_a_level_of_post_is_not_refusing_clinical_work() -> None:
    words = "I'm not after a Level 2 healthcare assistant post, I want a registration route"
    assert "clinical" not in facets.unwanted_facets(facets.refusals(words))


def test_a_refusal_stops_at_a_dash_so_what_follows_is_not_refused() -> None:
    words = "Not nights - my kids are at primary school so days only please"
    assert "children" not in facets.unwanted_facets(facets.refusals(words))


def test_no_weekends_or_nights_in_a_pathway_says_daytime_not_nights() -> None:
    clinic = facets.pathway_pattern(37.5, "Monday to Friday, 8am-4pm, no weekends or nights.")
    assert clinic.daytime and not clinic.nights
    assert facets.pattern_fit(facets.read_need("no nights please"), clinic) >= 0


def test_bank_work_where_you_choose_your_shifts_does_not_force_nights_on_anyone() -> None:
    bank = facets.pathway_pattern(None, "Bank shifts: book earlies, lates or nights as it suits.")
    rota = facets.pathway_pattern(37.5, "A rota of earlies, lates and nights.")
    need = facets.read_need("not nights, days only please")
    assert facets.pattern_fit(need, rota) < facets.pattern_fit(need, bank)


def test_evenings_only_does_not_fit_a_full_time_rota_that_mentions_weekends() -> None:
    need = facets.read_need("so I can only work evenings")
    rota = facets.pathway_pattern(37.5, "Early, late and night shifts including weekends.")
    assert facets.pattern_fit(need, rota) < 0


def test_work_from_home_is_read_and_fits_a_remote_role() -> None:
    need = facets.read_need("I can only work evenings, or something from home")
    assert need.from_home
    remote = facets.pathway_pattern(37.5, "Clinical coding.", remote=True)
    office = facets.pathway_pattern(37.5, "Monday to Friday in the office.")
    assert facets.pattern_fit(need, remote) > facets.pattern_fit(need, office)


def test_only_work_nights_is_nights_only() -> None:
    assert facets.read_need("my sister takes over at night, so I can only work nights").nights_only


@pytest.mark.parametrize(
    "words, facet",
    [
        ("Only thing is I don't drive", "driving"),
        ("I can't drive and I don't want to learn", "driving"),
        ("Just no cleaning please, I do enough of that at home", "cleaning"),
        ("I've got a knee problem so I can't be stood up all day", "physical"),
        ("I don't want any violent or aggressive clients", "aggression"),
        ("I don't want to be sat on my own in silence", "alone"),
        ("I'm done with babies now, want to care for adults", "children"),
        ("The only thing is needles, I can't even watch", "needles"),
        ("i dont wanna be going round the wards with sick people", "hospital"),
    ],
)
def test_more_ways_of_saying_no_are_read_as_that_facet(words: str, facet: str) -> None:
    kept, negated = split_negations(words)
    assert facet in facets.unwanted_facets([*negated, *facets.refusals(kept)])


@pytest.mark.parametrize(
    "words",
    [
        "Never had a problem with needles, I give my dad his insulin",
        "No problem with phones at all, I did 2 years at a call centre",
        "Never been inside a hospital except when I was born",
        "No car yet but I'm passing my test next month",
    ],
)
def test_words_that_only_look_like_a_refusal_rule_nothing_out(words: str) -> None:
    kept, negated = split_negations(words)
    assert not facets.unwanted_facets([*negated, *facets.refusals(kept)])


def test_nine_to_five_hours_is_a_working_day_not_nine_hours_a_week() -> None:
    need = facets.read_need("Need proper 9-5 hours, no weekends or shifts")
    assert need.max_hours is None and not need.part_time


def test_not_doing_night_shifts_and_working_overnight_are_no_nights() -> None:
    assert facets.read_need("I'm not doing night shifts cos of my kids").no_nights
    assert facets.read_need("i dont want to be working overnight").no_nights
