"""The synthetic catalogue: realistic pathways made from role families (families.json), the
seed catalogue and, when ../shared is present, the development catalogue; their embeddings."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from careers.config import PROJECT_ROOT

Echo = Callable[[str], None]
SHARED_DEV_CATALOGUE = PROJECT_ROOT.parent / "shared" / "eval" / "dev" / "catalogue.jsonl"
SEED_CATALOGUE = PROJECT_ROOT / "seed_data" / "pathways.jsonl"

# --- the synthetic catalogue --------------------------------------------------------------

_DATA = json.loads((Path(__file__).parent / "families.json").read_text(encoding="utf-8"))
FAMILIES: list[dict[str, Any]] = _DATA["families"]  # role families: titles, rules, text
ORGANISATION_KINDS: list[list[str]] = _DATA["organisation_kinds"]  # [name format, type]
PLACES_FALLBACK: list[list[Any]] = _DATA["places_fallback"]  # [outcode, lat, lon]
QUALIFIERS: list[str] = _DATA["qualifiers"]
SETTINGS: list[str] = _DATA["settings"]


def _source_records() -> list[dict[str, Any]]:
    """Real interchange records to vary, when the project or ../shared has them."""
    for path in (SEED_CATALOGUE, SHARED_DEV_CATALOGUE):
        if path.exists():
            lines = path.read_text(encoding="utf-8").splitlines()
            return [json.loads(line) for line in lines if line.strip()]
    return []


def _families() -> list[dict[str, Any]]:
    """Built-in role families, plus one per real record (its title, text and rules)."""
    families = list(FAMILIES)
    for record in _source_records():
        entry = record.get("entry") or {}
        text = " ".join(filter(None, [record.get("summary"), record.get("description")]))
        sentences = [s.strip() + "." for s in text.split(". ") if len(s.strip()) > 20]
        families.append(
            {
                "titles": [record["title"].split(" – ")[0]],
                "type": record.get("type", "job"),
                "sector": record.get("sector"),
                "level": record.get("level"),
                "skills": record.get("skills") or [],
                "interests": record.get("interests") or [],
                "sentences": sentences or [record.get("title", "")],
                "min_age": entry.get("min_age"),
                "min_qualification_level": entry.get("min_qualification_level"),
                "gcse": entry.get("gcse_english_maths"),
                "supports": record.get("supports") or [],
            }
        )
    return families


def _places(session: Any) -> list[tuple[str, float, float, str | None]]:
    from sqlalchemy import select

    from careers.models import PostcodeDistrict

    rows = session.execute(
        select(
            PostcodeDistrict.outcode,
            PostcodeDistrict.latitude,
            PostcodeDistrict.longitude,
            PostcodeDistrict.borough_code,
        ).where(PostcodeDistrict.in_london.is_(True))
    ).all()
    if rows:
        return [(r[0], r[1], r[2], r[3]) for r in rows]
    return [(o, lat, lon, None) for o, lat, lon in PLACES_FALLBACK]


@dataclass
class Catalogue:
    size: int
    family_of: dict[int, int] = field(default_factory=dict)  # pathway id -> family index
    places: list[tuple[str, float, float, str | None]] = field(default_factory=list)


def build_catalogue(session: Any, size: int, seed: int = 7) -> Catalogue:
    """Insert `size` synthetic published pathways (and their organisations) into the database."""
    from sqlalchemy import insert, select

    from careers.models import Organisation, Pathway, PathwayLink

    rng = random.Random(seed)
    families = _families()
    places = _places(session)
    areas = sorted({p[0] for p in places})[:40] or ["Southwark"]
    organisations = []
    for n, area in enumerate(areas):
        pattern, kind = ORGANISATION_KINDS[n % len(ORGANISATION_KINDS)]
        name = pattern.format(f"{area} District")
        organisations.append({"name": name, "slug": f"bench-{n}", "type": kind})
    session.execute(insert(Organisation), organisations)
    org_ids = list(session.scalars(select(Organisation.id).order_by(Organisation.id)))
    today = dt.date.today()
    rows = []
    families_by_row = []
    for n in range(size):
        f_index = n % len(families) if n < len(families) else rng.randrange(len(families))
        family = families[f_index]
        outcode, lat, lon, borough = rng.choice(places)
        title = rng.choice(QUALIFIERS) + rng.choice(family["titles"])
        if rng.random() < 0.7:
            title = f"{title} – {outcode} {rng.choice(SETTINGS)}"
        sentences = list(family["sentences"])
        rng.shuffle(sentences)
        keep = sentences[: max(1, rng.randint(len(sentences) // 2, len(sentences)))]
        keep.append(f"Based at our {rng.choice(SETTINGS)} in {outcode}.")
        kind = family["type"] if rng.random() < 0.85 else rng.choice(["job", "apprenticeship"])
        paid = kind in ("job", "apprenticeship") or rng.random() < 0.2
        rows.append(
            {
                "ref": f"BENCH-{n:06d}",
                "organisation_id": rng.choice(org_ids),
                "type": kind,
                "title": title[:200],
                "summary": keep[0],
                "description": " ".join(keep),
                "skills": rng.sample(family["skills"], k=min(len(family["skills"]), 3)),
                "interests": list(family["interests"]),
                "sector": family["sector"],
                "level": family["level"],
                "standard_code": None,
                "min_qualification_level": family.get(
                    "min_qualification_level", rng.choice([0, 0, 1, 2])
                ),
                "gcse_english_maths": family.get("gcse", rng.random() < 0.3),
                "min_age": family.get("min_age", rng.choice([None, 16, 16, 18])),
                "postcode": f"{outcode} {rng.randint(1, 9)}AA",
                "latitude": lat + rng.uniform(-0.01, 0.01),
                "longitude": lon + rng.uniform(-0.015, 0.015),
                "borough_code": borough,
                "remote": rng.random() < 0.03,
                "hours_per_week": rng.choice([None, 16.0, 30.0, 37.5]),
                "pay_min": rng.choice([11.44, 12.60, 23_615.0, 27_898.0]) if paid else None,
                "pay_max": None,
                "pay_period": ("hour" if rng.random() < 0.5 else "year") if paid else "none",
                "closing_date": today + dt.timedelta(days=rng.randint(-20, 120)),
                "start_date": None,
                "apply_url": "https://example.org/apply",
                "supports": family.get("supports")
                or rng.sample(
                    ["care_leaver", "young_carer", "local_resident", "neet"], k=rng.randint(0, 2)
                ),
                "status": "published",
                "is_example": True,
            }
        )
        families_by_row.append(f_index)
    for start in range(0, size, 5000):
        session.execute(insert(Pathway), rows[start : start + 5000])
    ids = list(session.scalars(select(Pathway.id).order_by(Pathway.id)))
    catalogue = Catalogue(
        size=size, family_of=dict(zip(ids, families_by_row, strict=True)), places=places
    )
    # progression links: about one pathway in ten leads on to another of the same family
    links = []
    by_family: dict[int, list[int]] = {}
    for pid, fam in catalogue.family_of.items():
        by_family.setdefault(fam, []).append(pid)
    for pid, fam in catalogue.family_of.items():
        if rng.random() < 0.1 and len(by_family[fam]) > 1:
            target = rng.choice(by_family[fam])
            if target != pid:
                links.append({"from_id": pid, "to_id": target, "position": 0})
    for start in range(0, len(links), 5000):
        session.execute(insert(PathwayLink), links[start : start + 5000])
    session.commit()
    return catalogue


def _cache_file(encoder: Any) -> Path:
    """Real pathway embeddings kept between runs, by model and text hash (instance/)."""
    base = Path(os.environ.get("CAREERS_DATA_DIR") or PROJECT_ROOT / "instance")
    safe = "".join(c if c.isalnum() else "-" for c in str(encoder.model_id))
    return base / f"bench-embeddings-{safe}.npz"


def _read_cache(path: Path) -> dict[str, np.ndarray]:
    try:
        with np.load(path) as data:
            return dict(zip([str(k) for k in data["keys"]], data["vectors"], strict=True))
    except (OSError, ValueError, KeyError):
        return {}


def _write_cache(path: Path, cache: dict[str, np.ndarray]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(list(cache)), vectors=np.stack(list(cache.values())))
        tmp.replace(path)
    except OSError:
        pass


THROUGHPUT_TEXTS = 96  # pathway texts always encoded afresh, to measure encoding speed


def store_embeddings(
    session: Any,
    catalogue: Catalogue,
    encoder: Any,
    sample: int,
    seed: int = 11,
    cache: bool = False,
) -> dict[str, float]:
    """Real embeddings for a sample of pathways, perturbed copies for the rest; all stored as
    the service would store them. Returns the real encoding throughput.

    The sample is the first `sample` pathways: the same texts in every catalogue size (the
    catalogues share their random seed), so with `cache` a text is encoded once per model,
    not once per size and run. Encoding speed is always measured on fresh texts."""
    from sqlalchemy import insert

    from careers.matching.columns import record_text
    from careers.matching.text import text_hash
    from careers.models import PathwayEmbedding
    from careers.services import embeddings

    rng = np.random.default_rng(seed)
    records = embeddings.load_records(session)
    texts = {r.id: record_text(r) for r in records}
    ids = [r.id for r in records]
    chosen = ids[:sample]
    cache_path = _cache_file(encoder)
    cached = _read_cache(cache_path) if cache else {}
    key = {pid: f"{text_hash(texts[pid])}" for pid in chosen}
    vectors: dict[int, np.ndarray] = {}
    timed = chosen[:THROUGHPUT_TEXTS]
    started = time.perf_counter()
    for pid, vec in zip(timed, encoder.encode([texts[i] for i in timed]), strict=True):
        vectors[pid] = vec
    seconds = time.perf_counter() - started
    missing = [pid for pid in chosen[len(timed) :] if key[pid] not in cached]
    if missing:
        for pid, vec in zip(missing, encoder.encode([texts[i] for i in missing]), strict=True):
            vectors[pid] = vec
    for pid in chosen:
        if pid not in vectors:
            vectors[pid] = cached[key[pid]]
    if cache and (missing or timed):
        cached.update({key[pid]: np.asarray(vectors[pid], dtype=np.float32) for pid in chosen})
        _write_cache(cache_path, cached)
    by_family: dict[int, list[int]] = {}
    for pid in chosen:
        by_family.setdefault(catalogue.family_of[pid], []).append(pid)
    rows = []
    for pid in ids:
        vec = vectors.get(pid)
        if vec is None:
            donors = by_family.get(catalogue.family_of[pid]) or chosen
            base = vectors[donors[int(rng.integers(len(donors)))]]
            vec = base + rng.normal(0.0, NOISE, size=base.shape).astype(np.float32)
            vec = (vec / np.linalg.norm(vec)).astype(np.float32)
        rows.append(
            {
                "pathway_id": pid,
                "model_id": encoder.model_id,
                "text_hash": text_hash(texts[pid]),
                "vector": np.asarray(vec, dtype="<f4").tobytes(),
            }
        )
    for start in range(0, len(rows), 5000):
        session.execute(insert(PathwayEmbedding), rows[start : start + 5000])
    session.commit()
    return {
        "encoded": len(chosen),
        "fresh": len(timed) + len(missing),
        "seconds": seconds,
        "per_second": len(timed) / seconds if seconds > 0 else float("nan"),
    }


NOISE = 0.012  # per-dimension Gaussian noise on a copied embedding (cosine to it ≈ 0.97)
