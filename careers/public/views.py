"""Public pages (young people). Views stay thin: form, one service call, render."""

from __future__ import annotations

from flask import render_template

from careers.public import bp


@bp.get("/")
def index() -> str:
    return render_template("public/index.html")


@bp.get("/privacy")
def privacy() -> str:
    return render_template("public/privacy.html")


@bp.get("/accessibility")
def accessibility() -> str:
    return render_template("public/accessibility.html")


@bp.get("/pathways")
def pathways() -> str:
    return render_template("public/index.html")
