"""Employers' pathway screens: the list, the task list, preview, checks, publishing."""

from __future__ import annotations

from flask import render_template

from careers import auth
from careers.employers import bp


@bp.get("/employers/")
@auth.roles_required(*auth.EMPLOYER_ROLES)
def dashboard() -> str:
    return render_template("employers/dashboard.html")
