"""The audit log: who changed what in an organisation (all organisations for site
administrators)."""

from __future__ import annotations

from flask import render_template, request

from careers import auth
from careers.cleaning import whole_number
from careers.employers import bp
from careers.extensions import db
from careers.services import audit


@bp.get("/employers/audit-log")
@auth.roles_required(*auth.ORG_MANAGER_ROLES)
def audit_log() -> str:
    user = auth.require_user()
    page = request.args.get("page", "1")
    found = audit.entries(db.session(), auth.organisation_scope(user), whole_number(page) or 1)
    return render_template("employers/audit_log.html", found=found)
