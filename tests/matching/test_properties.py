"""Property: no profile, however odd, yields a result that breaks a hard constraint."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from careers.matching import constraints
from careers.matching.presentation import pathway_distance
from careers.matching.types import Location, Profile, Query
from tests.matching.helpers import engine_with, record

TYPES = ("apprenticeship", "job", "entry_route", "work_experience", "volunteering", "course")
TODAY = dt.date.today()

CATALOGUE = [
    record(
        type=TYPES[i % 6],
        title=["Porter", "Care worker", "Data apprentice", "Nurse", "Chef"][i % 5] + f" {i}",
        organisation=f"Org {i % 4}",
        closing_date=TODAY + dt.timedelta(days=(i % 7) - 3) if i % 5 else None,
        min_age=[None, 16, 17, 18, 21][i % 5],
        min_qualification_level=i % 4,
        gcse_english_maths=bool(i % 2),
        latitude=None if i % 11 == 0 else 51.3 + (i % 9) * 0.05,
        longitude=None if i % 11 == 0 else -0.4 + (i % 7) * 0.06,
        remote=i % 13 == 0,
        pay_period=[None, "none", "hour", "year"][i % 4],
        supports=("care_leaver",) if i % 3 == 0 else (),
    )
    for i in range(60)
]
for i, r in enumerate(CATALOGUE[:-1]):
    r.next_step_ids = (CATALOGUE[i + 1].id,)
ENGINE = engine_with(*CATALOGUE)
BY_REF = {r.ref: r for r in CATALOGUE}

profiles = st.builds(
    Profile,
    about=st.text(max_size=300),
    skills=st.lists(st.text(max_size=30), max_size=5).map(tuple),
    interests=st.lists(st.text(max_size=30), max_size=5).map(tuple),
    qualification_level=st.one_of(st.none(), st.integers(0, 8)),
    gcse_english_maths=st.one_of(st.none(), st.booleans()),
    age=st.one_of(st.none(), st.integers(13, 99)),
    max_distance_km=st.one_of(st.none(), st.floats(0, 500)),
    types=st.lists(st.sampled_from(TYPES), max_size=3, unique=True).map(tuple),
    circumstances=st.lists(st.sampled_from(("care_leaver", "refugee")), max_size=2).map(tuple),
    paid_only=st.booleans(),
    limit=st.integers(1, 50),
)
places = st.one_of(
    st.none(),
    st.builds(Location, st.just("SE15"), st.floats(51.2, 51.7), st.floats(-0.5, 0.3)),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(profile=profiles, place=places)
def test_no_result_ever_breaks_a_hard_constraint(profile: Profile, place: Location | None) -> None:
    query = Query(profile, place=place)
    response, _ = ENGINE.match(query)
    results = response.results
    assert len(results) <= profile.limit
    for result in results:
        pathway = BY_REF[result.ref]
        assert constraints.violations(pathway, query) == []
        distance = pathway_distance(pathway, query)
        if place is not None and profile.max_distance_km is not None and not pathway.remote:
            # spelled out, not through rules: within the limit plus the centroid allowance
            assert distance is not None
            assert distance <= profile.max_distance_km + constraints.DISTANCE_ALLOWANCE_KM
        assert 0.0 <= result.score <= 1.0
        assert 1 <= len(result.reasons) <= 3
        assert (result.eligible_now is False) == bool(result.barriers)
        assert (result.eligible_now is None) == bool(result.unknowns)
