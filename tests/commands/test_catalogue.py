"""The `careers seed`, `careers import` and `careers export` commands and their exit codes."""

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
from careers.models import Pathway
from careers.services.seed import load_reference_data

Run = Callable[..., Result]

GOOD = {
    "ref": "CLI-1",
    "organisation": "Croydon Council",
    "type": "job",
    "title": "Reablement support worker",
    "description": "Help people get their confidence back at home after a hospital stay.",
    "postcode": "CR0 1EA",
    "next_steps": [],
}


@pytest.fixture
def run(config: Config, session: Session) -> Run:
    load_reference_data(session)
    session.commit()
    env = {"DATABASE_URL": config.DATABASE_URL, "CAREERS_DATA_DIR": str(config.DATA_DIR)}

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), env=env)

    return invoke


def pathways(session: Session) -> int:
    session.expire_all()
    return session.scalar(select(func.count(Pathway.id))) or 0


def write(path: Path, *records: dict[str, object]) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return str(path)


def test_import_of_a_good_file_exits_0(run: Run, session: Session, tmp_path: Path) -> None:
    result = run("import", write(tmp_path / "good.jsonl", GOOD))
    assert result.exit_code == 0, result.output
    assert "Imported 1 pathway: 1 new, 0 updated, 0 skipped." in result.output
    assert pathways(session) == 1


def test_import_with_a_problem_exits_1_and_writes_nothing(
    run, session: Session, tmp_path: Path
) -> None:
    bad = {**GOOD, "ref": "CLI-2", "type": "gig"}
    result = run("import", write(tmp_path / "bad.jsonl", GOOD, bad))
    assert result.exit_code == 1
    assert 'line 2: type: "gig" is not allowed' in result.output
    assert "Nothing was imported" in result.output
    assert pathways(session) == 0


def test_import_with_skip_invalid_imports_the_rest(
    run: Run, session: Session, tmp_path: Path
) -> None:
    bad = {**GOOD, "ref": "CLI-2", "type": "gig"}
    result = run("import", "--skip-invalid", write(tmp_path / "bad.jsonl", GOOD, bad))
    assert result.exit_code == 0, result.output
    assert "1 new, 0 updated, 1 skipped" in result.output
    assert pathways(session) == 1


def test_import_of_a_missing_file_exits_1(run: Run, tmp_path: Path) -> None:
    result = run("import", str(tmp_path / "missing.csv"))
    assert result.exit_code == 1
    assert "Could not open" in result.output


def test_export_writes_each_format(run: Run, tmp_path: Path) -> None:
    run("import", write(tmp_path / "good.jsonl", GOOD))
    for name in ("out.jsonl", "out.json", "out.csv"):
        result = run("export", str(tmp_path / name))
        assert result.exit_code == 0, result.output
        assert f"Exported 1 pathway to {tmp_path / name}." in result.output
    assert json.loads((tmp_path / "out.json").read_text())[0]["ref"] == "CLI-1"
    assert (tmp_path / "out.csv").read_text().startswith("ref,organisation,organisation_type")
    assert run("export", str(tmp_path / "out.txt")).exit_code == 1


def test_seed_and_seed_if_empty(run: Run, session: Session) -> None:
    result = run("seed")
    assert result.exit_code == 0, result.output
    assert "example pathways" in result.output
    count = pathways(session)
    assert count >= 200
    again = run("seed", "--if-empty")
    assert again.exit_code == 0
    assert "already has pathways; nothing seeded" in again.output
    assert pathways(session) == count


def test_export_to_csv_guards_cells_a_spreadsheet_would_run_and_import_reads_them_back(
    run: Run, session: Session, tmp_path: Path
) -> None:
    formula = '=HYPERLINK("https://evil.example","Click")'
    run("import", write(tmp_path / "in.jsonl", {**GOOD, "title": formula}))
    out = tmp_path / "out.csv"
    assert run("export", str(out)).exit_code == 0
    text = out.read_text()
    assert "'" + formula.replace('"', '""') in text
    assert ',"=HYPERLINK' not in text and ",=HYPERLINK" not in text
    assert run("import", str(out)).exit_code == 0  # the same pathway, updated from the CSV
    session.expire_all()
    assert session.scalar(select(Pathway.title)) == formula


def test_import_will_not_move_a_pathway_to_another_organisation(
    run: Run, session: Session, tmp_path: Path
) -> None:
    assert run("import", write(tmp_path / "first.jsonl", GOOD)).exit_code == 0
    moved = {**GOOD, "organisation": "Lewisham Council", "organisation_type": "council"}
    result = run("import", write(tmp_path / "moved.jsonl", moved))
    assert result.exit_code != 0
    assert "CLI-1 belongs to Croydon Council; an import cannot move it to Lewisham" in result.output
    session.expire_all()
    organisation = session.scalar(select(Pathway).where(Pathway.ref == "CLI-1")).organisation
    assert organisation.name == "Croydon Council"
