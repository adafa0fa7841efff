"""NHS Jobs: the real client against a loopback stand-in of the search XML API."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.feeds import FeedClient, FeedError, SyncResult, sync
from careers.models import Pathway
from tests.feeds import nhs_jobs_pages
from tests.feeds.standins import StandIn


def run(session: Session, config: Config) -> SyncResult:
    return sync(session, "nhs_jobs", config, client=FeedClient(timeout=5, retries=2, backoff=0.01))


def published(session: Session) -> set[str]:
    session.expire_all()
    return set(session.scalars(select(Pathway.ref).where(Pathway.status == "published")))


def pathway(session: Session, ref: str) -> Pathway:
    session.expire_all()
    found = session.scalar(select(Pathway).where(Pathway.ref == ref))
    assert found is not None, ref
    return found


def test_every_page_is_fetched_for_london(
    nhs_jobs: StandIn, session: Session, config: Config
) -> None:
    result = run(session, config)
    assert nhs_jobs.page_numbers() == [1, 2]
    assert {r.query["location"] for r in nhs_jobs.requests} == {"London"}
    assert result.fetched == 6


def test_only_london_entry_level_jobs_are_kept(
    nhs_jobs: StandIn, session: Session, config: Config
) -> None:
    result = run(session, config)
    assert published(session) == nhs_jobs_pages.KEPT
    assert result.summary() == "3 new, 0 updated, 0 closed, 1 skipped"
    assert any("A100-6" in p and "closeDate" in p for p in result.problems)


def test_an_nhs_jobs_advert_is_mapped(nhs_jobs: StandIn, session: Session, config: Config) -> None:
    run(session, config)
    job = pathway(session, "NHSJOBS-A100-1")
    assert job.type == "job"
    assert job.organisation.name == "King's College Hospital NHS Foundation Trust"
    assert job.organisation.type == "nhs_trust"
    assert (job.pay_min, job.pay_max, job.pay_period) == (24465, 25674, "year")
    assert job.postcode == "SE5 9RS"
    assert str(job.closing_date) == "2026-12-28"
    assert job.description.startswith("Support nurses to care for patients")
    assert job.apply_url == "https://www.jobs.nhs.uk/candidate/jobadvert/A100-1"
    assert (job.source, job.source_ref) == ("nhs_jobs", "A100-1")
    apprentice = pathway(session, "NHSJOBS-A100-2")
    assert apprentice.type == "apprenticeship" and apprentice.min_age == 16
    assert (apprentice.pay_min, apprentice.pay_period) == (8.0, "hour")
    assert {s.postcode for s in apprentice.organisation.sites} == {"SE1 7EH", "SE1 9RT"}


def test_a_second_sync_changes_nothing_and_a_withdrawn_job_closes(
    nhs_jobs: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    assert run(session, config).summary() == "0 new, 0 updated, 0 closed, 1 skipped"
    pages = nhs_jobs_pages.catalogue()
    del pages[1][1]  # the porter
    nhs_jobs.pages = nhs_jobs_pages.pages_of(pages)
    assert run(session, config).closed == 1
    assert pathway(session, "NHSJOBS-A100-5").status == "closed"


def test_a_page_that_is_not_xml_fails_the_sync_and_changes_nothing(
    nhs_jobs: StandIn, session: Session, config: Config
) -> None:
    run(session, config)
    nhs_jobs.pages[2] = b"<html>Service unavailable"
    with pytest.raises(FeedError, match="not XML"):
        run(session, config)
    assert published(session) == nhs_jobs_pages.KEPT


def test_a_429_is_retried(nhs_jobs: StandIn, session: Session, config: Config) -> None:
    nhs_jobs.script.append((429, {"Retry-After": "0"}))
    assert run(session, config).created == 3
    assert nhs_jobs.page_numbers() == [1, 1, 2]
