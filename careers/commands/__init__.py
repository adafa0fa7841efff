"""Command groups for the `careers` console script."""

from __future__ import annotations

from flask import Flask


def make_app() -> Flask:
    """The app, for commands that need its configuration and database."""
    from careers import create_app

    return create_app()
