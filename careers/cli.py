"""The `careers` console script for operators. Each area adds its commands in careers/commands/."""

from __future__ import annotations

import click

from careers.commands import (
    advisers,
    alerts,
    api_keys,
    bench,
    catalogue,
    database,
    feeds,
    jobs,
    match_commands,
    users,
)


@click.group(help="London Health & Care Pathways: operator commands.")
def main() -> None:
    pass


database.register(main)
catalogue.register(main)
match_commands.register(main)
users.register(main)
bench.register(main)
advisers.register(main)
feeds.register(main)
api_keys.register(main)
jobs.register(main)
alerts.register(main)


if __name__ == "__main__":
    main()
