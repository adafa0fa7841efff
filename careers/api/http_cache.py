"""Conditional GETs and CORS for the API's GET endpoints.

Every 200 answer to a GET carries an ETag (a hash of its body), so a caller that keeps its own
copy can ask again with `If-None-Match` and get 304 with no body when nothing changed. (The API
stays `Cache-Control: no-store` for browsers and proxies: careers/security.py.)
GET endpoints (and their preflight) allow any origin: the data is public. POST /match is
left as it is (no-store, same origin)."""

from __future__ import annotations

from flask import Response, request

from careers.api import bp

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
}


@bp.after_request
def _conditional_get(response: Response) -> Response:
    if request.method in ("GET", "HEAD"):
        response.headers.update(CORS_HEADERS)
        if response.status_code == 200 and not response.is_streamed:
            response.add_etag()
            response.make_conditional(request)
    elif request.method == "OPTIONS" and "GET" in response.headers.get("Allow", ""):
        response.headers.update(CORS_HEADERS)
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "If-None-Match"
        response.headers["Access-Control-Max-Age"] = "86400"
    return response
