"""The FAA and NHS Jobs syncs on PostgreSQL: kept set, idempotence, closing, a failed sync."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers import create_app
from careers.extensions import make_engine
from careers.feeds import FeedClient, FeedError, sync
from careers.models import FeedRun, Pathway
from careers.services.migrations import upgrade
from tests.conftest import make_config
from tests.feeds import faa_pages, nhs_jobs_pages
from tests.feeds.standins import StandIn, serve

pytestmark = pytest.mark.postgres


def published(session: Session) -> set[str]:
    session.expire_all()
    return set(session.scalars(select(Pathway.ref).where(Pathway.status == "published")))


def test_both_feeds_sync_and_close_on_postgresql(postgres_url: str, tmp_path: Path) -> None:
    upgrade(postgres_url)
    faa = StandIn(
        "/vacancies/vacancy",
        "PageNumber",
        "application/json",
        pages=faa_pages.pages_of(faa_pages.catalogue()),
        api_key="pg-key",
    )
    nhs = StandIn(
        "/api/v1/search_xml",
        "page",
        "application/xml",
        pages=nhs_jobs_pages.pages_of(nhs_jobs_pages.catalogue()),
    )
    engine = make_engine(postgres_url)
    client = FeedClient(timeout=5, retries=1, backoff=0.01)
    try:
        with serve(faa), serve(nhs), Session(engine) as session:
            config = make_config(tmp_path, postgres_url)
            config.FAA_API_URL, config.FAA_API_KEY = f"{faa.url}/vacancies", "pg-key"
            config.NHS_JOBS_URL = f"{nhs.url}/api/v1/search_xml"

            assert sync(session, "faa", config, client).created == 5
            assert sync(session, "nhs_jobs", config, client).created == 3
            assert published(session) == faa_pages.KEPT | nhs_jobs_pages.KEPT
            again = sync(session, "faa", config, client)
            assert again.summary() == "0 new, 0 updated, 0 closed, 1 skipped"

            pages = faa_pages.catalogue()
            del pages[0][0]
            faa.pages = faa_pages.pages_of(pages)
            assert sync(session, "faa", config, client).closed == 1
            assert published(session) == (faa_pages.KEPT | nhs_jobs_pages.KEPT) - {"FAA-1000000001"}

            app = create_app(config)
            response = app.test_client().post(
                "/api/v1/match", json={"about": "I would like to be a dental nurse"}
            )
            assert response.status_code == 200
            assert response.get_json()["results"][0]["ref"] == "FAA-1000000007"

            nhs.failing_pages = {2}
            with pytest.raises(FeedError):
                sync(session, "nhs_jobs", config, client)
            assert published(session) >= nhs_jobs_pages.KEPT
            statuses = list(session.scalars(select(FeedRun.status).order_by(FeedRun.id)))
            assert statuses == ["complete", "complete", "complete", "complete", "failed"]
    finally:
        engine.dispose()
