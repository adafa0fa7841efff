"""`careers eval DIR`: import an evaluation catalogue into a throwaway database and score the
matcher and two baselines (BM25, plain MiniLM cosine; the same hard filters) on its personas."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import make_engine
from careers.matching import constraints
from careers.matching.engine import MatchEngine, baseline_refs
from careers.matching.metrics import Scores
from careers.matching.types import Query
from careers.services.matcher import Matcher
from careers.services.profiles import parse_profile


class EvalError(ValueError):
    pass


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise EvalError(
            f"{path} is missing: an evaluation folder needs catalogue.jsonl and personas.jsonl"
        )
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except ValueError as exc:
                raise EvalError(f"{path.name} line {n} is not JSON: {exc}") from exc
    return rows


def _add_unknown_standards(session: Session, rows: list[dict[str, Any]]) -> None:
    """An evaluation catalogue may name apprenticeship standards our partial seed list lacks;
    the throwaway database gets a placeholder for each, so no pathway is left out."""
    from sqlalchemy import select

    from careers.models import ApprenticeshipStandard

    known = set(session.scalars(select(ApprenticeshipStandard.code)))
    for row in rows:
        code = row.get("standard_code") if isinstance(row, dict) else None
        if isinstance(code, str) and code and code not in known:
            level = row.get("level") if isinstance(row.get("level"), int) else 2
            session.add(ApprenticeshipStandard(code=code, title=f"Standard {code}", level=level))
            known.add(code)
    session.flush()


def _violations(engine: MatchEngine, refs: list[str], query: Query, must_not: set[str]) -> int:
    by_ref = {r.ref: r for r in engine.records.values()}
    count = 0
    for ref in refs:
        record = by_ref.get(ref)
        broken = ref in must_not
        if record is not None:
            broken = broken or bool(constraints.violations(record, query))
        count += int(broken)
    return count


def _cache_path(config: Config) -> Path:
    return Path(config.DATA_DIR) / "eval-embeddings.npz"


def _seed_embeddings(session: Session, config: Config, model_id: str) -> None:
    """Store cached embeddings (by model and text hash) for the throwaway catalogue, so repeated
    evaluation runs encode only pathways whose text changed."""
    import numpy as np

    from careers.matching.columns import record_text
    from careers.matching.text import text_hash
    from careers.models import PathwayEmbedding
    from careers.services.embeddings import load_records

    path = _cache_path(config)
    if not path.is_file():
        return
    try:
        with np.load(path) as data:
            keys = [str(k) for k in data["keys"]]
            vectors = data["vectors"]
    except (OSError, ValueError, KeyError):
        return
    cached = dict(zip(keys, vectors, strict=True))
    for record in load_records(session):
        digest = text_hash(record_text(record))
        vec = cached.get(f"{model_id}:{digest}")
        if vec is not None:
            session.add(
                PathwayEmbedding(
                    pathway_id=record.id,
                    model_id=model_id,
                    text_hash=digest,
                    vector=np.asarray(vec, dtype="<f4").tobytes(),
                )
            )
    session.flush()


def _save_embeddings(session: Session, config: Config) -> None:
    """Add this catalogue's stored embeddings to the on-disk cache (best effort)."""
    import numpy as np
    from sqlalchemy import select

    from careers.models import PathwayEmbedding

    path = _cache_path(config)
    cached: dict[str, np.ndarray] = {}
    try:
        if path.is_file():
            with np.load(path) as data:
                cached = dict(zip([str(k) for k in data["keys"]], data["vectors"], strict=True))
        for mid, digest, blob in session.execute(
            select(PathwayEmbedding.model_id, PathwayEmbedding.text_hash, PathwayEmbedding.vector)
        ):
            cached[f"{mid}:{digest}"] = np.frombuffer(blob, dtype="<f4")
        if not cached:
            return
        dims = {v.shape for v in cached.values()}
        if len(dims) != 1:  # different models: keep the newest only
            newest = next(iter(cached.values())).shape
            cached = {k: v for k, v in cached.items() if v.shape == newest}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(list(cached)), vectors=np.stack(list(cached.values())))
        tmp.replace(path)
    except (OSError, ValueError, KeyError):
        return


@contextmanager
def _loaded(
    catalogue: Path,
    config: Config,
    progress: Callable[[str], None] | None = None,
    cache: bool = True,
) -> Iterator[tuple[Matcher, Session, MatchEngine]]:
    """A throwaway database holding the catalogue, its matcher, a session and the engine."""
    from careers.services import interchange
    from careers.services.migrations import upgrade
    from careers.services.seed import load_reference_data

    catalogue_rows = _read_jsonl(catalogue)
    with tempfile.TemporaryDirectory(prefix="careers-eval-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'eval.db'}"
        upgrade(url)
        eval_config = replace(config, DATABASE_URL=url, DATA_DIR=Path(tmp))
        matcher = Matcher(eval_config)
        bind = make_engine(url)
        try:
            with Session(bind) as session:
                load_reference_data(session)
                _add_unknown_standards(session, catalogue_rows)
                # no_autoflush: interchange.apply looks up postcodes while a new pathway is
                # half-filled (reported to its owner)
                with session.no_autoflush:
                    report, _ = interchange.import_file(
                        session, catalogue, "jsonl", skip_invalid=True
                    )
                if report.invalid_rows and progress:
                    progress(
                        f"{len(report.invalid_rows)} catalogue rows were not valid and were skipped"
                    )
                session.commit()
                if progress:
                    progress("Indexing the catalogue…")
                model_id = matcher.encoder.model_id
                if cache:
                    _seed_embeddings(session, config, model_id)
                    session.commit()
                engine = matcher.engine(session)
                if cache:
                    _save_embeddings(session, config)
                yield matcher, session, engine
        finally:
            bind.dispose()


def evaluate(
    folder: Path | None,
    config: Config,
    progress: Callable[[str], None] | None = None,
    per_persona: list[dict[str, Any]] | None = None,
    catalogue: Path | None = None,
    personas_file: Path | None = None,
    cache: bool = True,
    explain: set[str] | None = None,
    today: dt.date | None = None,
) -> list[dict[str, float | int | str]]:
    """The result rows: the matcher, then the BM25 and MiniLM baselines. The catalogue and
    personas are DIR/catalogue.jsonl and DIR/personas.jsonl unless given on their own. With
    per_persona, each persona's row; with explain (persona ids), those rows also carry every
    candidate's score components (MatchEngine.explain; "*" for every persona). With today, the
    hard constraints use that date (what is closed), so a set scores the same on any day."""
    if personas_file is None or catalogue is None:
        if folder is None:
            raise EvalError("Give a folder, or both a catalogue and a personas file")
        personas_file = personas_file or folder / "personas.jsonl"
        catalogue = catalogue or folder / "catalogue.jsonl"
    personas = _read_jsonl(personas_file)
    mine, bm25, dense = (
        Scores("matcher"),
        Scores("BM25 baseline"),
        Scores("MiniLM cosine baseline"),
    )
    with _loaded(catalogue, config, progress, cache) as (matcher, session, engine):
        for persona in personas:
            relevance = {k: int(v) for k, v in persona.get("relevance", {}).items()}
            must_not = set(persona.get("must_not_return", []))
            query = matcher.query(session, parse_profile(persona["profile"]))
            if today is not None:
                query = replace(query, today=today)
            started = time.perf_counter()
            response, _ = matcher.engine(session).match(query)
            ms = (time.perf_counter() - started) * 1000
            refs = [r.ref for r in response.results]
            mine.add(refs, relevance, _violations(engine, refs, query, must_not), ms)
            for scores, mode in ((bm25, "bm25"), (dense, "dense")):
                started = time.perf_counter()
                base = baseline_refs(engine, query, mode)
                ms = (time.perf_counter() - started) * 1000
                scores.add(base, relevance, _violations(engine, base, query, must_not), ms)
            if per_persona is not None:
                asked = explain or set()
                wanted = "*" in asked or persona.get("id") in asked
                per_persona.append(
                    {
                        "explain": engine.explain(query) if wanted else [],
                        "id": persona.get("id"),
                        "ndcg": round(mine.ndcg[-1], 3),
                        "bm25": round(bm25.ndcg[-1], 3),
                        "dense": round(dense.ndcg[-1], 3),
                        "refs": refs,
                        "relevance": relevance,
                    }
                )
    return [mine.row(), bm25.row(), dense.row()]


REFUSAL_TOP = 5


def evaluate_refusals(
    folder: Path,
    config: Config,
    catalogue: Path,
    today: dt.date | None = None,
) -> dict[str, float | int | str]:
    """What people say they do not want, kept out of the top five: `folder/cases.jsonl` holds
    their words and, for each, the pathways (read from the catalogue's side) that involve what
    they rule out. A case passes when none of those is in the matcher's top five. Decoys (words
    that only look like a refusal, "blood is fine") pass when nothing is read as ruled out.
    The BM25 and MiniLM baselines (which read no refusal) are scored the same way."""
    cases = _read_jsonl(folder / "cases.jsonl")
    kept = {"matcher": 0, "bm25": 0, "dense": 0}
    refusals = decoys = decoys_fine = 0
    with _loaded(catalogue, config) as (matcher, session, engine):
        for case in cases:
            query = matcher.query(session, parse_profile({"about": case["about"], "limit": 10}))
            if today is not None:
                query = replace(query, today=today)
            response, _ = engine.match(query)
            keep_out = set(case.get("keep_out") or [])
            if not keep_out:
                decoys += 1
                decoys_fine += int(not response.understood.get("not_wanted"))
                continue
            refusals += 1
            top = {"matcher": [r.ref for r in response.results]}
            top.update({mode: baseline_refs(engine, query, mode) for mode in ("bm25", "dense")})
            for name, refs in top.items():
                kept[name] += int(not keep_out & set(refs[:REFUSAL_TOP]))
    share = {k: round(v / refusals, 3) if refusals else 0.0 for k, v in kept.items()}
    return {
        "cases": refusals,
        "kept out of the top 5": share["matcher"],
        "BM25": share["bm25"],
        "MiniLM": share["dense"],
        "decoys": decoys,
        "decoys not read as refusals": round(decoys_fine / decoys, 3) if decoys else "–",
    }


@dataclass(frozen=True)
class EvalSet:
    """One evaluation set of docs/eval/sets.toml."""

    name: str
    role: str  # "train" (weights may be learned from it), "validation" or "check"
    folder: Path
    catalogue: Path | None = None
    today: dt.date | None = None
    kind: str = "ranking"  # or "refusals" (evaluate_refusals)


def read_sets(manifest: Path) -> list[EvalSet]:
    """The sets a manifest lists; paths are relative to the project root (the manifest's
    grandparent's parent: docs/eval/sets.toml -> .)."""
    try:
        data = tomllib.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise EvalError(f"Cannot read {manifest}: {exc}") from exc
    root = manifest.resolve().parent.parent.parent
    out = []
    for item in data.get("set", []):
        catalogue = item.get("catalogue")
        today = item.get("today")
        out.append(
            EvalSet(
                name=str(item["name"]),
                role=str(item.get("role", "check")),
                folder=root / item["folder"],
                catalogue=root / catalogue if catalogue else None,
                today=dt.date.fromisoformat(today) if today else None,
                kind=str(item.get("kind", "ranking")),
            )
        )
    return out


def evaluate_sets(
    sets: list[EvalSet],
    config: Config,
    progress: Callable[[str], None] | None = None,
) -> list[dict[str, float | int | str]]:
    """One row per set: the matcher and both baselines' nDCG@10, with the matcher's recall,
    MRR and violations. A set whose folder is missing (../shared not beside the project) is
    said, not skipped silently."""
    rows: list[dict[str, float | int | str]] = []
    for item in sets:
        if item.kind != "ranking":
            continue
        if not item.folder.is_dir():
            rows.append({"set": item.name, "personas": "not here: " + str(item.folder)})
            continue
        if progress:
            progress(f"{item.name}…")
        personas = len(_read_jsonl(item.folder / "personas.jsonl"))
        mine, bm25, dense = evaluate(
            item.folder, config, progress=None, catalogue=item.catalogue, today=item.today
        )
        rows.append(
            {
                "set": item.name,
                "role": item.role,
                "personas": personas,
                "matcher ndcg@10": mine["ndcg@10"],
                "recall@10": mine["recall@10"],
                "mrr": mine["mrr"],
                "violations": mine["violations"],
                "BM25 ndcg@10": bm25["ndcg@10"],
                "MiniLM ndcg@10": dense["ndcg@10"],
                "ms/query": mine["ms/query"],
            }
        )
    return rows


def evaluate_refusal_sets(
    sets: list[EvalSet],
    config: Config,
    progress: Callable[[str], None] | None = None,
) -> list[dict[str, float | int | str]]:
    """One row per refusal set of the manifest (kind "refusals")."""
    rows: list[dict[str, float | int | str]] = []
    for item in sets:
        if item.kind != "refusals":
            continue
        if progress:
            progress(f"{item.name}…")
        if item.catalogue is None:
            raise EvalError(f"The refusal set {item.name} needs a catalogue")
        row = evaluate_refusals(item.folder, config, item.catalogue, item.today)
        rows.append({"set": item.name, **row})
    return rows
