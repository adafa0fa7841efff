"""Facets of work read from both sides: what a pathway involves, what a person rules out, and
the hours they can work."""

from __future__ import annotations

import pytest

from careers.matching import facets


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
