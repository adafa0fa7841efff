"""Pay checks against dated rates from seed_data/wage_rates.csv: the rate in force on the
pathway's start date; apprenticeships held back only below the legal apprentice rate."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Pathway, WageRate
from careers.services import wage_rates
from careers.services.publish_checks import run_checks, run_warnings

TODAY = dt.date(2026, 1, 15)


def _pathway(**fields: object) -> Pathway:
    defaults: dict[str, object] = {
        "type": "apprenticeship",
        "pay_period": "hour",
        "pay_min": 14.0,
        "hours_per_week": 37.5,
        "description": "You will help nurses care for patients on the ward.",
        "min_age": 16,
        "apply_url": "https://example.nhs.uk/apply",
        "start_date": None,
    }
    defaults.update(fields)
    return Pathway(**defaults)


def _codes(checks: list) -> set[str]:
    return {check.code for check in checks}


def test_the_seed_file_has_the_2025_26_london_living_wage_with_its_source():
    rates = wage_rates.from_file()
    living = rates.latest("london_living_wage", dt.date(2026, 1, 1))
    assert living is not None and living.hourly == 14.80
    assert "Living Wage Foundation" in living.source
    assert all(rate.source for rate in rates.rates)


def test_db_upgrade_loads_the_rates(session: Session):
    assert session.scalar(select(func.count(WageRate.id))) == len(wage_rates.read_file())
    assert set(wage_rates.from_database(session).rates) == set(wage_rates.read_file())


@pytest.mark.parametrize(
    ("pay", "blocks", "warns"),
    [
        (7.00, {"below_legal_minimum"}, set()),  # below the April 2025 apprentice rate, £7.55
        (8.00, set(), {"below_living_wage"}),  # legal, below the London Living Wage
        (14.80, set(), set()),
    ],
)
def test_an_apprenticeship_is_held_back_only_below_the_legal_apprentice_rate(
    pay: float, blocks: set[str], warns: set[str]
):
    pathway = _pathway(pay_min=pay)
    assert _codes(run_checks(pathway, TODAY)) & {"below_legal_minimum", "below_living_wage"} == (
        blocks
    )
    assert _codes(run_warnings(pathway, TODAY)) == warns


def test_the_warning_gives_london_living_wage_guidance():
    [warning] = run_warnings(_pathway(pay_min=9.0), TODAY)
    assert "legal for an apprentice" in warning.problem and "£14.80 an hour" in warning.problem
    assert "London Living Wage" in warning.fix


def test_a_job_below_the_london_living_wage_is_held_back():
    checks = run_checks(_pathway(type="job", pay_min=14.0), TODAY)
    assert "below_living_wage" in _codes(checks)
    assert "£14.80 an hour" in next(c.problem for c in checks if c.code == "below_living_wage")
    assert not run_warnings(_pathway(type="job", pay_min=14.0), TODAY)


def test_the_rate_in_force_on_the_start_date_is_used():
    # £7.80: legal in 2025/26 (apprentice rate £7.55), not from April 2026 (£8.00).
    starts_now = _pathway(pay_min=7.80, start_date=dt.date(2026, 2, 1))
    starts_later = _pathway(pay_min=7.80, start_date=dt.date(2026, 9, 1))
    assert "below_legal_minimum" not in _codes(run_checks(starts_now, TODAY))
    assert "below_legal_minimum" in _codes(run_checks(starts_later, TODAY))
    [check] = [c for c in run_checks(starts_later, TODAY) if c.code == "below_legal_minimum"]
    assert "£8.00 an hour from 1 April 2026" in check.problem


def test_a_job_before_the_2025_rate_was_announced_uses_the_2024_rate():
    pathway = _pathway(type="job", pay_min=14.0, start_date=dt.date(2025, 6, 1))
    assert "below_living_wage" not in _codes(run_checks(pathway, TODAY))  # £13.85 then


def test_reloading_follows_the_file(session: Session, tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text(
        "rate,hourly,applies_from,source\n"
        "london_living_wage,15.50,2026-10-01,Living Wage Foundation 2026/27 (test)\n"
    )
    assert wage_rates.load(session, path) == 1
    session.commit()
    [row] = session.scalars(select(WageRate)).all()
    assert (row.rate, row.hourly) == ("london_living_wage", 15.50)


def test_a_rate_without_a_source_is_refused(tmp_path):
    path = tmp_path / "rates.csv"
    path.write_text("rate,hourly,applies_from,source\napprentice,8.00,2026-04-01,\n")
    with pytest.raises(ValueError, match="line 2"):
        wage_rates.read_file(path)


@pytest.mark.parametrize(
    ("text", "replacement"),
    [
        ("Our service is rated good by the CQC.", "Care Quality Commission"),
        ("You will fill in MAR charts.", "record the medicines given"),
        ("Help people with their ADLs.", "washing, dressing and eating"),
        ("You will work towards NMC registration.", "Nursing and Midwifery Council"),
        ("You will support service users at home.", "the people you support"),
        ("A domiciliary care role.", "care in people’s own homes"),
        ("Join our reablement team.", "confidence back at home"),
        ("Deliver each care package on time.", "the support a person gets"),
        ("Work across our PCN.", "GP surgeries working together"),
        ("A role funded by ARRS.", "new roles in GP surgeries"),
        ("You will need an enhanced DBS.", "criminal record check"),
        ("Wear PPE at all times.", "gloves, aprons and masks"),
    ],
)
def test_care_community_and_primary_care_jargon_is_caught_with_plain_words(
    text: str, replacement: str
):
    from careers.services.publish_checks import unexplained_jargon

    [found] = unexplained_jargon(text)
    assert replacement in found


def test_care_terms_explained_in_brackets_pass():
    from careers.services.publish_checks import unexplained_jargon

    text = (
        "You will support service users (the people who use our service) with ADLs "
        "(everyday tasks like washing) and fill in MAR charts (medicine records)."
    )
    assert unexplained_jargon(text) == []
