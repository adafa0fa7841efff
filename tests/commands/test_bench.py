"""`careers bench` on a small catalogue with the fake encoder: it measures and writes the tables."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from careers.cli import main


def test_bench_writes_the_tables_for_each_size(tmp_path: Path) -> None:
    output = tmp_path / "benchmarks.md"
    result = CliRunner().invoke(
        main,
        [
            "bench",
            "--encoder=fake",
            "--sizes=150,300",
            "--no-server",
            "--queries=5",
            "--sample=40",
            f"--output={output}",
        ],
    )
    assert result.exit_code == 0, result.output
    text = output.read_text()
    assert "| 150 | flat | 5 |" in text
    assert "| 300 | flat | 5 |" in text
    assert "perturbed" in text  # the doc says how the large catalogues' embeddings are made
    assert "Whole match p50/p95 ms" in result.output


def test_bench_refuses_sizes_that_are_not_numbers() -> None:
    result = CliRunner().invoke(main, ["bench", "--sizes=lots", "--encoder=fake"])
    assert result.exit_code != 0
    assert "give sizes as numbers" in result.output
