"""`careers seed`, `careers import PATH` and `careers export PATH`: the catalogue's data commands.

Exit codes: 0 done; 1 the file has problems (each printed as `line N: field: message`, nothing
written) or could not be read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click
from sqlalchemy.orm import Session

from careers.commands import feeds
from careers.config import Config
from careers.extensions import make_engine
from careers.services import interchange
from careers.services.seed import seed


@contextmanager
def _session() -> Iterator[Session]:
    engine = make_engine(Config.from_env().DATABASE_URL)
    try:
        with Session(engine, expire_on_commit=False) as session:
            yield session
    finally:
        engine.dispose()


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def register(main: click.Group) -> None:
    @main.command("seed", help="Load reference data, organisations and the example pathways.")
    @click.option("--if-empty", is_flag=True, help="Do nothing if any pathway exists.")
    @click.option(
        "--examples/--no-examples",
        default=True,
        show_default=True,
        help="Load the example pathways, or only the reference data and organisations.",
    )
    def seed_command(if_empty: bool, examples: bool) -> None:
        with _session() as session:
            try:
                result = seed(session, if_empty=if_empty, examples=examples)
            except interchange.ImportRejected as exc:
                session.rollback()
                for message in exc.report.messages():
                    click.echo(message, err=True)
                raise click.exceptions.Exit(1) from exc
            session.commit()
        if result.skipped:
            click.echo("The catalogue already has pathways; nothing seeded.")
            return
        pathways = result.pathways
        if pathways is None:
            added = _plural(result.organisations_added, "new organisation")
            click.echo(f"Seeded the reference data and {added}; no example pathways.")
            return
        click.echo(
            f"Seeded {_plural(result.organisations_added, 'new organisation')} and "
            f"{_plural(pathways.created + pathways.updated, 'example pathway')} "
            f"({pathways.created} new, {pathways.updated} updated)."
        )

    @main.command(
        "import",
        help="Import pathways from a .jsonl, .json or .csv file, or a saved Find an "
        "apprenticeship (v2 .json) or NHS Jobs (.xml) answer.",
    )
    @click.argument("path", type=click.Path(dir_okay=False))
    @click.option(
        "--skip-invalid", is_flag=True, help="Import the valid records and skip the others."
    )
    def import_command(path: str, skip_invalid: bool) -> None:
        if feeds.import_saved(path, skip_invalid):
            return
        with _session() as session:
            try:
                report = interchange.validate(session, interchange.parse_file(path))
            except interchange.FileError as exc:
                click.echo(f"{path}: {exc}", err=True)
                raise click.exceptions.Exit(1) from exc
            for message in report.messages():
                click.echo(message, err=True)
            if not report.ok and not skip_invalid:
                click.echo(
                    f"Nothing was imported: {_plural(len(report.problems), 'problem')} in "
                    f"{_plural(len(report.invalid_rows), 'record')}. Fix them, or use "
                    "--skip-invalid to import only the valid records.",
                    err=True,
                )
                raise click.exceptions.Exit(1)
            result = interchange.apply(session, report, skip_invalid=skip_invalid)
            session.commit()
        click.echo(
            f"Imported {_plural(result.created + result.updated, 'pathway')}: "
            f"{result.created} new, {result.updated} updated, {result.skipped} skipped."
        )

    @main.command("export", help="Export every pathway to a .jsonl, .json or .csv file.")
    @click.argument("path", type=click.Path(dir_okay=False, writable=True))
    def export_command(path: str) -> None:
        with _session() as session:
            try:
                count = interchange.export(session, path)
            except interchange.FileError as exc:
                click.echo(f"{path}: {exc}", err=True)
                raise click.exceptions.Exit(1) from exc
        click.echo(f"Exported {_plural(count, 'pathway')} to {path}.")
