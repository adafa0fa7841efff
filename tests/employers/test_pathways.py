"""Posting a pathway as a task list: sections, drafts, checks, publishing, moderation, closing."""

from __future__ import annotations

import datetime as dt

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import AuditEntry, IndexChange, Pathway, Site
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import assert_well_formed_page, page, text_of

PLAIN_DESCRIPTION = (
    "You will help patients wash, dress and eat. You will take their temperature and pulse. "
    "You will keep them company and help the nurses. You train for a Level 2 qualification "
    "while you work."
)


def post_section(client: FlaskClient, pathway_id: int, section: str, data: dict):
    return client.post(f"/employers/pathways/{pathway_id}/sections/{section}", data=data)


def fill_in_everything(client: FlaskClient, pathway_id: int) -> None:
    closing = dt.date.today() + dt.timedelta(days=30)
    answers = {
        "basics": {"title": "Healthcare support worker apprentice", "type": "apprenticeship",
                   "sector": "nursing", "summary": "Care for patients as you train.",
                   "level": "2"},
        "duties": {"description": PLAIN_DESCRIPTION},
        "skills": {"skills": ["kindness", "teamwork"], "other_skills": "Cooking, first aid",
                   "interests": ["caring for people"]},
        "entry": {"min_qualification_level": "0", "gcse_english_maths": "no", "min_age": "16"},
        "pay": {"pay_period": "year", "pay_min": "29,000", "hours_per_week": "37.5"},
        "location": {"postcode": "se5 9rs"},
        "dates": {"closing_date": f"{closing.day} {closing.month} {closing.year}"},
        "apply": {"apply_url": "https://www.jobs.nhs.uk/candidate/search"},
        "supports": {"supports": ["care_leaver", "young_carer"]},
    }  # fmt: skip
    for section, data in answers.items():
        response = post_section(client, pathway_id, section, data)
        assert response.status_code == 302, (section, page(response).select(".nhsuk-error-message"))


def test_an_editor_posts_a_pathway_section_by_section_and_publishes_it(
    client: FlaskClient, session: Session
):
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    response = client.post(
        "/employers/pathways/new", data={"title": "Healthcare apprentice", "type": "apprenticeship"}
    )
    pathway = session.scalar(select(Pathway).where(Pathway.title == "Healthcare apprentice"))
    assert pathway is not None and pathway.status == "draft"
    assert pathway.organisation_id == editor.organisation_id
    tasks = assert_well_formed_page(client.get(response.headers["Location"]))
    assert "Not started" in text_of(tasks, ".nhsuk-task-list")

    fill_in_everything(client, pathway.id)
    session.expire_all()
    pathway = session.get(Pathway, pathway.id)
    assert pathway.skills == ["kindness", "teamwork", "cooking", "first aid"]
    assert pathway.pay_min == 29_000 and pathway.postcode == "SE5 9RS"
    assert session.scalar(select(IndexChange).where(IndexChange.pathway_id == pathway.id)) is None

    checks = assert_well_formed_page(client.get(f"/employers/pathways/{pathway.id}/checks"))
    assert "passes every check" in text_of(checks, "main")
    assert client.post(f"/employers/pathways/{pathway.id}/publish").status_code == 302
    session.expire_all()
    assert session.get(Pathway, pathway.id).status == "published"
    assert session.scalar(select(IndexChange).where(IndexChange.pathway_id == pathway.id))
    actions = session.scalars(
        select(AuditEntry.action).where(AuditEntry.entity_id == str(pathway.id))
    ).all()
    assert "pathway.created" in actions and "pathway.published" in actions
    assert "pathway.edited" in actions


def test_a_draft_is_saved_at_any_point_and_shows_as_a_draft(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation, status="draft")
    session.commit()
    sign_in_as(client, editor)
    post_section(client, pathway.id, "duties", {"description": "Just a start."})
    listing = page(client.get("/employers/?status=draft"))
    assert pathway.title in text_of(listing, "table")
    assert "Draft" in text_of(listing, "table")


def test_publishing_checks_explain_each_problem_with_a_fix(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    pathway = make_pathway(
        session,
        organisation=editor.organisation,
        status="draft",
        description=(
            "The successful candidate will facilitate the multidisciplinary delivery of "
            "comprehensive therapeutic interventions at Band 3, demonstrating organisational "
            "accountability and professional responsibility within a dynamic environment "
            "characterised by considerable operational complexity, working towards an NVQ."
        ),
        closing_date=dt.date.today() + dt.timedelta(days=3),
        pay_min=20_000.0,
        pay_period="year",
        hours_per_week=37.5,
        min_qualification_level=None,
        gcse_english_maths=None,
        min_age=None,
    )
    session.commit()
    sign_in_as(client, editor)
    soup = page(client.get(f"/employers/pathways/{pathway.id}/checks"))
    codes = {li["data-check"] for li in soup.select("[data-check]")}
    assert codes >= {"reading_age", "jargon", "closing_soon", "below_living_wage", "entry_missing"}
    text = text_of(soup, "main")
    assert "London Living Wage" in text and "£10.26 an hour" in text
    assert "at least 7 days" in text
    assert not soup.select("form[action$='/publish']")
    assert client.post(f"/employers/pathways/{pathway.id}/publish").status_code == 302
    session.expire_all()
    assert session.get(Pathway, pathway.id).status == "draft"


def test_a_moderated_organisation_sends_for_review_and_the_site_admin_returns_it(
    client: FlaskClient, session: Session
):
    organisation = make_organisation(session, requires_moderation=True)
    editor = make_user(session, "editor", organisation=organisation)
    admin = make_user(session, "site_admin")
    pathway = make_pathway(session, organisation=organisation, status="draft")
    session.commit()
    sign_in_as(client, editor)
    client.post(f"/employers/pathways/{pathway.id}/publish")
    session.expire_all()
    assert session.get(Pathway, pathway.id).status == "in_review"
    assert session.scalar(select(IndexChange).where(IndexChange.pathway_id == pathway.id)) is None

    sign_in_as(client, admin)
    queue = page(client.get("/admin/moderation"))
    assert pathway.title in text_of(queue, "main")
    response = client.post(
        f"/admin/moderation/{pathway.id}",
        data={"decision": "return", "comment-description": "Say what a typical day is like."},
    )
    assert response.status_code == 302
    session.expire_all()
    returned = session.get(Pathway, pathway.id)
    assert returned.status == "draft"
    assert returned.review_comments == {"description": "Say what a typical day is like."}

    sign_in_as(client, editor)
    tasks = page(client.get(f"/employers/pathways/{pathway.id}"))
    assert "Change asked for" in text_of(tasks, ".nhsuk-task-list")
    section = page(client.get(f"/employers/pathways/{pathway.id}/sections/duties"))
    assert "Say what a typical day is like." in text_of(section, "main")
    post_section(client, pathway.id, "duties", {"description": PLAIN_DESCRIPTION})
    client.post(f"/employers/pathways/{pathway.id}/publish")

    sign_in_as(client, admin)
    client.post(f"/admin/moderation/{pathway.id}", data={"decision": "approve"})
    session.expire_all()
    assert session.get(Pathway, pathway.id).status == "published"
    assert session.scalar(select(IndexChange).where(IndexChange.pathway_id == pathway.id))


def test_editing_a_live_pathway_updates_the_index_at_once(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    post_section(client, pathway.id, "duties", {"description": PLAIN_DESCRIPTION + " More."})
    changes = session.scalars(select(IndexChange).where(IndexChange.pathway_id == pathway.id)).all()
    assert [c.op for c in changes] == ["upsert"]


def test_closing_early_removes_it_from_the_index(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    client.post(f"/employers/pathways/{pathway.id}/close")
    session.expire_all()
    closed = session.get(Pathway, pathway.id)
    assert closed.status == "closed" and closed.closing_date == dt.date.today()
    change = session.scalar(select(IndexChange).where(IndexChange.pathway_id == pathway.id))
    assert change is not None and change.op == "remove"
    client.post(f"/employers/pathways/{pathway.id}/archive")
    session.expire_all()
    assert session.get(Pathway, pathway.id).status == "archived"


def test_duplicating_to_another_site_makes_a_draft_there(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    site = Site(organisation=editor.organisation, name="King's Mill", postcode="NW1 2BU")
    session.add(site)
    session.commit()
    sign_in_as(client, editor)
    response = client.post(f"/employers/pathways/{pathway.id}/duplicate", data={"site_id": site.id})
    copy_id = int(response.headers["Location"].rstrip("/").split("/")[-1])
    copy = session.get(Pathway, copy_id)
    assert copy.status == "draft" and copy.postcode == "NW1 2BU" and copy.ref != pathway.ref
    assert copy.title == pathway.title and copy.skills == pathway.skills


def test_the_preview_shows_the_pathway_as_young_people_see_it(
    client: FlaskClient, session: Session
):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation, status="draft")
    session.commit()
    sign_in_as(client, editor)
    soup = assert_well_formed_page(client.get(f"/employers/pathways/{pathway.id}/preview"))
    assert text_of(soup, "h1") == pathway.title
    assert "What you will do" in text_of(soup, "main")
    assert "Preview" in text_of(soup, ".nhsuk-notification-banner")


def test_a_single_pay_figure_can_be_raised_later(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation, status="draft")
    session.commit()
    sign_in_as(client, editor)
    data = {"pay_period": "hour", "pay_min": "10.50", "hours_per_week": "37.5"}
    assert post_section(client, pathway.id, "pay", data).status_code == 302
    form = page(client.get(f"/employers/pathways/{pathway.id}/sections/pay"))
    assert form.select_one("#pay_max").get("value") in (None, "")
    raised = {**data, "pay_min": "14.10", "pay_max": ""}
    assert post_section(client, pathway.id, "pay", raised).status_code == 302
