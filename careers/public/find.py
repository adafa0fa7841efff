"""The "Find your pathway" journey: the form, results and shortlist."""

from __future__ import annotations

from flask import render_template

from careers.public import bp


@bp.get("/find")
def find() -> str:
    return render_template("public/index.html")


@bp.get("/shortlist")
def shortlist() -> str:
    return render_template("public/index.html")
