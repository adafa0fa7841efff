"""Imports follow the posting rules: new rows that fail a publish check become drafts."""

from __future__ import annotations

import datetime as dt
import io
import json

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import AuditEntry, Pathway
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import page, text_of

PLAIN = (
    "You will help patients wash, dress and eat. You will take their temperature and pulse. "
    "You will keep them company and help the nurses. You train while you work."
)


def _record(organisation: str, ref: str, **fields) -> dict:
    closing = (dt.date.today() + dt.timedelta(days=40)).isoformat()
    record = {
        "ref": ref,
        "organisation": organisation,
        "organisation_type": "nhs_trust",
        "type": "apprenticeship",
        "title": "Healthcare support worker apprentice",
        "summary": "Care for patients as you train.",
        "description": PLAIN,
        "entry": {"min_qualification_level": 0, "gcse_english_maths": False, "min_age": 16},
        "pay": {"period": "year", "min": 29000},
        "hours_per_week": 37.5,
        "closing_date": closing,
        "apply_url": "https://www.jobs.nhs.uk/candidate/search",
    }
    record.update(fields)
    return record


def _preview(client: FlaskClient, records: list[dict]) -> str:
    body = "\n".join(json.dumps(r) for r in records).encode()
    response = client.post(
        "/employers/imports",
        data={"file": (io.BytesIO(body), "pathways.jsonl")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    return response.headers["Location"]


def test_new_rows_that_fail_a_publish_check_are_imported_as_drafts_with_reasons(
    client: FlaskClient, session: Session
):
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    name = editor.organisation.name
    url = _preview(
        client,
        [
            _record(name, "CHK-GOOD"),
            _record(name, "CHK-JARGON", description=PLAIN + " You will be paid on Band 3 AfC."),
            _record(name, "CHK-LOWPAY", pay={"period": "hour", "min": 7.0}),
        ],
    )
    preview = page(client.get(url))
    held = text_of(preview, ".app-import-held")
    assert "CHK-JARGON" in held and "AfC" in held and "Say what it means" in held
    assert "CHK-LOWPAY" in held and "legal minimum for apprentices" in held
    assert "CHK-GOOD" not in held
    assert "A draft to fix" in text_of(preview, ".app-import-valid")

    response = client.post(url, data={"mode": "all"}, follow_redirects=True)
    assert "2 new pathways are saved as drafts" in page(response).get_text()
    statuses = dict(session.execute(select(Pathway.ref, Pathway.status)).all())
    assert statuses["CHK-GOOD"] == "published"
    assert statuses["CHK-JARGON"] == statuses["CHK-LOWPAY"] == "draft"
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "pathway.imported"))
    assert entry is not None and entry.changes["drafts"][1] == ["CHK-JARGON", "CHK-LOWPAY"]
    public = client.get("/pathways")
    assert "CHK-JARGON" not in public.get_data(as_text=True)


def test_updating_a_published_pathway_keeps_it_published_as_an_edit_would(
    client: FlaskClient, session: Session
):
    organisation = make_organisation(session)
    make_pathway(session, organisation=organisation, ref="CHK-LIVE", status="published")
    editor = make_user(session, "editor", organisation=organisation)
    session.commit()
    sign_in_as(client, editor)
    soon = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    url = _preview(client, [_record(organisation.name, "CHK-LIVE", closing_date=soon)])
    preview = page(client.get(url))
    assert "less than 7 days away" in text_of(preview, ".app-import-held")
    assert "Unchanged status" in text_of(preview, ".app-import-valid")
    client.post(url, data={"mode": "all"})
    live = session.scalar(select(Pathway).where(Pathway.ref == "CHK-LIVE"))
    assert live is not None and live.status == "published"


def test_a_moderated_organisation_sends_passing_rows_for_review_and_keeps_failing_ones(
    client: FlaskClient, session: Session
):
    organisation = make_organisation(session, requires_moderation=True)
    editor = make_user(session, "editor", organisation=organisation)
    session.commit()
    sign_in_as(client, editor)
    url = _preview(
        client,
        [
            _record(organisation.name, "MOD-GOOD"),
            _record(organisation.name, "MOD-BAD", entry=None),
        ],
    )
    client.post(url, data={"mode": "all"})
    statuses = dict(session.execute(select(Pathway.ref, Pathway.status)).all())
    assert statuses == {"MOD-GOOD": "in_review", "MOD-BAD": "draft"}
