"""`careers eval DIR`: import an evaluation catalogue into a throwaway database and score the
matcher and two baselines (BM25, plain MiniLM cosine; the same hard filters) on its personas."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from careers.config import Config
from careers.extensions import make_engine
from careers.matching import rules
from careers.matching.engine import MatchEngine, baseline_refs
from careers.matching.evaluation import Scores
from careers.matching.records import Query
from careers.services import matching
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
            broken = broken or bool(
                rules.violations(record, query, rules.pathway_distance(record, query))
            )
        count += int(broken)
    return count


def evaluate(
    folder: Path,
    config: Config,
    progress: Callable[[str], None] | None = None,
    per_persona: list[dict[str, Any]] | None = None,
) -> list[dict[str, float | int | str]]:
    """The result rows: the matcher, then the BM25 and MiniLM baselines."""
    from careers.services import interchange
    from careers.services.migrations import upgrade
    from careers.services.seed import load_reference_data

    personas = _read_jsonl(folder / "personas.jsonl")
    catalogue = folder / "catalogue.jsonl"
    catalogue_rows = _read_jsonl(catalogue)
    with tempfile.TemporaryDirectory(prefix="careers-eval-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'eval.db'}"
        upgrade(url)
        eval_config = replace(config, DATABASE_URL=url, DATA_DIR=Path(tmp))
        matching.configure(eval_config)
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
                engine = matching.engine_for(session, eval_config)
                mine, bm25, dense = (
                    Scores("matcher"),
                    Scores("BM25 baseline"),
                    Scores("MiniLM cosine baseline"),
                )
                for persona in personas:
                    profile = parse_profile(persona["profile"])
                    relevance = {k: int(v) for k, v in persona.get("relevance", {}).items()}
                    must_not = set(persona.get("must_not_return", []))
                    query = matching._query(session, profile)
                    started = time.perf_counter()
                    response = matching.match(session, profile)
                    ms = (time.perf_counter() - started) * 1000
                    refs = [r.ref for r in response.results]
                    mine.add(refs, relevance, _violations(engine, refs, query, must_not), ms)
                    for scores, mode in ((bm25, "bm25"), (dense, "dense")):
                        started = time.perf_counter()
                        base = baseline_refs(engine, query, mode)
                        ms = (time.perf_counter() - started) * 1000
                        scores.add(base, relevance, _violations(engine, base, query, must_not), ms)
                    if per_persona is not None:
                        per_persona.append(
                            {
                                "id": persona.get("id"),
                                "ndcg": round(mine.ndcg[-1], 3),
                                "bm25": round(bm25.ndcg[-1], 3),
                                "dense": round(dense.ndcg[-1], 3),
                                "refs": refs,
                                "relevance": relevance,
                            }
                        )
        finally:
            bind.dispose()
            matching.reset_engines()
    return [mine.row(), bm25.row(), dense.row()]
