"""Site admins: organisations (create, edit, moderation) and inviting users to any of them."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import db
from careers.models import AuditEntry, Organisation, User
from careers.services import mail
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation
from tests.html import assert_well_formed_page, page, text_of


def _site_admin(session: Session, client: FlaskClient) -> User:
    admin = make_user(session, "site_admin")
    session.commit()
    sign_in_as(client, admin)
    return admin


def test_a_site_admin_creates_an_organisation_then_invites_its_administrator(
    client: FlaskClient, session: Session, config: Config
):
    _site_admin(session, client)
    assert_well_formed_page(client.get("/admin/organisations/new"))
    response = client.post(
        "/admin/organisations/new",
        data={"name": "  Newham   Sixth Form College ", "type": "college"},
    )
    assert response.status_code == 302
    college = session.scalar(select(Organisation).where(Organisation.type == "college"))
    assert college is not None and college.name == "Newham Sixth Form College"
    assert college.requires_moderation is False
    assert response.headers["Location"].endswith(
        f"/admin/users/invite?organisation_id={college.id}"
    )

    form = page(client.get(response.headers["Location"]))
    assert form.select_one(f"option[value='{college.id}'][selected]") is not None
    response = client.post(
        "/admin/users/invite",
        data={
            "email": "adviser@newham.ac.uk",
            "organisation_id": str(college.id),
            "role": "adviser",
        },
    )
    assert response.status_code == 302
    invited = session.scalar(select(User).where(User.email == "adviser@newham.ac.uk"))
    assert invited is not None and invited.role == "adviser"
    assert invited.organisation_id == college.id
    [message] = mail.sent_messages(config)
    assert "/invitation/" in message.get_content()
    actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions == ["organisation.created", "user.invited"]


def test_duplicate_names_and_missing_types_are_refused_plainly(
    client: FlaskClient, session: Session
):
    _site_admin(session, client)
    existing = make_organisation(session)
    session.commit()
    response = client.post(
        "/admin/organisations/new", data={"name": existing.name.upper(), "type": "icb"}
    )
    assert response.status_code == 400
    assert "already an organisation" in text_of(page(response), ".nhsuk-error-summary")
    response = client.post("/admin/organisations/new", data={"name": "Somewhere"})
    assert "Select the type of organisation" in text_of(page(response), ".nhsuk-error-summary")


def test_invitations_must_match_the_organisation(client: FlaskClient, session: Session):
    _site_admin(session, client)
    trust = make_organisation(session, type="nhs_trust")
    session.commit()
    cases = [
        ({"organisation_id": str(trust.id), "role": "adviser"}, "Only schools and colleges"),
        ({"organisation_id": "", "role": "editor"}, "Choose the organisation"),
        ({"organisation_id": str(trust.id), "role": "site_admin"}, "do not belong"),
    ]
    for data, message in cases:
        response = client.post("/admin/users/invite", data={"email": "x@example.nhs.uk", **data})
        assert response.status_code == 400
        assert message in text_of(page(response), ".nhsuk-error-summary")
    assert session.scalar(select(User).where(User.email == "x@example.nhs.uk")) is None
    response = client.post(
        "/admin/users/invite",
        data={"email": "x@example.nhs.uk", "organisation_id": "", "role": "site_admin"},
    )
    assert response.status_code == 302


def test_a_site_admin_edits_an_organisation_and_turns_on_moderation(
    client: FlaskClient, session: Session
):
    _site_admin(session, client)
    organisation = make_organisation(session)
    editor = make_user(session, "editor", organisation=organisation)
    session.commit()
    soup = assert_well_formed_page(client.get(f"/admin/organisations/{organisation.id}"))
    assert editor.email in text_of(soup, "#members")
    response = client.post(
        f"/admin/organisations/{organisation.id}",
        data={"requires_moderation": "y", "website": "https://example.org", "borough_code": ""},
    )
    assert response.status_code == 302
    db.session.expire_all()
    changed = db.session.get(Organisation, organisation.id)
    assert changed.requires_moderation is True and changed.website == "https://example.org"
    entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.changes["requires_moderation"] == [False, True]
    listing = page(client.get("/admin/organisations"))
    assert "Yes" in text_of(listing, "tbody")


def test_a_site_admin_deactivates_anyone_from_the_users_page(client: FlaskClient, session: Session):
    _site_admin(session, client)
    editor = make_user(session, "editor")
    session.commit()
    assert client.post(f"/employers/team/{editor.id}/deactivate").headers["Location"] == (
        "/admin/users"
    )
    soup = assert_well_formed_page(client.get("/admin/users"))
    assert "Deactivated" in text_of(soup, "#users")
