"""Friendly error pages, and JSON errors under /api/.

Unexpected errors are logged without their messages: a message can carry what somebody typed
(a database error's parameters, a ValueError quoting a field), so the log gets each exception's
type and the stack of code locations only.
"""

from __future__ import annotations

import traceback

from flask import Flask, Response, jsonify, make_response, render_template, request
from werkzeug.exceptions import HTTPException

TITLES = {
    400: "Sorry, there is a problem with your request",
    403: "You do not have permission to see this page",
    404: "Page not found",
    405: "Sorry, you cannot do that here",
    413: "The file or request is too large",
    414: "The web address is too long",
    429: "Too many requests",
    500: "Sorry, there is a problem with the service",
}


def _render(status: int, description: str | None = None, plain: bool = False) -> Response:
    """JSON under /api/; elsewhere the error page, which shows the description only when it is
    written for people (`plain`: an exception with `shown_to_people = True`)."""
    if request.path.startswith("/api/"):
        body = jsonify({"errors": {"request": description or TITLES.get(status, "Error")}})
        return make_response(body, status)
    page = render_template(
        "errors/error.html",
        status=status,
        title=TITLES.get(status, "Error"),
        description=description if plain else None,
    )
    return make_response(page, status)


def scrubbed_traceback(error: BaseException) -> str:
    """The chain of exception types and code locations, without any exception's message."""
    parts: list[str] = []
    current: BaseException | None = error
    seen: set[int] = set()
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"{type(current).__module__}.{type(current).__qualname__}\n{frames}")
        current = current.__cause__ or current.__context__
    return "caused by ".join(parts)


def init_app(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException) -> Response:
        status = error.code or 500
        plain = bool(getattr(error, "shown_to_people", False))
        response = _render(status, error.description if status != 500 else None, plain)
        if status == 405 and error.get_response().headers.get("Allow"):
            response.headers["Allow"] = error.get_response().headers["Allow"]
        return response

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        app.logger.error(
            "Unhandled error on %s %s (messages left out: they can hold what people typed)\n%s",
            request.method,
            request.path,
            scrubbed_traceback(error),
        )
        return _render(500)
