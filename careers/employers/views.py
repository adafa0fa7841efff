"""Employer and staff screens."""

from __future__ import annotations

from flask import render_template

from careers.employers import bp


@bp.get("/sign-in")
def sign_in() -> str:
    return render_template("public/index.html")
