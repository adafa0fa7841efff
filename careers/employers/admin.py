"""The site admin's screens under /admin/: organisations, users, the moderation queue."""

from __future__ import annotations

from flask import render_template

from careers import auth
from careers.employers import bp


@bp.get("/admin/")
@auth.roles_required("site_admin")
def admin_home() -> str:
    return render_template("employers/admin_home.html")
