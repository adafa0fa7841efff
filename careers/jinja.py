"""Jinja set-up: project templates first, then the NHS.UK macros; autoescape on for .jinja too."""

from __future__ import annotations

from flask import Flask
from jinja2 import ChainableUndefined, ChoiceLoader, FileSystemLoader, PackageLoader

from careers import formatting


def _autoescape(template_name: str | None) -> bool:
    if template_name is None:
        return True
    return template_name.endswith((".html", ".htm", ".xml", ".jinja", ".svg"))


def init_app(app: Flask) -> None:
    assert app.template_folder is not None
    app.jinja_loader = ChoiceLoader(
        [FileSystemLoader(str(app.template_folder)), PackageLoader("nhsuk_frontend_jinja")]
    )
    app.jinja_env.undefined = ChainableUndefined
    app.jinja_env.autoescape = _autoescape
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    formatting.register(app)
