"""`careers db upgrade`: migrate the database named by DATABASE_URL."""

from __future__ import annotations

import click

from careers.config import Config
from careers.services.migrations import upgrade


def register(main: click.Group) -> None:
    @main.group("db", help="Database commands.")
    def db_group() -> None:
        pass

    @db_group.command("upgrade", help="Apply every migration (creates the database if needed).")
    def db_upgrade() -> None:
        config = Config.from_env()
        upgrade(config.DATABASE_URL)
        click.echo("Database is up to date.")
