"""Property tests: no body, however odd, gets a 500 from POST /api/v1/match, and no answer ever
breaks a hard constraint. Hypothesis throws arbitrary JSON, arbitrary bytes, wrong content types
and near-valid profiles at a small but varied catalogue."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.extensions import limiter
from careers.matching.constraints import DISTANCE_ALLOWANCE_KM
from careers.models import PATHWAY_TYPES, SUPPORTS, Pathway, PostcodeDistrict
from careers.services.geo import distance_km
from tests.api.openapi_check import assert_documented
from tests.factories import make_pathway

TODAY = dt.date.today()
DISTRICTS = {  # outcode: (latitude, longitude)
    "SE15": (51.4700, -0.0650),
    "E1": (51.5155, -0.0590),
    "N17": (51.5960, -0.0700),
    "TW3": (51.4660, -0.3630),
}
PLACES = [(51.4682, -0.0937), (51.5190, -0.0590), (51.6000, -0.0700), (51.4700, -0.3600)]

settings.register_profile(
    "api",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=20), children, max_size=5)
    ),
    max_leaves=25,
)

words = st.sampled_from(
    ["I looked after my nan", "computers", "caring", "driving", "art", "", "  ", "🙂", "nurse"]
)
profiles = st.fixed_dictionaries(
    {},
    optional={
        "about": words | st.text(max_size=60) | json_values,
        "skills": st.lists(words, max_size=4) | json_values,
        "interests": st.lists(words, max_size=4),
        "qualification_level": st.integers(-2, 10) | json_values,
        "gcse_english_maths": st.booleans() | st.none() | json_values,
        "age": st.integers(10, 102) | st.floats(10, 100) | json_values,
        "postcode": st.sampled_from([*DISTRICTS, "SE15 4QT", "ZZ99", "W1A 0AX", "nope", ""]),
        "max_distance_km": st.floats(-1, 60) | st.integers(0, 5) | json_values,
        "types": st.lists(st.sampled_from([*PATHWAY_TYPES, "spaceship"]), max_size=3),
        "circumstances": st.lists(st.sampled_from([*SUPPORTS, "rich"]), max_size=3),
        "paid_only": st.booleans() | json_values,
        "limit": st.integers(-1, 60) | json_values,
    },
)


@pytest.fixture
def catalogue(session: Session) -> None:
    """Pathways that each break some constraint for someone: closed, far, remote, unpaid,
    age-limited, of every type, some drafts."""
    for outcode, (lat, lon) in DISTRICTS.items():
        session.merge(
            PostcodeDistrict(outcode=outcode, latitude=lat, longitude=lon, in_london=True)
        )
    kinds = [
        ("Healthcare support worker", "Help patients wash, dress and eat; care for older people."),
        ("IT service desk apprentice", "Fix computers and help staff with software and laptops."),
        ("Ambulance driver", "Drive patients to hospital appointments; a full licence needed."),
        ("Art therapy volunteer", "Run painting sessions with patients on a mental health ward."),
        ("Pharmacy assistant", "Prepare medicines and help people in the hospital pharmacy."),
    ]
    for n in range(30):
        title, description = kinds[n % len(kinds)]
        lat, lon = PLACES[n % len(PLACES)]
        make_pathway(
            session,
            ref=f"PROP-{n:02d}",
            title=title,
            description=description,
            type=PATHWAY_TYPES[n % len(PATHWAY_TYPES)],
            min_age=[None, 16, 18, 21][n % 4],
            closing_date=[None, TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(9)][
                n % 4 if n % 7 else 1
            ],
            latitude=None if n % 11 == 0 else lat,
            longitude=None if n % 11 == 0 else lon,
            remote=n % 9 == 0,
            pay_period=["year", "hour", "none", None][n % 4],
            pay_min=None if n % 4 >= 2 else 12.0,
            status="draft" if n % 13 == 0 else "published",
            min_qualification_level=n % 4,
            gcse_english_maths=n % 2 == 0,
        )
    session.commit()


def assert_no_hard_constraint_broken(session: Session, sent: dict[str, Any], body: Any) -> None:
    if not isinstance(sent.get("types"), list):
        sent = {**sent, "types": []}
    for result in body["results"]:
        pathway = session.scalar(select(Pathway).where(Pathway.ref == result["ref"]))
        assert pathway is not None and pathway.status == "published", result["ref"]
        assert pathway.closing_date is None or pathway.closing_date >= TODAY, result["ref"]
        if sent["types"]:
            assert pathway.type in sent["types"], result["ref"]
        if isinstance(sent.get("age"), int) and pathway.min_age is not None:
            assert pathway.min_age <= sent["age"], result["ref"]
        if sent.get("paid_only") is True:
            paid = pathway.pay_period in ("hour", "year") or (
                pathway.pay_period is None
                and pathway.type in ("job", "apprenticeship", "foundation_apprenticeship")
            )
            assert paid, result["ref"]
        outcode = str(sent.get("postcode", "")).upper().split(" ")[0]
        limit = sent.get("max_distance_km")
        if outcode in DISTRICTS and isinstance(limit, int | float) and not pathway.remote:
            assert pathway.latitude is not None and pathway.longitude is not None
            here = DISTRICTS[outcode]
            # within the limit plus the allowance for district-centre distances
            reach = limit + DISTANCE_ALLOWANCE_KM + 0.01
            assert distance_km(*here, pathway.latitude, pathway.longitude) <= reach


def check(client: FlaskClient, response: Any) -> Any:
    assert response.status_code in (200, 400, 413), response.data[:300]
    return assert_documented(response, "/match", "post")


@settings(settings.get_profile("api"))
@given(body=profiles)
def test_no_profile_gets_a_500_or_a_result_breaking_a_hard_constraint(
    client: FlaskClient, session: Session, catalogue: None, body: dict[str, Any]
) -> None:
    limiter.reset()
    response = client.post("/api/v1/match", json=body)
    answer = check(client, response)
    if response.status_code == 200:
        assert answer["count"] == len(answer["results"])
        limit = body.get("limit") if isinstance(body.get("limit"), int) else 10
        assert len(answer["results"]) <= limit
        assert_no_hard_constraint_broken(session, body, answer)


@settings(settings.get_profile("api"))
@given(value=json_values)
def test_no_json_value_gets_a_500(client: FlaskClient, catalogue: None, value: Any) -> None:
    limiter.reset()
    check(
        client,
        client.post("/api/v1/match", data=json.dumps(value), content_type="application/json"),
    )


@settings(settings.get_profile("api"))
@given(
    data=st.binary(max_size=300),
    content_type=st.sampled_from(
        [
            "application/json",
            "application/json; charset=latin-1",
            "text/plain",
            "multipart/form-data; boundary=x",
            "application/x-www-form-urlencoded",
            "application/xml",
            "",
            "application/vnd.api+json",
        ]
    ),
)
def test_no_bytes_of_any_content_type_get_a_500(
    client: FlaskClient, catalogue: None, data: bytes, content_type: str
) -> None:
    limiter.reset()
    check(client, client.post("/api/v1/match", data=data, content_type=content_type))
