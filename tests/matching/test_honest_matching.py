"""What people say they do not want, the hours they can work, and honest eligibility: at the
engine level, with the small fake encoder."""

from __future__ import annotations

from typing import Any

import pytest

from careers.matching.types import MatchResponse
from tests.matching.helpers import PECKHAM, engine_with, record, refs


def respond(engine: Any, **profile: Any) -> MatchResponse:
    from careers.matching.types import Profile, Query

    profile.setdefault("about", "I want to help people")
    response, _ = engine.match(Query(Profile(**profile), place=PECKHAM))
    return response


def phlebotomist() -> Any:
    return record(
        title="Phlebotomist",
        summary="Take blood samples from patients in a busy clinic.",
        description="You will take blood from patients and label specimens.",
        skills=("venepuncture", "helping people"),
        interests=("helping people",),
    )


def ward_clerk() -> Any:
    return record(
        title="Ward clerk",
        summary="Keep a ward's records and help people at the desk.",
        description="You will answer the phone, file records and help people find their way.",
        skills=("admin", "helping people"),
        interests=("helping people", "office work"),
        sector="admin",
    )


def test_a_person_who_rules_out_blood_gets_blood_work_last() -> None:
    blood, clerk = phlebotomist(), ward_clerk()
    found = refs(
        respond(engine_with(blood, clerk), about="I want to help people but not with blood").results
    )
    assert found == [clerk.ref, blood.ref]


@pytest.mark.parametrize(
    "words",
    [
        "I want to help people. I faint at the sight of blood",
        "help people, cant stand needles",
        "I like helping people but nothing with blood or needles please",
    ],
)
def test_paraphrases_of_what_they_do_not_want_keep_those_roles_below(words: str) -> None:
    blood, clerk = phlebotomist(), ward_clerk()
    found = refs(respond(engine_with(blood, clerk), about=words).results)
    assert found.index(clerk.ref) < found.index(blood.ref)


def test_what_they_do_not_want_is_never_quoted_back_as_a_reason() -> None:
    carer = record(title="Care assistant", summary="Support patients face to face on a ward.")
    response = respond(
        engine_with(carer), about="dont want anything patient facing, I like computers"
    )
    reasons = " ".join(response.results[0].reasons).lower()
    assert "patient facing" not in reasons
    assert "dont want" not in reasons


def test_what_we_understood_them_to_rule_out_is_in_the_response() -> None:
    response = respond(engine_with(ward_clerk()), about="I want to help people but not with blood")
    assert response.understood["not_wanted"] == ["blood"]


def test_someone_who_needs_part_time_gets_part_time_work_first() -> None:
    full = record(title="Porter", hours_per_week=37.5, description="Early, late and night shifts.")
    part = record(title="Porter", hours_per_week=16, description="Part-time, flexible hours.")
    response = respond(engine_with(full, part), about="I need part time work, 16 hours a week")
    assert refs(response.results)[0] == part.ref
    assert response.understood["working_pattern"] == ["up to 16 hours a week"]


def test_you_can_apply_now_is_said_only_when_we_know() -> None:
    nurse = record(title="District nurse", min_qualification_level=6, gcse_english_maths=True)
    result = respond(engine_with(nurse), about="nursing").results[0]
    assert result.eligible_now is None
    assert not any(r.startswith("You can apply now") for r in result.reasons)
    assert any(r.startswith("Check the entry requirements: it needs") for r in result.reasons)


def test_a_person_who_told_us_everything_it_needs_can_apply_now() -> None:
    nurse = record(title="District nurse", min_qualification_level=6, gcse_english_maths=True)
    result = respond(
        engine_with(nurse),
        about="nursing",
        qualification_level=6,
        gcse_english_maths=True,
        age=24,
    ).results[0]
    assert result.eligible_now is True


def test_a_pathway_with_an_age_limit_is_unknown_for_someone_who_gave_no_age() -> None:
    porter = record(title="Porter", min_age=18, min_qualification_level=0)
    result = respond(engine_with(porter), about="porter").results[0]
    assert result.eligible_now is None
    assert any("you to be 18 or over" in r for r in result.reasons)


def test_a_known_barrier_means_they_cannot_apply_yet() -> None:
    nurse = record(title="Nurse", min_qualification_level=3)
    result = respond(engine_with(nurse), about="nursing", qualification_level=2).results[0]
    assert result.eligible_now is False
    assert result.barriers == ["qualification_level"]


def test_a_fifteen_year_old_hears_what_opens_when_they_are_older_and_what_to_do_now() -> None:
    taster = record(
        title="Hospital taster day", type="work_experience", min_age=14, pay_period="none"
    )
    hcsw = record(title="Healthcare support worker", min_age=18)
    taster.next_step_ids = (hcsw.id,)
    response = respond(engine_with(taster, hcsw), about="I want to care for patients", age=15)
    assert hcsw.ref not in refs(response.results)
    later = response.later
    assert [item.ref for item in later] == [hcsw.ref]
    assert later[0].opens_at_age == 18
    assert [step.ref for step in later[0].now] == [taster.ref]


def test_later_is_empty_when_no_age_is_given() -> None:
    hcsw = record(title="Healthcare support worker", min_age=18)
    assert respond(engine_with(hcsw), about="care").later == []


def test_one_role_at_several_sites_shows_once_at_the_nearest_with_the_others_listed() -> None:
    far = record(
        title="Porter – Far Hospital", organisation="Trust A", latitude=51.52, longitude=-0.06
    )
    near = record(
        title="Porter – Near Hospital", organisation="Trust A", latitude=51.471, longitude=-0.066
    )
    middle = record(
        title="Porter – Middle Hospital", organisation="Trust A", latitude=51.49, longitude=-0.066
    )
    results = respond(engine_with(far, near, middle), about="porter").results
    assert refs(results) == [near.ref]
    assert results[0].also_at == 2
    assert results[0].also_at_refs == [middle.ref, far.ref]
