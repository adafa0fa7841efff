"""`careers feeds sync|status` and `careers import` of saved feed answers, end to end: a fresh
database (`careers db upgrade` only), a stand-in FAA on 127.0.0.1, and the match API."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers import create_app
from careers.cli import main
from careers.extensions import make_engine
from careers.models import Pathway
from tests.conftest import make_config
from tests.feeds import faa_pages, nhs_jobs_pages
from tests.feeds.standins import StandIn, serve

Run = Callable[..., Result]
KEY = "cli-test-key"


@pytest.fixture
def faa_server() -> Iterator[StandIn]:
    standin = StandIn(
        path="/vacancies/vacancy",
        page_param="PageNumber",
        content_type="application/json",
        pages=faa_pages.pages_of(faa_pages.catalogue()),
        api_key=KEY,
    )
    with serve(standin):
        yield standin


@pytest.fixture
def database(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'fresh.db'}"


@pytest.fixture
def run(tmp_path: Path, database: str, faa_server: StandIn) -> Run:
    env = {
        "DATABASE_URL": database,
        "CAREERS_DATA_DIR": str(tmp_path),
        "CAREERS_FAA_API_URL": f"{faa_server.url}/vacancies",
        "CAREERS_FAA_API_KEY": KEY,
        "CAREERS_NHS_JOBS_URL": f"{faa_server.url}/no-such-feed",
        "CAREERS_FEED_RETRIES": "1",
    }

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), env=env)

    assert invoke("db", "upgrade").exit_code == 0
    return invoke


def refs(database: str, status: str = "published") -> set[str]:
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            return set(session.scalars(select(Pathway.ref).where(Pathway.status == status)))
    finally:
        engine.dispose()


def matched(tmp_path: Path, database: str, about: str) -> list[str]:
    app = create_app(make_config(tmp_path, database))
    response = app.test_client().post("/api/v1/match", json={"about": about})
    assert response.status_code == 200
    return [result["ref"] for result in json.loads(response.data)["results"]]


def test_a_fresh_database_syncs_exactly_the_london_health_and_care_vacancies(
    run: Run, database: str, faa_server: StandIn, tmp_path: Path
) -> None:
    result = run("feeds", "sync", "faa")
    assert result.exit_code == 0, result.output
    assert "Find an apprenticeship: 5 new, 0 updated, 0 closed, 1 skipped" in result.output
    assert "FAA 1000000009: closingDate" in result.output
    assert refs(database) == faa_pages.KEPT
    assert matched(tmp_path, database, "I would like to be a dental nurse")[0] == "FAA-1000000007"

    pages = faa_pages.catalogue()
    del pages[2][0]  # FAA withdraws the dental nurse vacancy
    faa_server.pages = faa_pages.pages_of(pages)
    again = run("feeds", "sync", "faa")
    assert "0 new, 0 updated, 1 closed, 1 skipped" in again.output
    assert refs(database, "closed") == {"FAA-1000000007"}
    assert "FAA-1000000007" not in matched(tmp_path, database, "I would like to be a dental nurse")


def test_status_shows_the_last_run_of_each_feed(run: Run) -> None:
    assert "never synced" in run("feeds", "status").output
    run("feeds", "sync", "faa")
    output = run("feeds", "status").output
    assert "Find an apprenticeship: complete at" in output
    assert "3 pages, 5 new, 0 updated, 0 closed, 1 skipped" in output
    assert "NHS Jobs: never synced" in output


def test_a_feed_that_cannot_be_read_exits_1_and_is_shown_in_status(run: Run, database: str) -> None:
    result = run("feeds", "sync", "all")
    assert result.exit_code == 1
    assert "Find an apprenticeship: 5 new" in result.output
    assert "NHS Jobs: the sync failed and changed nothing" in result.output
    assert "NHS Jobs: failed at" in run("feeds", "status").output
    assert refs(database) == faa_pages.KEPT


def test_a_partial_sync_closes_nothing(run: Run, database: str, faa_server: StandIn) -> None:
    run("feeds", "sync", "faa")
    pages = faa_pages.catalogue()
    del pages[2][0]
    faa_server.pages = faa_pages.pages_of(pages)
    result = run("feeds", "sync", "faa", "--pages", "2")
    assert "(partial: nothing was closed)" in result.output
    assert refs(database) == faa_pages.KEPT


def test_import_takes_a_saved_faa_answer(run: Run, database: str, tmp_path: Path) -> None:
    pages = faa_pages.catalogue()
    saved = tmp_path / "faa.json"
    saved.write_bytes(faa_pages.page(pages[0] + pages[1], 1))
    result = run("import", str(saved))
    assert result.exit_code == 0, result.output
    assert "Imported from Find an apprenticeship: 3 new, 0 updated, 0 skipped" in result.output
    assert refs(database) == {"FAA-1000000001", "FAA-1000000002", "FAA-1000000006"}


def test_import_of_a_saved_answer_with_a_bad_record_writes_nothing_unless_asked(
    run: Run, database: str, tmp_path: Path
) -> None:
    saved = tmp_path / "faa.json"
    saved.write_bytes(faa_pages.page(faa_pages.catalogue()[2], 1))
    refused = run("import", str(saved))
    assert refused.exit_code == 1
    assert "FAA 1000000009: closingDate" in refused.output
    assert "Nothing was imported" in refused.output
    assert refs(database) == set()
    assert run("import", str(saved), "--skip-invalid").exit_code == 0
    assert refs(database) == {"FAA-1000000007", "FAA-1000000008"}


def test_import_takes_a_saved_nhs_jobs_page(run: Run, database: str, tmp_path: Path) -> None:
    saved = tmp_path / "nhs-jobs.xml"
    saved.write_bytes(nhs_jobs_pages.page(nhs_jobs_pages.catalogue()[0], 1))
    result = run("import", str(saved))
    assert result.exit_code == 0, result.output
    assert "Imported from NHS Jobs: 2 new" in result.output
    assert refs(database) == {"NHSJOBS-A100-1", "NHSJOBS-A100-2"}


def test_seed_without_examples_loads_reference_data_and_organisations_only(
    run: Run, database: str
) -> None:
    result = run("seed", "--no-examples")
    assert result.exit_code == 0, result.output
    assert "no example pathways" in result.output
    assert refs(database) == set()
    synced = run("feeds", "sync", "faa")  # the reference data is there without any example
    assert "5 new" in synced.output
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            kings = session.scalar(select(Pathway).where(Pathway.ref == "FAA-1000000001"))
            assert kings is not None and kings.organisation.type == "nhs_trust"
            assert kings.organisation.slug == "kings-college-hospital-nhs-foundation-trust"
    finally:
        engine.dispose()


def test_seed_with_examples_marks_them_as_examples(run: Run, database: str) -> None:
    assert run("seed", "--examples").exit_code == 0
    engine = make_engine(database)
    try:
        with Session(engine) as session:
            flags = set(session.scalars(select(Pathway.is_example)))
            assert flags == {True}
    finally:
        engine.dispose()
