"""robots.txt and sitemap.xml: search engines find every public pathway page, and nothing
private or invented."""

from __future__ import annotations

from xml.etree import ElementTree

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from tests.factories import make_pathway

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(client: FlaskClient) -> list[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    root = ElementTree.fromstring(response.data)  # noqa: S314 - our own answer
    return [loc.text or "" for loc in root.findall("s:url/s:loc", NS)]


def test_the_sitemap_lists_every_public_pathway_page_and_its_organisation(
    client: FlaskClient, session: Session
) -> None:
    live = make_pathway(session, ref="FAA-1000000001")
    make_pathway(session, ref="DRAFT-1", status="draft")
    make_pathway(session, ref="GONE-1", status="closed")
    make_pathway(session, ref="EXAMPLE-1", is_example=True)
    session.commit()
    found = locations(client)
    assert "http://127.0.0.1:8000/pathways/FAA-1000000001" in found
    assert f"http://127.0.0.1:8000/organisations/{live.organisation.slug}" in found
    assert "http://127.0.0.1:8000/" in found
    assert not [url for url in found if "DRAFT-1" in url or "GONE-1" in url or "EXAMPLE" in url]
    for url in found:  # every listed page is there
        assert client.get(url.removeprefix("http://127.0.0.1:8000")).status_code == 200


def test_robots_keeps_crawlers_out_of_private_pages_and_points_at_the_sitemap(
    client: FlaskClient,
) -> None:
    response = client.get("/robots.txt")
    assert response.mimetype == "text/plain"
    lines = response.get_data(as_text=True).splitlines()
    for private in ("/find/", "/shortlist", "/employers/", "/advisers/", "/api/"):
        assert f"Disallow: {private}" in lines
    assert "Sitemap: http://127.0.0.1:8000/sitemap.xml" in lines
