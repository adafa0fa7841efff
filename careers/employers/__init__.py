"""The employers blueprint: staff sign-in, employer screens under /employers/ and the site
admin's under /admin/. Registered without a URL prefix."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, url_for

from careers import auth
from careers.models import User
from careers.services.reach import shown

bp = Blueprint("employers", __name__)


NAVIGATION = (
    ("employers.dashboard", "Pathways", auth.EMPLOYER_ROLES),
    ("employers.imports", "Import", ("org_admin", "editor")),
    ("employers.organisation_reach", "Reach", ("org_admin", "editor")),
    ("employers.team", "Team", ("org_admin",)),
    ("employers.audit_log", "Audit log", auth.ORG_MANAGER_ROLES),
    ("employers.admin_home", "Admin", ("site_admin",)),
)


def staff_navigation(user: User) -> list[dict[str, str]]:
    """The header links a signed-in member of staff can use."""
    return [
        {"href": url_for(endpoint), "text": text}
        for endpoint, text, roles in NAVIGATION
        if user.role in roles
    ]


@bp.context_processor
def _staff_helpers() -> dict[str, Any]:
    return {
        "current_staff": auth.current_user,
        "staff_navigation": staff_navigation,
        "shown_count": shown,
    }


from careers.employers import (  # noqa: E402
    admin,
    audit_log,
    auth_views,
    email_settings,
    imports,
    outcomes,
    pathways,
    reach,
    team,
    two_factor,
)

__all__ = [
    "admin",
    "audit_log",
    "auth_views",
    "bp",
    "email_settings",
    "imports",
    "outcomes",
    "pathways",
    "reach",
    "team",
    "two_factor",
]
