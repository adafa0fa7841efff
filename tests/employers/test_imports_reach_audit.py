"""Bulk import preview and all-or-nothing; reach; the audit log; headers and CSRF."""

from __future__ import annotations

import datetime as dt
import io
import json

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers import create_app
from careers.config import Config
from careers.extensions import db
from careers.models import AuditEntry, Event, Pathway
from careers.services import reach
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import page, text_of


def _record(organisation: str, ref: str, **fields) -> dict:
    record = {
        "ref": ref,
        "organisation": organisation,
        "organisation_type": "nhs_trust",
        "type": "apprenticeship",
        "title": "Pharmacy assistant apprentice",
        "description": "You will help the pharmacy team count and check medicines.",
    }
    record.update(fields)
    return record


def _upload(client: FlaskClient, records: list[dict]):
    body = "\n".join(json.dumps(r) for r in records).encode()
    return client.post(
        "/employers/imports",
        data={"file": (io.BytesIO(body), "pathways.jsonl")},
        content_type="multipart/form-data",
    )


def test_an_import_previews_every_problem_and_writes_nothing_until_all_are_fixed(
    client: FlaskClient, session: Session
):
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    name = editor.organisation.name
    records = [
        _record(name, "IMP-001"),
        _record(name, "IMP-002", type="rocket"),
        _record("Someone Else's Trust", "IMP-003"),
    ]
    response = _upload(client, records)
    assert response.status_code == 302
    preview_url = response.headers["Location"]
    preview = page(client.get(preview_url))
    problems = text_of(preview, ".app-import-problems")
    assert "type" in problems and "you can only import your own pathways" in problems
    before = session.scalar(select(func.count(Pathway.id)))

    client.post(preview_url, data={"mode": "all"})
    assert session.scalar(select(func.count(Pathway.id))) == before

    client.post(preview_url, data={"mode": "valid_only"})
    assert session.scalar(select(Pathway.ref).where(Pathway.ref == "IMP-001")) == "IMP-001"
    assert session.scalar(select(func.count(Pathway.id))) == before + 1
    assert session.scalar(select(AuditEntry).where(AuditEntry.action == "pathway.imported"))


def test_a_large_import_runs_in_the_background_with_progress(
    app: Flask, client: FlaskClient, session: Session
):
    app.config["CAREERS_JOBS_INLINE"] = True
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    records = [_record(editor.organisation.name, f"BIG-{n:04d}") for n in range(250)]
    preview_url = _upload(client, records).headers["Location"]
    response = client.post(preview_url, data={})
    assert "/employers/imports/jobs/" in response.headers["Location"]
    job_page = page(client.get(response.headers["Location"]))
    assert "250 new" in text_of(job_page, "main")
    assert session.scalar(select(func.count(Pathway.id)).where(Pathway.ref.like("BIG-%"))) == 250


def test_an_upload_of_the_wrong_type_is_refused_with_a_clear_message(
    client: FlaskClient, session: Session
):
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    response = client.post(
        "/employers/imports",
        data={"file": (io.BytesIO(b"MZ\x90"), "virus.exe")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 400
    assert "CSV" in text_of(page(response), ".nhsuk-error-summary")


def test_the_csv_template_has_the_interchange_columns(client: FlaskClient, session: Session):
    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    body = client.get("/employers/imports/template.csv").data.decode()
    assert body.splitlines()[0].startswith("ref,")


def _events(session: Session, pathway: Pathway, n: int, **fields) -> None:
    for _ in range(n):
        session.add(
            Event(day=dt.date(2026, 1, 5), pathway_id=pathway.id,
                  organisation_id=pathway.organisation_id, **fields)
        )  # fmt: skip


def test_reach_shows_the_deprived_share_and_suppresses_small_counts(
    client: FlaskClient, session: Session
):
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    _events(session, pathway, 30, kind="shown", imd_decile=2, age_band="16_17")
    _events(session, pathway, 10, kind="shown", imd_decile=8, age_band="18_19")
    _events(session, pathway, 3, kind="apply", imd_decile=2, age_band="16_17")
    session.commit()
    sign_in_as(client, editor)
    soup = page(client.get(f"/employers/pathways/{pathway.id}/reach"))
    assert "75%" in text_of(soup, "#headline")
    assert text_of(soup, "#total-shown") == "40"
    assert text_of(soup, "#total-apply") == "fewer than 10"
    assert len(soup.select(".app-chart svg")) == len(soup.select("table.app-reach-table")) == 4
    assert "3" not in text_of(soup, "#total-apply")
    csv_body = client.get(f"/employers/pathways/{pathway.id}/reach.csv").data.decode()
    assert "fewer than 10" in csv_body and ",3," not in csv_body


def test_csv_cells_cannot_start_a_formula():
    assert reach.safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert reach.safe_cell("+1") == "'+1"
    assert reach.safe_cell("@SUM") == "'@SUM"
    assert reach.safe_cell("Barts") == "Barts"


def test_org_admins_see_their_organisations_audit_log_only(client: FlaskClient, session: Session):
    admin = make_user(session, "org_admin")
    editor = make_user(session, "editor", organisation=admin.organisation)
    mine = make_pathway(session, organisation=admin.organisation, title="Ward clerk")
    theirs = make_pathway(session, organisation=make_organisation(session), title="Porter")
    session.commit()
    sign_in_as(client, editor)
    client.post(f"/employers/pathways/{mine.id}/close")
    entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "pathway.closed"))
    assert entry is not None and entry.user_id == editor.id
    assert entry.changes["status"] == ["published", "closed"]
    other = AuditEntry(
        organisation_id=theirs.organisation_id,
        action="pathway.closed",
        entity_type="pathway",
        entity_id=str(theirs.id),
        summary="Closed Porter",
    )
    session.add(other)
    session.commit()
    sign_in_as(client, admin)
    log = text_of(page(client.get("/employers/audit-log")), "table")
    assert "Closed Ward clerk early" in log and editor.email in log
    assert "Porter" not in log


def test_employer_pages_send_the_security_headers(client: FlaskClient, session: Session):
    response = client.get("/sign-in")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "'unsafe-inline'" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    scripts = page(response).select("script:not([src])")
    assert all(s.get("nonce") or s.get("type") == "application/ld+json" for s in scripts)


def test_forms_are_refused_without_a_csrf_token(config: Config):
    app = create_app(config)  # CSRF on, as in production
    with app.app_context():
        editor = make_user(db.session(), "editor")
        db.session.commit()
        client = app.test_client()
        refused = client.post("/sign-in", data={"email": editor.email, "password": "x" * 12})
        assert refused.status_code == 400
        form = page(client.get("/sign-in"))
        token = form.select_one("input[name=csrf_token]")["value"]
        accepted = client.post(
            "/sign-in",
            data={"email": editor.email, "password": "correct horse battery staple",
                  "csrf_token": token},
        )  # fmt: skip
        assert accepted.status_code == 302
    app.extensions["database"].dispose()


def test_an_upload_nobody_confirms_is_deleted_after_a_day(
    client: FlaskClient, session: Session, config: Config
):
    import os

    from careers.services import pathway_import

    editor = make_user(session, "editor")
    session.commit()
    sign_in_as(client, editor)
    preview_url = _upload(client, [_record(editor.organisation.name, "OLD-1")]).headers["Location"]
    assert client.get(preview_url).status_code == 200
    folder = pathway_import.uploads_dir(config.DATA_DIR)
    day_ago = dt.datetime.now() - pathway_import.UPLOAD_LIFETIME - dt.timedelta(minutes=1)
    for path in folder.iterdir():
        os.utime(path, (day_ago.timestamp(), day_ago.timestamp()))
    assert client.get(preview_url).status_code == 404
    assert list(folder.iterdir()) == []
    stale = _upload(client, [_record(editor.organisation.name, "OLD-2")]).headers["Location"]
    for path in folder.iterdir():
        os.utime(path, (day_ago.timestamp(), day_ago.timestamp()))
    _upload(client, [_record(editor.organisation.name, "NEW-1")])  # a new upload sweeps
    assert len(list(folder.iterdir())) == 2
    assert client.get(stale).status_code == 404
