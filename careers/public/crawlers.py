"""robots.txt and sitemap.xml: what search engines may read, and every public pathway page."""

from __future__ import annotations

from urllib.parse import quote
from xml.sax.saxutils import escape

from flask import Response, current_app, render_template_string

from careers.extensions import db
from careers.public import bp
from careers.services.sitemap import public_pages

ROBOTS = """User-agent: *
Disallow: /find/
Disallow: /shortlist
Disallow: /employers/
Disallow: /advisers/
Disallow: /api/
Sitemap: {{ base }}/sitemap.xml
"""


def _base() -> str:
    return str(current_app.config["CAREERS"].BASE_URL).rstrip("/")


@bp.get("/robots.txt")
def robots() -> Response:
    body = render_template_string(ROBOTS, base=_base())
    return Response(body, mimetype="text/plain")


@bp.get("/sitemap.xml")
def sitemap() -> Response:
    base = _base()
    lines = ['<?xml version="1.0" encoding="UTF-8"?>']
    lines.append('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    for entry in public_pages(db.session()):
        lines.append(f"<url><loc>{escape(base + quote(entry.path))}</loc>")
        if entry.updated:
            lines.append(f"<lastmod>{entry.updated.isoformat()}</lastmod>")
        lines.append("</url>")
    lines.append("</urlset>")
    return Response("\n".join(lines) + "\n", mimetype="application/xml")
