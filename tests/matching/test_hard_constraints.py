"""Each hard constraint, at the engine level: never broken, whatever the fit."""

from __future__ import annotations

import datetime as dt

from careers.matching import constraints
from careers.matching.types import Location
from tests.matching.helpers import ask, engine_with, record, refs


def test_a_closed_pathway_is_never_matched() -> None:
    closed = record(closing_date=dt.date.today() - dt.timedelta(days=1))
    closing_today = record(closing_date=dt.date.today())
    assert refs(ask(engine_with(closed, closing_today))) == [closing_today.ref]


def test_a_pathway_without_a_closing_date_stays_open() -> None:
    open_ended = record(closing_date=None)
    assert refs(ask(engine_with(open_ended))) == [open_ended.ref]


def test_only_the_types_asked_for_are_matched() -> None:
    job, course = record(type="job"), record(type="course", pay_period="none")
    assert refs(ask(engine_with(job, course), types=("course",))) == [course.ref]


def test_nothing_beyond_the_distance_limit_except_remote_pathways() -> None:
    near = record(latitude=51.47, longitude=-0.07)  # Peckham
    far = record(latitude=51.75, longitude=-0.34)  # St Albans, about 37 km away
    remote = record(latitude=51.75, longitude=-0.34, remote=True)
    found = refs(ask(engine_with(near, far, remote), max_distance_km=10))
    assert sorted(found) == sorted([near.ref, remote.ref])


def test_a_site_just_past_the_limit_is_kept_within_the_centroid_allowance_and_said() -> None:
    # Peckham's district centre is at 51.4700, -0.0650; 0.1 degrees of latitude is about 11.1 km
    just_past = record(latitude=51.5700, longitude=-0.0650)  # about 11.1 km
    clearly_past = record(latitude=51.5700 + 0.02, longitude=-0.0650)  # about 13.3 km
    results = ask(engine_with(just_past, clearly_past), max_distance_km=10.5)
    assert 10.5 + constraints.DISTANCE_ALLOWANCE_KM < 13.3
    assert refs(results) == [just_past.ref]
    assert any(
        r.startswith("About 11 km from SE15") and "district centres" in r
        for r in results[0].reasons
    )
    assert (
        refs(
            ask(
                engine_with(just_past),
                max_distance_km=11.1 - constraints.DISTANCE_ALLOWANCE_KM - 0.1,
            )
        )
        == []
    )


def test_a_site_past_the_limit_ranks_below_an_equal_one_within_it() -> None:
    within = record(latitude=51.5600, longitude=-0.0650)  # about 10.0 km
    past = record(latitude=51.5700, longitude=-0.0650)  # about 11.1 km
    assert refs(ask(engine_with(past, within), max_distance_km=10.2)) == [within.ref, past.ref]


def test_no_allowance_when_both_ends_are_known_precisely() -> None:
    precise = record(latitude=51.5700, longitude=-0.0650, precise_location=True)
    here = Location("SE15", 51.4700, -0.0650, precise=True)
    assert ask(engine_with(precise), place=here, max_distance_km=10.5) == []
    assert refs(ask(engine_with(precise), max_distance_km=10.5)) == [precise.ref]


def test_a_pathway_with_no_location_is_left_out_when_there_is_a_distance_limit() -> None:
    nowhere = record(latitude=None, longitude=None)
    assert ask(engine_with(nowhere), max_distance_km=10) == []
    assert refs(ask(engine_with(nowhere))) == [nowhere.ref]


def test_no_distance_limit_applies_when_we_cannot_place_the_person() -> None:
    far = record(latitude=51.75, longitude=-0.34)
    results = ask(engine_with(far), place=None, max_distance_km=5)
    assert refs(results) == [far.ref]
    assert results[0].distance_km is None


def test_a_pathway_whose_minimum_age_is_above_the_persons_age_is_never_matched() -> None:
    adults, sixteen = record(min_age=18), record(min_age=16)
    assert refs(ask(engine_with(adults, sixteen), age=17)) == [sixteen.ref]


def test_unpaid_pathways_are_left_out_when_the_person_wants_paid_work_only() -> None:
    paid = record(pay_period="hour", pay_min=12.0)
    volunteering = record(type="volunteering", pay_period="none", pay_min=None)
    job_pay_not_said = record(type="job", pay_period=None, pay_min=None)
    course_pay_not_said = record(type="course", pay_period=None, pay_min=None)
    found = refs(
        ask(engine_with(paid, volunteering, job_pay_not_said, course_pay_not_said), paid_only=True)
    )
    assert sorted(found) == sorted([paid.ref, job_pay_not_said.ref])


def test_a_foundation_apprenticeship_is_paid_by_law_and_a_supported_internship_is_not() -> None:
    foundation = record(type="foundation_apprenticeship", pay_period=None)
    internship = record(type="supported_internship", pay_period=None)
    assert refs(ask(engine_with(foundation, internship), paid_only=True)) == [foundation.ref]
