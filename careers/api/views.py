"""Views for the api blueprint: match, pathways, one pathway and the OpenAPI document."""

from __future__ import annotations

import os
from typing import Any

from flask import Response, abort, current_app, jsonify, request, url_for

from careers.api import access, bp
from careers.api.body import MAX_BODY_BYTES, json_body
from careers.api.openapi import openapi_document
from careers.api.params import page_links, pagination, pathway_filters, sorting
from careers.api.serialise import match_record, pathway_record
from careers.extensions import db, limiter, matcher
from careers.services import events
from careers.services.pathways import get_published, list_published
from careers.services.profiles import ProfileError, parse_profile

TOO_MANY = "You have sent too many requests in a minute. Wait a minute and try again"


@bp.before_request
def _limit_body() -> None:
    request.max_content_length = MAX_BODY_BYTES


bp.before_request(access.identify)  # after the body limit: who is calling (API key or not)


@bp.after_request
def _no_store(response: Response) -> Response:
    response.headers.setdefault("Cache-Control", "no-store")
    if current_app.testing or current_app.config.get("WORKER_PID_HEADER"):  # which worker answered
        response.headers["X-Worker-Pid"] = str(os.getpid())
    return response


@bp.errorhandler(ProfileError)
def _bad_request(error: ProfileError) -> tuple[Response, int]:
    return jsonify({"errors": error.errors}), 400


@bp.post("/match")
@limiter.limit(access.match_limit, key_func=access.caller, error_message=TOO_MANY)
def match() -> Response:
    profile = parse_profile(json_body())
    found = matcher().match(db.session(), profile)
    # Counted as their own kind (never as "shown" on the site), with nothing from the request.
    events.record_refs(db.session(), "api_match", [result.ref for result in found.results])
    db.session.commit()
    return jsonify(match_record(found))


@bp.get("/pathways")
@limiter.limit(access.read_limit, key_func=access.caller, error_message=TOO_MANY)
def pathways() -> Response:
    filters, (page, per_page) = pathway_filters(request.args), pagination(request.args)
    sort, near = sorting(db.session(), request.args)
    found = list_published(db.session(), filters, page, per_page, sort=sort, near=near)
    body: dict[str, Any] = {
        "results": [pathway_record(pathway) for pathway in found.pathways],
        "total": found.total,
        "page": found.page,
        "per_page": found.per_page,
        "pages": found.pages,
        "links": page_links(request.args, found.page, found.pages),
    }
    return jsonify(body)


@bp.get("/pathways/<ref>")
@limiter.limit(access.read_limit, key_func=access.caller, error_message=TOO_MANY)
def pathway(ref: str) -> Response:
    found = get_published(db.session(), ref)
    if found is None:
        abort(404, f"There is no published pathway with the reference {ref[:80]}")
    return jsonify(pathway_record(found))


@bp.get("/openapi.json")
@limiter.exempt
def openapi() -> Response:
    config = current_app.config["CAREERS"]
    server = url_for("api.openapi").removesuffix("/openapi.json")
    return jsonify(openapi_document(server, config.API_MATCH_LIMIT, config.API_READ_LIMIT))
