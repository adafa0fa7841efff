"""Email to staff: returned or approved, closing in 7 days, the weekly reach digest, and each
person's email settings; through a real SMTP server on loopback."""

from __future__ import annotations

import datetime as dt

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.config import Config
from careers.models import Event
from careers.services import employer_mail, mail
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import page
from tests.mail_server import Server

TODAY = dt.date.today()


@pytest.fixture
def config(config: Config, smtp_server: Server) -> Config:
    for key, value in smtp_server.settings().items():
        setattr(config, key, value)
    return config


def test_staff_are_emailed_when_a_pathway_is_returned_with_comments_and_when_it_is_approved(
    client: FlaskClient, session: Session, smtp_server: Server
) -> None:
    organisation = make_organisation(session, requires_moderation=True)
    editor = make_user(session, "editor", organisation=organisation)
    quiet = make_user(session, "editor", organisation=organisation, email_reviews=False)
    admin = make_user(session, "site_admin")
    pathway = make_pathway(
        session, organisation=organisation, status="in_review", title="Ward host"
    )
    session.commit()
    sign_in_as(client, admin)

    client.post(
        f"/admin/moderation/{pathway.id}",
        data={"decision": "return", "comment-description": "Say what a typical day is like."},
    )
    [returned] = smtp_server.inbox.to(editor.email)
    assert returned["Subject"] == "Changes needed: Ward host"
    for part in (mail.text_of(returned), mail.html_of(returned)):
        assert "Say what a typical day is like." in part
        assert f"/employers/pathways/{pathway.id}" in part and "/employers/email-settings" in part

    pathway.status = "in_review"
    session.commit()
    client.post(f"/admin/moderation/{pathway.id}", data={"decision": "approve"})
    approved = smtp_server.inbox.to(editor.email)[-1]
    assert approved["Subject"] == "Approved and published: Ward host"
    assert smtp_server.inbox.to(quiet.email) == []


def test_the_email_settings_page_keeps_each_persons_choices(
    client: FlaskClient, session: Session
) -> None:
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    shown = page(client.get("/employers/email-settings"))
    ticked = {box["value"] for box in shown.select("input[name=wanted][checked]")}
    assert ticked == {"email_reviews", "email_closing"}  # the reach digest is opt-in

    client.post("/employers/email-settings", data={"wanted": ["email_reach_digest"]})
    session.refresh(editor)
    assert (editor.email_reviews, editor.email_closing, editor.email_reach_digest) == (
        False,
        False,
        True,
    )


def test_staff_hear_once_that_a_pathway_closes_in_7_days(
    session: Session, config: Config, smtp_server: Server
) -> None:
    organisation = make_organisation(session)
    editor = make_user(session, "editor", organisation=organisation)
    make_user(session, "editor", organisation=organisation, email_closing=False)
    make_pathway(
        session,
        organisation=organisation,
        title="Porter",
        closing_date=TODAY + dt.timedelta(days=7),
    )
    make_pathway(
        session, organisation=organisation, title="Cook", closing_date=TODAY + dt.timedelta(days=8)
    )
    session.commit()

    assert employer_mail.closing_soon(session, config, TODAY) == 1
    [message] = smtp_server.inbox.received
    assert message.recipients == [editor.email]
    text = mail.text_of(message.message)
    assert "Porter" in text and "Cook" not in text
    # The next day it is the cook's turn, and the porter is not told again.
    assert employer_mail.closing_soon(session, config, TODAY + dt.timedelta(days=1)) == 1
    later = mail.text_of(smtp_server.inbox.received[-1].message)
    assert "Cook" in later and "Porter" not in later


def test_the_weekly_reach_digest_goes_only_to_those_who_opt_in_and_hides_small_numbers(
    session: Session, config: Config, smtp_server: Server
) -> None:
    organisation = make_organisation(session, name="Lambeth Care")
    wants = make_user(session, "editor", organisation=organisation, email_reach_digest=True)
    make_user(session, "editor", organisation=organisation)
    pathway = make_pathway(session, organisation=organisation)
    for _ in range(23):
        session.add(
            Event(
                day=TODAY,
                kind="shown",
                pathway_id=pathway.id,
                organisation_id=organisation.id,
                imd_decile=2,
                age_band="16_17",
            )
        )
    for _ in range(3):
        session.add(
            Event(
                day=TODAY,
                kind="apply",
                pathway_id=pathway.id,
                organisation_id=organisation.id,
                imd_decile=2,
                age_band="16_17",
            )
        )
    session.add(
        Event(
            day=TODAY - dt.timedelta(days=30),
            kind="detail",
            pathway_id=pathway.id,
            organisation_id=organisation.id,
            imd_decile=2,
            age_band="16_17",
        )
    )
    session.commit()

    assert employer_mail.reach_digests(session, config, TODAY) == 1
    [message] = smtp_server.inbox.received
    assert message.recipients == [wants.email]
    text = mail.text_of(message.message)
    assert "shown to young people: 25" in text  # rounded to 5
    assert "applied for (the apply button pressed): fewer than 10" in text
    assert "opened: 0" in text  # last month's view is not this week's
