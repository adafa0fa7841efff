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
    assert "| 150 | IDMap2 + FlatIP (exact) | 5 |" in text
    assert "| 300 | IDMap2 + FlatIP (exact) | 5 |" in text
    assert "Gaussian noise" in text  # the doc says how the large catalogues' embeddings are made
    assert "Load average" in text
    assert "Whole match p50/p95 ms" in result.output


def test_bench_measures_the_approximate_index_against_exact(tmp_path: Path) -> None:
    output = tmp_path / "benchmarks.md"
    result = CliRunner().invoke(
        main,
        [
            "bench",
            "--encoder=fake",
            "--sizes=400",
            "--no-server",
            "--queries=3",
            "--recall-queries=12",
            "--hnsw",
            f"--output={output}",
        ],
    )
    assert result.exit_code == 0, result.output
    rows = [line for line in output.read_text().splitlines() if line.startswith("| 400 |")]
    exact = next(r for r in rows if "exact (IDMap2 + FlatIP)" in r)
    assert "| 1.000 | 1.000 | 1.000 |" in exact  # exact against itself
    ivf = [r for r in rows if "| IVFFlat | nlist" in r]
    assert len(ivf) >= 3
    assert any("(default)" in r for r in ivf)
    assert any("| HNSWFlat | M 32" in r for r in rows)
    recalls = [float(r.split("|")[5]) for r in ivf]
    assert all(0.0 <= value <= 1.0 for value in recalls)
    assert "IVF recall@10 ≥ 0.98 against exact at 400" in output.read_text()


def test_bench_refuses_sizes_that_are_not_numbers() -> None:
    result = CliRunner().invoke(main, ["bench", "--sizes=lots", "--encoder=fake"])
    assert result.exit_code != 0
    assert "give sizes as numbers" in result.output
