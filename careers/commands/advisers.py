"""`careers cohorts expire`: delete every cohort whose academic year has ended (run it daily)."""

from __future__ import annotations

import datetime as dt

import click

from careers.commands import make_app


def register(main: click.Group) -> None:
    @main.group("cohorts", help="Careers advisers' cohorts.")
    def cohorts_group() -> None:
        pass

    @cohorts_group.command(
        "expire", help="Delete cohorts past their end date, with all their students' data."
    )
    @click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None)
    def expire(today: dt.datetime | None) -> None:
        from careers.extensions import db
        from careers.services.cohorts import expire_cohorts

        app = make_app()
        with app.app_context(), db.new_session() as session:
            gone = expire_cohorts(session, (today or dt.datetime.now()).date())
            session.commit()
        click.echo(f"Deleted {len(gone)} expired {'cohort' if len(gone) == 1 else 'cohorts'}.")
