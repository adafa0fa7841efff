"""Bulk import on screen, over careers.services.interchange: keep the upload, preview every
row's problems, then write all rows (or only the valid ones), in the background when large.

Imports follow the same rules as posting on screen: a new pathway is published (or sent for
review, where the organisation is moderated) only when it passes the publish checks; a new row
that fails one is imported as a draft, its problems listed in the preview, to be fixed on its
task list. A row that updates an existing pathway keeps its status, as an edit on screen does
(withdrawing live pathways because, say, their closing date is now near would be worse); the
preview still lists its check problems.

Staff can only import their own organisation's pathways: a row naming another organisation,
or a reference that belongs to another organisation, is a problem like any other.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.csv_cells import safe_cell
from careers.models import Job, Organisation, Pathway, User
from careers.services import audit, interchange, pathway_admin, wage_rates
from careers.services.matcher import pathway_changed
from careers.services.publish_checks import Check, run_checks

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
UPLOAD_LIFETIME = dt.timedelta(hours=24)  # a preview nobody confirms is deleted after this
BACKGROUND_ROWS = 200
EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json"}


class UploadError(ValueError):
    pass


@dataclass
class Upload:
    token: str
    filename: str
    format: str
    user_id: int
    organisation_id: int


def uploads_dir(data_dir: Path) -> Path:
    return data_dir / "uploads"


def save_upload(data_dir: Path, filename: str, data: bytes, user: User) -> Upload:
    """Keep an uploaded file for the preview and the import; checks size and type first."""
    suffix = Path(filename or "").suffix.lower()
    if suffix not in EXTENSIONS:
        raise UploadError("The file must be a CSV (.csv) or JSON Lines (.jsonl) file")
    if not data:
        raise UploadError("The file is empty")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadError("The file must be smaller than 5 MB. Split it into smaller files")
    if user.organisation_id is None:
        raise UploadError("Only staff of an organisation can import its pathways")
    folder = uploads_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    discard_stale_uploads(data_dir)
    token = secrets.token_urlsafe(16)
    upload = Upload(
        token, Path(filename).name[:100], EXTENSIONS[suffix], user.id, user.organisation_id
    )
    (folder / f"{token}.data").write_bytes(data)
    (folder / f"{token}.json").write_text(json.dumps(upload.__dict__))
    return upload


def load_upload(data_dir: Path, token: str, user: User) -> tuple[Upload, bytes] | None:
    """The upload, when it exists and belongs to this user; None otherwise."""
    if not token.replace("-", "").replace("_", "").isalnum():
        return None
    meta = uploads_dir(data_dir) / f"{token}.json"
    if not meta.exists():
        return None
    if _stale(meta, dt.datetime.now(dt.UTC)):
        discard_upload(data_dir, token)
        return None
    upload = Upload(**json.loads(meta.read_text()))
    if upload.user_id != user.id:
        return None
    return upload, (uploads_dir(data_dir) / f"{token}.data").read_bytes()


def _stale(path: Path, now: dt.datetime) -> bool:
    try:
        saved = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except FileNotFoundError:
        return True
    return now - saved > UPLOAD_LIFETIME


def discard_stale_uploads(data_dir: Path, now: dt.datetime | None = None) -> int:
    """Delete uploads older than UPLOAD_LIFETIME that were never imported; how many went."""
    now = now or dt.datetime.now(dt.UTC)
    folder = uploads_dir(data_dir)
    gone = 0
    for meta in folder.glob("*.json") if folder.exists() else ():
        if _stale(meta, now):
            discard_upload(data_dir, meta.stem)
            gone += 1
    for data in folder.glob("*.data") if folder.exists() else ():
        if not data.with_suffix(".json").exists() and _stale(data, now):
            data.unlink(missing_ok=True)
    return gone


def discard_upload(data_dir: Path, token: str) -> None:
    for suffix in (".json", ".data"):
        (uploads_dir(data_dir) / f"{token}{suffix}").unlink(missing_ok=True)


def check(
    session: Session, data: bytes, format: str, organisation: Organisation
) -> interchange.Report:
    """Every row with every problem; nothing is written. Raises interchange.FileError."""
    report = interchange.validate(session, interchange.parse_file(io.BytesIO(data), format))
    owners: dict[str, int] = {
        ref: owner
        for ref, owner in session.execute(
            select(Pathway.ref, Pathway.organisation_id).where(
                Pathway.ref.in_([row.ref for row in report.rows if row.ref])
            )
        )
    }
    for row in report.rows:
        record = row.record or {}
        named = str(record.get("organisation") or "").strip().lower()
        if row.record is not None and named != organisation.name.lower():
            row.problems.append(
                interchange.Problem(
                    row.line,
                    "organisation",
                    f"must be {organisation.name}: you can only import your own pathways",
                )
            )
        if row.ref and owners.get(row.ref) not in (None, organisation.id):
            row.problems.append(
                interchange.Problem(
                    row.line, "ref", "this reference is used by another organisation"
                )
            )
    return report


def _candidate(record: dict[str, Any]) -> Pathway:
    """A transient pathway (never added to a session) with what the publish checks read."""
    entry, pay = record["entry"], record["pay"]
    closing = record["closing_date"]
    return Pathway(
        type=record["type"],
        title=record["title"],
        summary=record["summary"],
        description=record["description"],
        min_qualification_level=entry["min_qualification_level"],
        gcse_english_maths=entry["gcse_english_maths"],
        min_age=entry["min_age"],
        hours_per_week=record["hours_per_week"],
        pay_period=pay["period"] if pay else None,
        pay_min=pay.get("min") if pay else None,
        pay_max=pay.get("max") if pay else None,
        closing_date=dt.date.fromisoformat(closing) if closing else None,
        apply_url=record["apply_url"],
    )


def publish_problems(
    report: interchange.Report, today: dt.date | None = None
) -> dict[int, list[Check]]:
    """The publish checks each valid row fails, by line: new rows among them become drafts."""
    found: dict[int, list[Check]] = {}
    for row in report.valid_rows:
        assert row.record is not None
        checks = run_checks(_candidate(row.record), today)
        if checks:
            found[row.line] = checks
    return found


@dataclass
class Outcome:
    created: int
    updated: int
    skipped: int
    refs: list[str]
    drafts: list[str] = field(default_factory=list)  # new rows held back by the checks
    pending: list[str] = field(default_factory=list)  # live updates waiting for review
    refused: list[str] = field(default_factory=list)  # live updates that failed a check


def write(
    session: Session,
    report: interchange.Report,
    organisation: Organisation,
    actor: User | None,
    skip_invalid: bool,
    today: dt.date | None = None,
) -> Outcome:
    """Apply the report; raises interchange.ImportRejected when all-or-nothing and a row is bad.
    New rows that fail a publish check are saved as drafts."""
    status = "in_review" if organisation.requires_moderation else "published"
    rates = wage_rates.from_database(session)
    today = today or dt.date.today()
    live_before = _live_updates(session, report, today, rates)
    result = interchange.apply(session, report, skip_invalid, status=status)
    pending, refused = _hold_live_updates(session, live_before, actor, organisation, today, rates)
    created = [row.ref for row in report.valid_rows if row.action == "create" and row.ref]
    drafts: list[str] = []
    for pathway in session.scalars(select(Pathway).where(Pathway.ref.in_(created))):
        if pathway.status != "draft" and run_checks(pathway, today, rates):
            pathway.status = "draft"
            pathway.published_at = None
            pathway_changed(session, pathway.id, removed=True)
            drafts.append(pathway.ref)
    drafts.sort()
    held = f", {len(drafts)} saved as drafts to fix" if drafts else ""
    audit.record(
        session,
        actor,
        "pathway.imported",
        "organisation",
        organisation.id,
        f"Imported pathways: {result.created} new, {result.updated} updated, "
        f"{result.skipped} skipped{held}",
        organisation_id=organisation.id,
        changes={"refs": ([], result.refs[:200]), "drafts": ([], drafts[:200])},
    )
    return Outcome(
        result.created, result.updated, result.skipped, result.refs, drafts, pending, refused
    )


def _live_updates(
    session: Session, report: interchange.Report, today: dt.date, rates: wage_rates.Rates
) -> dict[int, tuple[dict[str, Any], set[str]]]:
    """Each live pathway the import will update: its answers, and the checks it fails now."""
    refs = [row.ref for row in report.valid_rows if row.action == "update" and row.ref]
    live = session.scalars(
        select(Pathway).where(Pathway.ref.in_(refs), Pathway.status == pathway_admin.LIVE)
    )
    return {
        p.id: (pathway_admin.snapshot(p), pathway_admin.codes(run_checks(p, today, rates)))
        for p in live
    }


def _hold_live_updates(
    session: Session,
    live_before: dict[int, tuple[dict[str, Any], set[str]]],
    actor: User | None,
    organisation: Organisation,
    today: dt.date,
    rates: wage_rates.Rates,
) -> tuple[list[str], list[str]]:
    """The same rule as editing on screen: an update to a live pathway that newly fails a check
    is undone; where the organisation's changes are reviewed (and the importer is not a site
    admin), the update becomes a pending revision and the live pathway stays as it was. Dates
    stay instant. Returns the refs sent for review and the refs refused."""
    pending: list[str] = []
    refused: list[str] = []
    reviewed = organisation.requires_moderation and not (actor and actor.role == "site_admin")
    for pathway_id, (before, failing) in live_before.items():
        pathway = session.get(Pathway, pathway_id)
        assert pathway is not None
        after = pathway_admin.snapshot(pathway)
        changed = [name for name in after if name != "status" and after[name] != before[name]]
        if not changed:
            continue
        held = [name for name in changed if name not in ("closing_date", "start_date")]
        if pathway_admin.codes(run_checks(pathway, today, rates)) - failing:
            pathway_admin.assign(session, pathway, {name: before[name] for name in changed})
            refused.append(pathway.ref)
        elif reviewed and held:
            pathway_admin.assign(session, pathway, {name: before[name] for name in held})
            pathway_admin.propose(
                session, pathway, actor, {name: after[name] for name in held}, "an imported change"
            )
            pending.append(pathway.ref)
        pathway_changed(session, pathway.id)
    return sorted(pending), sorted(refused)


def background_import(session: Session, job: Job, progress: Any) -> dict[str, Any]:
    """The job function for a large import (payload: token, data_dir, skip_invalid)."""
    payload = job.payload or {}
    data_dir = Path(payload["data_dir"])
    actor = session.get(User, job.user_id) if job.user_id else None
    organisation = session.get(Organisation, job.organisation_id)
    if actor is None or organisation is None:
        raise RuntimeError("The account or organisation no longer exists")
    found = load_upload(data_dir, payload["token"], actor)
    if found is None:
        raise RuntimeError("The uploaded file has gone. Upload it again")
    upload, data = found
    report = check(session, data, upload.format, organisation)
    progress(len(report.rows) // 2, total=len(report.rows))
    result = write(session, report, organisation, actor, bool(payload.get("skip_invalid")))
    discard_upload(data_dir, upload.token)
    return {
        "created": result.created,
        "updated": result.updated,
        "skipped": result.skipped,
        "drafts": len(result.drafts),
        "pending": len(result.pending),
        "refused": len(result.refused),
    }


TEMPLATE_EXAMPLE: dict[str, str] = {
    "ref": "YOURORG-HCSW-001",
    "type": "apprenticeship",
    "title": "Healthcare support worker apprentice",
    "description": "You will help patients wash, dress and eat, and train while you work.",
}


def csv_template(organisation: Organisation) -> str:
    """A CSV with the interchange columns and one example row to copy."""
    import csv

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(interchange.CSV_COLUMNS), extrasaction="ignore")
    writer.writeheader()
    example = dict(
        TEMPLATE_EXAMPLE, organisation=organisation.name, organisation_type=organisation.type
    )
    writer.writerow({k: safe_cell(example.get(k, "")) for k in interchange.CSV_COLUMNS})
    return out.getvalue()


def summary(
    created: int, updated: int, skipped: int, drafts: int, pending: int = 0, refused: int = 0
) -> str:
    """What an import did, in a sentence for the person who ran it."""
    text = f"Imported {created} new and {updated} updated pathways"
    if pending:
        text += (
            f". Changes to {pending} live {'pathway wait' if pending == 1 else 'pathways wait'} "
            "for review: young people see the live versions until a site administrator approves"
        )
    if refused:
        text += (
            f". {refused} live {'pathway was' if refused == 1 else 'pathways were'} not changed, "
            "because the update failed a publish check: edit them on screen to see why"
        )
    if drafts:
        text += (
            f". {drafts} new {'pathway is' if drafts == 1 else 'pathways are'} saved as "
            "drafts: fix the problems on each task list, then publish"
        )
    if skipped:
        text += f". {skipped} rows with problems were left out"
    return text
