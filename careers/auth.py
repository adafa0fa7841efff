"""Who is signed in, and what they may do.

Sessions live in Flask's signed cookie (HttpOnly, SameSite=Lax, Secure in production) and are
checked on the server on every request: 30 minutes idle and 12 hours absolute by default
(CAREERS_IDLE_TIMEOUT_MINUTES, CAREERS_ABSOLUTE_TIMEOUT_HOURS), and the user's
`session_epoch` must match (signing out, or a password change, ends every session at once).
The clock is injectable: set `app.config["CAREERS_CLOCK"]` to a callable returning a naive
UTC datetime and the checks use it (tests move time this way).

Helpers for views:
- `current_user()` -> User | None
- `@roles_required("org_admin", "site_admin")` (403 for the wrong role)
- `organisation_scope(user)` -> the organisation id a user is limited to (None: every one)
- `get_pathway_or_404(id)`, `get_organisation_or_404(id)`, `get_user_or_404(id)`: 404 for
  anything outside the user's organisation, so other organisations' ids are never revealed
- `sign_in(user)`, `sign_out()`, `safe_next(url)`, `home_url(user)`
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from flask import abort, current_app, has_request_context, redirect, request, session, url_for

from careers.extensions import db
from careers.models import Organisation, Pathway, User, utcnow


def idle_timeout() -> dt.timedelta:
    return dt.timedelta(minutes=current_app.config["CAREERS"].IDLE_TIMEOUT_MINUTES)


def absolute_timeout() -> dt.timedelta:
    return dt.timedelta(hours=current_app.config["CAREERS"].ABSOLUTE_TIMEOUT_HOURS)


EMPLOYER_ROLES = ("site_admin", "org_admin", "editor")
ORG_MANAGER_ROLES = ("site_admin", "org_admin")

_CACHE_KEY = "careers.current_user"  # per request (an app context can outlive one in tests)
_EXPIRED_KEY = "careers.session_expired"

F = TypeVar("F", bound=Callable[..., Any])


def now() -> dt.datetime:
    """The current time in naive UTC, from the app's injectable clock."""
    clock = current_app.config.get("CAREERS_CLOCK")
    return cast(dt.datetime, clock()) if clock else utcnow()


def _stamp(moment: dt.datetime) -> float:
    return moment.replace(tzinfo=dt.UTC).timestamp()


def _moment(stamp: Any) -> dt.datetime | None:
    if not isinstance(stamp, int | float):
        return None
    return dt.datetime.fromtimestamp(stamp, dt.UTC).replace(tzinfo=None)


PENDING_LIFETIME = dt.timedelta(minutes=10)  # from a right password to the second factor


def begin_second_factor(user: User, next_url: str | None) -> None:
    """A right password: a fresh session that only remembers who is part-way through signing
    in. Nothing here lets them see a staff page (`current_user` is still None)."""
    session.clear()
    session["pending_user_id"] = user.id
    session["pending_epoch"] = user.session_epoch or 0
    session["pending_at"] = _stamp(now())
    if next_url:
        session["pending_next"] = next_url


def pending_user() -> User | None:
    """Who gave the right password in the last 10 minutes and still needs their second factor."""
    user_id = session.get("pending_user_id")
    started = _moment(session.get("pending_at"))
    if not isinstance(user_id, int) or started is None:
        return None
    if not timedelta_between(started, now(), PENDING_LIFETIME):
        return None
    user = db.session.get(User, user_id)
    if user is None or not user.active or session.get("pending_epoch") != (user.session_epoch or 0):
        return None
    return user


def timedelta_between(start: dt.datetime, moment: dt.datetime, limit: dt.timedelta) -> bool:
    return dt.timedelta(0) <= moment - start <= limit


def sign_in(user: User) -> None:
    """Start a fresh session for this user (a new cookie: no session fixation). Called only
    once both factors are given (see employers/two_factor.py)."""
    session.clear()
    moment = _stamp(now())
    session["user_id"] = user.id
    session["epoch"] = user.session_epoch or 0
    session["signed_in_at"] = moment
    session["seen_at"] = moment
    request.environ[_CACHE_KEY] = user


def sign_out() -> None:
    """End this session, and every other session of the same user, on the server."""
    user = current_user()
    if user is not None:
        user.session_epoch = (user.session_epoch or 0) + 1
        db.session.commit()
    session.clear()
    request.environ[_CACHE_KEY] = None


def current_user() -> User | None:
    """The signed-in user, or None when nobody is, the session has expired or was ended."""
    if not has_request_context():
        return None
    cache = request.environ
    if _CACHE_KEY in cache:
        return cast(User | None, cache[_CACHE_KEY])
    cache[_CACHE_KEY] = None
    user_id = session.get("user_id")
    if user_id is None:
        return None
    moment = now()
    signed_in_at = _moment(session.get("signed_in_at"))
    seen_at = _moment(session.get("seen_at"))
    user = db.session.get(User, user_id) if isinstance(user_id, int) else None
    if (
        user is None
        or not user.active
        or signed_in_at is None
        or seen_at is None
        or session.get("epoch") != (user.session_epoch or 0)
        or moment - signed_in_at > absolute_timeout()
        or moment - seen_at > idle_timeout()
        or seen_at - moment > dt.timedelta(minutes=5)  # a stamp from the future is forged or stale
    ):
        session.clear()
        cache[_EXPIRED_KEY] = True
        return None
    session["seen_at"] = _stamp(moment)
    cache[_CACHE_KEY] = user
    return user


def safe_next(target: str | None) -> str | None:
    """The target when it is a path on this site; None for anything that could leave it."""
    if not target or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ord(c) < 32 for c in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def home_url(user: User) -> str:
    """Where a user lands after signing in."""
    endpoint = {"site_admin": "employers.admin_home", "adviser": "advisers.index"}.get(
        user.role, "employers.dashboard"
    )
    return url_for(endpoint)


def _to_sign_in() -> Any:
    target = request.full_path if request.query_string else request.path
    if request.environ.get(_EXPIRED_KEY):
        return redirect(url_for("employers.sign_in", next=target, expired=1))
    return redirect(url_for("employers.sign_in", next=target))


def roles_required(*roles: str) -> Callable[[F], F]:
    """Signed in with one of these roles; others get 403 (the page itself is no secret)."""

    def decorator(view: F) -> F:
        @wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            user = current_user()
            if user is None:
                return _to_sign_in()
            if user.role not in roles:
                abort(403)
            return view(*args, **kwargs)

        return cast(F, wrapped)

    return decorator


def require_user() -> User:
    """The signed-in user, inside a view already behind roles_required."""
    user = current_user()
    if user is None:
        abort(401)
    return user


def organisation_scope(user: User) -> int | None:
    """The organisation a user is limited to; None for a site admin, who sees every one."""
    if user.role == "site_admin":
        return None
    if user.organisation_id is None:
        abort(403)
    return user.organisation_id


def in_scope(user: User, organisation_id: int | None) -> bool:
    scope = organisation_scope(user)
    return scope is None or scope == organisation_id


def get_pathway_or_404(pathway_id: int) -> Pathway:
    user = require_user()
    pathway = db.session.get(Pathway, pathway_id)
    if pathway is None or not in_scope(user, pathway.organisation_id):
        abort(404)
    return pathway


def get_organisation_or_404(organisation_id: int) -> Organisation:
    user = require_user()
    organisation = db.session.get(Organisation, organisation_id)
    if organisation is None or not in_scope(user, organisation.id):
        abort(404)
    return organisation


def get_user_or_404(user_id: int) -> User:
    """Another account the signed-in user may manage (org_admin: their organisation only)."""
    user = require_user()
    other = db.session.get(User, user_id)
    if other is None or not in_scope(user, other.organisation_id):
        abort(404)
    if user.role == "org_admin" and other.role == "site_admin":
        abort(404)
    return other
