"""Commands for this area (filled in by its issue)."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add this area's commands to the `careers` group."""
