"""The embedding store and catalogue loading for the matching engine.

Each pathway's embedding is kept in pathway_embeddings with the model id and a hash of the text
it was made from, so a pathway is encoded again only when its text or the model changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import numpy as np
from sqlalchemy import Connection, Engine, delete, select
from sqlalchemy.orm import Session

from careers.matching.columns import record_text
from careers.matching.encoder import Encoder
from careers.matching.text import text_hash
from careers.matching.types import PathwayRecord
from careers.models import Organisation, Pathway, PathwayEmbedding, PathwayLink, PostcodeDistrict

SEARCHABLE = "published"
BATCH = 64

Progress = Callable[[int, int], None]  # (done, total)


def load_records(session: Session, ids: Iterable[int] | None = None) -> list[PathwayRecord]:
    """Searchable (published) pathways as plain records; all of them, or those of `ids`."""
    stmt = (
        select(
            Pathway.id,
            Pathway.ref,
            Pathway.title,
            Organisation.name,
            Pathway.type,
            Pathway.description,
            Pathway.summary,
            Pathway.skills,
            Pathway.interests,
            Pathway.sector,
            Pathway.level,
            Pathway.min_qualification_level,
            Pathway.gcse_english_maths,
            Pathway.min_age,
            Pathway.postcode,
            Pathway.latitude,
            Pathway.longitude,
            Pathway.remote,
            Pathway.pay_min,
            Pathway.pay_max,
            Pathway.pay_period,
            Pathway.closing_date,
            Pathway.supports,
            Pathway.hours_per_week,
        )
        .join(Organisation, Organisation.id == Pathway.organisation_id)
        .where(Pathway.status == SEARCHABLE)
        .order_by(Pathway.id)
    )
    id_list = None if ids is None else sorted(set(ids))
    if id_list is not None:
        if not id_list:
            return []
        stmt = stmt.where(Pathway.id.in_(id_list))
    rows = session.execute(stmt).all()
    link_stmt = select(PathwayLink.from_id, PathwayLink.to_id).order_by(
        PathwayLink.from_id, PathwayLink.position
    )
    if id_list is not None:
        link_stmt = link_stmt.where(PathwayLink.from_id.in_(id_list))
    links: dict[int, list[int]] = {}
    for from_id, to_id in session.execute(link_stmt):
        links.setdefault(from_id, []).append(to_id)
    districts: dict[str, tuple[float, float]] | None = None
    records: list[PathwayRecord] = []
    for row in rows:
        lat, lon = row.latitude, row.longitude
        if (lat is None or lon is None) and row.postcode:
            if districts is None:
                districts = {
                    d.outcode: (d.latitude, d.longitude)
                    for d in session.execute(
                        select(
                            PostcodeDistrict.outcode,
                            PostcodeDistrict.latitude,
                            PostcodeDistrict.longitude,
                        )
                    )
                }
            found = districts.get(row.postcode.strip().upper().split(" ")[0])
            if found:
                lat, lon = found
        records.append(
            PathwayRecord(
                id=row.id,
                ref=row.ref,
                title=row.title,
                organisation=row.name,
                type=row.type,
                description=row.description or "",
                summary=row.summary,
                skills=tuple(row.skills or ()),
                interests=tuple(row.interests or ()),
                sector=row.sector,
                level=row.level,
                min_qualification_level=row.min_qualification_level,
                gcse_english_maths=row.gcse_english_maths,
                min_age=row.min_age,
                postcode=row.postcode,
                latitude=lat,
                longitude=lon,
                remote=bool(row.remote),
                pay_min=row.pay_min,
                pay_max=row.pay_max,
                pay_period=row.pay_period,
                closing_date=row.closing_date,
                supports=tuple(row.supports or ()),
                hours_per_week=row.hours_per_week,
                next_step_ids=tuple(links.get(row.id, ())),
            )
        )
    return records


def stored_vectors(
    session: Session, records: Sequence[PathwayRecord], model_id: str
) -> tuple[dict[int, np.ndarray], list[PathwayRecord]]:
    """Current stored embeddings by pathway id, and the records that need encoding."""
    wanted = {r.id: text_hash(record_text(r)) for r in records}
    found: dict[int, np.ndarray] = {}
    ids = list(wanted)
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        rows = session.execute(
            select(
                PathwayEmbedding.pathway_id,
                PathwayEmbedding.model_id,
                PathwayEmbedding.text_hash,
                PathwayEmbedding.vector,
            ).where(PathwayEmbedding.pathway_id.in_(chunk))
        )
        for pid, mid, h, blob in rows:
            if mid == model_id and h == wanted[pid]:
                found[pid] = np.frombuffer(blob, dtype="<f4").astype(np.float32)
    missing = [r for r in records if r.id not in found]
    return found, missing


def encode_and_store(
    session: Session,
    records: Sequence[PathwayRecord],
    encoder: Encoder,
    progress: Progress | None = None,
) -> dict[int, np.ndarray]:
    """Encode these records in batches and write their embeddings (flushed, not committed)."""
    out: dict[int, np.ndarray] = {}
    total = len(records)
    for start in range(0, total, BATCH):
        batch = records[start : start + BATCH]
        texts = [record_text(r) for r in batch]
        vectors = encoder.encode(texts)
        ids = [r.id for r in batch]
        session.execute(delete(PathwayEmbedding).where(PathwayEmbedding.pathway_id.in_(ids)))
        for r, text, vec in zip(batch, texts, vectors, strict=True):
            session.add(
                PathwayEmbedding(
                    pathway_id=r.id,
                    model_id=encoder.model_id,
                    text_hash=text_hash(text),
                    vector=np.asarray(vec, dtype="<f4").tobytes(),
                )
            )
            out[r.id] = vec
        session.flush()
        if progress:
            progress(min(start + BATCH, total), total)
    return out


def vectors_for(
    bind: Engine | Connection,
    records: Sequence[PathwayRecord],
    encoder: Encoder,
    progress: Progress | None = None,
) -> tuple[np.ndarray, int]:
    """Row-aligned vectors for records: stored ones reused, the rest encoded and stored (in a
    session of their own, committed). Returns the matrix and how many were encoded."""
    with Session(bind) as own:
        found, missing = stored_vectors(own, records, encoder.model_id)
        if missing:
            try:
                found.update(encode_and_store(own, missing, encoder, progress))
                own.commit()
            except Exception:
                # another worker stored them first, or the database is read-only: still serve
                own.rollback()
                texts = [record_text(r) for r in missing]
                found.update(zip([r.id for r in missing], encoder.encode(texts), strict=True))
    if not records:
        return np.zeros((0, encoder.dim), dtype=np.float32), 0
    matrix = np.stack([found[r.id] for r in records]).astype(np.float32)
    return matrix, len(missing)
