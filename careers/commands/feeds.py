"""`careers feeds sync faa|nhs-jobs|all` and `careers feeds status` (docs/feeds.md).

Exit codes: 0 done (a partial sync too: it says so); 1 a feed could not be read (nothing was
changed by that feed).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import click
from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import make_engine
from careers.feeds import SOURCE_NAMES, FeedError, apply_mapped, last_runs, saved, sync

CHOICES = {"faa": ("faa",), "nhs-jobs": ("nhs_jobs",), "all": ("faa", "nhs_jobs")}


@contextmanager
def _session(config: Config) -> Iterator[Session]:
    engine = make_engine(config.DATABASE_URL)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()


def register(main: click.Group) -> None:
    @main.group("feeds", help="Sync adverts from Find an apprenticeship and NHS Jobs.")
    def feeds() -> None:
        pass

    @feeds.command("sync", help="Fetch every page of a feed and bring the catalogue in line.")
    @click.argument("feed", type=click.Choice(list(CHOICES)))
    @click.option(
        "--pages",
        type=click.IntRange(1),
        help="Fetch at most this many pages (a partial sync: nothing is closed).",
    )
    def sync_command(feed: str, pages: int | None) -> None:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
        config = Config.from_env()
        failed = False
        for source in CHOICES[feed]:
            with _session(config) as session:
                try:
                    result = sync(session, source, config, max_pages=pages)
                except FeedError as exc:
                    click.echo(
                        f"{SOURCE_NAMES[source]}: the sync failed and changed nothing: {exc}",
                        err=True,
                    )
                    failed = True
                    continue
            for problem in result.problems:
                click.echo(f"skipped {problem}", err=True)
            note = "" if result.status == "complete" else " (partial: nothing was closed)"
            click.echo(f"{SOURCE_NAMES[source]}: {result.summary()}{note}")
            click.echo(f"  {result.not_kept} not kept (outside the area, or not health and care)")
        if failed:
            raise click.exceptions.Exit(1)

    @feeds.command("status", help="Show the last run of each feed.")
    def status_command() -> None:
        with _session(Config.from_env()) as session:
            for source, run in last_runs(session).items():
                name = SOURCE_NAMES[source]
                if run is None:
                    click.echo(f"{name}: never synced")
                    continue
                finished = run.finished_at or run.started_at
                click.echo(
                    f"{name}: {run.status} at {finished:%Y-%m-%d %H:%M} UTC, {run.pages} pages, "
                    f"{run.created} new, {run.updated} updated, {run.closed} closed, "
                    f"{run.skipped} skipped"
                )
                if run.message:
                    click.echo(f"  {run.message}")


def import_saved(path: str, skip_invalid: bool) -> bool:
    """`careers import` of a saved FAA v2 answer (.json) or NHS Jobs page (.xml): False when the
    file is neither. All or nothing unless skip_invalid; never closes anything."""
    source = saved.detect(path)
    if source is None:
        return False
    config = Config.from_env()
    with _session(config) as session:
        try:
            mapped = saved.map_file(session, config, path, source)
        except FeedError as exc:
            click.echo(f"{path}: {exc}", err=True)
            raise click.exceptions.Exit(1) from exc
        result = apply_mapped(session, source, mapped, complete=False)
        for problem in result.problems:
            click.echo(problem, err=True)
        if result.skipped and not skip_invalid:
            session.rollback()
            click.echo(
                f"Nothing was imported: {result.skipped} record"
                f"{'' if result.skipped == 1 else 's'} with problems. Fix them, or use "
                "--skip-invalid to import only the valid records.",
                err=True,
            )
            raise click.exceptions.Exit(1)
        session.commit()
    click.echo(
        f"Imported from {SOURCE_NAMES[source]}: {result.created} new, {result.updated} updated, "
        f"{result.skipped} skipped; {result.not_kept} not kept (outside the area, or not "
        "health and care)."
    )
    return True
