"""Soft signals from a person's own words: paid-work intent, targeted programmes, level gap."""

from __future__ import annotations

from careers.matching.intent import read_intent, targeted_at, upper_age
from tests.matching.helpers import ask, engine_with, record, refs


def test_words_asking_for_paid_work_lower_unpaid_routes_without_removing_them() -> None:
    job = record(ref="JOB", type="job", pay_period="year")
    course = record(ref="COURSE", type="course", pay_period="none", pay_min=None)
    engine = engine_with(course, job)
    about = "I want to care for people and I need a proper job that pays"
    assert refs(ask(engine, about=about)) == ["JOB", "COURSE"]
    # the same words without asking for pay: the course is not lowered
    plain = ask(engine, about="I want to care for people")
    assert {r.ref for r in plain} == {"JOB", "COURSE"}


def test_asking_for_work_experience_is_not_read_as_wanting_paid_work() -> None:
    assert not read_intent("I need some work experience for my job application").wants_paid
    assert read_intent("I want a job, I need the money").wants_paid


def test_a_programme_for_one_group_ranks_below_an_open_one_for_people_not_in_it() -> None:
    targeted = record(
        ref="FORCES",
        title="Step into care for armed forces leavers",
        summary="For armed forces leavers.",
        supports=("armed_forces",),
    )
    open_route = record(ref="OPEN", title="Care worker")
    engine = engine_with(targeted, open_route)
    assert refs(ask(engine))[0] == "OPEN"
    assert refs(ask(engine, circumstances=("armed_forces",)))[0] == "FORCES"
    # said in their own words, not ticked
    assert (
        refs(ask(engine, about="I left the army last year and want to care for people"))[0]
        == "FORCES"
    )


def test_a_guaranteed_interview_is_support_not_targeting() -> None:
    supported = record(
        summary="Care for patients. Guaranteed interview for care leavers.",
        supports=("care_leaver",),
    )
    assert targeted_at(supported) == frozenset()


def test_the_further_someone_is_below_the_entry_level_the_lower_it_ranks() -> None:
    near = record(ref="NEAR", min_qualification_level=3, level=4)
    far = record(ref="FAR", min_qualification_level=6, level=7)
    engine = engine_with(far, near)
    results = ask(engine, qualification_level=2)
    assert refs(results) == ["NEAR", "FAR"]
    assert not any(r.eligible_now for r in results)


def test_work_with_people_who_have_learning_disabilities_is_not_a_programme_for_them() -> None:
    nursing = record(title="Learning Disability Nursing Degree Apprenticeship", supports=())
    support = record(title="Support worker (learning disability)", supports=("disabled",))
    assert targeted_at(nursing) == frozenset()
    assert targeted_at(support) == frozenset()
    internship = record(
        title="Supported internship for young people with learning disabilities",
        supports=("send", "disabled"),
    )
    assert targeted_at(internship) == {"send", "disabled"}


def test_send_the_verb_is_not_send_the_needs() -> None:
    handler = record(
        title="Emergency call handler (999)",
        summary="Take 999 calls and send ambulances.",
        supports=("disabled",),
    )
    assert targeted_at(handler) == frozenset()
    assert "send" not in read_intent("I want to send parcels").circumstances
    assert "send" in read_intent("I have SEND and an EHCP").circumstances


def test_a_programme_for_younger_people_ranks_below_one_open_to_their_age() -> None:
    young = record(ref="YOUNG", title="Young volunteers (16–21)", type="volunteering")
    open_route = record(ref="OPEN", title="Ward volunteer", type="volunteering")
    engine = engine_with(young, open_route)
    assert refs(ask(engine, age=27))[0] == "OPEN"
    # never filtered, and not lowered for people within the range
    assert set(refs(ask(engine, age=27))) == {"YOUNG", "OPEN"}
    young_score = {r.ref: r.score for r in ask(engine, age=17)}["YOUNG"]
    assert young_score == {r.ref: r.score for r in ask(engine)}["YOUNG"]


def test_age_ranges_are_read_from_how_pathways_state_them() -> None:
    assert upper_age(record(title="Health careers taster (16–18)")) == 18
    assert upper_age(record(summary="A T Level for 16 to 18 year olds.")) == 18
    assert upper_age(record(description="Open to people aged 18 to 30 in Croydon.")) == 30
    # the people the work is with are not the people it is for
    assert upper_age(record(description="Run sessions for young people aged 11–19.")) is None
