"""Organisations, their staff and their sites: the org_admin's team screens and the site admin's
organisation screens. No request objects here; every change writes an audit entry."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import ORGANISATION_TYPES, Borough, Organisation, Site, User
from careers.services import audit, geo
from careers.services.accounts import (
    ADVISER_ORGANISATION_TYPES,
    AccountElsewhere,
    AccountError,
    Invitation,
    _unique_slug,
    find_user,
    invite_user,
)

__all__ = ["ADVISER_ORGANISATION_TYPES", "AccountElsewhere"]


def invitable_roles(organisation: Organisation | None) -> tuple[str, ...]:
    """The roles someone can be invited to in this organisation (None: site admins only)."""
    if organisation is None:
        return ("site_admin",)
    if organisation.type in ADVISER_ORGANISATION_TYPES:
        return ("org_admin", "editor", "adviser")
    return ("org_admin", "editor")


def invite_to_organisation(
    session: Session,
    email: str,
    role: str,
    organisation: Organisation | None,
    actor: User,
    now: dt.datetime | None = None,
) -> Invitation:
    """Invite someone to an existing organisation (or, with None, as a site admin)."""
    if role not in invitable_roles(organisation):
        if organisation is None:
            message = "Choose the organisation this person works for"
        elif role == "adviser":
            message = "Only schools and colleges have careers advisers"
        elif role == "site_admin":
            message = "Site administrators do not belong to an organisation: choose none"
        else:
            message = "Select a role"
        raise AccountError({"role": message})
    existing = find_user(session, email)
    if (
        existing is not None
        and actor.role != "site_admin"
        and existing.organisation_id != actor.organisation_id
    ):
        raise AccountElsewhere(existing)
    return invite_user(
        session,
        email,
        role,
        organisation.name if organisation else None,
        actor=actor,
        now=now,
    )


def organisation_users(session: Session, organisation_id: int) -> list[User]:
    return list(
        session.scalars(
            select(User).where(User.organisation_id == organisation_id).order_by(User.email)
        )
    )


def set_active(session: Session, user: User, active: bool, actor: User) -> None:
    """Deactivate (ending every session at once) or reactivate an account."""
    if user.id == actor.id:
        raise AccountError({"user": "You cannot deactivate your own account"})
    if user.active == active:
        return
    user.active = active
    user.session_epoch = (user.session_epoch or 0) + 1
    verb = "Reactivated" if active else "Deactivated"
    audit.record(
        session,
        actor,
        "user.reactivated" if active else "user.deactivated",
        "user",
        user.id,
        f"{verb} {user.email}",
        organisation_id=user.organisation_id,
        changes={"active": (not active, active)},
    )


def boroughs(session: Session) -> list[Borough]:
    return list(session.scalars(select(Borough).order_by(Borough.name)))


def update_organisation(
    session: Session,
    organisation: Organisation,
    actor: User,
    website: str | None,
    description: str | None,
    borough_code: str | None,
    requires_moderation: bool | None = None,
) -> dict[str, tuple[object, object]]:
    """Change the profile; `requires_moderation` is for site admins only (None: unchanged).
    Returns what changed."""
    if borough_code and session.get(Borough, borough_code) is None:
        raise AccountError({"borough_code": "Select a London borough from the list"})
    if requires_moderation is not None and actor.role != "site_admin":
        raise AccountError({"requires_moderation": "Only a site administrator can change this"})
    before = {
        "website": organisation.website,
        "description": organisation.description,
        "borough_code": organisation.borough_code,
        "requires_moderation": organisation.requires_moderation,
    }
    after: dict[str, object] = {
        "website": (website or "").strip() or None,
        "description": (description or "").strip() or None,
        "borough_code": borough_code or None,
    }
    if requires_moderation is not None:
        after["requires_moderation"] = requires_moderation
    changes = audit.diff(before, after)
    if changes:
        for name, (_, value) in changes.items():
            setattr(organisation, name, value)
        audit.record(
            session,
            actor,
            "organisation.edited",
            "organisation",
            organisation.id,
            f"Edited {organisation.name}: " + ", ".join(n.replace("_", " ") for n in changes),
            organisation_id=organisation.id,
            changes=changes,
        )
    return changes


def create_organisation(
    session: Session, name: str, type_: str, requires_moderation: bool, actor: User
) -> Organisation:
    name = " ".join(name.split())
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "Enter the organisation's name"
    elif len(name) > 200:
        errors["name"] = "The name must be 200 characters or fewer"
    elif session.scalar(
        select(Organisation.id).where(func.lower(Organisation.name) == name.lower())
    ):
        errors["name"] = "There is already an organisation with this name"
    if type_ not in ORGANISATION_TYPES:
        errors["type"] = "Select the type of organisation"
    if errors:
        raise AccountError(errors)
    organisation = Organisation(
        name=name,
        slug=_unique_slug(session, name),
        type=type_,
        requires_moderation=requires_moderation,
    )
    session.add(organisation)
    session.flush()
    audit.record(
        session,
        actor,
        "organisation.created",
        "organisation",
        organisation.id,
        f"Created organisation {name}",
        organisation_id=organisation.id,
        changes={"type": (None, type_), "requires_moderation": (None, requires_moderation)},
    )
    return organisation


def _place(session: Session, postcode: str) -> geo.Place:
    try:
        normal = geo.check_postcode(postcode, session, full=True)
    except geo.PostcodeError as error:
        raise AccountError({"postcode": str(error)}) from error
    place = geo.lookup(session, normal)
    assert place is not None  # check_postcode knows the district
    return place


def save_site(
    session: Session,
    organisation: Organisation,
    actor: User,
    name: str,
    postcode: str,
    site: Site | None = None,
) -> Site:
    """Add a site, or change one; the postcode must be real, and places it on the map."""
    name = " ".join((name or "").split())
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = "Enter the site's name, like King's College Hospital"
    elif len(name) > 200:
        errors["name"] = "The name must be 200 characters or fewer"
    place: geo.Place | None = None
    try:
        place = _place(session, postcode)
    except AccountError as error:
        errors.update(error.errors)
    if errors or place is None:
        raise AccountError(errors)
    before = (
        {"name": site.name, "postcode": site.postcode} if site else {"name": None, "postcode": None}
    )
    if site is None:
        site = Site(organisation_id=organisation.id, name=name, postcode=place.postcode)
        session.add(site)
    site.name, site.postcode = name, place.postcode
    site.latitude, site.longitude = place.latitude, place.longitude
    site.borough_code = place.borough_code
    session.flush()
    changes = audit.diff(before, {"name": name, "postcode": place.postcode})
    if changes:
        added = before["name"] is None
        audit.record(
            session,
            actor,
            "site.added" if added else "site.edited",
            "site",
            site.id,
            f"{'Added' if added else 'Edited'} site {name} ({place.postcode})",
            organisation_id=organisation.id,
            changes=changes,
        )
    return site


def remove_site(session: Session, site: Site, actor: User) -> None:
    audit.record(
        session,
        actor,
        "site.removed",
        "site",
        site.id,
        f"Removed site {site.name} ({site.postcode})",
        organisation_id=site.organisation_id,
        changes={"name": (site.name, None), "postcode": (site.postcode, None)},
    )
    session.delete(site)
