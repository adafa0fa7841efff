"""Email alerts without an account: "email me new matches" from browse or from results.

Double opt-in: an alert sends nothing until the link in its confirmation email is followed
(for someone under 16 that email goes to the adult they name, whose address is not kept).
`send_digests` (careers alerts send --frequency daily|weekly, on the schedule in
careers/tasks.py) emails each confirmed alert of that frequency the live pathways that match it,
were published after it was made and it has not sent before; an alert with nothing new gets no
email. Every digest carries a one-click unsubscribe link (RFC 8058 headers too) and a link to
manage it. Links are signed with the app's key (itsdangerous): nothing is stored to check them,
and deleting the alert kills them.

What is kept (and the privacy page says so): the email address, the list choices (keywords only
if they ticked to keep them), the postcode district, the frequency, when it was made, confirmed,
last clicked and last sent, and which pathways it has sent. Unconfirmed alerts go after 7 days;
confirmed ones after six months without a click (any link in a digest, or the manage page).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer, URLSafeTimedSerializer
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from careers.config import Config
from careers.formatting import label
from careers.models import ALERT_FREQUENCIES, PATHWAY_TYPES, SECTORS, Alert, AlertSent, Pathway
from careers.services import mail
from careers.services.accounts import EMAIL_PATTERN
from careers.services.geo import distance_km, lookup
from careers.services.pathways import PER_PAGE_MAX, WORKING_PATTERNS, Filters, search_pathways

UNCONFIRMED_DAYS = 7
KEEP_DAYS = 183  # six months without a click
MOST_IN_AN_EMAIL = 20
CONFIRM_SALT = "alert-confirm"
ALERT_SALT = "alert"

PATTERN_WORDS = {
    "part_time": "part-time",
    "evenings_weekends": "evenings or weekends",
    "school_hours": "school hours",
}


class AlertError(ValueError):
    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(errors.values()))
        self.errors = errors


# --- what an alert looks for -------------------------------------------------------------


def criteria_of(
    filters: Filters, keep_keywords: bool = False, distance_km: float | None = None
) -> dict[str, Any]:
    """The list choices worth keeping: browse filters, and keywords only when they ticked."""
    criteria: dict[str, Any] = {
        "types": list(filters.types),
        "sectors": list(filters.sectors),
        "levels": list(filters.levels),
        "boroughs": list(filters.boroughs),
        "patterns": list(filters.patterns),
    }
    if filters.organisation:
        criteria["organisation"] = filters.organisation
    if filters.disability_confident:
        criteria["disability_confident"] = True
    if keep_keywords and filters.q:
        criteria["q"] = filters.q
    if distance_km is not None:
        criteria["distance_km"] = distance_km
    return {key: value for key, value in criteria.items() if value}


def filters_of(criteria: dict[str, Any]) -> Filters:
    def strings(key: str, allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
        values = criteria.get(key) or []
        return tuple(str(v) for v in values if allowed is None or v in allowed)

    return Filters(
        q=str(criteria.get("q", "")),
        types=strings("types", PATHWAY_TYPES),
        sectors=strings("sectors", SECTORS),
        levels=tuple(int(v) for v in criteria.get("levels") or []),
        boroughs=strings("boroughs"),
        organisation=str(criteria.get("organisation", "")),
        disability_confident=bool(criteria.get("disability_confident")),
        patterns=strings("patterns", WORKING_PATTERNS),
        sort="newest",
    )


def describe(
    criteria: dict[str, Any], outcode: str | None, borough_names: dict[str, str]
) -> list[str]:
    """What the alert looks for, in words, one line a choice (for its pages and emails)."""
    lines = []
    if criteria.get("q"):
        lines.append(f"Words: {criteria['q']}")
    if criteria.get("types"):
        lines.append("Kind: " + ", ".join(label(v) for v in criteria["types"]))
    if criteria.get("sectors"):
        lines.append("Area of work: " + ", ".join(label(v) for v in criteria["sectors"]))
    if criteria.get("levels"):
        lines.append("Level: " + ", ".join(str(v) for v in criteria["levels"]))
    if criteria.get("boroughs"):
        names = [borough_names.get(v, v) for v in criteria["boroughs"]]
        lines.append("Borough: " + ", ".join(names))
    if criteria.get("patterns"):
        lines.append("Hours: " + ", ".join(PATTERN_WORDS.get(v, v) for v in criteria["patterns"]))
    if criteria.get("organisation"):
        lines.append(f"Employer: {criteria['organisation']}")
    if criteria.get("disability_confident"):
        lines.append("Disability Confident employers only")
    if outcode and criteria.get("distance_km"):
        lines.append(f"Within {criteria['distance_km']:g} km of {outcode}")
    elif outcode:
        lines.append(f"Near {outcode}")
    return lines or ["Every new pathway"]


# --- subscribing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Subscription:
    email: str
    frequency: str
    criteria: dict[str, Any]
    outcode: str | None = None
    under_16: bool = False
    adult_email: str = ""


def _check(subscription: Subscription) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not EMAIL_PATTERN.match(subscription.email) or len(subscription.email) > 254:
        errors["email"] = "Enter an email address in the correct format, like name@example.com"
    if subscription.frequency not in ALERT_FREQUENCIES:
        errors["frequency"] = "Choose how often you want an email"
    if subscription.under_16:
        adult = subscription.adult_email
        if not adult:
            errors["adult_email"] = "Enter the email address of a parent, carer or other adult"
        elif not EMAIL_PATTERN.match(adult) or len(adult) > 254:
            errors["adult_email"] = (
                "Enter an email address in the correct format, like name@example.com"
            )
        elif adult.lower() == subscription.email.lower():
            errors["adult_email"] = "Enter an adult's email address, not your own"
    return errors


def subscribe(
    session: Session, config: Config, subscription: Subscription, now: dt.datetime
) -> Alert:
    """Make an unconfirmed alert and email the confirmation link (to the adult, for someone
    under 16). Raises AlertError with a message per field."""
    errors = _check(subscription)
    if errors:
        raise AlertError(errors)
    alert = Alert(
        email=subscription.email.strip(),
        criteria=subscription.criteria,
        outcode=subscription.outcode,
        frequency=subscription.frequency,
        created_at=now,
        last_active_at=now,
    )
    session.add(alert)
    session.flush()
    link = f"{config.BASE_URL}/alerts/confirm/{confirm_token(config, alert)}"
    looks_for = describe(alert.criteria, alert.outcode, {})
    if subscription.under_16:
        mail.send_template(
            config,
            subscription.adult_email.strip(),
            "alert_confirm_adult",
            link=link,
            email=alert.email,
            frequency=alert.frequency,
            looks_for=looks_for,
        )
    else:
        mail.send_template(
            config,
            alert.email,
            "alert_confirm",
            link=link,
            frequency=alert.frequency,
            looks_for=looks_for,
        )
    return alert


def confirm_token(config: Config, alert: Alert) -> str:
    return str(URLSafeTimedSerializer(config.SECRET_KEY, salt=CONFIRM_SALT).dumps(alert.id))


def confirm(session: Session, config: Config, token: str, now: dt.datetime) -> Alert | None:
    """Confirm the alert a confirmation link names; None when the link is wrong, too old or the
    alert has gone."""
    serializer = URLSafeTimedSerializer(config.SECRET_KEY, salt=CONFIRM_SALT)
    try:
        alert_id = serializer.loads(token, max_age=UNCONFIRMED_DAYS * 24 * 3600)
    except BadSignature:
        return None
    alert = session.get(Alert, alert_id) if isinstance(alert_id, int) else None
    if alert is None:
        return None
    if alert.confirmed_at is None:
        alert.confirmed_at = now
    alert.last_active_at = now
    return alert


# --- managing -----------------------------------------------------------------------------


def token_for(config: Config, alert: Alert) -> str:
    return str(URLSafeSerializer(config.SECRET_KEY, salt=ALERT_SALT).dumps(alert.id))


def alert_for(session: Session, config: Config, token: str) -> Alert | None:
    """The confirmed alert a manage or unsubscribe link names, or None."""
    try:
        alert_id = URLSafeSerializer(config.SECRET_KEY, salt=ALERT_SALT).loads(token)
    except BadSignature:
        return None
    alert = session.get(Alert, alert_id) if isinstance(alert_id, int) else None
    return alert if alert is not None and alert.confirmed_at is not None else None


def expires_on(alert: Alert) -> dt.date:
    return (alert.last_active_at + dt.timedelta(days=KEEP_DAYS)).date()


def touch(alert: Alert, now: dt.datetime) -> None:
    """A click: the alert is kept for another six months."""
    alert.last_active_at = now


def change_frequency(alert: Alert, frequency: str, now: dt.datetime) -> None:
    if frequency not in ALERT_FREQUENCIES:
        raise AlertError({"frequency": "Choose how often you want an email"})
    alert.frequency = frequency
    touch(alert, now)


def remove(session: Session, alert: Alert) -> None:
    """Delete the alert and the list of what it sent: nothing of it is left."""
    session.execute(delete(AlertSent).where(AlertSent.alert_id == alert.id))
    session.delete(alert)


def expire(session: Session, now: dt.datetime) -> int:
    """Delete unconfirmed alerts older than 7 days and alerts without a click for six months."""
    stale = session.scalars(
        select(Alert).where(
            (
                Alert.confirmed_at.is_(None)
                & (Alert.created_at < now - dt.timedelta(days=UNCONFIRMED_DAYS))
            )
            | (Alert.last_active_at < now - dt.timedelta(days=KEEP_DAYS))
        )
    ).all()
    for alert in stale:
        remove(session, alert)
    return len(stale)


# --- sending -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    pathway: Pathway
    reason: str


def _reason(pathway: Pathway, alert: Alert, near: tuple[float, float] | None) -> str:
    parts = [label(pathway.type)]
    if pathway.sector and alert.criteria.get("sectors"):
        parts.append(f"in {label(pathway.sector).lower()}")
    if pathway.borough is not None:
        parts.append(f"in {pathway.borough.name}")
    words = " ".join(parts)
    if near is not None and pathway.latitude is not None and pathway.longitude is not None:
        km = distance_km(near[0], near[1], pathway.latitude, pathway.longitude)
        words += f", about {km:.0f} km from {alert.outcode}"
    if alert.criteria.get("patterns"):
        words += (
            ", with " + " or ".join(PATTERN_WORDS[p] for p in alert.criteria["patterns"]) + " hours"
        )
    return f"{words}: it matches what you asked for."


def new_matches(session: Session, alert: Alert, today: dt.date) -> list[Match]:
    """Live pathways that match the alert, published after it was made, not sent to it yet."""
    sent = set(session.scalars(select(AlertSent.pathway_id).where(AlertSent.alert_id == alert.id)))
    filters = filters_of(alert.criteria)
    place = lookup(session, alert.outcode) if alert.outcode else None
    near = (place.latitude, place.longitude) if place is not None else None
    result = search_pathways(
        session,
        dataclasses.replace(filters, near=near),
        per_page=PER_PAGE_MAX,
        today=today,
        published_since=alert.created_at,
    )
    within = alert.criteria.get("distance_km")
    matches = []
    for pathway in result.items:
        if pathway.id in sent:
            continue
        if within and near is not None and not pathway.remote:
            if pathway.latitude is None or pathway.longitude is None:
                continue
            if distance_km(near[0], near[1], pathway.latitude, pathway.longitude) > within:
                continue
        matches.append(Match(pathway, _reason(pathway, alert, near)))
    return matches


def unsubscribe_headers(link: str) -> dict[str, str]:
    """RFC 2369 and RFC 8058: mail apps show an unsubscribe button that POSTs to the link."""
    return {
        "List-Unsubscribe": f"<{link}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def send_digests(session: Session, config: Config, frequency: str, now: dt.datetime) -> int:
    """Email every confirmed alert of this frequency what is new for it; returns how many
    emails were sent. Each alert is committed as it is sent: a failure part-way never sends
    the same pathway twice."""
    expire(session, now)
    session.commit()
    alert_ids = session.scalars(
        select(Alert.id)
        .where(Alert.frequency == frequency, Alert.confirmed_at.is_not(None))
        .order_by(Alert.id)
    ).all()
    sent = 0
    for alert_id in alert_ids:
        alert = session.get(Alert, alert_id)
        if alert is None:
            continue
        matches = new_matches(session, alert, now.date())
        if not matches:
            continue
        token = token_for(config, alert)
        base = f"{config.BASE_URL}/alerts/{token}"
        shown = matches[:MOST_IN_AN_EMAIL]
        mail.send_template(
            config,
            alert.email,
            "alert_digest",
            headers=unsubscribe_headers(f"{base}/unsubscribe"),
            matches=[(m, f"{base}/pathways/{m.pathway.ref}") for m in shown],
            more=len(matches) - len(shown),
            browse=f"{config.BASE_URL}/pathways",
            manage=base,
            unsubscribe=f"{base}/unsubscribe",
            expires=expires_on(alert),
            frequency=alert.frequency,
        )
        for match in shown:  # the rest go in the next email
            session.add(AlertSent(alert_id=alert.id, pathway_id=match.pathway.id, sent_at=now))
        alert.last_sent_at = now
        session.commit()
        sent += 1
    return sent
