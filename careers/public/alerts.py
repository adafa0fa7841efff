"""Email alerts without an account (careers/services/alerts.py): "Email me new matches" from
browse (its filters come in the query string) or from results (`?from=results`: the list
answers in the person's cookie; nothing they wrote). Links in emails carry a signed token."""

from __future__ import annotations

from typing import Any

from flask import abort, current_app, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address
from sqlalchemy import select
from werkzeug.wrappers import Response

from careers.auth import now
from careers.cleaning import whole_number
from careers.extensions import csrf, db, limiter
from careers.models import Alert, Borough
from careers.public import bp
from careers.public.alert_forms import AlertForm, ButtonForm, FrequencyForm
from careers.public.answers import current_answers
from careers.public.catalogue_forms import filters_from_args
from careers.public.forms import DISTANCE_KM
from careers.services import alerts
from careers.services.geo import outcode_of
from careers.services.pathways import Filters, public_pathway
from careers.widgets import error_summary_items

SUBSCRIBE_LIMIT = "20 per hour"


def _wanted() -> tuple[Filters, str | None, float | None, int | None]:
    """What the alert would look for: the browse filters, or the results page's list answers,
    with the postcode district, the distance and the age from the answers."""
    if request.args.get("from") != "results":
        return filters_from_args(request.args), None, None, None
    answers = current_answers()
    postcode = answers.get("postcode")
    outcode = outcode_of(postcode) if isinstance(postcode, str) and postcode else None
    patterns = answers.get("patterns")
    filters = Filters(
        types=tuple(answers.get("types") or ()),
        patterns=tuple(patterns) if isinstance(patterns, list) else (),
    )
    distance = DISTANCE_KM.get(str(answers.get("distance", ""))) if outcode else None
    return filters, outcode, distance, whole_number(str(answers.get("age", "")))


def _borough_names() -> dict[str, str]:
    rows = db.session().execute(select(Borough.code, Borough.name))
    return {code: name for code, name in rows}


@bp.route("/alerts/new", methods=["GET", "POST"])
@limiter.limit(SUBSCRIBE_LIMIT, methods=["POST"], key_func=get_remote_address)
def alert_new() -> Response | str:
    filters, outcode, distance, age = _wanted()
    form = AlertForm()
    if request.method == "GET" and age is not None:
        form.age.data = "under_16" if age < 16 else "16_plus"
    if form.validate_on_submit():
        wanted = alerts.Subscription(
            email=(form.email.data or "").strip(),
            frequency=form.frequency.data or "",
            criteria=alerts.criteria_of(filters, bool(form.keep_keywords.data), distance),
            outcode=outcode,
            under_16=form.age.data == "under_16",
            adult_email=(form.adult_email.data or "").strip(),
        )
        try:
            alerts.subscribe(db.session(), current_app.config["CAREERS"], wanted, now())
        except alerts.AlertError as error:
            db.session.rollback()
            for name, message in error.errors.items():
                getattr(form, name).errors = [message]
        else:
            db.session.commit()
            return redirect(url_for("public.alert_sent", adult="yes" if wanted.under_16 else None))
    return render_template(
        "public/alert_new.html",
        form=form,
        looks_for=alerts.describe(
            alerts.criteria_of(filters, False, distance), outcode, _borough_names()
        ),
        keywords=filters.q,
        form_errors=bool(form.errors),
        error_items=error_summary_items(form),
    )


@bp.get("/alerts/sent")
def alert_sent() -> str:
    return render_template("public/alert_sent.html", adult=request.args.get("adult") == "yes")


@bp.route("/alerts/confirm/<token>", methods=["GET", "POST"])
def alert_confirm(token: str) -> str:
    form = ButtonForm()
    if not form.validate_on_submit():
        return render_template("public/alert_confirm.html", form=form)
    config = current_app.config["CAREERS"]
    alert = alerts.confirm(db.session(), config, token, now())
    if alert is None:
        return render_template("public/alert_link_expired.html"), 404  # type: ignore[return-value]
    db.session.commit()
    return render_template(
        "public/alert_confirmed.html", alert=alert, token=alerts.token_for(config, alert)
    )


def _alert(token: str) -> Alert:
    found = alerts.alert_for(db.session(), current_app.config["CAREERS"], token)
    return found or abort(404)


@bp.get("/alerts/<token>")
def alert(token: str) -> str:
    found = _alert(token)
    alerts.touch(found, now())  # opening the page keeps the alert for six more months
    db.session.commit()
    return render_template("public/alert.html", **_alert_page(found, token, FrequencyForm()))


def _alert_page(found: Alert, token: str, form: FrequencyForm) -> dict[str, Any]:
    if not form.frequency.data:
        form.frequency.data = found.frequency
    return {
        "alert": found,
        "token": token,
        "form": form,
        "looks_for": alerts.describe(found.criteria, found.outcode, _borough_names()),
        "expires": alerts.expires_on(found),
    }


@bp.post("/alerts/<token>/frequency")
def alert_frequency(token: str) -> Response | str:
    found = _alert(token)
    form = FrequencyForm()
    if form.validate_on_submit():
        alerts.change_frequency(found, form.frequency.data or "", now())
        db.session.commit()
        return redirect(url_for("public.alert", token=token, changed="yes"))
    return render_template("public/alert.html", **_alert_page(found, token, form))


@bp.post("/alerts/<token>/delete")
def alert_delete(token: str) -> str:
    alerts.remove(db.session(), _alert(token))
    db.session.commit()
    return render_template("public/alert_unsubscribe.html", done=True)


@bp.route("/alerts/<token>/unsubscribe", methods=["GET", "POST"])
@csrf.exempt  # one click from a mail app (RFC 8058): a POST with no form of ours
def alert_unsubscribe(token: str) -> str:
    found = alerts.alert_for(db.session(), current_app.config["CAREERS"], token)
    if request.method == "GET":
        return render_template("public/alert_unsubscribe.html", done=found is None, token=token)
    if found is not None:
        alerts.remove(db.session(), found)
        db.session.commit()
    return render_template("public/alert_unsubscribe.html", done=True)


@bp.get("/alerts/<token>/pathways/<ref>")
def alert_pathway(token: str, ref: str) -> Response:
    """A pathway's link in a digest: a click keeps the alert, then the pathway's page."""
    found = alerts.alert_for(db.session(), current_app.config["CAREERS"], token)
    if found is not None:
        alerts.touch(found, now())
        db.session.commit()
    pathway = public_pathway(db.session(), ref) or abort(404)
    return redirect(url_for("public.pathway", ref=pathway.ref))
