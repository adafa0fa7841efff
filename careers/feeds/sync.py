"""The sync runner shared by every feed.

    result = sync(session, "faa", config)              # fetch every page, map, write, commit
    result = apply_mapped(session, "faa", mapped, complete=False)   # saved files (no closing)

A sync fetches every page before it writes anything. Then, in one transaction: each kept advert
is checked by the interchange format's `validate` (a record with problems is skipped and reported
with its reference), new and changed ones are written by `interchange.apply` (which calls
`pathway_changed` for each, so they reach the match index and every worker), unchanged ones only
have their last-seen time moved on, and, when the sync was complete (every page fetched and every
advert's reference read), the source's published pathways it did not see are closed (kept, not
deleted). A page that cannot be fetched fails the sync: nothing is written but the failed run.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from careers.config import Config
from careers.feeds import faa, nhs_jobs
from careers.feeds.common import SOURCE_NAMES, Candidate, Context, Mapped
from careers.feeds.http import FeedClient, FeedError
from careers.models import FeedRun, Organisation, Pathway, utcnow
from careers.models import Site as OrganisationSite
from careers.services import audit, geo, interchange
from careers.services.matcher import pathway_changed

log = logging.getLogger("careers.feeds")

SYNCED_FIELDS = ("disability_confident", "lars_code", "source_url")


@dataclass
class SyncResult:
    source: str
    status: str = "complete"  # complete | partial | failed
    pages: int = 0
    fetched: int = 0
    created: int = 0
    updated: int = 0
    closed: int = 0
    skipped: int = 0
    not_kept: int = 0
    problems: list[str] = field(default_factory=list)
    message: str | None = None
    refs: list[str] = field(default_factory=list)  # new or changed

    def summary(self) -> str:
        return (
            f"{self.created} new, {self.updated} updated, "
            f"{self.closed} closed, {self.skipped} skipped"
        )


Fetch = Callable[[FeedClient, Config, int | None], Any]


def sync(
    session: Session,
    source: str,
    config: Config,
    client: FeedClient | None = None,
    max_pages: int | None = None,
) -> SyncResult:
    """Fetch every page of the source and bring the catalogue in line with it; commits. A failed
    fetch leaves the catalogue as it was, records the failed run and raises FeedError."""
    started = utcnow()
    own_client = client is None
    client = client or FeedClient(timeout=config.FEED_TIMEOUT, retries=config.FEED_RETRIES)
    result = SyncResult(source)
    try:
        context = Context(session, config)
        mapped = Mapped()
        total = 0
        for number, pages, page in _pages(source, client, config, max_pages):
            result.pages, total = number, pages
            result.fetched += len(page["vacancies"]) if source == "faa" else len(page)
            mapped.extend(
                faa.map_response(context, page)
                if source == "faa"
                else nhs_jobs.map_response(context, page)
            )
        complete = result.pages >= total
        apply_mapped(session, source, mapped, complete=complete, result=result)
    except FeedError as exc:
        session.rollback()
        result.status, result.message = "failed", str(exc)
        log.error("%s: sync failed, nothing changed: %s", source, exc)
        _record(session, result, started)
        session.commit()
        raise
    except Exception:
        session.rollback()
        raise
    finally:
        if own_client:
            client.close()
    _record(session, result, started)
    session.commit()
    log.info("%s: %s (%s)", source, result.summary(), result.status)
    return result


def _pages(source: str, client: FeedClient, config: Config, max_pages: int | None) -> Any:
    if source == "faa":
        return faa.fetch_pages(client, config, max_pages)
    if source == "nhs_jobs":
        return nhs_jobs.fetch_pages(client, config, max_pages)
    raise ValueError(f"Unknown feed {source!r}")


def _record(session: Session, result: SyncResult, started: dt.datetime) -> None:
    session.add(
        FeedRun(
            source=result.source,
            status=result.status,
            started_at=started,
            finished_at=utcnow(),
            pages=result.pages,
            fetched=result.fetched,
            created=result.created,
            updated=result.updated,
            closed=result.closed,
            skipped=result.skipped,
            not_kept=result.not_kept,
            message=result.message,
            problems=result.problems[:200],
        )
    )


def apply_mapped(
    session: Session,
    source: str,
    mapped: Mapped,
    complete: bool,
    result: SyncResult | None = None,
) -> SyncResult:
    """Write what the feed gave, in the caller's transaction (no commit). Closes the source's
    pathways that it did not see only when `complete` and every advert's reference was read."""
    result = result or SyncResult(source)
    result.not_kept += len(mapped.not_kept)
    for bad in mapped.bad:
        result.problems.append(str(bad))
    unreadable = any(bad.source_ref is None for bad in mapped.bad)
    if not complete or unreadable:
        result.status = "partial"

    candidates = _unique(mapped.kept, result)
    report = interchange.validate(
        session,
        [interchange.RawRecord(n, c.record) for n, c in enumerate(candidates, start=1)],
    )
    by_line = {n: c for n, c in enumerate(candidates, start=1)}
    existing = {
        p.ref: p
        for p in session.scalars(
            select(Pathway).where(Pathway.ref.in_([c.ref for c in candidates]))
        )
    }
    to_write: list[interchange.Row] = []
    unchanged: list[int] = []
    for row in report.rows:
        candidate = by_line[row.line]
        if not row.valid:
            result.skipped += 1
            reason = "; ".join(f"{p.field}: {p.message}" for p in row.problems)
            result.problems.append(f"{SOURCE_NAMES[source]} {candidate.source_ref}: {reason}")
            continue
        pathway = existing.get(candidate.ref)
        if pathway is not None and pathway.source not in (None, source):
            result.skipped += 1
            result.problems.append(f"{candidate.ref}: already comes from {pathway.source}")
            continue
        if (
            pathway is not None
            and pathway.source is None
            and not pathway.ref.startswith(("FAA-", "NHSJOBS-"))
        ):
            result.skipped += 1
            continue
        if pathway is not None and _same(pathway, row, candidate):
            unchanged.append(pathway.id)
        else:
            to_write.append(row)
    for bad in mapped.bad:
        result.skipped += 1
        log.warning("%s: skipped %s", source, bad)

    now = utcnow()
    if to_write:
        written = interchange.apply(session, interchange.Report(to_write), status="published")
        result.created += written.created
        result.updated += written.updated
        result.refs.extend(written.refs)
        by_ref = {c.ref: c for c in candidates}
        for pathway in session.scalars(select(Pathway).where(Pathway.ref.in_(written.refs))):
            candidate = by_ref[pathway.ref]
            reopened = pathway.status == "closed"
            if reopened:
                pathway.status = "published"
            pathway.source = source
            pathway.source_ref = candidate.source_ref
            pathway.source_url = candidate.source_url
            pathway.source_seen_at = now
            pathway.disability_confident = candidate.disability_confident
            pathway.lars_code = candidate.lars_code
            _add_sites(session, pathway.organisation, candidate)
        session.flush()
    if unchanged:
        # Seen again, unchanged: only the last-seen time moves (updated_at stays as it was).
        session.execute(
            update(Pathway)
            .where(Pathway.id.in_(unchanged))
            .values(source_seen_at=now, updated_at=Pathway.updated_at)
        )
    if result.status == "complete":
        seen = {c.ref for c in candidates} | {bad.ref for bad in mapped.bad if bad.ref}
        result.closed = _close_missing(session, source, seen, mapped)
    return result


def _unique(candidates: list[Candidate], result: SyncResult) -> list[Candidate]:
    """One candidate per ref (the FAA list can repeat a multi-site vacancy, once per site)."""
    seen: dict[str, Candidate] = {}
    for candidate in candidates:
        if candidate.ref in seen:
            kept = seen[candidate.ref]
            for site in candidate.sites:
                if all(s.postcode != site.postcode for s in kept.sites):
                    kept.sites.append(site)
            continue
        seen[candidate.ref] = candidate
    return list(seen.values())


def _same(pathway: Pathway, row: interchange.Row, candidate: Candidate) -> bool:
    assert row.record is not None
    stored = interchange.pathway_to_record(pathway)
    fresh = dict(row.record)
    for record in (stored, fresh):
        record.pop("next_steps", None)
    stored.update({name: getattr(pathway, name) for name in SYNCED_FIELDS})
    fresh.update(
        {
            "disability_confident": candidate.disability_confident,
            "lars_code": candidate.lars_code,
            "source_url": candidate.source_url,
        }
    )
    return pathway.status != "closed" and stored == fresh


def _add_sites(session: Session, organisation: Organisation, candidate: Candidate) -> None:
    """The advert's sites (its main address and the others in the area) as the employer's."""
    known = {site.postcode for site in organisation.sites}
    for site in candidate.sites:
        if site.postcode in known:
            continue
        place = geo.lookup(session, site.postcode)
        organisation.sites.append(
            OrganisationSite(
                name=site.name[:200],
                postcode=site.postcode,
                latitude=place.latitude if place else None,
                longitude=place.longitude if place else None,
                borough_code=place.borough_code if place else None,
            )
        )
        known.add(site.postcode)


def _close_missing(session: Session, source: str, seen: set[str], mapped: Mapped) -> int:
    gone = [
        pathway
        for pathway in session.scalars(
            select(Pathway).where(Pathway.source == source, Pathway.status == "published")
        )
        if pathway.ref not in seen
    ]
    where = SOURCE_NAMES[source]
    for pathway in gone:
        pathway.status = "closed"
        audit.record(
            session,
            None,
            "pathway.closed",
            "pathway",
            pathway.ref,
            f"Closed {pathway.title}: no longer advertised on {where} (or no longer kept)",
            organisation_id=pathway.organisation_id,
            changes={"status": ["published", "closed"]},
        )
        pathway_changed(session, pathway.id, removed=True)
    session.flush()
    return len(gone)


def last_runs(session: Session) -> dict[str, FeedRun | None]:
    """Each source's most recent run (for `careers feeds status`)."""
    runs: dict[str, FeedRun | None] = {}
    for source in SOURCE_NAMES:
        runs[source] = session.scalar(
            select(FeedRun).where(FeedRun.source == source).order_by(FeedRun.id.desc()).limit(1)
        )
    return runs
