"""Security headers on every response, and a per-request nonce for the one inline script
that the NHS.UK page template needs (it marks the body as js-enabled).

`Cache-Control: no-store` on anything personal, so a shared school computer's browser (or a
proxy) keeps no copy: every staff page (employers and advisers, student sheets and packs
included), every CSV, and the find journey's pages (results, shortlist)."""

from __future__ import annotations

import secrets

from flask import Flask, Response, g, request

PRIVATE_BLUEPRINTS = ("employers", "advisers", "api")
PRIVATE_PATHS = ("/find", "/shortlist")


def is_private(response: Response) -> bool:
    """Whether this answer may hold something about a person (never cache it)."""
    return (
        request.blueprint in PRIVATE_BLUEPRINTS
        or request.path.startswith(PRIVATE_PATHS)
        or response.mimetype == "text/csv"
        or "attachment" in response.headers.get("Content-Disposition", "")
    )


def csp_nonce() -> str:
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return str(g.csp_nonce)


def init_app(app: Flask) -> None:
    app.jinja_env.globals["csp_nonce"] = csp_nonce

    @app.after_request
    def _security_headers(response: Response) -> Response:
        nonce = g.get("csp_nonce")
        script_src = "'self'" + (f" 'nonce-{nonce}'" if nonce else "")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; "
            f"script-src {script_src}; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; "
            "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            "base-uri 'self'; object-src 'none'",
        )
        if is_private(response):
            response.headers["Cache-Control"] = "no-store"
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"
        )
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        if app.config.get("SESSION_COOKIE_SECURE"):
            response.headers.setdefault(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
            )
        return response
