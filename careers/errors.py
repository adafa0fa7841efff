"""Friendly error pages, and JSON errors under /api/."""

from __future__ import annotations

from flask import Flask, Response, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException

TITLES = {
    400: "Sorry, there is a problem with your request",
    403: "You do not have permission to see this page",
    404: "Page not found",
    405: "Sorry, you cannot do that here",
    413: "The file or request is too large",
    429: "Too many requests",
    500: "Sorry, there is a problem with the service",
}


def _render(status: int, description: str | None = None) -> Response:
    if request.path.startswith("/api/"):
        body = jsonify({"errors": {"request": description or TITLES.get(status, "Error")}})
        return make_response(body, status)
    page = render_template("errors/error.html", status=status, title=TITLES.get(status, "Error"))
    return make_response(page, status)


def init_app(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Response:
        status = error.code or 500
        return _render(status, error.description if status != 500 else None)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        return _render(500)
