"""Jinja set-up: project templates first, then the NHS.UK macros; autoescape on for .jinja too.
Every template filter and global is registered here (filters: careers/formatting.py)."""

from __future__ import annotations

from flask import Flask, url_for
from jinja2 import ChainableUndefined, ChoiceLoader, FileSystemLoader, PackageLoader
from markupsafe import Markup

from careers import formatting, pathway_display
from careers.services import handoff, pathways
from careers.services.batch_matching import barrier_need
from careers.widgets import error_summary_items


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
    app.jinja_env.filters["barrier_need"] = barrier_need
    app.jinja_env.globals.update(
        apply_href=apply_href,
        closing_state=pathway_display.closing_state,
        is_new=pathway_display.is_new,
        entry_requirements=pathway_display.entry_requirements,
        error_summary_items=error_summary_items,
        level_name=pathway_display.level_name,
        next_steps=pathways.next_steps,
        pay_for=pathway_display.pay_for,
        qr_svg=qr_svg,
    )


def apply_href(ref: str, apply_url: str | None) -> str | None:
    """The apply button goes through /pathways/<ref>/apply (counted) when there is somewhere
    to apply."""
    return url_for("public.apply", ref=ref) if apply_url else None


def qr_svg(link: str, title: str) -> Markup:
    """A QR code for `link`, as inline SVG (services/handoff.py: segno's own markup)."""
    return Markup(handoff.qr_svg(link, title))  # noqa: S704 - made by segno from our own link
