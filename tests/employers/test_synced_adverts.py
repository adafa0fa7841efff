"""Employers see their organisation's adverts synced from Find an apprenticeship read-only,
with a link to change them there."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import Pathway
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_pathway
from tests.html import page, text_of

FAA_URL = "https://www.findapprenticeship.service.gov.uk/apprenticeship/VAC1000000001"


def synced(session: Session, organisation: object) -> Pathway:
    return make_pathway(
        session,
        organisation=organisation,
        ref="FAA-1000000001",
        source="faa",
        source_ref="1000000001",
        source_url=FAA_URL,
    )


def test_a_synced_advert_is_listed_with_where_it_comes_from(
    client: FlaskClient, session: Session
) -> None:
    editor = make_user(session, "editor")
    synced(session, editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    assert "From Find an apprenticeship" in text_of(page(client.get("/employers/")), "table")


def test_a_synced_advert_is_read_only_with_a_link_to_change_it_on_faa(
    client: FlaskClient, session: Session
) -> None:
    editor = make_user(session, "editor")
    advert = synced(session, editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    tasks = page(client.get(f"/employers/pathways/{advert.id}"))
    link = tasks.find("a", string="Change this on Find an apprenticeship")
    assert link is not None and link["href"] == FAA_URL
    assert not tasks.select("a[href*='/sections/']")
    assert not tasks.select("form[action$='/close'], form[action$='/archive']")
    assert "you cannot change it here" in text_of(tasks, ".nhsuk-inset-text")


def test_changing_a_synced_advert_here_is_refused(client: FlaskClient, session: Session) -> None:
    editor = make_user(session, "editor")
    advert = synced(session, editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    base = f"/employers/pathways/{advert.id}"
    assert client.post(f"{base}/sections/basics", data={"title": "Changed"}).status_code == 409
    assert client.post(f"{base}/close").status_code == 409
    assert client.post(f"{base}/archive").status_code == 409
    session.expire_all()
    unchanged = session.get(Pathway, advert.id)
    assert unchanged is not None
    assert unchanged.status == "published" and unchanged.title != "Changed"


def test_an_advert_posted_here_can_still_be_changed(client: FlaskClient, session: Session) -> None:
    editor = make_user(session, "editor")
    own = make_pathway(session, organisation=editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    tasks = page(client.get(f"/employers/pathways/{own.id}"))
    assert tasks.select("a[href*='/sections/']")
    assert tasks.find("a", string="Change this on Find an apprenticeship") is None
