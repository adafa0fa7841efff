"""`careers bench`: how fast the matcher is, on synthetic catalogues of realistic pathways.

For each catalogue size it builds a throwaway SQLite database of synthetic pathways (varied
titles, places, organisations, entry rules and descriptions, made from the seed catalogue, the
development catalogue when ../shared is present, and built-in role families), stores their
embeddings, and measures:

* index build from stored embeddings (pathways/s) and, separately, real-model encoding speed;
* single-request latency per stage (encode, search, filter and rank, whole match), p50/p95;
* the process's memory (RSS);
* at the gunicorn size: cold start, throughput at concurrency 8 through gunicorn with two
  workers on 127.0.0.1 (bounded in time), and the time from publishing a pathway (in the
  database, with pathway_changed) to it appearing in matches served by each worker.

Embeddings: the real model encodes a sample of the catalogue's texts (all of them up to the
sample size). The other pathways get the embedding of a sampled pathway from the same role
family, slightly perturbed and renormalised. Queries are always encoded by the real model.
"""

from __future__ import annotations

import datetime as dt
import gc
import http.client
import json
import math
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from careers.config import PROJECT_ROOT, Config

Echo = Callable[[str], None]
SHARED_DEV_CATALOGUE = PROJECT_ROOT.parent / "shared" / "eval" / "dev" / "catalogue.jsonl"
SEED_CATALOGUE = PROJECT_ROOT / "seed_data" / "pathways.jsonl"


# --- the synthetic catalogue --------------------------------------------------------------

FAMILIES: list[dict[str, Any]] = [
    {
        "titles": ["Healthcare support worker", "Clinical support worker", "Care assistant"],
        "type": "apprenticeship",
        "sector": "nursing",
        "level": 2,
        "skills": ["personal care", "kindness", "teamwork", "basic observations"],
        "interests": ["caring for people", "hospital work"],
        "sentences": [
            "You will help patients wash, dress and eat, and keep them company.",
            "You learn to take temperature, pulse and blood pressure.",
            "A practice educator teaches you on the ward every week.",
            "Early, late and night shifts on a rota.",
            "You do not need GCSEs or experience to start.",
        ],
    },
    {
        "titles": ["Home care worker", "Domiciliary care worker", "Support worker"],
        "type": "job",
        "sector": "social_care",
        "level": None,
        "skills": ["listening", "patience", "cooking", "driving"],
        "interests": ["older people", "helping people live at home"],
        "sentences": [
            "You visit older people in their own homes and help them get up and dressed.",
            "You help with meals, medicines and shopping, and notice when something is wrong.",
            "Full training and paid travel time between visits.",
            "Many of our carers looked after a relative before joining us.",
        ],
    },
    {
        "titles": ["IT service desk apprentice", "Digital support technician", "Data apprentice"],
        "type": "apprenticeship",
        "sector": "digital",
        "level": 3,
        "skills": ["computers", "problem solving", "customer service"],
        "interests": ["technology", "fixing things"],
        "sentences": [
            "You fix laptops, phones and printers for doctors and nurses.",
            "You answer calls on the service desk and solve problems with software.",
            "You study for a Level 3 information technology qualification.",
            "You need GCSE English and maths at grade 4, or Functional Skills Level 2.",
        ],
    },
    {
        "titles": ["Pharmacy assistant", "Pharmacy technician apprentice", "Dispensary assistant"],
        "type": "apprenticeship",
        "sector": "pharmacy",
        "level": 2,
        "skills": ["accuracy", "science", "attention to detail"],
        "interests": ["medicines", "chemistry"],
        "sentences": [
            "You prepare and check medicines for patients on the wards.",
            "You learn how medicines work and how to store them safely.",
            "Accuracy matters: every item is checked twice.",
        ],
    },
    {
        "titles": [
            "Emergency call handler",
            "Ambulance care assistant",
            "Patient transport driver",
        ],
        "type": "job",
        "sector": "ambulance",
        "level": None,
        "skills": ["calm under pressure", "driving", "communication"],
        "interests": ["emergencies", "helping people in a crisis"],
        "sentences": [
            "You answer 999 calls and send the right help quickly.",
            "You drive patients to and from hospital appointments.",
            "A full UK driving licence is needed for driving roles.",
        ],
    },
    {
        "titles": ["Ward volunteer", "Hospital guide volunteer", "Befriending volunteer"],
        "type": "volunteering",
        "sector": "nursing",
        "level": None,
        "skills": ["friendliness", "listening"],
        "interests": ["meeting people", "giving back"],
        "sentences": [
            "Chat with patients, help at mealtimes and show visitors the way.",
            "Give a few hours a week; we train you and pay your travel.",
            "A good way to find out if working in health is for you.",
        ],
    },
    {
        "titles": ["Work experience week", "Hospital insight week", "Careers taster day"],
        "type": "work_experience",
        "sector": "allied_health",
        "level": None,
        "skills": ["curiosity"],
        "interests": ["physiotherapy", "radiography", "finding out about careers"],
        "sentences": [
            "Spend a week shadowing physiotherapists, radiographers and nurses.",
            "For students in Year 10 to Year 13 thinking about a health career.",
            "Helps your UCAS application and personal statement.",
        ],
    },
    {
        "titles": ["Mental health support worker", "Peer support worker", "Recovery worker"],
        "type": "job",
        "sector": "mental_health",
        "level": 3,
        "skills": ["empathy", "listening", "resilience"],
        "interests": ["mental health", "talking with people"],
        "sentences": [
            "Support people recovering from mental illness on a ward or in the community.",
            "Your own experience of mental health services can be a strength here.",
            "Run activity groups such as cooking, art and walking.",
        ],
    },
    {
        "titles": [
            "Pre-employment programme",
            "Route into health and care",
            "Sector-based academy",
        ],
        "type": "entry_route",
        "sector": "social_care",
        "level": 1,
        "skills": ["reliability"],
        "interests": ["getting a first job", "caring for people"],
        "sentences": [
            "Six weeks of training with a guaranteed interview at the end.",
            "For people who are out of work, care leavers and young carers.",
            "Covers first aid, moving and handling and what care work is like.",
        ],
    },
    {
        "titles": ["Business administration apprentice", "Medical secretary", "Ward clerk"],
        "type": "apprenticeship",
        "sector": "admin",
        "level": 3,
        "skills": ["typing", "organisation", "telephone manner"],
        "interests": ["office work", "organising"],
        "sentences": [
            "Book appointments, answer the phone and keep patient records up to date.",
            "You work with a friendly team in outpatients.",
            "You study for a Level 3 business administration qualification.",
        ],
    },
    {
        "titles": ["Chef apprentice", "Catering assistant", "Hospital kitchen porter"],
        "type": "job",
        "sector": "catering",
        "level": None,
        "skills": ["cooking", "food hygiene", "working fast"],
        "interests": ["food", "cooking"],
        "sentences": [
            "Cook meals for patients and staff in a busy hospital kitchen.",
            "Learn about special diets, allergies and food safety.",
        ],
    },
    {
        "titles": [
            "Access to nursing course",
            "Health and social care T-level",
            "Foundation course",
        ],
        "type": "course",
        "sector": "nursing",
        "level": 3,
        "skills": ["studying", "writing"],
        "interests": ["nursing", "midwifery", "university"],
        "sentences": [
            "A one-year college course that prepares you for a nursing degree.",
            "Includes placements in hospitals and care homes.",
            "Free for 19 to 23 year olds without a Level 3 qualification.",
        ],
    },
]
ORGANISATION_KINDS = [
    ("{} Community Health NHS Trust", "nhs_trust"),
    ("{} Care Homes", "social_care"),
    ("{} College", "college"),
    ("{} Primary Care Network", "primary_care"),
    ("{} Council Adult Social Care", "council"),
]
PLACES_FALLBACK = [
    ("SE15", 51.4700, -0.0650),
    ("E1", 51.5155, -0.0590),
    ("N17", 51.5960, -0.0700),
    ("TW3", 51.4660, -0.3630),
    ("CR0", 51.3750, -0.0980),
    ("NW10", 51.5430, -0.2460),
]
QUALIFIERS = ["", "Trainee ", "Senior ", "Junior ", "Bank ", "Part-time "]
SETTINGS = ["ward", "clinic", "community team", "care home", "day centre", "health centre"]


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


# --- queries ----------------------------------------------------------------------------

ABOUTS = [
    "I looked after my nan for two years and I like helping people",
    "I'm good with computers and I fix my family's phones",
    "I want to be a nurse but I don't have my GCSEs yet",
    "I love cooking and I work in a cafe at weekends",
    "I'm calm in an emergency and I want to drive an ambulance",
    "I want work experience in physiotherapy for my UCAS application",
    "I've been out of work for a year and want a job where I can help people",
    "I'm organised and like office work, answering phones and booking things",
    "I'm interested in medicines and did well in chemistry",
    "I struggled with my mental health and want to help others",
    "I'm a young carer for my mum and want something part-time",
    "I like art and talking to people, maybe volunteering",
]
EXTRAS = ["", "I live nearby.", "I'm 17.", "I can start soon.", "I'm a care leaver.", "I need pay."]


def profiles(count: int, outcodes: list[str], seed: int = 3, tag: str = "") -> list[dict[str, Any]]:
    """Varied match bodies; every `about` differs (give each run its own `tag`), so the
    process-wide query cache never answers."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        body: dict[str, Any] = {
            "about": f"{rng.choice(ABOUTS)}. {rng.choice(EXTRAS)} (query {tag}{n})",
            "age": rng.randint(16, 30),
            "postcode": rng.choice(outcodes),
            "limit": 10,
        }
        if rng.random() < 0.5:
            body["max_distance_km"] = rng.choice([5, 10, 20])
        if rng.random() < 0.3:
            body["types"] = rng.sample(["apprenticeship", "job", "volunteering", "course"], k=2)
        if rng.random() < 0.2:
            body["paid_only"] = True
        if rng.random() < 0.3:
            body["qualification_level"] = rng.randint(0, 3)
        out.append(body)
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def pss_mb(pid: int | str = "self") -> float:
    """Proportional set size: shared pages split between the processes sharing them, so the
    PSS of a master and its workers adds up to the memory they really use together."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


# --- one catalogue size, in process -----------------------------------------------------


@dataclass
class SizeResult:
    size: int
    index_kind: str = ""
    encode_per_s: float = 0.0
    encoded_sample: int = 0
    build_s: float = 0.0
    build_per_s: float = 0.0
    stages: dict[str, tuple[float, float]] = field(default_factory=dict)  # name -> (p50, p95)
    queries: int = 0
    rss_mb: float = 0.0
    index_params: str = ""
    recall: list[RecallRow] = field(default_factory=list)


@contextmanager
def bench_database(size: int, workdir: Path) -> Iterator[tuple[Config, Catalogue]]:
    """A migrated SQLite database with reference data and `size` synthetic pathways."""
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.services.migrations import upgrade
    from careers.services.seed import load_reference_data

    data_dir = workdir / f"catalogue-{size}"
    data_dir.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{data_dir / 'careers.db'}"
    upgrade(url)
    config = Config.from_env(
        {"CAREERS_DATA_DIR": str(data_dir), "DATABASE_URL": url}, SECRET_KEY=secrets.token_hex(16)
    )
    bind = make_engine(url)
    try:
        with Session(bind) as session:
            load_reference_data(session)
            session.commit()
            catalogue = build_catalogue(session, size)
        yield config, catalogue
    finally:
        bind.dispose()


def measure_size(
    config: Config,
    catalogue: Catalogue,
    queries: int,
    sample: int,
    echo: Echo,
    recall_queries: int = 0,
    hnsw: bool = False,
    cache: bool = False,
) -> SizeResult:
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.matching.encoder import get_encoder
    from careers.services.matcher import Matcher
    from careers.services.profiles import parse_profile

    result = SizeResult(size=catalogue.size)
    encoder = get_encoder(config.ENCODER, config.MODEL_DIR, config.TORCH_THREADS)
    bind = make_engine(config.DATABASE_URL)
    try:
        with Session(bind) as session:
            stored = store_embeddings(session, catalogue, encoder, sample, cache=cache)
            result.encode_per_s, result.encoded_sample = (
                stored["per_second"],
                int(stored["encoded"]),
            )
            echo(f"  encoded {result.encoded_sample} real texts at {result.encode_per_s:.0f}/s")
            matcher = Matcher(config)
            gc.collect()
            started = time.perf_counter()
            built = matcher.reindex(session)
            result.build_s = time.perf_counter() - started
            result.build_per_s = catalogue.size / result.build_s
            result.index_kind = str(built["index"])
            engine = matcher.engine(session)
            result.index_params = engine.index.describe()
            echo(
                f"  index ({result.index_kind}) built from stored embeddings "
                f"in {result.build_s:.1f} s"
            )
            outcodes = [p[0] for p in catalogue.places]
            timings: dict[str, list[float]] = {"encode": [], "search": [], "rank": [], "whole": []}
            bodies = profiles(queries + 5, outcodes, tag=f"{catalogue.size}-")
            for n, body in enumerate(bodies):
                _, t = matcher.match_with_timings(session, parse_profile(body))
                if n < 5:  # warm-up
                    continue
                timings["encode"].append(t.encode_ms)
                timings["search"].append(t.search_ms)
                timings["rank"].append(t.rank_ms)
                timings["whole"].append(t.total_ms)
            result.queries = queries
            result.stages = {
                k: (percentile(v, 0.5), percentile(v, 0.95)) for k, v in timings.items()
            }
            result.rss_mb = rss_mb()
            if recall_queries:
                echo(f"  recall@10 against exact, {recall_queries} person-like queries")
                ids = np.array(engine.index.ids(), dtype=np.int64)
                vectors = engine.index.vectors_of(ids)
                query_vectors = np.asarray(encoder.encode(person_texts(recall_queries)))
                result.recall = measure_recall(session, ids, vectors, query_vectors, hnsw, echo)
                del vectors
    finally:
        bind.dispose()
    return result


# --- the approximate index against exact ------------------------------------------------


@dataclass
class RecallRow:
    size: int
    index: str
    params: str
    build_s: float
    recall_all: float  # recall@10, no filter
    recall_types: float  # recall@10, two pathway types allowed
    recall_near: float  # recall@10, only pathways within 5 km (or remote) allowed
    p50_ms: float
    p95_ms: float


def person_texts(count: int, seed: int = 21) -> list[str]:
    """Person-like texts (what people type in `about`, with skills and interests), all
    different, none of them a catalogue text."""
    rng = random.Random(seed)
    skills = ["listening", "computers", "cooking", "driving", "first aid", "maths", "art"]
    interests = ["helping people", "science", "technology", "sport", "children", "older people"]
    out = []
    for n in range(count):
        text = f"{rng.choice(ABOUTS)}. {rng.choice(EXTRAS)}"
        if rng.random() < 0.6:
            text += f" Skills: {', '.join(rng.sample(skills, k=rng.randint(1, 3)))}."
        if rng.random() < 0.6:
            text += f" Interests: {', '.join(rng.sample(interests, k=rng.randint(1, 2)))}."
        out.append(f"{text} ({n})")
    return out


def _filters(session: Any, count: int, seed: int = 31) -> dict[str, list[np.ndarray]]:
    """Allowed-id sets like the engine's hard constraints give: two types; within 5 km."""
    from sqlalchemy import select

    from careers.models import Pathway

    rows = session.execute(
        select(Pathway.id, Pathway.type, Pathway.latitude, Pathway.longitude, Pathway.remote)
        .where(Pathway.status == "published")
        .order_by(Pathway.id)
    ).all()
    ids = np.array([r[0] for r in rows], dtype=np.int64)
    types = np.array([r[1] for r in rows])
    lat = np.array([r[2] if r[2] is not None else np.nan for r in rows], dtype=float)
    lon = np.array([r[3] if r[3] is not None else np.nan for r in rows], dtype=float)
    remote = np.array([bool(r[4]) for r in rows])
    rng = random.Random(seed)
    kinds = sorted(set(types.tolist()))
    by_types, near = [], []
    for _ in range(count):
        by_types.append(ids[np.isin(types, rng.sample(kinds, k=min(2, len(kinds))))])
        k = rng.randrange(len(ids))
        dy = (lat - lat[k]) * 111.0
        dx = (lon - lon[k]) * 111.0 * math.cos(math.radians(lat[k] if lat[k] == lat[k] else 51.5))
        with np.errstate(invalid="ignore"):
            near.append(ids[remote | (np.hypot(dx, dy) <= 5.0)])
    return {"types": by_types, "near": near}


def measure_recall(
    session: Any,
    ids: np.ndarray,
    vectors: np.ndarray,
    query_vectors: np.ndarray,
    hnsw: bool,
    echo: Echo,
) -> list[RecallRow]:
    """Recall@10 of the approximate indexes against exact search, on the catalogue's stored
    embeddings and real encoded person-like queries; search timed at the engine's k (100)."""
    from careers.matching.vector_index import IVF_NPROBE, VectorIndex, faiss

    size = len(ids)
    k_engine = 100
    filters = _filters(session, len(query_vectors))
    exact = VectorIndex(vectors.shape[1], approx_threshold=size + 1)
    started = time.perf_counter()
    exact.build(ids, vectors)
    exact_build = time.perf_counter() - started

    def truth(q: int, allowed: np.ndarray | None) -> float:
        """The 10th best exact score (-inf when fewer than 10 are allowed)."""
        top = exact.exact_search(query_vectors[q], 10, allowed=allowed)
        return top[-1][1] if len(top) == 10 else -math.inf

    def wanted(allowed: np.ndarray | None) -> int:
        return min(10, size if allowed is None else len(allowed))

    tenth = {
        "all": [truth(q, None) for q in range(len(query_vectors))],
        "types": [truth(q, filters["types"][q]) for q in range(len(query_vectors))],
        "near": [truth(q, filters["near"][q]) for q in range(len(query_vectors))],
    }

    def hits(q: int, name: str, found: list[int]) -> float:
        """Share of the exact top 10 found. Ties count: a returned pathway scoring at least the
        exact 10th score (within float error) is as good as the one exact search listed."""
        allowed = None if name == "all" else filters[name][q]
        want = wanted(allowed)
        if not want:
            return 1.0
        qvec = query_vectors[q]
        good = sum(
            1
            for i in set(found[:10])
            if (v := exact.vector(i)) is not None and float(v @ qvec) >= tenth[name][q] - 1e-5
        )
        return min(good, want) / want

    def score(search: Callable[[np.ndarray, int, np.ndarray | None], list[int]]) -> RecallRow:
        recalls: dict[str, list[float]] = {"all": [], "types": [], "near": []}
        times: list[float] = []
        for q, qvec in enumerate(query_vectors):
            t0 = time.perf_counter()
            found = search(qvec, k_engine, None)
            times.append((time.perf_counter() - t0) * 1000)
            recalls["all"].append(hits(q, "all", found))
            for name in ("types", "near"):
                recalls[name].append(hits(q, name, search(qvec, k_engine, filters[name][q])))
        return RecallRow(
            size,
            "",
            "",
            0.0,
            float(np.mean(recalls["all"])),
            float(np.mean(recalls["types"])),
            float(np.mean(recalls["near"])),
            percentile(times, 0.5),
            percentile(times, 0.95),
        )

    rows = []
    flat = score(lambda q, k, allowed: [i for i, _ in exact.search(q, k, allowed)])
    flat.index, flat.params, flat.build_s = "exact (IDMap2 + FlatIP)", "–", exact_build
    rows.append(flat)
    echo(f"  exact search p50 {flat.p50_ms:.1f} ms")

    ivf = VectorIndex(vectors.shape[1], approx_threshold=1)
    started = time.perf_counter()
    ivf.build(ids, vectors)
    ivf_build = time.perf_counter() - started
    for nprobe in sorted({8, 16, 32, 64, 128, IVF_NPROBE}):
        ivf.nprobe = nprobe
        row = score(lambda q, k, allowed: [i for i, _ in ivf.search(q, k, allowed)])
        row.index, row.build_s = "IVFFlat", ivf_build
        row.params = f"nlist {ivf.nlist}, nprobe {nprobe}" + (
            " (default)" if nprobe == IVF_NPROBE else ""
        )
        rows.append(row)
        echo(f"  {row.index} {row.params}: recall@10 {row.recall_all:.3f}")
    if hnsw:
        m, ef_construction = 32, 80
        index = faiss.IndexIDMap2(
            faiss.IndexHNSWFlat(vectors.shape[1], m, faiss.METRIC_INNER_PRODUCT)
        )
        faiss.downcast_index(index.index).hnsw.efConstruction = ef_construction
        started = time.perf_counter()
        index.add_with_ids(vectors, ids)
        hnsw_build = time.perf_counter() - started
        for ef in (128, 512):

            def search_hnsw(
                q: np.ndarray, k: int, allowed: np.ndarray | None, ef: int = ef
            ) -> list[int]:
                sel = faiss.IDSelectorBatch(allowed) if allowed is not None else None
                params = faiss.SearchParametersHNSW(sel=sel, efSearch=max(ef, k))
                _, found = index.search(q.reshape(1, -1), k, params=params)
                return [int(i) for i in found[0] if i >= 0]

            row = score(search_hnsw)
            row.index, row.build_s = "HNSWFlat", hnsw_build
            row.params = f"M {m}, efConstruction {ef_construction}, efSearch {ef}"
            rows.append(row)
            echo(f"  {row.index} {row.params}: recall@10 {row.recall_all:.3f}")
    return rows


# --- through gunicorn -------------------------------------------------------------------


@dataclass
class PreloadResult:
    """The same server with gunicorn --preload: the master loads model and index, then forks."""

    cold_start_s: float = float("nan")
    per_s: float = float("nan")
    statuses: dict[int, int] = field(default_factory=dict)
    worker_rss_mb: list[float] = field(default_factory=list)
    worker_pss_mb: list[float] = field(default_factory=list)
    master_pss_mb: float = float("nan")
    error: str = ""


def _worker_pids(process: subprocess.Popen[bytes]) -> list[str]:
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    return children.read_text().split() if children.exists() else []


@dataclass
class ServerResult:
    size: int
    workers: int
    cold_start_s: float = 0.0
    concurrency: int = 8
    seconds: float = 0.0
    requests: int = 0
    ok: int = 0
    per_s: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    statuses: dict[int, int] = field(default_factory=dict)
    worker_rss_mb: list[float] = field(default_factory=list)
    worker_pss_mb: list[float] = field(default_factory=list)
    master_pss_mb: float = float("nan")
    preload: PreloadResult | None = None
    publish_first_s: float = float("nan")
    publish_all_s: float = float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post_json(
    port: int, path: str, body: Any, timeout: float = 30
) -> tuple[int, Any, dict[str, str]]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        data = json.dumps(body).encode()
        connection.request("POST", path, body=data, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        raw = response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
        return response.status, json.loads(raw) if raw else None, headers
    finally:
        connection.close()


@contextmanager
def gunicorn(
    config: Config, workers: int, port: int, preload: bool = False
) -> Iterator[subprocess.Popen[bytes]]:
    """gunicorn with our config on 127.0.0.1, serving the bench app (no rate limits, worker pid
    header); always stopped on the way out. With `preload` the master loads the app, the model
    and the index before forking (gunicorn --preload), so workers share those pages."""
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": config.DATABASE_URL,
            "CAREERS_DATA_DIR": str(config.DATA_DIR),
            "CAREERS_ENCODER": config.ENCODER,
            "SECRET_KEY": secrets.token_hex(16),
            "CAREERS_TORCH_THREADS": str(config.TORCH_THREADS),
            "CAREERS_APPROX_INDEX_THRESHOLD": str(config.APPROX_INDEX_THRESHOLD),
            "CAREERS_BENCH_WARM_IN_MASTER": "1" if preload else "",
        }
    )
    if config.MODEL_DIR:
        env["CAREERS_MODEL_DIR"] = config.MODEL_DIR
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(PROJECT_ROOT / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        *(["--preload"] if preload else []),
        "careers.benchmarking:bench_app()",
    ]
    log_path = Path(config.DATA_DIR) / "gunicorn.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log
        )
    process.log_path = log_path  # type: ignore[attr-defined]
    try:
        yield process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def bench_app() -> Any:
    """The app as gunicorn serves it, without rate limits (the load generator is one address)
    and with the X-Worker-Pid header, so the benchmark can tell the workers apart."""
    from careers import create_app
    from careers.extensions import limiter

    app = create_app(WORKER_PID_HEADER=True)
    limiter.enabled = False
    if os.environ.get("CAREERS_BENCH_WARM_IN_MASTER"):  # --preload: load model and index now
        from careers.extensions import db, matcher

        with app.app_context():
            matcher().warm_up(db.session())
        app.extensions["database"].dispose()  # no connection may be inherited by the workers
    return app


def wait_until_serving(port: int, process: subprocess.Popen[bytes], limit_s: float) -> float:
    started = time.perf_counter()
    last: Any = "no answer"
    log_path: Path = process.log_path  # type: ignore[attr-defined]
    while time.perf_counter() - started < limit_s:
        if process.poll() is not None:
            break
        try:
            status, body, _ = post_json(
                port, "/api/v1/match", {"about": "I like helping people"}, 5
            )
            if status == 200:
                return time.perf_counter() - started
            last = (status, body)
        except OSError as error:
            last = error
        time.sleep(0.05)
    log = log_path.read_text(errors="replace")[-3000:] if log_path.exists() else ""
    raise RuntimeError(f"gunicorn did not answer a match in {limit_s:.0f} s ({last}):\n{log}")


def load(
    port: int, bodies: list[dict[str, Any]], concurrency: int, seconds: float
) -> dict[str, Any]:
    """`concurrency` threads posting matches for `seconds`, then stop (bounded in time)."""
    deadline = time.perf_counter() + seconds
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def worker(offset: int) -> None:
        n = offset
        while time.perf_counter() < deadline:
            body = bodies[n % len(bodies)]
            n += concurrency
            started = time.perf_counter()
            try:
                status, _, _ = post_json(port, "/api/v1/match", body, timeout=max(1.0, seconds))
            except OSError:
                status = 0
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 200:
                    latencies.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    elapsed = time.perf_counter() - started
    return {"latencies": latencies, "statuses": statuses, "seconds": elapsed}


def publish_and_watch(
    config: Config, port: int, workers: int, limit_s: float = 10
) -> tuple[float, float]:
    """Publish a new pathway in the database (with pathway_changed), then poll matches until every
    worker has served it. Returns seconds to the first worker showing it, and to all of them."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.models import Organisation, Pathway
    from careers.services.matcher import pathway_changed

    words = "beekeeping apiary honeybee hives"
    bind = make_engine(config.DATABASE_URL)
    try:
        with Session(bind) as session:
            organisation_id = session.scalar(select(Organisation.id).limit(1))
            pathway = Pathway(
                ref=f"BENCH-NEW-{int(time.time())}",
                organisation_id=organisation_id,
                type="volunteering",
                title="Hospital garden beekeeping volunteer",
                summary=f"Look after the hospital's {words}.",
                description=f"Help our gardener look after the {words} on the roof garden.",
                skills=["beekeeping"],
                interests=["bees", "gardening"],
                status="published",
                remote=True,
                closing_date=dt.date.today() + dt.timedelta(days=30),
            )
            session.add(pathway)
            session.flush()
            pathway_changed(session, pathway.id)
            session.commit()
            ref = pathway.ref
    finally:
        bind.dispose()
    published = time.perf_counter()
    seen: set[str] = set()
    first = float("nan")
    query = {"about": f"I keep {words}"}
    # As many requests in flight as workers: one after another, an idle worker can win every
    # accept(), and the others would never be asked.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while time.perf_counter() - published < limit_s:
            answers = pool.map(lambda _: post_json(port, "/api/v1/match", query, 5), range(workers))
            for status, body, headers in answers:
                if status == 200 and any(r["ref"] == ref for r in body["results"]):
                    if not seen:
                        first = time.perf_counter() - published
                    seen.add(headers.get("x-worker-pid", "?"))
            if len(seen) >= workers:
                return first, time.perf_counter() - published
            time.sleep(0.01)
    return first, float("nan")


def measure_server(
    config: Config,
    catalogue: Catalogue,
    workers: int,
    seconds: float,
    echo: Echo,
    preload: bool = True,
) -> ServerResult:
    result = ServerResult(size=catalogue.size, workers=workers)
    port = free_port()
    outcodes = [p[0] for p in catalogue.places]
    with gunicorn(config, workers, port) as process:
        result.cold_start_s = wait_until_serving(port, process, limit_s=120)
        echo(
            f"  gunicorn with {workers} workers answered a match after {result.cold_start_s:.1f} s"
        )
        load(port, profiles(16, outcodes, seed=5), result.concurrency, 2)  # warm every worker
        run = load(port, profiles(2000, outcodes, seed=9), result.concurrency, seconds)
        result.seconds = run["seconds"]
        result.statuses = run["statuses"]
        result.requests = sum(run["statuses"].values())
        result.ok = len(run["latencies"])
        result.per_s = result.ok / result.seconds
        result.p50_ms = percentile(run["latencies"], 0.5)
        result.p95_ms = percentile(run["latencies"], 0.95)
        pids = _worker_pids(process)
        result.worker_rss_mb = [rss_mb(pid) for pid in pids]
        result.worker_pss_mb = [pss_mb(pid) for pid in pids]
        result.master_pss_mb = pss_mb(process.pid)
        echo(f"  {result.per_s:.1f} matches/s at concurrency {result.concurrency}")
        result.publish_first_s, result.publish_all_s = publish_and_watch(config, port, workers)
        echo(
            f"  a published pathway was visible on every worker after {result.publish_all_s:.2f} s"
        )
    if preload:
        result.preload = measure_preload(config, catalogue, workers, min(seconds, 8.0), echo)
    return result


def measure_preload(
    config: Config, catalogue: Catalogue, workers: int, seconds: float, echo: Echo
) -> PreloadResult:
    """Start the same server with --preload and measure start-up, memory and throughput; a
    worker that hangs (the OpenMP-after-fork pitfall) shows as failed requests, bounded."""
    result = PreloadResult()
    port = free_port()
    outcodes = [p[0] for p in catalogue.places]
    try:
        with gunicorn(config, workers, port, preload=True) as process:
            result.cold_start_s = wait_until_serving(port, process, limit_s=120)
            load(port, profiles(16, outcodes, seed=5), 8, 2)
            run = load(port, profiles(800, outcodes, seed=13, tag="preload-"), 8, seconds)
            result.statuses = run["statuses"]
            result.per_s = len(run["latencies"]) / run["seconds"]
            pids = _worker_pids(process)
            result.worker_rss_mb = [rss_mb(pid) for pid in pids]
            result.worker_pss_mb = [pss_mb(pid) for pid in pids]
            result.master_pss_mb = pss_mb(process.pid)
    except RuntimeError as error:
        result.error = str(error).splitlines()[0]
    echo(f"  with --preload: {result.per_s:.1f} matches/s {result.error}")
    return result


# --- the report -------------------------------------------------------------------------


@dataclass
class Targets:
    p95_10k_ms: float = 60
    p95_100k_ms: float = 100
    per_s_10k: float = 30
    cold_start_s: float = 20
    publish_s: float = 1
    recall: float = 0.98


def _ok(passed: bool) -> str:
    return "met" if passed else "**missed**"


def _mb(values: list[float]) -> str:
    return ", ".join(f"{v:.0f}" for v in values) or "n/a"


@dataclass
class RunInfo:
    command: str
    quick: bool
    encoder: str
    load_before: tuple[float, float, float]
    load_after: tuple[float, float, float] = (0.0, 0.0, 0.0)
    seconds: float = 0.0
    sample: int = 0
    recall_queries: int = 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def _memory_gb() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return float("nan")


def report(sizes: list[SizeResult], server: ServerResult | None, info: RunInfo) -> str:
    t = Targets()
    from careers.matching.vector_index import IVF_NPROBE

    def loads(values: tuple[float, float, float]) -> str:
        return " / ".join(f"{v:.1f}" for v in values)

    lines = [
        "# Matcher benchmark",
        "",
        f"Written by `{info.command}` on {dt.datetime.now().strftime('%Y-%m-%d %H:%M')} "
        f"in {info.seconds / 60:.1f} minutes.",
        "",
        f"- **Machine:** {os.cpu_count()} CPU cores ({_cpu_model()}), "
        f"{_memory_gb():.0f} GB memory, Python {sys.version.split()[0]}; encoder "
        f"`{info.encoder}`, {os.environ.get('CAREERS_TORCH_THREADS', '1')} torch thread and "
        "1 FAISS (OpenMP) thread per process.",
        f"- **Load average** (1 / 5 / 15 min) at the start: {loads(info.load_before)}; at the "
        f"end: {loads(info.load_after)}. The machine is shared: anything near or above the core "
        "count means other work (tests, evaluations) ran at the same time, and every latency "
        "below is slower than it would be on an idle machine.",
        "",
        "## What was synthesised, and how",
        "",
        "- **Catalogues** of each size are synthetic pathways in a throwaway SQLite database: "
        "realistic variations (titles with qualifiers and sites across London postcode "
        "districts, organisations, entry rules, pay, closing dates — some already closed — "
        "descriptions reordered and trimmed, progression links) of built-in role families and "
        "of every pathway in the seed catalogue (or the development catalogue when there is no "
        "seed catalogue).",
        f"- **Pathway embeddings:** the first {info.sample:,} pathways of each catalogue (the "
        "same texts at every size) are encoded by the real all-MiniLM-L6-v2 model; every "
        "other pathway gets the embedding of one of those from the same role family, plus "
        f"Gaussian noise (σ = {NOISE} per dimension, cosine ≈ 0.97 to its source), "
        "renormalised — the many near-identical vectors of one role at many sites. Real "
        "embeddings are cached between runs by model and text hash "
        "(`instance/bench-embeddings-*.npz`); encoding speed is always measured on "
        f"{THROUGHPUT_TEXTS} texts encoded afresh.",
        "- **Queries** are always encoded by the real model, and each query's text is "
        "different, so the query cache never helps. Single requests and the load test use "
        "person-like profiles (free text, age, postcode, sometimes a distance limit, types, "
        "paid only or a qualification level); the recall test uses "
        f"{info.recall_queries} person-like texts (free text with skills and interests), "
        "never catalogue vectors.",
        "",
        "## Single requests (in process, through `careers.services.matcher`)",
        "",
        "Whole match = version check + postcode lookup + encode + search + filter and rank.",
        "",
        "| Pathways | Index | Queries | Encode p50/p95 ms | Search p50/p95 ms "
        "| Filter and rank p50/p95 ms | Whole match p50/p95 ms | RSS MB |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for s in sizes:
        cells = [
            f"{s.stages[k][0]:.1f} / {s.stages[k][1]:.1f}"
            for k in ("encode", "search", "rank", "whole")
        ]
        lines.append(
            f"| {s.size:,} | {s.index_params or s.index_kind} | {s.queries} | "
            + " | ".join(cells)
            + f" | {s.rss_mb:.0f} |"
        )
    lines += [
        "",
        "Search includes BM25 over the same text, which the engine runs beside FAISS.",
        "",
        "## Index build",
        "",
        "| Pathways | Index | Real texts | Encoding (real model) pathways/s "
        "| Index build from stored embeddings s | Index build pathways/s |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for s in sizes:
        lines.append(
            f"| {s.size:,} | {s.index_kind} | {s.encoded_sample:,} | {s.encode_per_s:.0f} "
            f"| {s.build_s:.1f} | {s.build_per_s:,.0f} |"
        )
    lines += [
        "",
        "Index build = `careers reindex` with every embedding already stored: reading the "
        "embeddings and catalogue from the database, BM25, and the FAISS index (IVF: training "
        "the lists too), then saving it under `CAREERS_DATA_DIR`.",
    ]
    recall_rows = [r for s in sizes for r in s.recall]
    if recall_rows:
        lines += [
            "",
            "## Approximate index: recall@10 against exact search",
            "",
            "On each catalogue's stored embeddings, queried with real encoded person-like texts. "
            "*Recall@10* = share of the exact top 10 (by inner product, over the same allowed "
            "pathways) that the index returns in its top 10. *Two types*: only pathways of two "
            "random types allowed; *within 5 km*: only pathways within 5 km of a random site, "
            "or remote — the engine's hard constraints passed to `VectorIndex.search` as "
            "allowed ids. Search times are unfiltered, at the engine's k = 100.",
            "",
            "| Pathways | Index | Params | Build s | Recall@10 | Recall@10, two types "
            "| Recall@10, within 5 km | Search p50 / p95 ms |",
            "|---:|---|---|---:|---:|---:|---:|---:|",
        ]
        for r in recall_rows:
            lines.append(
                f"| {r.size:,} | {r.index} | {r.params} | {r.build_s:.1f} | {r.recall_all:.3f} "
                f"| {r.recall_types:.3f} | {r.recall_near:.3f} "
                f"| {r.p50_ms:.2f} / {r.p95_ms:.2f} |"
            )
    if server is not None:
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(server.statuses.items()))
        total_pss = server.master_pss_mb + sum(server.worker_pss_mb)
        lines += [
            "",
            f"## Through gunicorn ({server.size:,} pathways, {server.workers} workers, 127.0.0.1)",
            "",
            "| Measure | Value |",
            "|---|---:|",
            f"| Cold start (launch to first match answered) | {server.cold_start_s:.1f} s |",
            f"| Concurrency | {server.concurrency} |",
            f"| Duration | {server.seconds:.1f} s |",
            f"| Requests (status: count) | {server.requests} ({statuses}) |",
            f"| Matches per second | {server.per_s:.1f} |",
            f"| Latency p50 / p95 under load | {server.p50_ms:.0f} / {server.p95_ms:.0f} ms |",
            f"| Worker RSS | {_mb(server.worker_rss_mb)} MB |",
            f"| Worker PSS | {_mb(server.worker_pss_mb)} MB |",
            f"| Master + workers PSS (memory actually used) | {total_pss:.0f} MB |",
            f"| Publish to visible, first worker | {server.publish_first_s:.2f} s |",
            f"| Publish to visible, every worker | {server.publish_all_s:.2f} s |",
        ]
        pre = server.preload
        if pre is not None:
            pre_total = pre.master_pss_mb + sum(pre.worker_pss_mb)
            pre_statuses = ", ".join(f"{k}: {v}" for k, v in sorted(pre.statuses.items()))
            lines += [
                "",
                "### Memory with and without `preload_app`",
                "",
                "The same server started again with `gunicorn --preload`: the master loads the "
                "app, the model and the index, then forks, so the workers start by sharing "
                "those pages (copy-on-write). RSS counts shared pages in every process; PSS "
                "divides them between the processes sharing them, so PSS adds up.",
                "",
                "| | Without preload (`gunicorn.conf.py`) | With `--preload` |",
                "|---|---:|---:|",
                f"| Cold start | {server.cold_start_s:.1f} s | {pre.cold_start_s:.1f} s |",
                f"| Worker RSS MB | {_mb(server.worker_rss_mb)} | {_mb(pre.worker_rss_mb)} |",
                f"| Worker PSS MB | {_mb(server.worker_pss_mb)} | {_mb(pre.worker_pss_mb)} |",
                f"| Master PSS MB | {server.master_pss_mb:.0f} | {pre.master_pss_mb:.0f} |",
                f"| Master + workers PSS MB | {total_pss:.0f} | {pre_total:.0f} |",
                f"| Matches per second | {server.per_s:.1f} | {pre.per_s:.1f} |",
                f"| Requests (status: count) | {statuses} | {pre_statuses or pre.error} |",
            ]
    lines += ["", "## Targets", "", "| Target | Measured | |", "|---|---:|---|"]
    by_size = {s.size: s for s in sizes}
    if 10_000 in by_size:
        p95 = by_size[10_000].stages["whole"][1]
        lines.append(
            f"| Whole match p95 ≤ {t.p95_10k_ms:.0f} ms at 10k | {p95:.1f} ms "
            f"| {_ok(p95 <= t.p95_10k_ms)} |"
        )
    if 100_000 in by_size:
        p95 = by_size[100_000].stages["whole"][1]
        lines.append(
            f"| Whole match p95 ≤ {t.p95_100k_ms:.0f} ms at 100k | {p95:.1f} ms "
            f"| {_ok(p95 <= t.p95_100k_ms)} |"
        )
    defaults = [r for r in recall_rows if "(default)" in r.params]
    for r in defaults:
        worst = min(r.recall_all, r.recall_types, r.recall_near)
        lines.append(
            f"| IVF recall@10 ≥ {t.recall:.2f} against exact at {r.size:,} (nprobe "
            f"{IVF_NPROBE}; worst of unfiltered and filtered) | {worst:.3f} "
            f"| {_ok(worst >= t.recall)} |"
        )
    if server is not None:
        lines.append(
            f"| ≥ {t.per_s_10k:.0f} matches/s through gunicorn at {server.size:,} "
            f"| {server.per_s:.1f} | {_ok(server.per_s >= t.per_s_10k)} |"
        )
        lines.append(
            f"| Cold start ≤ {t.cold_start_s:.0f} s | {server.cold_start_s:.1f} s "
            f"| {_ok(server.cold_start_s <= t.cold_start_s)} |"
        )
        lines.append(
            f"| Publish to visible on every worker ≤ {t.publish_s:.0f} s "
            f"| {server.publish_all_s:.2f} s "
            f"| {_ok(server.publish_all_s <= t.publish_s)} |"
        )
    lines += [
        "",
        "## How to run it",
        "",
        "`make bench` (or `careers bench --output docs/benchmarks.md`). "
        "`--sizes 1000,10000` picks catalogue sizes, `--quick` runs fewer queries and a shorter "
        "load test, `--server-size` picks the catalogue served through gunicorn, `--no-server` "
        "skips it, `--no-preload` skips the second server started with `--preload`, "
        "`--recall-queries` sets the recall test's queries (0 skips it) and `--hnsw` adds HNSW "
        "to it. Every server it starts listens on 127.0.0.1 only, every load test stops after "
        "its set time, and every server is stopped at the end.",
        "",
    ]
    return "\n".join(lines)


def run(
    sizes: list[int],
    quick: bool,
    server_size: int | None,
    encoder: str,
    echo: Echo,
    queries: int | None = None,
    load_seconds: float | None = None,
    sample: int | None = None,
    workers: int = 2,
    recall_queries: int | None = None,
    hnsw: bool = False,
    preload: bool = True,
    cache: bool = True,
    command: str = "careers bench",
) -> str:
    info = RunInfo(command=command, quick=quick, encoder=encoder, load_before=os.getloadavg())
    started = time.perf_counter()
    queries = queries or (40 if quick else 200)
    load_seconds = load_seconds or (8.0 if quick else 20.0)
    sample = sample or (500 if quick else 2000)
    if recall_queries is None:
        recall_queries = 60 if quick else 200
    info.sample, info.recall_queries = sample, recall_queries
    if server_size is None:
        server_size = 10_000 if 10_000 in sizes else (sizes[0] if sizes else None)
    recall_sizes = {s for s in sizes if s >= 10_000} or {max(sizes)}
    workdir = Path(tempfile.mkdtemp(prefix="careers-bench-"))
    results: list[SizeResult] = []
    server: ServerResult | None = None
    os.environ.setdefault("CAREERS_TORCH_THREADS", "1")
    try:
        for size in sizes:
            echo(f"{size:,} pathways")
            with bench_database(size, workdir) as (config, catalogue):
                config.ENCODER = encoder
                config.TORCH_THREADS = int(os.environ["CAREERS_TORCH_THREADS"])
                results.append(
                    measure_size(
                        config,
                        catalogue,
                        queries,
                        sample,
                        echo,
                        recall_queries=recall_queries if size in recall_sizes else 0,
                        hnsw=hnsw,
                        cache=cache and encoder != "fake",
                    )
                )
                if size == server_size:
                    os.environ["CAREERS_ENCODER"] = encoder
                    server = measure_server(
                        config, catalogue, workers, load_seconds, echo, preload=preload
                    )
            gc.collect()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    info.load_after = os.getloadavg()
    info.seconds = time.perf_counter() - started
    return report(results, server, info)


def print_tables(text: str, echo: Echo) -> None:
    for line in text.splitlines():
        if line.startswith(("|", "#")) or not line:
            echo(line)
