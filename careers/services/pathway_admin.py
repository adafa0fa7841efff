"""Employers' pathway use-cases: drafts, sections of the task list, publishing, moderation,
closing, duplicating and archiving. Each change is audited, and every change to what young
people can see calls `pathway_changed` in the caller's transaction.

A change to a live pathway must pass the same publish checks as a first publish (a check it
did not already fail stops the change). In an organisation whose postings are reviewed, a change
by its own staff becomes a pending revision: the live pathway stays as it was until a site admin
approves the revision (`approve_revision`) or sends it back (`return_revision`); the editor and
the moderator see it field by field (`revision_diff`). Dates, and closing early, stay instant.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import Organisation, Pathway, PathwayLink, Site, User, utcnow
from careers.services import audit, wage_rates
from careers.services.matcher import pathway_changed
from careers.services.publish_checks import Check, run_checks


@dataclass(frozen=True)
class Section:
    slug: str
    title: str
    fields: tuple[str, ...]
    required: bool = True


SECTIONS: tuple[Section, ...] = (
    Section("basics", "Basics", ("title", "type", "sector", "summary", "level", "standard_code")),
    Section("duties", "What you will do", ("description",)),
    Section("skills", "Skills and interests", ("skills", "interests")),
    Section(
        "entry", "Entry requirements", ("min_qualification_level", "gcse_english_maths", "min_age")
    ),
    Section("pay", "Pay and hours", ("pay_period", "pay_min", "pay_max", "hours_per_week")),
    Section("location", "Locations", ("postcode", "remote")),
    Section("dates", "Dates", ("closing_date", "start_date"), required=False),
    Section("apply", "How to apply", ("apply_url",)),
    Section("supports", "Who you support", ("supports",), required=False),
    Section("next_steps", "Next steps", ("next_steps",), required=False),
)
SECTIONS_BY_SLUG = {section.slug: section for section in SECTIONS}
EDITABLE_STATUSES = ("draft", "published")
LIVE = "published"
INSTANT_SECTIONS = ("dates",)  # live at once, even where changes are reviewed


class PathwayActionError(ValueError):
    """An action that cannot be done in the pathway's current state, or with failing checks."""

    def __init__(self, message: str, checks: list[Check] | None = None) -> None:
        super().__init__(message)
        self.checks = checks or []


def snapshot(pathway: Pathway) -> dict[str, Any]:
    values = {
        name: getattr(pathway, name) for s in SECTIONS for name in s.fields if name != "next_steps"
    }
    values["next_steps"] = [link.to_id for link in pathway.next_links]
    values["status"] = pathway.status
    return values


def section_status(pathway: Pathway, section: Section) -> str:
    """ "completed", "not started" or "optional"."""
    filled = [
        name
        for name in section.fields
        if (name == "next_steps" and pathway.next_links)
        or (name != "next_steps" and getattr(pathway, name) not in (None, "", []))
        or (name == "remote" and pathway.remote)
    ]
    if filled:
        return "completed"
    return "not started" if section.required else "optional"


def new_ref(session: Session, organisation: Organisation) -> str:
    prefix = "".join(word[0] for word in organisation.slug.split("-") if word)[:6].upper() or "ORG"
    while True:
        ref = f"{prefix}-{secrets.token_hex(3).upper()}"
        if session.scalar(select(Pathway.id).where(Pathway.ref == ref)) is None:
            return ref


def create_draft(
    session: Session, organisation: Organisation, actor: User, title: str, type: str
) -> Pathway:
    pathway = Pathway(
        ref=new_ref(session, organisation),
        organisation=organisation,
        type=type,
        title=title.strip(),
        description="",
        skills=[],
        interests=[],
        supports=[],
        status="draft",
    )
    session.add(pathway)
    session.flush()
    audit.record(
        session,
        actor,
        "pathway.created",
        "pathway",
        pathway.id,
        f"Started a draft: {pathway.title}",
        organisation_id=organisation.id,
    )
    return pathway


def assign(session: Session, pathway: Pathway, values: dict[str, Any]) -> None:
    """Set these fields (next steps as links; the place again when the postcode changes)."""
    for name, value in values.items():
        if name == "next_steps":
            _set_next_steps(session, pathway, value)
        elif name != "status":
            setattr(pathway, name, value)
    if "postcode" in values:
        _place(session, pathway)
    session.flush()


def codes(checks: list[Check]) -> set[str]:
    return {check.code for check in checks}


def reviews_changes(pathway: Pathway, actor: User) -> bool:
    """Whether a change to this live pathway by this person waits for a moderator."""
    return (
        pathway.status == LIVE
        and pathway.organisation.requires_moderation
        and actor.role != "site_admin"
    )


def update_section(
    session: Session,
    pathway: Pathway,
    actor: User,
    section: Section,
    values: dict[str, Any],
    today: dt.date | None = None,
) -> str:
    """Save a section's answers (a draft can be saved at any point). Returns "saved", "pending"
    (a live pathway's change waits for review) or "unchanged". A change to a live pathway that
    fails a publish check it did not fail before raises PathwayActionError and changes nothing."""
    if pathway.status not in EDITABLE_STATUSES:
        raise PathwayActionError("You can only change a draft or a published pathway.")
    today = today or dt.date.today()
    rates = wage_rates.from_database(session)
    live_rules = pathway.status == LIVE and section.slug not in INSTANT_SECTIONS
    failing_before = codes(run_checks(pathway, today, rates)) if live_rules else set()
    before = snapshot(pathway)
    assign(session, pathway, {k: v for k, v in values.items() if k in section.fields})
    after = snapshot(pathway)
    changes = audit.diff(before, after)
    if not changes:
        return "unchanged"
    if live_rules:
        new_problems = [
            check for check in run_checks(pathway, today, rates) if check.code not in failing_before
        ]
        if new_problems:
            assign(session, pathway, {name: before[name] for name in changes})
            raise PathwayActionError(
                "The live pathway has not changed: fix the problems first.", new_problems
            )
        if reviews_changes(pathway, actor):
            assign(session, pathway, {name: before[name] for name in changes})
            _propose(session, pathway, actor, section, {name: after[name] for name in changes})
            return "pending"
    if pathway.review_comments:
        for name in changes:
            pathway.review_comments.pop(name, None)
        pathway.review_comments = dict(pathway.review_comments) or None
    audit.record(
        session,
        actor,
        "pathway.edited",
        "pathway",
        pathway.id,
        f"Changed {section.title.lower()} of {pathway.title}",
        organisation_id=pathway.organisation_id,
        changes=changes,
    )
    if pathway.status == LIVE:
        pathway_changed(session, pathway.id)
    return "saved"


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _propose(
    session: Session, pathway: Pathway, actor: User, section: Section, proposed: dict[str, Any]
) -> None:
    propose(session, pathway, actor, proposed, f"a change to {section.title.lower()}")


def propose(
    session: Session,
    pathway: Pathway,
    actor: User | None,
    proposed: dict[str, Any],
    what: str = "a change",
) -> None:
    """Keep the change as (part of) the pathway's pending revision, for a moderator."""
    earlier = (pathway.pending_revision or {}).get("values", {})
    values = {**earlier, **{name: _jsonable(value) for name, value in proposed.items()}}
    pathway.pending_revision = {
        "values": values,
        "by": actor.id if actor else None,
        "at": utcnow().isoformat(),
    }
    current = snapshot(pathway)
    audit.record(
        session,
        actor,
        "pathway.revision_submitted",
        "pathway",
        pathway.id,
        f"Sent {what} of {pathway.title} for review",
        organisation_id=pathway.organisation_id,
        changes={name: (current.get(name), value) for name, value in proposed.items()},
    )


@dataclass(frozen=True)
class Difference:
    section: str
    field: str
    live: Any
    proposed: Any


def revision_diff(pathway: Pathway) -> list[Difference]:
    """The pending revision, field by field, in task-list order: what is live, what is asked."""
    proposed = (pathway.pending_revision or {}).get("values", {})
    current = snapshot(pathway)
    return [
        Difference(s.title, name, current.get(name), proposed[name])
        for s in SECTIONS
        for name in s.fields
        if name in proposed
    ]


def approve_revision(
    session: Session, pathway: Pathway, actor: User, today: dt.date | None = None
) -> None:
    """Make the pending revision live (it must still pass the checks)."""
    if pathway.status != LIVE or not pathway.pending_revision:
        raise PathwayActionError("This pathway has no change waiting for review.")
    proposed = dict(pathway.pending_revision.get("values", {}))
    before = snapshot(pathway)
    assign(session, pathway, proposed)
    checks = run_checks(pathway, today or dt.date.today(), wage_rates.from_database(session))
    if checks:
        assign(session, pathway, {name: before[name] for name in proposed})
        raise PathwayActionError("The change no longer passes the automatic checks.", checks)
    pathway.pending_revision = None
    audit.record(
        session,
        actor,
        "pathway.revision_approved",
        "pathway",
        pathway.id,
        f"Approved a change to {pathway.title}",
        organisation_id=pathway.organisation_id,
        changes=audit.diff(before, snapshot(pathway)),
    )
    pathway_changed(session, pathway.id)


def return_revision(session: Session, pathway: Pathway, actor: User, comment: str) -> None:
    """Turn the pending revision down; the live pathway stays as it is."""
    if not pathway.pending_revision:
        raise PathwayActionError("This pathway has no change waiting for review.")
    pathway.pending_revision = None
    comment = comment.strip()[:1000]
    pathway.review_comments = {"revision": comment} if comment else None
    audit.record(
        session,
        actor,
        "pathway.revision_returned",
        "pathway",
        pathway.id,
        f"Returned a change to {pathway.title}" + (f": {comment}" if comment else ""),
        organisation_id=pathway.organisation_id,
    )


def revision_queue(session: Session) -> list[Pathway]:
    """Live pathways with a change waiting for review (a JSON null is no revision)."""
    live = session.scalars(
        select(Pathway)
        .join(Organisation, Organisation.id == Pathway.organisation_id)
        .where(Pathway.status == LIVE, Organisation.requires_moderation.is_(True))
        .order_by(Pathway.updated_at)
    )
    return [pathway for pathway in live if pathway.pending_revision]


def _set_next_steps(session: Session, pathway: Pathway, ids: list[int]) -> None:
    allowed = set(
        session.scalars(
            select(Pathway.id).where(
                Pathway.organisation_id == pathway.organisation_id, Pathway.id != pathway.id
            )
        )
    )
    pathway.next_links = [
        PathwayLink(from_id=pathway.id, to_id=to_id, position=n)
        for n, to_id in enumerate(i for i in ids if i in allowed)
    ]


def _place(session: Session, pathway: Pathway) -> None:
    from careers.services import geo

    pathway.latitude = pathway.longitude = None
    pathway.borough_code = None
    if not pathway.postcode:
        return
    try:
        place = geo.lookup(session, pathway.postcode)
    except Exception:  # an unknown district leaves the place unset; the form checks it first
        return
    if place is not None:
        pathway.latitude = getattr(place, "latitude", None)
        pathway.longitude = getattr(place, "longitude", None)
        pathway.borough_code = getattr(place, "borough_code", None)


def publish(session: Session, pathway: Pathway, actor: User, today: dt.date | None = None) -> str:
    """Publish, or submit for review when the organisation's pathways are moderated.
    Returns the new status. Raises PathwayActionError with the failing checks."""
    if pathway.status not in ("draft",):
        raise PathwayActionError("Only a draft can be published or sent for review.")
    checks = run_checks(pathway, today, wage_rates.from_database(session))
    if checks:
        raise PathwayActionError("Fix the problems before you publish.", checks)
    if pathway.organisation.requires_moderation and actor.role != "site_admin":
        pathway.status = "in_review"
        pathway.review_comments = None
        audit.record(
            session,
            actor,
            "pathway.submitted",
            "pathway",
            pathway.id,
            f"Sent {pathway.title} for review",
            organisation_id=pathway.organisation_id,
        )
        return pathway.status
    _go_live(session, pathway, actor, "pathway.published", f"Published {pathway.title}")
    return pathway.status


def _go_live(session: Session, pathway: Pathway, actor: User, action: str, summary: str) -> None:
    pathway.status = LIVE
    pathway.review_comments = None
    pathway.published_at = utcnow()
    audit.record(
        session,
        actor,
        action,
        "pathway",
        pathway.id,
        summary,
        organisation_id=pathway.organisation_id,
        changes={"status": ("draft", LIVE)},
    )
    pathway_changed(session, pathway.id)


def approve(session: Session, pathway: Pathway, actor: User, today: dt.date | None = None) -> None:
    if pathway.status != "in_review":
        raise PathwayActionError("This pathway is not waiting for review.")
    checks = run_checks(pathway, today, wage_rates.from_database(session))
    if checks:
        raise PathwayActionError("It no longer passes the automatic checks.", checks)
    _go_live(session, pathway, actor, "pathway.approved", f"Approved and published {pathway.title}")


def return_for_changes(
    session: Session, pathway: Pathway, actor: User, comments: dict[str, str]
) -> None:
    comments = {field: text.strip() for field, text in comments.items() if text and text.strip()}
    if pathway.status != "in_review":
        raise PathwayActionError("This pathway is not waiting for review.")
    if not comments:
        raise PathwayActionError("Add a comment on at least one field that needs changing.")
    pathway.status = "draft"
    pathway.review_comments = comments
    audit.record(
        session,
        actor,
        "pathway.returned",
        "pathway",
        pathway.id,
        f"Returned {pathway.title} for changes",
        organisation_id=pathway.organisation_id,
        changes={"review_comments": (None, comments)},
    )


def close(session: Session, pathway: Pathway, actor: User, today: dt.date | None = None) -> None:
    """Close early: nobody new sees it; the closing date becomes today."""
    if pathway.status != LIVE:
        raise PathwayActionError("Only a published pathway can be closed.")
    today = today or dt.date.today()
    before = (pathway.status, pathway.closing_date)
    pathway.status = "closed"
    pathway.closing_date = today
    audit.record(
        session,
        actor,
        "pathway.closed",
        "pathway",
        pathway.id,
        f"Closed {pathway.title} early",
        organisation_id=pathway.organisation_id,
        changes={"status": (before[0], "closed"), "closing_date": (before[1], today)},
    )
    pathway_changed(session, pathway.id, removed=True)


def archive(session: Session, pathway: Pathway, actor: User) -> None:
    if pathway.status == "archived":
        raise PathwayActionError("This pathway is already archived.")
    was_live = pathway.status == LIVE
    before = pathway.status
    pathway.status = "archived"
    audit.record(
        session,
        actor,
        "pathway.archived",
        "pathway",
        pathway.id,
        f"Archived {pathway.title}",
        organisation_id=pathway.organisation_id,
        changes={"status": (before, "archived")},
    )
    if was_live:
        pathway_changed(session, pathway.id, removed=True)


def duplicate(session: Session, pathway: Pathway, actor: User, site: Site) -> Pathway:
    """A new draft with the same answers, placed at another of the organisation's sites."""
    if site.organisation_id != pathway.organisation_id:
        raise PathwayActionError("Choose one of your organisation's sites.")
    copy = Pathway(
        ref=new_ref(session, pathway.organisation),
        organisation_id=pathway.organisation_id,
        status="draft",
        **{
            name: getattr(pathway, name)
            for s in SECTIONS
            for name in s.fields
            if name not in ("next_steps", "postcode")
        },
    )
    copy.skills, copy.interests, copy.supports = (
        list(pathway.skills),
        list(pathway.interests),
        list(pathway.supports),
    )
    copy.postcode = site.postcode
    copy.latitude, copy.longitude, copy.borough_code = (
        site.latitude,
        site.longitude,
        site.borough_code,
    )
    copy.closing_date = pathway.closing_date
    session.add(copy)
    session.flush()
    audit.record(
        session,
        actor,
        "pathway.duplicated",
        "pathway",
        copy.id,
        f"Copied {pathway.title} ({pathway.ref}) to {site.name}",
        organisation_id=pathway.organisation_id,
    )
    return copy


def organisation_pathways(
    session: Session, organisation_id: int | None, status: str | None = None
) -> list[Pathway]:
    query = select(Pathway).order_by(Pathway.updated_at.desc(), Pathway.id.desc())
    if organisation_id is not None:
        query = query.where(Pathway.organisation_id == organisation_id)
    if status:
        query = query.where(Pathway.status == status)
    return list(session.scalars(query))


def review_queue(session: Session) -> list[Pathway]:
    return list(
        session.scalars(
            select(Pathway).where(Pathway.status == "in_review").order_by(Pathway.updated_at)
        )
    )
