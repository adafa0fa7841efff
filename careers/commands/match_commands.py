"""Matcher commands: `careers reindex`, `careers match` and `careers eval DIR`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, TextIO

import click


def _config() -> Any:
    from careers.config import Config

    return Config.from_env()


def _response_json(response: Any) -> dict[str, Any]:
    """The match contract's JSON (what POST /api/v1/match answers)."""
    from careers.api.serialise import match_record

    return match_record(response)


def _match_one(session: Any, matcher: Any, data: Any) -> dict[str, Any]:
    from careers.services.profiles import ProfileError, parse_profile

    try:
        profile = parse_profile(data)
    except ProfileError as error:
        return {"errors": error.errors}
    return _response_json(matcher.match(session, profile))


@click.command("reindex", help="Embed new or changed pathways and rebuild the match index.")
@click.option("--full", is_flag=True, help="Re-embed every pathway, not only changed ones.")
def reindex_command(full: bool) -> None:
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.services.matcher import Matcher

    config = _config()
    bind = make_engine(config.DATABASE_URL)
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="pathway", desc="Embedding", file=sys.stderr)
        bar.n = done
        bar.refresh()

    try:
        with Session(bind) as session:
            summary = Matcher(config).reindex(session, progress=progress, full=full)
    finally:
        if bar is not None:
            bar.close()
        bind.dispose()
    click.echo(
        f"Indexed {summary['pathways']} published pathways "
        f"({summary['encoded']} embedded, {summary['reused']} unchanged) "
        f"in {summary['seconds']} s; index version {summary['version']}, "
        f"{summary['index']}, saved to {summary['path']}."
    )


@click.command("match", help="Match a profile (JSON, the POST /api/v1/match body).")
@click.option(
    "--profile", "profile_file", type=click.File("r"), help="A JSON file (default: stdin)."
)
@click.option(
    "--batch",
    type=click.File("r"),
    help="A JSONL file: one profile a line; one result a line out.",
)
def match_command(profile_file: TextIO | None, batch: TextIO | None) -> None:
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.services.matcher import Matcher

    config = _config()
    matcher = Matcher(config)
    bind = make_engine(config.DATABASE_URL)
    try:
        with Session(bind) as session:
            if batch is not None:
                failed = 0
                for n, line in enumerate(batch, 1):
                    if not line.strip():
                        continue
                    try:
                        data = json.loads(line)
                    except ValueError:
                        out: dict[str, Any] = {"errors": {"line": f"Line {n} is not JSON"}}
                    else:
                        out = _match_one(session, matcher, data)
                    failed += "errors" in out
                    click.echo(json.dumps(out, ensure_ascii=False))
                if failed:
                    click.echo(f"{failed} profiles had problems (see their errors).", err=True)
                return
            source: Any = profile_file or sys.stdin
            try:
                data = json.loads(source.read())
            except ValueError as exc:
                raise click.ClickException(f"The profile is not JSON: {exc}") from exc
            out = _match_one(session, matcher, data)
            click.echo(json.dumps(out, ensure_ascii=False, indent=2))
            if "errors" in out:
                raise SystemExit(1)
    finally:
        bind.dispose()


def _explained(d: dict[str, Any], top: int = 15) -> str:
    """A persona's candidates, best first: the top ones and every graded one, with grade
    (g0 ungraded), score and the non-zero components."""
    relevance: dict[str, int] = d["relevance"]
    lines = [f"{d['id']}: nDCG@10 {d['ndcg']}, shown {d['refs']}"]
    for rank, row in enumerate(d["explain"]):
        ref = str(row["ref"])
        if rank >= top and ref not in relevance:
            continue
        parts = " ".join(
            f"{k}={float(v):.2f}"
            for k, v in row.items()
            if k not in ("ref", "score") and (float(v) != 0 or k in ("dense", "lexical"))
        )
        lines.append(
            f"{rank:4d} g{relevance.get(ref, 0)} {float(row['score']):6.3f} {ref:28s} {parts}"
        )
    candidates = {str(row["ref"]) for row in d["explain"]}
    left_out = [ref for ref in relevance if ref not in candidates]
    if left_out:
        lines.append(f"     graded but not candidates (hard constraints): {left_out}")
    return "\n".join(lines)


SETS = Path("docs/eval/sets.toml")


@click.command(
    "eval",
    help="Score the matcher and two baselines on an evaluation folder, or on every set of "
    "docs/eval/sets.toml in one table (--all).",
)
@click.argument(
    "folder", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--all", "all_sets", is_flag=True, help="Every set of the manifest, one table.")
@click.option(
    "--sets",
    "manifest",
    default=SETS,
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The manifest of sets for --all.",
)
@click.option("--only", multiple=True, metavar="NAME", help="With --all: just these sets.")
@click.option("--per-persona", is_flag=True, help="Also print each persona's nDCG@10.")
@click.option(
    "--catalogue",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The catalogue (JSONL) to use instead of FOLDER/catalogue.jsonl.",
)
@click.option(
    "--personas",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The personas (JSONL) to use instead of FOLDER/personas.jsonl.",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="The date the hard constraints use (what is closed); default today.",
)
@click.option("--no-cache", is_flag=True, help="Encode the catalogue afresh (no embedding cache).")
@click.option(
    "--explain",
    "explain_ids",
    multiple=True,
    metavar="ID",
    help="Print this persona's candidates with their score components and grades (repeatable).",
)
def eval_command(
    folder: Path | None,
    all_sets: bool,
    manifest: Path,
    only: tuple[str, ...],
    per_persona: bool,
    catalogue: Path | None,
    personas: Path | None,
    today: Any,
    no_cache: bool,
    explain_ids: tuple[str, ...],
) -> None:
    from careers.bench.evaluation import (
        EvalError,
        evaluate,
        evaluate_refusal_sets,
        evaluate_sets,
        read_sets,
    )
    from careers.matching.metrics import table

    config = _config()
    try:
        if all_sets:
            sets = [s for s in read_sets(manifest) if not only or s.name in only]
            say = lambda m: click.echo(m, err=True)  # noqa: E731
            click.echo(table(evaluate_sets(sets, config, say)))
            refusals = evaluate_refusal_sets(sets, config, say)
            if refusals:
                click.echo("\n" + table(refusals))
            return
        if folder is None and (catalogue is None or personas is None):
            raise click.UsageError("Give a FOLDER (or --catalogue and --personas), or --all.")
        details: list[dict[str, Any]] = []
        rows = evaluate(
            folder,
            config,
            progress=lambda m: click.echo(m, err=True),
            per_persona=details,
            catalogue=catalogue,
            personas_file=personas,
            cache=not no_cache,
            explain=set(explain_ids),
            today=today.date() if today else None,
        )
    except EvalError as error:
        raise click.ClickException(str(error)) from error
    for d in details:
        if d.get("explain"):
            click.echo(_explained(d))
    if per_persona:
        for d in details:
            click.echo(f"{d['id']}: matcher {d['ndcg']}  bm25 {d['bm25']}  minilm {d['dense']}")
    click.echo(table(rows))


@click.command(
    "train-weights",
    help="Learn the score weights from the training sets of docs/eval/sets.toml (role "
    "'train') with cross-validation, and write careers/matching/score_weights.json.",
)
@click.option(
    "--sets",
    "manifest",
    default=SETS,
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--output",
    default=Path("careers/matching/score_weights.json"),
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
)
@click.option(
    "--pull",
    type=float,
    help="Fit with this pull towards the hand-set weights instead of the one cross-validation "
    "picks (when the picked one lowers a set by more than 0.01; see docs/matching.md).",
)
def train_weights_command(manifest: Path, output: Path, pull: float | None) -> None:
    from careers.bench.evaluation import evaluate, read_sets
    from careers.matching.scoring import DEFAULT_WEIGHTS, FEATURES
    from careers.training import score_weights

    config = _config()
    names = list(FEATURES)
    personas: list[score_weights.Persona] = []
    for item in read_sets(manifest):
        if item.role != "train" or item.kind != "ranking":
            continue
        details: list[dict[str, Any]] = []
        evaluate(
            item.folder,
            config,
            per_persona=details,
            catalogue=item.catalogue,
            explain={"*"},
            today=item.today,
        )
        personas.extend(score_weights.personas_from_explained(details, names))
        click.echo(f"{item.name}: {len(details)} personas", err=True)
    if not personas:
        raise click.ClickException("No training personas: the manifest has no 'train' set.")
    weights, report = score_weights.learn(personas, names, DEFAULT_WEIGHTS, pull)
    score_weights.write(str(output), weights, report)
    click.echo(json.dumps(report, indent=2))
    click.echo(f"Wrote {output}")


@click.command(
    "train-encoder",
    help="Train the encoder's domain adapter (LoRA on all-MiniLM-L6-v2) on O*NET and the training "
    "sets of docs/eval/sets.toml, save it under OUTPUT and point models/manifest.json at it. "
    "Then run `careers reindex` (and `careers train-weights`). See models/README.md.",
)
@click.argument(
    "onet", type=click.Path(exists=True, file_okay=False, path_type=Path), required=False
)
@click.option(
    "--sets",
    "manifest",
    default=SETS,
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--output",
    default=Path("models/careers-adapter"),
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option("--epochs", default=1.0, show_default=True, type=float)
@click.option(
    "--with-sets/--onet-only",
    default=True,
    show_default=True,
    help="Also train on the training sets' pathways and personas, or on O*NET alone.",
)
@click.option(
    "--write-manifest/--no-write-manifest",
    default=True,
    show_default=True,
    help="Point models/manifest.json at the new adapter (a new model id: every pathway is "
    "re-embedded by the next reindex).",
)
def train_encoder_command(
    onet: Path | None,
    manifest: Path,
    output: Path,
    epochs: float,
    with_sets: bool,
    write_manifest: bool,
) -> None:
    import random
    from dataclasses import replace

    from careers.bench.evaluation import read_sets
    from careers.matching.encoder import MANIFEST_PATH, default_model_dir, read_manifest
    from careers.training import encoder_adapter

    sets = []
    for item in read_sets(manifest) if with_sets else []:
        if item.role == "train" and item.kind == "ranking":
            sets.append(
                (item.folder / "personas.jsonl", item.catalogue or item.folder / "catalogue.jsonl")
            )
    rng = random.Random(encoder_adapter.SEED)
    pairs = encoder_adapter.training_pairs(onet, sets, rng)
    if not pairs:
        raise click.ClickException("No training pairs: give the O*NET folder or a 'train' set.")
    click.echo(f"{len(pairs)} training pairs from O*NET and {len(sets)} training sets", err=True)
    settings = replace(encoder_adapter.Settings(), epochs=epochs)
    weights = encoder_adapter.train(
        pairs,
        default_model_dir(),
        output,
        settings,
        progress=lambda m: click.echo(m, err=True),
        rng=rng,
    )
    click.echo(f"Wrote {weights}")
    if write_manifest:
        current = read_manifest()
        entry = encoder_adapter.manifest_entry(weights, MANIFEST_PATH.parent, settings)
        base = str(current.get("base_model_id", current["model_id"]))
        current.update(
            base_model_id=base,
            model_id=f"{base}+{output.name}-{entry['sha256'][:8]}",
            adapter=entry,
        )
        MANIFEST_PATH.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")
        click.echo(f"Updated {MANIFEST_PATH}: run `careers reindex` to re-embed the catalogue.")


def register(main: click.Group) -> None:
    for command in (
        reindex_command,
        match_command,
        eval_command,
        train_weights_command,
        train_encoder_command,
    ):
        main.add_command(command)
