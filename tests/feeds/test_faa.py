"""Find an apprenticeship: the real client against a loopback stand-in of the Display Advert
API v2 — every page, the headers, retries, mapping, what is kept, idempotence and closing."""

from __future__ import annotations

import json
import time

import pytest
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.feeds import FeedClient, FeedError, SyncResult, sync
from careers.models import FeedRun, IndexChange, Organisation, Pathway
from tests.factories import make_organisation
from tests.feeds import faa_pages
from tests.feeds.conftest import API_KEY
from tests.feeds.standins import StandIn


def quick_client() -> FeedClient:
    return FeedClient(timeout=5, retries=2, backoff=0.01)


def run(session: Session, config: Config) -> SyncResult:
    return sync(session, "faa", config, client=quick_client())


def pathway(session: Session, ref: str) -> Pathway:
    session.expire_all()
    found = session.scalar(select(Pathway).where(Pathway.ref == ref))
    assert found is not None, ref
    return found


def published(session: Session) -> set[str]:
    session.expire_all()
    return set(session.scalars(select(Pathway.ref).where(Pathway.status == "published")))


def index_changes(session: Session) -> int:
    return session.scalar(select(func.count(IndexChange.id))) or 0


def test_every_page_is_fetched_with_the_subscription_key_and_version_2(
    faa: StandIn, session: Session, config: Config
) -> None:
    result = run(session, config)
    assert faa.page_numbers() == [1, 2, 3]
    assert result.pages == 3 and result.fetched == 9
    for request in faa.requests:
        assert request.headers["Ocp-Apim-Subscription-Key"] == API_KEY
        assert request.headers["X-Version"] == "2"
        assert request.query["PageSize"] == "100"


def test_only_london_health_and_care_vacancies_are_kept(
    faa: StandIn, session: Session, config: Config
) -> None:
    result = run(session, config)
    assert published(session) == faa_pages.KEPT
    assert result.summary() == "5 new, 0 updated, 0 closed, 1 skipped"
    assert result.not_kept == 3  # Manchester, national, software developer
    assert result.status == "complete"


def test_a_bad_record_is_reported_with_its_reference_and_skipped_whole(
    faa: StandIn, session: Session, config: Config
) -> None:
    result = run(session, config)
    assert any("1000000009" in p and "closingDate" in p for p in result.problems)
    assert session.scalar(select(Pathway).where(Pathway.ref == "FAA-1000000009")) is None


def test_a_vacancy_is_mapped_field_by_field(faa: StandIn, session: Session, config: Config) -> None:
    kings = make_organisation(session, name="King’s College Hospital NHS Foundation Trust")
    session.commit()
    run(session, config)
    advert = pathway(session, "FAA-1000000001")
    assert advert.organisation_id == kings.id  # matched by its normalised name
    assert advert.type == "apprenticeship"
    assert advert.title == "Healthcare support worker apprentice"
    assert "Care for patients on a busy ward" in advert.description
    assert "Monday to Friday" in advert.description
    assert "South Thames College" in advert.description
    assert (advert.postcode, advert.borough_code) == ("SE5 9RS", "E09000028")
    assert advert.hours_per_week == 37.5
    assert (advert.pay_min, advert.pay_max, advert.pay_period) == (24000, 24000, "year")
    assert (advert.level, advert.lars_code, advert.standard_code) == (2, 122, "ST0216")
    assert str(advert.closing_date) == "2027-01-15"
    assert str(advert.start_date) == "2027-02-01"
    assert advert.disability_confident is True
    assert advert.apply_url == "https://jobs.kch.nhs.uk/apply/hcsw"
    assert advert.source == "faa" and advert.source_ref == "1000000001"
    assert advert.source_url is not None and advert.source_url.endswith("VAC1000000001")
    assert advert.source_seen_at is not None
    assert advert.is_example is False
    # no applicationUrl: the FAA advert is the apply link
    other = pathway(session, "FAA-1000000007")
    assert other.apply_url == other.source_url


def test_each_wage_type_becomes_pay(faa: StandIn, session: Session, config: Config) -> None:
    run(session, config)

    def pay(ref: str) -> tuple[float | None, float | None, str | None]:
        found = pathway(session, ref)
        return found.pay_min, found.pay_max, found.pay_period

    assert pay("FAA-1000000002") == (8.00, 8.00, "hour")  # ApprenticeshipMinimum, 2026 rate
    assert pay("FAA-1000000006") == (8.00, 12.71, "hour")  # NationalMinimum: 16-17 to 21+
    assert pay("FAA-1000000007") == (None, None, None)  # CompetitiveSalary: no figure
    assert "competitive salary" in pathway(session, "FAA-1000000007").description
    assert pay("FAA-1000000008") == (12.0, 12.0, "hour")  # Custom, £450 a week for 37.5 hours


def test_a_multi_site_vacancy_keeps_its_london_sites_as_the_employers(
    faa: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    advert = pathway(session, "FAA-1000000002")
    assert advert.postcode == "E1 1BB"
    employer = session.scalar(
        select(Organisation).where(Organisation.name == "Sunrise Home Care Ltd")
    )
    assert employer is not None and employer.type == "social_care"
    assert {site.postcode for site in employer.sites} == {"E1 1BB", "SW17 0QT"}


def test_a_429_is_retried_after_the_time_it_asks_for(
    faa: StandIn, session: Session, config: Config
) -> None:
    faa.script.append((429, {"Retry-After": "1"}))
    started = time.monotonic()
    result = run(session, config)
    assert time.monotonic() - started >= 1.0
    assert faa.page_numbers() == [1, 1, 2, 3]
    assert result.created == 5


def test_a_second_sync_changes_nothing(faa: StandIn, session: Session, config: Config) -> None:
    run(session, config)
    before_changes = index_changes(session)
    updated_at = pathway(session, "FAA-1000000001").updated_at
    seen_at = pathway(session, "FAA-1000000001").source_seen_at
    result = run(session, config)
    assert result.summary() == "0 new, 0 updated, 0 closed, 1 skipped"
    assert index_changes(session) == before_changes
    again = pathway(session, "FAA-1000000001")
    assert again.updated_at == updated_at
    assert seen_at is not None and again.source_seen_at is not None
    assert again.source_seen_at >= seen_at


def test_a_changed_vacancy_is_updated_and_reaches_the_index(
    faa: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    pages = faa_pages.catalogue()
    pages[0][0]["title"] = "Healthcare support worker apprentice (nights)"
    faa.pages = faa_pages.pages_of(pages)
    before = index_changes(session)
    result = run(session, config)
    assert result.summary() == "0 new, 1 updated, 0 closed, 1 skipped"
    assert pathway(session, "FAA-1000000001").title.endswith("(nights)")
    assert index_changes(session) == before + 1


def test_a_withdrawn_vacancy_is_closed_and_kept(
    faa: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    pages = faa_pages.catalogue()
    del pages[2][0]  # 1000000007 withdrawn
    faa.pages = faa_pages.pages_of(pages)
    result = run(session, config)
    assert result.summary() == "0 new, 0 updated, 1 closed, 1 skipped"
    closed = pathway(session, "FAA-1000000007")
    assert closed.status == "closed"
    assert published(session) == faa_pages.KEPT - {"FAA-1000000007"}
    removal = session.scalar(select(IndexChange).order_by(IndexChange.id.desc()).limit(1))
    assert removal is not None and (removal.pathway_id, removal.op) == (closed.id, "remove")
    # back on FAA: published again
    faa.pages = faa_pages.pages_of(faa_pages.catalogue())
    assert run(session, config).updated == 1
    assert pathway(session, "FAA-1000000007").status == "published"


def test_a_failed_sync_changes_nothing_and_is_recorded(
    faa: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    pages = faa_pages.catalogue()
    pages[0][0]["title"] = "Changed"
    del pages[2][0]
    faa.pages = faa_pages.pages_of(pages)
    faa.failing_pages = {3}
    before = index_changes(session)
    with pytest.raises(FeedError, match="503"):
        run(session, config)
    assert published(session) == faa_pages.KEPT
    assert pathway(session, "FAA-1000000001").title == "Healthcare support worker apprentice"
    assert index_changes(session) == before
    last = session.scalar(select(FeedRun).order_by(FeedRun.id.desc()).limit(1))
    assert last is not None and last.status == "failed" and "503" in (last.message or "")
    assert faa.page_numbers().count(3) == 1 + 3  # the first sync, then a try and 2 retries


def test_a_sync_with_an_unreadable_record_closes_nothing(
    faa: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    pages = faa_pages.catalogue()
    del pages[2][0]
    pages[1].append(faa_pages.vacancy("", title="No reference"))
    faa.pages = faa_pages.pages_of(pages)
    result = run(session, config)
    assert result.status == "partial" and result.closed == 0
    assert pathway(session, "FAA-1000000007").status == "published"


def test_without_an_api_key_the_sync_fails_saying_so(
    faa: StandIn, session: Session, config: Config
) -> None:
    config.FAA_API_KEY = None
    with pytest.raises(FeedError, match="CAREERS_FAA_API_KEY"):
        run(session, config)
    assert faa.requests == []


def test_synced_vacancies_are_found_by_plain_words_through_the_api(
    faa: StandIn, session: Session, config: Config, client: FlaskClient
) -> None:
    run(session, config)
    response = client.post("/api/v1/match", json={"about": "I would like to be a dental nurse"})
    assert response.status_code == 200
    refs = [result["ref"] for result in json.loads(response.data)["results"]]
    assert refs and refs[0] == "FAA-1000000007"
    assert set(refs) <= faa_pages.KEPT


def test_a_vacancy_that_turns_bad_is_skipped_not_closed(
    faa: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    pages = faa_pages.catalogue()
    pages[0][0]["wage"] = {"wageType": "Bonus", "wageUnit": "Annually"}
    pages[0][1]["title"] = "x" * 250  # refused by the interchange checks
    faa.pages = faa_pages.pages_of(pages)
    result = run(session, config)
    assert result.summary() == "0 new, 0 updated, 0 closed, 3 skipped"
    assert any("1000000001" in p and "wageType" in p for p in result.problems)
    assert any("1000000002" in p and "title" in p for p in result.problems)
    assert published(session) == faa_pages.KEPT
    assert pathway(session, "FAA-1000000002").title == "Adult care worker apprentice"


def test_a_very_long_retry_after_is_cut_short(faa: StandIn, session: Session) -> None:
    faa.script.append((503, {"Retry-After": "3600"}))
    client = FeedClient(timeout=5, retries=2, backoff=0.01, max_retry_after=1)
    started = time.monotonic()
    body = client.get(
        f"{faa.url}/vacancies/vacancy?PageNumber=1", {"Ocp-Apim-Subscription-Key": API_KEY}
    )
    assert json.loads(body)["totalPages"] == 3
    assert time.monotonic() - started < 5
