"""An organisation administrator's team, profile and sites."""

from __future__ import annotations

import re

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import db
from careers.models import AuditEntry, Organisation, Site, User
from careers.services import mail
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation
from tests.html import assert_well_formed_page, page, text_of


def _actions(session: Session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def _admin(session: Session, client: FlaskClient, **organisation: str) -> User:
    admin = make_user(session, "org_admin", organisation=make_organisation(session, **organisation))
    session.commit()
    sign_in_as(client, admin)
    return admin


def test_the_team_lists_only_the_organisations_own_people(client: FlaskClient, session: Session):
    admin = _admin(session, client)
    colleague = make_user(session, "editor", organisation=admin.organisation)
    stranger = make_user(session, "editor")
    session.commit()
    soup = assert_well_formed_page(client.get("/employers/team"))
    table = text_of(soup, "#team")
    assert colleague.email in table and admin.email in table
    assert stranger.email not in table
    assert "Team" in [a.get_text(strip=True) for a in soup.select(".nhsuk-header__navigation a")]


def test_an_org_admin_invites_an_editor_who_gets_a_working_link(
    client: FlaskClient, session: Session, config: Config
):
    admin = _admin(session, client)
    response = client.post(
        "/employers/team/invite", data={"email": "New.Person@Example.nhs.uk", "role": "editor"}
    )
    assert response.status_code == 302
    invited = session.scalar(select(User).where(User.email == "new.person@example.nhs.uk"))
    assert invited is not None and invited.role == "editor"
    assert invited.organisation_id == admin.organisation_id and invited.password_hash is None
    [message] = mail.sent_messages(config)
    assert message["To"] == "new.person@example.nhs.uk"
    link = re.search(r"/invitation/[A-Za-z0-9_-]+", message.get_content())
    assert link is not None
    assert client.get(link.group(0)).status_code == 200
    assert "user.invited" in _actions(session)
    assert "Invited" in text_of(page(client.get("/employers/team")), "#team")


def test_only_schools_and_colleges_can_invite_careers_advisers(
    client: FlaskClient, session: Session
):
    _admin(session, client, type="nhs_trust")
    form = page(client.get("/employers/team/invite"))
    assert not form.select("input[value=adviser]")
    response = client.post(
        "/employers/team/invite", data={"email": "a@example.nhs.uk", "role": "adviser"}
    )
    assert response.status_code == 400
    assert session.scalar(select(User).where(User.email == "a@example.nhs.uk")) is None

    client2 = client.application.test_client()
    _admin(session, client2, type="school")
    assert page(client2.get("/employers/team/invite")).select("input[value=adviser]")
    response = client2.post(
        "/employers/team/invite", data={"email": "b@school.sch.uk", "role": "adviser"}
    )
    assert response.status_code == 302


def test_inviting_an_existing_email_says_so_and_writes_nothing(
    client: FlaskClient, session: Session, config: Config
):
    admin = _admin(session, client)
    response = client.post("/employers/team/invite", data={"email": admin.email, "role": "editor"})
    assert response.status_code == 400
    assert "already an account" in text_of(page(response), ".nhsuk-error-summary")
    assert mail.sent_messages(config) == []


def test_deactivating_someone_ends_their_sessions_and_reactivating_lets_them_back(
    client: FlaskClient, session: Session
):
    admin = _admin(session, client)
    editor = make_user(session, "editor", organisation=admin.organisation)
    session.commit()
    theirs = client.application.test_client()
    sign_in_as(theirs, editor)
    assert theirs.get("/employers/").status_code == 200

    response = client.post(f"/employers/team/{editor.id}/deactivate")
    assert response.status_code == 302
    assert theirs.get("/employers/").status_code == 302  # sent to sign in
    assert "Deactivated" in text_of(page(client.get("/employers/team")), "#team")

    client.post(f"/employers/team/{editor.id}/reactivate")
    db.session.expire_all()
    assert db.session.get(User, editor.id).active
    sign_in_as(theirs, db.session.get(User, editor.id))
    assert theirs.get("/employers/").status_code == 200
    assert _actions(session)[-2:] == ["user.deactivated", "user.reactivated"]


def test_nobody_can_deactivate_themselves(client: FlaskClient, session: Session):
    admin = _admin(session, client)
    client.post(f"/employers/team/{admin.id}/deactivate")
    db.session.expire_all()
    assert db.session.get(User, admin.id).active
    assert client.get("/employers/team").status_code == 200


def test_a_new_invitation_replaces_the_old_link(
    client: FlaskClient, session: Session, config: Config
):
    _admin(session, client)
    client.post("/employers/team/invite", data={"email": "c@example.nhs.uk", "role": "editor"})
    invited = session.scalar(select(User).where(User.email == "c@example.nhs.uk"))
    assert invited is not None
    assert client.post(f"/employers/team/{invited.id}/invitation").status_code == 302
    links = [
        re.findall(r"/invitation/[A-Za-z0-9_-]+", m.get_content())[0]
        for m in mail.sent_messages(config)
    ]
    # Both emails were written within the same second, so the outbox order is not theirs.
    assert sorted(client.get(link).status_code for link in links) == [200, 404]


def test_the_profile_is_edited_with_plain_errors_and_an_audit_entry(
    client: FlaskClient, reference_data: Session
):
    session = reference_data
    admin = _admin(session, client)
    soup = assert_well_formed_page(client.get("/employers/organisation"))
    assert admin.organisation.name in soup.get_text()
    response = client.post("/employers/organisation", data={"website": "not a website"})
    assert response.status_code == 400
    assert "Enter a web address" in text_of(page(response), ".nhsuk-error-summary")

    response = client.post(
        "/employers/organisation",
        data={
            "website": "https://www.kch.nhs.uk",
            "description": "Hospitals in south London.",
            "borough_code": "E09000028",
            "requires_moderation": "y",  # not theirs to change
            "name": "A new name",
        },
    )
    assert response.status_code == 302
    organisation = db.session.get(Organisation, admin.organisation_id)
    assert organisation.website == "https://www.kch.nhs.uk"
    assert organisation.borough_code == "E09000028"
    assert organisation.requires_moderation is False
    assert organisation.name != "A new name"
    entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "organisation.edited"
    assert entry.changes["website"] == ["https://www.example.nhs.uk", "https://www.kch.nhs.uk"]


def test_sites_are_added_with_a_real_postcode_placed_on_the_map(
    client: FlaskClient, reference_data: Session
):
    session = reference_data
    admin = _admin(session, client)
    response = client.post("/employers/sites/new", data={"name": "", "postcode": "nonsense"})
    assert response.status_code == 400
    errors = text_of(page(response), ".nhsuk-error-summary")
    assert "Enter the site's name" in errors and "Enter a real postcode" in errors
    response = client.post("/employers/sites/new", data={"name": "X", "postcode": "ZZ9 9ZZ"})
    assert "We cannot find this postcode. Check it" in page(response).get_text()

    response = client.post(
        "/employers/sites/new", data={"name": "King's College Hospital", "postcode": "se5 9rs"}
    )
    assert response.status_code == 302
    site = session.scalar(select(Site).where(Site.organisation_id == admin.organisation_id))
    assert site is not None and site.postcode == "SE5 9RS"
    assert site.latitude and site.longitude and site.borough_code == "E09000028"  # Southwark
    listing = assert_well_formed_page(client.get("/employers/sites"))
    assert "Southwark" in text_of(listing, "#sites")

    client.post(f"/employers/sites/{site.id}", data={"name": "Denmark Hill", "postcode": "SE5 9RS"})
    assert db.session.get(Site, site.id).name == "Denmark Hill"
    client.post(f"/employers/sites/{site.id}/remove")
    assert db.session.get(Site, site.id) is None
    assert _actions(session)[-3:] == ["site.added", "site.edited", "site.removed"]


def test_inviting_someone_with_an_account_elsewhere_looks_like_any_invitation(
    client: FlaskClient, session: Session, config: Config
):
    _admin(session, client)
    elsewhere = make_user(session, "editor")  # in another organisation
    session.commit()
    theirs = client.post(
        "/employers/team/invite", data={"email": elsewhere.email, "role": "editor"}
    )
    nobodys = client.post(
        "/employers/team/invite", data={"email": "fresh@example.nhs.uk", "role": "editor"}
    )
    assert theirs.status_code == nobodys.status_code == 302
    assert theirs.headers["Location"] == nobodys.headers["Location"]
    flashes = text_of(page(client.get("/employers/team")), "main")
    assert f"We have emailed an invitation to {elsewhere.email}" in flashes
    session.expire_all()
    assert session.get(User, elsewhere.id).organisation_id == elsewhere.organisation_id
    to_holder = [m for m in mail.sent_messages(config) if m["To"] == elsewhere.email]
    assert len(to_holder) == 1 and "already have an account" in to_holder[0].get_content()
