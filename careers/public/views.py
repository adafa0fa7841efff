"""Public pages (young people). Views stay thin: form, one service call, render."""

from __future__ import annotations

import dataclasses
from urllib.parse import urlencode

from flask import (
    Response,
    abort,
    current_app,
    jsonify,
    make_response,
    render_template,
    request,
)

from careers import metrics as careers_metrics
from careers.cleaning import whole_number
from careers.counting import counts_as_view
from careers.extensions import db, matcher
from careers.pathway_display import json_ld, progression_ladder
from careers.public import bp
from careers.public.answers import (
    current_answers,
    current_profile,
    shortlist_refs,
    take_shortlist_said,
)
from careers.public.catalogue_forms import filters_from_args, pagination, query_pairs
from careers.services import events, health, journey
from careers.services.geo import Place
from careers.services.pathways import (
    count_open,
    filter_options,
    public_organisation,
    public_pathway,
    search_pathways,
)


@bp.get("/")
def index() -> str:
    total, examples = count_open(db.session())
    return render_template("public/index.html", total=total, examples=examples)


@bp.get("/privacy")
def privacy() -> str:
    return render_template("public/privacy.html")


@bp.get("/accessibility")
def accessibility() -> str:
    return render_template("public/accessibility.html", contact=current_app.config["CAREERS"])


@bp.get("/pathways")
def pathways() -> str:
    filters = filters_from_args(request.args)
    place, _age = _borough_and_age()
    if place is not None:  # "nearest first" measures from the postcode in their answers
        filters = dataclasses.replace(filters, near=(place.latitude, place.longitude))
    result = search_pathways(db.session(), filters)
    return render_template(
        "public/pathways.html",
        filters=filters,
        result=result,
        options=filter_options(db.session()),
        near_outcode=place.outcode if place else "",
        pagination_params=pagination(request.path, filters, result.page, result.pages),
        filter_query=urlencode(query_pairs(filters)),
    )


def _borough_and_age() -> tuple[Place | None, int | None]:
    """Where the person lives (their postcode district's borough and deprivation decile) and
    their age, from the answers they gave on /find, if they gave any. Nothing else they told us
    (what they typed, their circumstances) goes near an event."""
    answers = current_answers()
    if not answers:
        return None, None
    postcode, age = answers.get("postcode"), str(answers.get("age", ""))
    place = journey.place_of(db.session(), postcode) if isinstance(postcode, str) else None
    return place, whole_number(age)


@bp.get("/pathways/<ref>")
def pathway(ref: str) -> str:
    found = public_pathway(db.session(), ref) or abort(404)
    if counts_as_view("detail", ref):
        place, age = _borough_and_age()
        events.record(db.session(), "detail", [found.id], place, age)
        db.session.commit()
    return render_template(
        "public/pathway.html",
        pathway=found,
        ladder=progression_ladder(found),
        json_ld=json_ld(found, request.base_url),
        requirements=journey.check_requirements(found, current_profile()),
        pattern=journey.pattern_words(journey.pattern_of(found)),
        has_answers=bool(current_answers()),
        listed=ref in shortlist_refs(),
        said=take_shortlist_said(),
    )


@bp.get("/plan")
def plan() -> str:
    role = " ".join(request.args.get("role", "").split())[:100]
    found = journey.plan_for(db.session(), role, current_profile()) if role else None
    return render_template("public/plan.html", role=role, plan=found)


@bp.get("/compare")
def compare() -> str:
    refs = request.args.getlist("ref")
    compared = journey.compare(db.session(), refs, current_profile())
    choices, _gone = journey.shortlisted(db.session(), shortlist_refs())
    return render_template(
        "public/compare.html",
        compared=compared,
        choices=choices,
        too_many=len(set(refs)) > journey.COMPARE_MAX,
        has_answers=bool(current_answers()),
    )


@bp.get("/organisations/<slug>")
def organisation(slug: str) -> str:
    found = public_organisation(db.session(), slug) or abort(404)
    return render_template("public/organisation.html", page=found)


@bp.get("/healthz")
def healthz() -> Response:
    status = health.health(db.session(), matcher(), current_app.extensions["tasks"])
    return make_response(jsonify(status), 503 if status["status"] == "unavailable" else 200)


@bp.get("/metrics")
def metrics() -> Response:
    return make_response(*careers_metrics.response(current_app))
