"""Feeds: Atom and RSS 2.0 of the newest pathways for any browse filter (/pathways.atom?...,
/pathways.rss?...), and an iCalendar file per pathway's closing date."""

from __future__ import annotations

import dataclasses
from urllib.parse import urlencode, urlsplit

from flask import abort, current_app, make_response, render_template, request, url_for
from werkzeug.wrappers import Response

from careers.auth import now
from careers.calendar_file import closing_date_ics
from careers.extensions import db
from careers.public import bp
from careers.public.catalogue_forms import filters_from_args, query_pairs
from careers.services.pathways import public_pathway, search_pathways

FEED_SIZE = 50


def _feed(template: str, mimetype: str) -> Response:
    filters = dataclasses.replace(filters_from_args(request.args), sort="newest", page=1)
    result = search_pathways(db.session(), filters, per_page=FEED_SIZE)
    query = urlencode(query_pairs(dataclasses.replace(filters, sort="best")))
    base = current_app.config["CAREERS"].BASE_URL
    body = render_template(
        template,
        items=result.items,
        base=base,
        browse=f"{base}{url_for('public.pathways')}" + (f"?{query}" if query else ""),
        self_url=f"{base}{request.path}" + (f"?{query}" if query else ""),
        updated=max((p.published_at or p.created_at for p in result.items), default=now()),
    )
    response = make_response(body)
    response.mimetype = mimetype
    return response


@bp.get("/pathways.atom")
def pathways_atom() -> Response:
    return _feed("public/pathways_atom.xml", "application/atom+xml")


@bp.get("/pathways.rss")
def pathways_rss() -> Response:
    return _feed("public/pathways_rss.xml", "application/rss+xml")


@bp.get("/pathways/<ref>/closing-date.ics")
def pathway_closing_date(ref: str) -> Response:
    pathway = public_pathway(db.session(), ref) or abort(404)
    if pathway.closing_date is None:
        abort(404)
    base = current_app.config["CAREERS"].BASE_URL
    url = f"{base}{url_for('public.pathway', ref=pathway.ref)}"
    body = closing_date_ics(pathway, url, urlsplit(base).hostname or "localhost", now())
    response = make_response(body)
    response.mimetype = "text/calendar"
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{pathway.ref}-closing-date.ics"'
    )
    return response
