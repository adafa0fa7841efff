"""Eligibility now, Functional Skills, support, distance, what people do not want, grouping."""

from __future__ import annotations

from careers.matching.rules import functional_skills_level2, meets_gcse
from careers.matching.types import Location, Profile, Query
from tests.matching.helpers import PECKHAM, ask, engine_with, record, refs


def test_a_pathway_the_person_cannot_start_yet_is_shown_below_one_they_can_with_why() -> None:
    needs_gcse = record(gcse_english_maths=True, title="Healthcare support worker apprentice")
    open_to_all = record(gcse_english_maths=False, title="Healthcare support worker apprentice")
    results = ask(engine_with(needs_gcse, open_to_all), gcse_english_maths=False)
    assert refs(results) == [open_to_all.ref, needs_gcse.ref] or len(results) == 1
    blocked = next(r for r in ask(engine_with(needs_gcse), gcse_english_maths=False))
    assert blocked.eligible_now is False
    assert blocked.barriers == ["gcse_english_maths"]
    assert any("Functional Skills Level 2 counts" in reason for reason in blocked.reasons)


def test_functional_skills_level_2_counts_for_gcse_english_and_maths() -> None:
    needs_gcse = record(gcse_english_maths=True)
    about = "I want to care for people. I passed Functional Skills Level 2 in English and maths."
    [result] = ask(engine_with(needs_gcse), about=about, gcse_english_maths=False, age=18)
    assert result.eligible_now is True
    assert result.barriers == []


def test_functional_skills_in_one_subject_is_not_enough() -> None:
    assert functional_skills_level2("I have Functional Skills Level 2 maths") == {"maths"}
    query = Query(Profile(about="I got functional skills level 2 maths", gcse_english_maths=False))
    assert meets_gcse(query) is False


def test_functional_skills_the_person_is_still_working_towards_does_not_count() -> None:
    assert functional_skills_level2("I'm working towards Functional Skills Level 2") == set()


def test_a_qualification_level_above_the_persons_is_a_barrier_not_a_filter() -> None:
    degree = record(min_qualification_level=3, title="Nursing degree apprenticeship")
    [result] = ask(engine_with(degree), qualification_level=2)
    assert result.barriers == ["qualification_level"]
    assert any("level 3 qualification" in r for r in result.reasons)


def test_support_for_the_persons_circumstances_lifts_a_pathway() -> None:
    plain = record(supports=())
    supportive = record(supports=("care_leaver",))
    results = ask(engine_with(plain, supportive), circumstances=("care_leaver",))
    assert refs(results)[0] == supportive.ref
    assert "Offers extra support to care leavers" in results[0].reasons


def test_a_guaranteed_interview_is_said_plainly() -> None:
    guaranteed = record(
        supports=("care_leaver",),
        description="We guarantee an interview to care leavers who meet the basics.",
    )
    [result] = ask(engine_with(guaranteed), circumstances=("care_leaver",))
    assert "Guaranteed interview for care leavers" in result.reasons


def test_nearer_pathways_rank_above_identical_ones_further_away() -> None:
    near = record(latitude=51.47, longitude=-0.07, organisation="A", title="Porter")
    far = record(latitude=51.55, longitude=-0.20, organisation="B", title="Porter")
    results = ask(engine_with(far, near), max_distance_km=30)
    assert refs(results) == [near.ref, far.ref]
    assert results[0].reasons[-1].endswith("from SE15")


def test_what_the_person_says_they_do_not_want_is_ranked_lower() -> None:
    caring = record(title="Care assistant", interests=("caring for people",), skills=("care",))
    fixing = record(
        title="Estates maintenance apprentice",
        summary="Fix things around the hospital.",
        description="Repair doors, lights and taps.",
        interests=("fixing things",),
        skills=("repairs",),
    )
    about = "I like fixing things and being on my feet. Not interested in caring."
    assert refs(ask(engine_with(caring, fixing), about=about))[0] == fixing.ref


def test_a_pathway_that_only_mentions_what_they_do_not_want_is_not_lowered() -> None:
    office = record(
        title="Business administration apprentice",
        summary="Admin in outpatients, HR or finance teams.",
        description="You will book appointments, keep records and answer the phone.",
        interests=("office work",),
        skills=("organisation",),
    )
    ward = record(
        title="Ward assistant", interests=("caring for patients",), skills=("office work",)
    )
    engine = engine_with(office, ward)
    about = "I want an office job. I don't want anything to do with patients."
    results = ask(engine, about=about)
    assert refs(results)[0] == office.ref
    scores = {r.ref: r.score for r in results}
    plain = {r.ref: r.score for r in ask(engine, about="I want an office job.")}
    assert scores[office.ref] == plain[office.ref]
    assert scores[ward.ref] < plain[ward.ref]


def test_one_role_at_several_sites_is_shown_once_at_the_nearest_site() -> None:
    sites = [
        record(organisation="Big Trust", title=f"Porter – {name}", latitude=lat, longitude=lon)
        for name, lat, lon in (
            ("North Site", 51.60, -0.10),
            ("Peckham Site", 51.47, -0.065),
            ("West Site", 51.50, -0.30),
        )
    ]
    other = record(organisation="Other Trust", title="Porter")
    results = ask(engine_with(*sites, other), about="porter")
    assert len(results) == 2
    grouped = next(r for r in results if r.organisation == "Big Trust")
    assert grouped.ref == sites[1].ref
    assert grouped.also_at == 2


def test_the_limit_is_respected() -> None:
    many = [record(organisation=f"Org {i}") for i in range(8)]
    assert len(ask(engine_with(*many), limit=3)) == 3


def test_scores_are_between_0_and_1() -> None:
    for result in ask(engine_with(record(), record(title="Porter"))):
        assert 0.0 <= result.score <= 1.0


def test_people_far_from_london_still_get_distances() -> None:
    leeds = Location("LS1", 53.80, -1.55)
    [result] = ask(engine_with(record()), place=leeds)
    assert result.distance_km is not None and result.distance_km > 250


def test_explain_gives_every_candidate_the_components_its_score_is_made_of() -> None:
    can_start = record(title="Care assistant")
    too_high = record(title="Care assistant manager", min_qualification_level=5)
    engine = engine_with(can_start, too_high)
    rows = engine.explain(Query(Profile(about="care assistant", qualification_level=2), PECKHAM))
    by_ref = {row["ref"]: row for row in rows}
    assert set(by_ref) == {can_start.ref, too_high.ref}
    assert by_ref[too_high.ref]["barrier"] == -1.0
    assert by_ref[can_start.ref]["barrier"] == 0.0
    assert rows[0]["ref"] == can_start.ref
    shown = ask(engine, about="care assistant", qualification_level=2)
    assert refs(shown) == [row["ref"] for row in rows]


def test_a_pathway_titled_with_the_role_the_person_names_ranks_above_one_in_the_same_area() -> None:
    shared = {
        "summary": "A degree in emergency and urgent care with placements on the wards.",
        "description": "Study clinical care, anatomy and emergency response.",
        "skills": ("first aid",),
        "interests": ("emergency care",),
    }
    named = record(title="Paramedic Science BSc", **shared)
    # the same area, even naming the role in its description, but not that role
    same_area = record(
        title="Midwifery BSc",
        **{
            **shared,
            "description": "Study clinical care and emergency response with paramedic crews.",
        },
    )
    others = [record(title=f"Office role {i}", summary="Office work.") for i in range(40)]
    engine = engine_with(same_area, named, *others)
    profile = {"about": "I want to train as a paramedic", "interests": ("emergency care",)}
    found = refs(ask(engine, **profile))
    assert found.index(named.ref) < found.index(same_area.ref)
    title = {row["ref"]: row["title"] for row in engine.explain(Query(Profile(**profile), PECKHAM))}
    assert title[named.ref] == 1.0 and title[same_area.ref] == 0.0
