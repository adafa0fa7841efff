"""Feeds' fixtures: the reference data, and FAA and NHS Jobs stand-ins on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy.orm import Session

from careers.config import Config
from tests.feeds import faa_pages, nhs_jobs_pages
from tests.feeds.standins import StandIn, serve

API_KEY = "test-subscription-key"


@pytest.fixture
def faa(config: Config, reference_data: Session) -> Iterator[StandIn]:
    standin = StandIn(
        path="/vacancies/vacancy",
        page_param="PageNumber",
        content_type="application/json",
        pages=faa_pages.pages_of(faa_pages.catalogue()),
        api_key=API_KEY,
    )
    with serve(standin):
        config.FAA_API_URL = f"{standin.url}/vacancies"
        config.FAA_API_KEY = API_KEY
        yield standin


@pytest.fixture
def nhs_jobs(config: Config, reference_data: Session) -> Iterator[StandIn]:
    standin = StandIn(
        path="/api/v1/search_xml",
        page_param="page",
        content_type="application/xml",
        pages=nhs_jobs_pages.pages_of(nhs_jobs_pages.catalogue()),
    )
    with serve(standin):
        config.NHS_JOBS_URL = f"{standin.url}/api/v1/search_xml"
        yield standin
