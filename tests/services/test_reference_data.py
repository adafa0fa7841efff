from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import ApprenticeshipStandard, Borough, Organisation, PostcodeDistrict
from careers.services import geo
from careers.services.seed import load_organisations, load_reference_data


def count(session: Session, column: object) -> int:
    return session.scalar(select(func.count(column))) or 0  # type: ignore[arg-type]


def test_reference_data_has_every_borough_in_five_ics_areas(reference_data: Session) -> None:
    boroughs = reference_data.scalars(select(Borough)).all()
    assert len(boroughs) == 33
    assert {b.ics for b in boroughs} == {
        "North Central London",
        "North East London",
        "North West London",
        "South East London",
        "South West London",
    }
    southwark = reference_data.get(Borough, "E09000028")
    assert southwark is not None and southwark.name == "Southwark"
    assert southwark.inner_outer == "Inner" and southwark.imd_rank


def test_a_london_postcode_gets_its_borough_and_decile(reference_data: Session) -> None:
    place = geo.lookup(reference_data, "se15 4qt")
    assert place is not None
    assert place.borough_code == "E09000028"
    assert place.in_london and place.imd_decile is not None


def test_a_postcode_outside_london_still_gets_a_distance(reference_data: Session) -> None:
    leeds = geo.lookup(reference_data, "LS1 4AP")
    dartford = geo.lookup(reference_data, "DA11")
    assert leeds is not None and not leeds.in_london
    assert dartford is not None and not dartford.in_london and dartford.borough_code is None


def test_standards_include_health_and_care(reference_data: Session) -> None:
    hcsw = reference_data.get(ApprenticeshipStandard, "ST0216")
    assert hcsw is not None and hcsw.level == 2
    assert reference_data.get(ApprenticeshipStandard, "ST0827") is not None


def test_loading_reference_data_twice_adds_nothing(reference_data: Session) -> None:
    before = count(reference_data, PostcodeDistrict.outcode)
    assert load_reference_data(reference_data) == {
        "boroughs": 0,
        "postcode_districts": 0,
        "apprenticeship_standards": 0,
    }
    assert count(reference_data, PostcodeDistrict.outcode) == before > 3000


def test_every_organisation_site_is_a_known_postcode(reference_data: Session) -> None:
    load_organisations(reference_data)
    load_organisations(reference_data)
    organisations = reference_data.scalars(select(Organisation)).all()
    assert len(organisations) >= 35
    for organisation in organisations:
        assert organisation.sites, organisation.name
        for site in organisation.sites:
            assert site.latitude is not None, (organisation.name, site.postcode)
            assert site.borough_code is not None, (organisation.name, site.postcode)
        if organisation.type in {"nhs_trust", "icb", "ambulance"}:
            assert organisation.ods_code, organisation.name
