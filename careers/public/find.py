"""The "Find your pathway" journey: the form, results, shortlist, saved links and apply links.

Privacy: answers are posted (never put in a URL, so never in access logs) and kept only in the
signed session cookie, which lasts until the browser closes or the person presses "Clear my
answers". Nothing they type is logged or written to the database; only aggregate events are.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from flask import abort, current_app, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from careers.auth import now, safe_next
from careers.cleaning import whole_number
from careers.counting import counts_as_view
from careers.extensions import db, limiter, matcher
from careers.public import bp
from careers.public.answers import (
    answers_from_profile,
    current_answers,
    current_profile,
    keep_answers,
    shortlist_refs,
    take_shortlist_said,
)
from careers.public.forms import FindForm, RefineForm, form_data, match_request
from careers.services import handoff, journey, outcomes
from careers.services import shortlist as shortlists
from careers.services.profiles import LIMIT_DEFAULT, LIMIT_MAX, ProfileError, parse_profile
from careers.widgets import error_summary_items

WIDEN = {
    "distance": ("distance", "any"),
    "types": ("types", []),
    "paid_only": ("paid_only", False),
    "patterns": ("patterns", []),
}


def _answers() -> dict[str, Any]:
    return current_answers()


def _refs() -> list[str]:
    return shortlist_refs()


def _back_to(default: str, ref: str = "") -> str:
    """A `next` path on this site only (never another site). Back on the results page, the
    person lands on the card they pressed the button on."""
    target = safe_next(request.form.get("next"))
    if target is None:
        return default
    if ref and "#" not in target and target.startswith(url_for("public.results")):
        target += "#result-" + quote(ref, safe="")
    return target


def _render_find(form: FindForm) -> str:
    return render_template(
        "public/find.html",
        form=form,
        form_errors=bool(form.errors),
        error_items=error_summary_items(form),
    )


@bp.get("/find")
def find() -> str:
    return _render_find(FindForm(data=form_data(_answers())))


@bp.post("/find/results")
def search() -> Response | str:
    form = FindForm()
    if not form.validate_on_submit():
        return _render_find(form)
    keep_answers(form.answers())
    session["fresh"] = True  # record the aggregate search events once, on the first showing
    return redirect(url_for("public.results"))


def _render_results(answers: dict[str, Any], form: RefineForm, limit: int) -> Response | str:
    try:
        profile = parse_profile(match_request(answers, limit))
    except ProfileError:
        return redirect(url_for("public.find"))
    patterns = answers.get("patterns")
    found = journey.search(
        db.session(),
        matcher(),
        profile,
        record_events=session.pop("fresh", False),
        patterns=patterns if isinstance(patterns, list) else [],
    )
    db.session.commit()
    return render_template(
        "public/results.html",
        found=found,
        form=form,
        shortlist=_refs(),
        said=_said(),
        form_errors=bool(form.errors),
        error_items=error_summary_items(form),
    )


def _said() -> tuple[str, str] | None:
    return take_shortlist_said()


@bp.get("/find/results")
def results() -> Response | str:
    limit = min(max(request.args.get("show", LIMIT_DEFAULT, type=int), LIMIT_DEFAULT), LIMIT_MAX)
    answers = _answers()
    return _render_results(answers, RefineForm(prefix="refine", data=form_data(answers)), limit)


@bp.post("/find/refine")
def refine() -> Response | str:
    """ "Change your answers" on the results page: where and what, kept with the other answers."""
    form, answers = RefineForm(prefix="refine"), _answers()
    if not answers or not form.validate_on_submit():
        return _render_results(answers, form, LIMIT_DEFAULT)
    keep_answers(form.refined(answers))
    session["fresh"] = True
    return redirect(url_for("public.results"))


@bp.post("/find/widen")
def widen() -> Response:
    answers = _answers()
    if request.form.get("what") in WIDEN:
        key, value = WIDEN[request.form["what"]]
        answers[key] = value
        keep_answers(answers)
        session["fresh"] = True
    return redirect(url_for("public.results"))


@bp.post("/find/clear")
def clear() -> Response:
    session.clear()
    return redirect(url_for("public.find"))


@bp.get("/shortlist")
def shortlist() -> str:
    pathways, gone = journey.shortlisted(db.session(), _refs())
    token = shortlists.dumps(current_app.config["SECRET_KEY"], _answers(), _refs())
    return render_template(
        "public/shortlist.html",
        pathways=pathways,
        requirements=journey.requirements_for(pathways, current_profile()),
        gone=gone,
        saved_link=url_for("public.saved_shortlist", token=token, _external=True),
        restored=session.pop("restored", False),
        said=_said(),
        has_answers=bool(_answers()),
        returned=session.get("returned") is True,
        told=_told(),
    )


def _told() -> list[str]:
    """What this browser has told us already ("applied:<ref>"), so it is counted once."""
    told = session.get("told")
    return [t for t in told if isinstance(t, str)] if isinstance(told, list) else []


@bp.post("/shortlist/outcome")
def shortlist_outcome() -> Response:
    """ "I applied" or "I heard back", from someone back through a saved or printed link: one
    anonymous count (services/outcomes.py), once per browser and pathway."""
    ref, what = request.form.get("ref", "")[:80], request.form.get("what", "")
    key, answers = f"{what}:{ref}", _answers()
    if session.get("returned") is True and key not in _told():
        place = journey.place_of(db.session(), answers.get("postcode"))
        age = whole_number(answers.get("age"))
        if outcomes.self_report(db.session(), ref, what, place, age):
            db.session.commit()
            session["told"] = [*_told(), key][-2 * shortlists.MAX_SHORTLIST :]
            session["shortlist_said"] = ["told", ref]
    return redirect(url_for("public.shortlist", _anchor=f"shortlisted-{ref}"))


@bp.post("/shortlist/add")
def shortlist_add() -> Response:
    ref = request.form.get("ref", "")
    session["shortlist"] = shortlists.add(_refs(), ref)
    session["shortlist_said"] = ["added", ref]
    return redirect(_back_to(url_for("public.shortlist"), ref))


@bp.post("/shortlist/remove")
def shortlist_remove() -> Response:
    ref = request.form.get("ref", "")
    session["shortlist"] = shortlists.remove(_refs(), ref)
    session["shortlist_said"] = ["removed", ref]
    return redirect(_back_to(url_for("public.shortlist"), ref))


def _restore(refs: list[str], answers: dict[str, Any]) -> Response:
    """Add a saved or printed shortlist to this browser's, with the answers it carries (the
    person's own answers win), and say so on the shortlist page."""
    kept = _refs()
    for ref in refs:
        kept = shortlists.add(kept, ref)
    session["shortlist"] = kept
    keep_answers({**answers, **_answers()} if _answers() else answers)
    session["restored"] = True
    session["returned"] = True  # back through a link: they can tell us how it went
    return redirect(url_for("public.shortlist"))


@bp.get("/shortlist/saved/<token>")
def saved_shortlist(token: str) -> Response:
    saved = shortlists.loads(current_app.config["SECRET_KEY"], token)
    if saved is None:
        abort(404, "This link does not work. Check you copied all of it.")
    return _restore(saved.refs, saved.answers)


@bp.get("/s/<code>")
@limiter.limit("20 per minute", deduct_when=lambda response: response.status_code == 404)
def short_link(code: str) -> Response:
    """The short link and QR code on an adviser's printed sheet."""
    found = handoff.opened(db.session(), code, now().date())
    if found is None:
        abort(404, "This link does not work. Check you typed all of it, or ask your adviser.")
    return _restore(found.refs, answers_from_profile(found.profile))


@bp.get("/pathways/<ref>/apply")
def apply(ref: str) -> Response:
    answers = _answers()
    age = whole_number(answers.get("age"))
    place = journey.place_of(db.session(), answers.get("postcode"))
    target = journey.apply_link(db.session(), ref, place, age, counts_as_view("apply", ref))
    if target is None:
        abort(404)
    db.session.commit()
    return redirect(target)
