"""`careers reindex`, `careers match` (a file, stdin, a batch) and `careers eval DIR`, with the
fake encoder on a small catalogue."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.cli import main
from careers.config import Config
from careers.models import PathwayEmbedding
from careers.services.seed import load_reference_data

Run = Callable[..., Result]


def pathway(ref: str, title: str, description: str, **extra: object) -> dict[str, object]:
    row: dict[str, object] = {
        "ref": ref,
        "organisation": "Croydon Council",
        "type": "job",
        "title": title,
        "description": description,
        "postcode": "CR0 1EA",
        "pay": {"min": 13.85, "max": 13.85, "period": "hour"},
        "next_steps": [],
    }
    row.update(extra)
    return row


CATALOGUE = [
    pathway(
        "CARE-1",
        "Reablement support worker",
        "Help older people get their confidence back at home after a hospital stay.",
        skills=["kindness", "caring for older people"],
    ),
    pathway(
        "IT-1",
        "IT support technician",
        "Fix laptops, reset passwords and keep the office computers and network running.",
        skills=["computers", "troubleshooting"],
    ),
    pathway(
        "KITCHEN-1",
        "Kitchen assistant",
        "Prepare food and wash up in a busy hospital kitchen.",
        skills=["cooking", "food hygiene"],
    ),
]
CARE = {"about": "I looked after older people and I like caring", "limit": 2}
COMPUTERS = {"about": "I fix computers and laptops for my family", "limit": 2}


def jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


@pytest.fixture
def run(config: Config, session: Session) -> Run:
    load_reference_data(session)
    session.commit()
    env = {
        "DATABASE_URL": config.DATABASE_URL,
        "CAREERS_DATA_DIR": str(config.DATA_DIR),
        "CAREERS_ENCODER": "fake",
    }

    def invoke(*args: str, input: str | None = None) -> Result:
        return CliRunner().invoke(main, list(args), env=env, input=input)

    return invoke


@pytest.fixture
def catalogue(run: Run, tmp_path: Path) -> Path:
    path = jsonl(tmp_path / "catalogue.jsonl", CATALOGUE)
    result = run("import", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_reindex_embeds_every_published_pathway_then_only_what_changed(
    run: Run, catalogue: Path, session: Session, config: Config
) -> None:
    first = run("reindex")
    assert first.exit_code == 0, first.output
    assert "Indexed 3 published pathways (3 embedded, 0 unchanged)" in first.output
    session.expire_all()
    assert session.scalar(select(func.count(PathwayEmbedding.pathway_id))) == 3
    assert list(Path(config.DATA_DIR).glob("match-index-*.faiss"))

    again = run("reindex")
    assert again.exit_code == 0, again.output
    assert "(0 embedded, 3 unchanged)" in again.output

    full = run("reindex", "--full")
    assert "(3 embedded, 0 unchanged)" in full.output


def test_match_reads_a_profile_from_a_file(run: Run, catalogue: Path, tmp_path: Path) -> None:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(COMPUTERS))
    result = run("match", "--profile", str(profile))
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["count"] == len(out["results"]) == 2
    assert out["results"][0]["ref"] == "IT-1"
    assert out["results"][0]["url"] == "/pathways/IT-1"
    assert out["results"][0]["reasons"]


def test_match_reads_a_profile_from_stdin(run: Run, catalogue: Path) -> None:
    result = run("match", input=json.dumps(CARE))
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"][0]["ref"] == "CARE-1"


def test_match_explains_a_profile_that_is_not_json(run: Run, catalogue: Path) -> None:
    result = run("match", input="{not json")
    assert result.exit_code != 0
    assert "The profile is not JSON" in result.output


def test_match_gives_field_errors_for_a_profile_that_says_nothing(
    run: Run, catalogue: Path
) -> None:
    result = run("match", input=json.dumps({"age": 17}))
    assert result.exit_code == 1
    assert "errors" in json.loads(result.output)


def test_batch_match_writes_one_line_per_profile_in_order(
    run: Run, catalogue: Path, tmp_path: Path
) -> None:
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps(COMPUTERS) + "\n\n" + json.dumps(CARE) + "\nnot json\n" + json.dumps({}) + "\n"
    )
    out = run("match", "--batch", str(batch))
    assert out.exit_code == 0, out.output
    lines = [json.loads(line) for line in out.output.splitlines() if line.startswith("{")]
    assert len(lines) == 4
    assert lines[0]["results"][0]["ref"] == "IT-1"
    assert lines[1]["results"][0]["ref"] == "CARE-1"
    assert lines[2] == {"errors": {"line": "Line 4 is not JSON"}}
    assert "errors" in lines[3]
    assert "2 profiles had problems" in out.output


def personas(tmp_path: Path) -> Path:
    return jsonl(
        tmp_path / "personas.jsonl",
        [
            {
                "id": "T1",
                "profile": COMPUTERS,
                "relevance": {"IT-1": 3},
                "must_not_return": [],
            },
            {
                "id": "T2",
                "profile": {**CARE, "types": ["job"]},
                "relevance": {"CARE-1": 3, "KITCHEN-1": 1},
                "must_not_return": [],
            },
        ],
    )


def test_eval_prints_the_matcher_and_both_baselines(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    jsonl(folder / "catalogue.jsonl", CATALOGUE)
    personas(folder)
    result = run("eval", str(folder), "--per-persona")
    assert result.exit_code == 0, result.output
    rows = {
        line.split("|")[1].strip(): [c.strip() for c in line.split("|")[2:-1]]
        for line in result.output.splitlines()
        if line.startswith("| ") and not line.startswith("| matcher | ndcg")
    }
    assert set(rows) == {"matcher", "BM25 baseline", "MiniLM cosine baseline"}
    ndcg, _recall, mrr, violations, _ms = rows["matcher"]
    assert float(ndcg) > 0.9 and float(mrr) == 1.0 and violations == "0"
    assert "T1: matcher" in result.output


def test_eval_takes_a_catalogue_and_personas_from_elsewhere(run: Run, tmp_path: Path) -> None:
    catalogue = jsonl(tmp_path / "pathways.jsonl", CATALOGUE)
    folder = tmp_path / "only-personas"
    folder.mkdir()
    personas(folder)
    result = run("eval", str(folder), "--catalogue", str(catalogue), "--no-cache")
    assert result.exit_code == 0, result.output
    assert "| matcher |" in result.output


def test_eval_counts_a_returned_must_not_return_as_a_violation(run: Run, tmp_path: Path) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    jsonl(folder / "catalogue.jsonl", CATALOGUE)
    jsonl(
        folder / "personas.jsonl",
        [{"id": "T3", "profile": COMPUTERS, "relevance": {}, "must_not_return": ["IT-1"]}],
    )
    result = run("eval", str(folder))
    matcher = next(line for line in result.output.splitlines() if line.startswith("| matcher | 0"))
    assert matcher.split("|")[5].strip() == "1"


def test_eval_explains_a_folder_without_personas(run: Run, tmp_path: Path) -> None:
    result = run("eval", str(tmp_path))
    assert result.exit_code != 0
    assert "personas.jsonl is missing" in result.output


def test_a_fresh_database_upgraded_and_imported_without_a_seed_keeps_distance_limits(
    tmp_path: Path,
) -> None:
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.db'}",
        "CAREERS_DATA_DIR": str(tmp_path),
        "CAREERS_ENCODER": "fake",
    }
    runner = CliRunner()
    near = pathway("NEAR-1", "Care worker", "Care for older people at home.", postcode="CR0 1EA")
    far = pathway("FAR-1", "Care worker", "Care for older people at home.", postcode="EN1 1AA")
    assert runner.invoke(main, ["db", "upgrade"], env=env).exit_code == 0
    imported = runner.invoke(
        main, ["import", str(jsonl(tmp_path / "c.jsonl", [near, far]))], env=env
    )
    assert imported.exit_code == 0, imported.output
    profile = {"about": "care for older people", "postcode": "CR0 2AA", "max_distance_km": 5}
    result = runner.invoke(main, ["match"], env=env, input=json.dumps(profile))
    assert result.exit_code == 0, result.output
    assert [r["ref"] for r in json.loads(result.output)["results"]] == ["NEAR-1"]
