"""Edits to live pathways: the publish checks, table-driven (a live edit that breaks a check is
not live); in an organisation whose postings are reviewed, a change waits as a pending revision
shown field by field to the editor and the moderator; dates and closing early stay instant."""

from __future__ import annotations

import datetime as dt

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import AuditEntry, IndexChange, Pathway
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import page, text_of

PLAIN = (
    "You will help patients wash, dress and eat. You will take their temperature and pulse. "
    "You will keep them company and help the nurses."
)
HARD = (
    "The successful candidate will facilitate the multidisciplinary delivery of comprehensive "
    "therapeutic interventions, demonstrating organisational accountability and professional "
    "responsibility within a dynamic environment characterised by considerable complexity."
)

# For each publish check: the section, answers that break it, and the live field that stays.
BREAKS = [
    ("description_missing", "duties", {"description": ""}, "description"),
    ("reading_age", "duties", {"description": HARD}, "description"),
    (
        "jargon",
        "duties",
        {"description": PLAIN + " You will support service users."},
        "description",
    ),
    (
        "below_living_wage",
        "pay",
        {"pay_period": "hour", "pay_min": "9.00", "hours_per_week": "37.5"},
        "pay_min",
    ),
    ("pay_missing", "pay", {"pay_period": "", "pay_min": ""}, "pay_period"),
]


def _live(session: Session, **organisation: object) -> tuple[Pathway, object]:
    org = make_organisation(session, **organisation)
    editor = make_user(session, "editor", organisation=org)
    pathway = make_pathway(
        session,
        organisation=org,
        type="job",
        description=PLAIN,
        pay_min=31_000.0,
        pay_max=31_000.0,
    )
    session.commit()
    return pathway, editor


def _basics(pathway: Pathway, **changes: str) -> dict[str, str]:
    """The basics form as it is filled in for this pathway, with some answers changed."""
    from careers.employers.pathway_forms import form_data

    answers = {k: "" if v is None else str(v) for k, v in form_data("basics", pathway).items()}
    return {**answers, **changes}


def _indexed(session: Session, pathway: Pathway) -> int:
    return len(
        session.scalars(select(IndexChange).where(IndexChange.pathway_id == pathway.id)).all()
    )


@pytest.mark.parametrize(("code", "section", "data", "field"), BREAKS)
def test_a_live_edit_that_breaks_a_publish_check_is_not_live(
    client: FlaskClient, session: Session, code: str, section: str, data: dict, field: str
):
    pathway, editor = _live(session)
    before = getattr(pathway, field)
    sign_in_as(client, editor)
    response = client.post(f"/employers/pathways/{pathway.id}/sections/{section}", data=data)
    if code == "pay_missing":  # the form itself refuses a missing answer
        assert response.status_code == 400
    else:
        assert response.status_code == 400, code
        assert "There is a problem" in text_of(page(response), ".nhsuk-error-summary")
    session.expire_all()
    live = session.get(Pathway, pathway.id)
    assert getattr(live, field) == before and live.status == "published"
    assert _indexed(session, pathway) == 0


def test_the_check_says_what_is_wrong_on_the_form(client: FlaskClient, session: Session):
    pathway, editor = _live(session)
    sign_in_as(client, editor)
    response = client.post(
        f"/employers/pathways/{pathway.id}/sections/pay",
        data={"pay_period": "hour", "pay_min": "9.00", "hours_per_week": "37.5"},
    )
    summary = text_of(page(response), ".nhsuk-error-summary")
    assert "below the London Living Wage" in summary and "£14.80" in summary


def test_a_good_live_edit_is_live_at_once_where_nothing_is_reviewed(
    client: FlaskClient, session: Session
):
    pathway, editor = _live(session)
    sign_in_as(client, editor)
    response = client.post(
        f"/employers/pathways/{pathway.id}/sections/duties",
        data={"description": PLAIN + " You will learn a lot."},
    )
    assert response.status_code == 302
    session.expire_all()
    assert session.get(Pathway, pathway.id).description.endswith("You will learn a lot.")
    assert _indexed(session, pathway) == 1


def test_in_a_reviewed_organisation_a_live_change_waits_and_the_live_version_stays(
    client: FlaskClient, session: Session
):
    pathway, editor = _live(session, requires_moderation=True)
    old_title = pathway.title
    sign_in_as(client, editor)
    response = client.post(
        f"/employers/pathways/{pathway.id}/sections/duties",
        data={"description": PLAIN + " You will learn a lot."},
    )
    assert response.status_code == 302
    client.post(
        f"/employers/pathways/{pathway.id}/sections/basics",
        data=_basics(pathway, title="Ward host"),
    )
    session.expire_all()
    live = session.get(Pathway, pathway.id)
    assert live.description == PLAIN and live.title == old_title and live.status == "published"
    assert _indexed(session, pathway) == 0
    assert client.get(f"/pathways/{pathway.ref}").get_data(as_text=True).count("Ward host") == 0

    # The editor sees the change waiting, field by field.
    tasks = page(client.get(f"/employers/pathways/{pathway.id}"))
    assert "waiting for review" in text_of(tasks, "main")
    rows = {row["data-field"]: row for row in tasks.select(".app-revision [data-field]")}
    assert set(rows) == {"title", "description"}
    assert text_of(rows["title"], ".app-revision__live") == old_title
    assert text_of(rows["title"], ".app-revision__proposed") == "Ward host"

    # So does the moderator, who approves it: now it is live and the index is told.
    admin = make_user(session, "site_admin")
    session.commit()
    sign_in_as(client, admin)
    queue = page(client.get("/admin/moderation"))
    assert f"A change to {old_title}" in text_of(queue, ".app-revisions")
    review = page(client.get(f"/admin/moderation/{pathway.id}/revision"))
    assert {row["data-field"] for row in review.select(".app-revision [data-field]")} == {
        "title",
        "description",
    }
    client.post(f"/admin/moderation/{pathway.id}/revision", data={"decision": "approve"})
    session.expire_all()
    live = session.get(Pathway, pathway.id)
    assert live.title == "Ward host" and live.description.endswith("You will learn a lot.")
    assert live.pending_revision is None or not live.pending_revision
    assert _indexed(session, pathway) == 1
    actions = session.scalars(
        select(AuditEntry.action).where(AuditEntry.entity_id == str(pathway.id))
    ).all()
    assert actions.count("pathway.revision_submitted") == 2
    assert "pathway.revision_approved" in actions


def test_a_moderator_can_turn_a_change_down_and_the_editor_is_told(
    client: FlaskClient, session: Session
):
    pathway, editor = _live(session, requires_moderation=True)
    sign_in_as(client, editor)
    client.post(
        f"/employers/pathways/{pathway.id}/sections/basics",
        data=_basics(pathway, title="Ward host"),
    )
    admin = make_user(session, "site_admin")
    session.commit()
    sign_in_as(client, admin)
    client.post(
        f"/admin/moderation/{pathway.id}/revision",
        data={"decision": "return", "comment": "Keep the NHS job title"},
    )
    session.expire_all()
    assert session.get(Pathway, pathway.id).title != "Ward host"
    sign_in_as(client, editor)
    tasks = page(client.get(f"/employers/pathways/{pathway.id}"))
    assert "Keep the NHS job title" in text_of(tasks, "main")
    assert "pathway.revision_returned" in session.scalars(select(AuditEntry.action)).all()


def test_dates_and_closing_early_stay_instant_where_changes_are_reviewed(
    client: FlaskClient, session: Session
):
    pathway, editor = _live(session, requires_moderation=True)
    sign_in_as(client, editor)
    closing = dt.date.today() + dt.timedelta(days=40)
    response = client.post(
        f"/employers/pathways/{pathway.id}/sections/dates",
        data={"closing_date": f"{closing.day} {closing.month} {closing.year}"},
    )
    assert response.status_code == 302
    session.expire_all()
    assert session.get(Pathway, pathway.id).closing_date == closing
    assert not session.get(Pathway, pathway.id).pending_revision
    client.post(f"/employers/pathways/{pathway.id}/close")
    session.expire_all()
    assert session.get(Pathway, pathway.id).status == "closed"


def test_a_site_admin_edits_a_reviewed_organisations_live_pathway_at_once(
    client: FlaskClient, session: Session
):
    pathway, _editor = _live(session, requires_moderation=True)
    admin = make_user(session, "site_admin")
    session.commit()
    sign_in_as(client, admin)
    client.post(
        f"/employers/pathways/{pathway.id}/sections/basics",
        data=_basics(pathway, title="Ward host"),
    )
    session.expire_all()
    assert session.get(Pathway, pathway.id).title == "Ward host"


def _import(client: FlaskClient, records: list[dict]) -> str:
    import io
    import json

    body = "\n".join(json.dumps(r) for r in records).encode()
    uploaded = client.post(
        "/employers/imports",
        data={"file": (io.BytesIO(body), "pathways.jsonl")},
        content_type="multipart/form-data",
    )
    assert uploaded.status_code == 302, uploaded.data
    done = client.post(uploaded.headers["Location"], data={"mode": "all"}, follow_redirects=True)
    return text_of(page(done), "main")


def _as_record(pathway: Pathway, **changes: object) -> dict:
    from careers.services.interchange import pathway_to_record

    return {**pathway_to_record(pathway), **changes}


def test_an_import_into_a_reviewed_organisation_sends_live_changes_for_review(
    client: FlaskClient, session: Session
):
    pathway, editor = _live(session, requires_moderation=True)
    old_title = pathway.title
    closing = (dt.date.today() + dt.timedelta(days=60)).isoformat()
    sign_in_as(client, editor)
    said = _import(client, [_as_record(pathway, title="Ward host", closing_date=closing)])
    assert "wait for review" in said
    session.expire_all()
    live = session.get(Pathway, pathway.id)
    assert live.title == old_title  # the live version stays
    assert live.closing_date.isoformat() == closing  # dates stay instant
    assert live.pending_revision["values"] == {"title": "Ward host"}
    assert "pathway.revision_submitted" in session.scalars(select(AuditEntry.action)).all()


def test_an_import_that_breaks_a_check_leaves_the_live_pathway_alone(
    client: FlaskClient, session: Session
):
    pathway, editor = _live(session)
    sign_in_as(client, editor)
    said = _import(client, [_as_record(pathway, pay={"min": 9.0, "max": 9.0, "period": "hour"})])
    assert "not changed" in said
    session.expire_all()
    assert session.get(Pathway, pathway.id).pay_min == 31_000.0
