"""Email to staff about their organisation's pathways, as each person chooses on their email
settings page (User.email_reviews, email_closing, email_reach_digest):
- a pathway (or a change to a live one) returned with comments, or approved;
- a pathway that closes in 7 days (the daily `employer_closing` task);
- a weekly digest of reach, with the reach pages' suppression (opt in; `employer_reach_digest`).
Only active staff who can edit the organisation's pathways (org_admin, editor) are emailed."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from careers.config import Config
from careers.models import Organisation, Pathway, User
from careers.services import mail, reach
from careers.services.pathways import live

log = logging.getLogger(__name__)

EDITING_ROLES = ("org_admin", "editor")
OUTCOMES = ("approved", "returned", "change_approved", "change_returned")
CLOSING_IN_DAYS = 7


def _staff(session: Session, organisation_id: int, wants: str) -> Sequence[User]:
    return session.scalars(
        select(User)
        .where(
            User.organisation_id == organisation_id,
            User.active.is_(True),
            User.role.in_(EDITING_ROLES),
            getattr(User, wants).is_(True),
        )
        .order_by(User.id)
    ).all()


def _send(config: Config, user: User, template: str, **context: Any) -> bool:
    """One staff email; a mail server that will not take it is logged, not raised (the
    moderation or the schedule that sent it has already done its work)."""
    try:
        mail.send_template(config, user.email, template, **context)
    except mail.MailError as error:
        log.warning("Could not send %s to user %s: %s", template, user.id, error)
        return False
    return True


def _pathway_link(config: Config, pathway: Pathway) -> str:
    return f"{config.BASE_URL}/employers/pathways/{pathway.id}"


def _settings_link(config: Config) -> str:
    return f"{config.BASE_URL}/employers/email-settings"


def reviewed(session: Session, config: Config, pathway: Pathway, outcome: str) -> int:
    """Tell the organisation's staff (who want it) that a moderator approved or returned the
    pathway or a change to it; returns how many were emailed. Call after the commit."""
    assert outcome in OUTCOMES
    comments = [(field, text) for field, text in (pathway.review_comments or {}).items() if text]
    sent = 0
    for user in _staff(session, pathway.organisation_id, "email_reviews"):
        sent += _send(
            config,
            user,
            "pathway_reviewed",
            pathway=pathway,
            outcome=outcome,
            comments=comments,
            link=_pathway_link(config, pathway),
            settings=_settings_link(config),
        )
    return sent


def closing_soon(session: Session, config: Config, today: dt.date) -> int:
    """Email staff (who want it) about each of their live pathways closing in exactly 7 days
    (the task runs daily, so each closing date is told once); returns how many emails."""
    day = today + dt.timedelta(days=CLOSING_IN_DAYS)
    pathways = session.scalars(
        select(Pathway)
        .where(live(today), Pathway.closing_date == day)
        .order_by(Pathway.organisation_id, Pathway.title)
    ).all()
    by_organisation: dict[int, list[Pathway]] = {}
    for pathway in pathways:
        by_organisation.setdefault(pathway.organisation_id, []).append(pathway)
    sent = 0
    for organisation_id, closing in by_organisation.items():
        for user in _staff(session, organisation_id, "email_closing"):
            sent += _send(
                config,
                user,
                "pathways_closing",
                pathways=[(p, _pathway_link(config, p)) for p in closing],
                day=day,
                settings=_settings_link(config),
            )
    return sent


def reach_digests(session: Session, config: Config, today: dt.date) -> int:
    """The weekly reach digest for the last 7 days, to staff who opted in (figures under 10
    are not shown, as on the reach pages); returns how many emails."""
    since = today - dt.timedelta(days=7)
    organisations = session.scalars(
        select(Organisation)
        .join(User, User.organisation_id == Organisation.id)
        .where(User.email_reach_digest.is_(True), User.active.is_(True))
        .options(selectinload(Organisation.pathways))
        .distinct()
    ).all()
    sent = 0
    for organisation in organisations:
        found = reach.reach(session, organisation_id=organisation.id, since=since)
        for user in _staff(session, organisation.id, "email_reach_digest"):
            sent += _send(
                config,
                user,
                "reach_digest",
                organisation=organisation,
                totals={kind: reach.shown(count) for kind, count in found.totals.items()},
                deprived_share=found.deprived_share,
                since=since,
                today=today,
                link=f"{config.BASE_URL}/employers/reach",
                settings=_settings_link(config),
            )
    return sent
