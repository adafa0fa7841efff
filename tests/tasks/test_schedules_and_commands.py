"""`careers jobs schedule` and `careers jobs list`; the periodic tasks do their work and each can
be switched off by configuration."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner, Result
from flask import Flask
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers import create_app
from careers.cli import main
from careers.models import Cohort, Event, Job, Pathway, utcnow
from careers.services import jobs
from tests.advisers.factories import make_cohort, make_school
from tests.commands.test_feeds import KEY, faa_server  # noqa: F401 (a fixture)
from tests.conftest import make_config
from tests.feeds.standins import StandIn


def _run(tmp_path: Path, database: str, *args: str, **env: str) -> Result:
    environ = {"DATABASE_URL": database, "CAREERS_DATA_DIR": str(tmp_path), **env}
    return CliRunner().invoke(main, list(args), env=environ)


def test_the_schedule_lists_every_periodic_task_and_whether_it_is_on(tmp_path: Path) -> None:
    database = f"sqlite:///{tmp_path / 'careers.db'}"
    result = _run(tmp_path, database, "jobs", "schedule", CAREERS_SCHEDULE_FEED_SYNC="off")
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line for line in result.output.splitlines() if line[:1] != " "}
    assert set(lines) == {
        "feed_sync",
        "cohort_expiry",
        "retention",
        "alerts_daily",
        "alerts_weekly",
        "employer_closing",
        "employer_reach_digest",
        "recover_stalled",
    }
    assert lines["feed_sync"].split()[1] == "off"
    assert "hourly" in lines["feed_sync"] and "CAREERS_SCHEDULE_FEED_SYNC" in lines["feed_sync"]
    assert lines["retention"].split()[1] == "on" and "nightly" in lines["retention"]
    assert lines["alerts_daily"].split()[1] == "on" and "careers alerts send" in result.output
    assert lines["alerts_weekly"].split()[1] == "on" and "Mondays" in lines["alerts_weekly"]


def test_a_task_switched_off_is_never_scheduled(tmp_path: Path, migrated_sqlite: Path) -> None:
    config = make_config(
        tmp_path,
        f"sqlite:///{migrated_sqlite}",
        SCHEDULE_FEED_SYNC=False,
        SCHEDULE_ALERTS_WEEKLY=False,
    )
    app = create_app(config)
    periodic = app.extensions["tasks"].periodic
    assert "feed_sync" not in periodic and "alerts_weekly" not in periodic
    assert {"alerts_daily", "retention", "cohort_expiry", "recover_stalled"} <= set(periodic)
    app.extensions["database"].dispose()


def test_jobs_list_shows_recent_jobs_their_state_and_why_one_failed(
    app: Flask, session: Session, config: object, tmp_path: Path
) -> None:
    done = jobs.create(session, "import", {}, total=250)
    done.status, done.done, done.attempts, done.finished_at = "done", 250, 1, utcnow()
    failed = jobs.create(session, "cohort_match", {}, total=40)
    failed.status, failed.error, failed.finished_at = "failed", jobs.STALLED_MESSAGE, utcnow()
    session.commit()

    result = _run(tmp_path, app.config["CAREERS"].DATABASE_URL, "jobs", "list")

    assert result.exit_code == 0, result.output
    assert "Waiting on the queue: 0" in result.output
    rows = [line.split() for line in result.output.splitlines()[1:] if line[:6].strip()]
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (str(failed.id), "cohort_match", "failed", "0%"),
        (str(done.id), "import", "done", "100%"),
    ]
    assert jobs.STALLED_MESSAGE in result.output


def test_retention_deletes_old_events_and_old_finished_jobs_only(
    app: Flask, session: Session
) -> None:
    today = dt.date.today()
    for age in (0, 729, 731, 2000):
        session.add(Event(day=today - dt.timedelta(days=age), kind="shown"))
    old = jobs.create(session, "import", {})
    old.status, old.finished_at = "done", utcnow() - dt.timedelta(days=91)
    recent = jobs.create(session, "import", {})
    recent.status, recent.finished_at = "done", utcnow() - dt.timedelta(days=89)
    session.commit()

    deleted = app.extensions["tasks"].periodic["retention"].call_local()

    assert deleted == {"events": 2, "jobs": 1}
    session.expire_all()
    days = sorted((today - day).days for day in session.scalars(select(Event.day)))
    assert days == [0, 729]
    assert [job.id for job in session.scalars(select(Job))] == [recent.id]


def test_cohort_expiry_deletes_cohorts_past_their_end_date(app: Flask, session: Session) -> None:
    organisation = make_school(session)
    make_cohort(session, organisation, expires_on=dt.date.today() - dt.timedelta(days=1))
    live = make_cohort(session, organisation)
    session.commit()

    assert app.extensions["tasks"].periodic["cohort_expiry"].call_local() == 1

    session.expire_all()
    assert list(session.scalars(select(Cohort.id))) == [live.id]


def test_the_hourly_feed_sync_brings_adverts_in(
    tmp_path: Path,
    migrated_sqlite: Path,
    faa_server: StandIn,  # noqa: F811
) -> None:
    database = tmp_path / "feeds.db"
    database.write_bytes(migrated_sqlite.read_bytes())
    config = make_config(
        tmp_path,
        f"sqlite:///{database}",
        FAA_API_URL=f"{faa_server.url}/vacancies",
        FAA_API_KEY=KEY,
        NHS_JOBS_URL=f"{faa_server.url}/no-such-feed",
        FEED_RETRIES=1,
    )
    app = create_app(config)
    with app.app_context():
        from careers.extensions import db
        from careers.services.seed import load_reference_data

        with db.new_session() as session:
            load_reference_data(session)
            session.commit()
        app.extensions["tasks"].periodic["feed_sync"].call_local()
        with db.new_session() as session:
            found = session.scalar(select(func.count(Pathway.id)).where(Pathway.source == "faa"))
    app.extensions["database"].dispose()
    assert found and found > 0
