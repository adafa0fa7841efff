"""`careers bench`: the matcher's speed and memory on synthetic catalogues (docs/benchmarks.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import click


def register(main: click.Group) -> None:
    """Add this area's commands to the `careers` group."""

    @main.command("bench", help="Benchmark the matcher and write the tables to a Markdown file.")
    @click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=None)
    @click.option(
        "--sizes", default="1000,10000,100000", show_default=True, help="Catalogue sizes."
    )
    @click.option("--quick", is_flag=True, help="Fewer queries, a shorter load test.")
    @click.option("--server-size", type=int, default=None, help="Catalogue served by gunicorn.")
    @click.option("--no-server", is_flag=True, help="Skip the gunicorn measurements.")
    @click.option("--queries", type=int, default=None, help="Single requests per size.")
    @click.option("--seconds", type=float, default=None, help="Length of the load test.")
    @click.option("--sample", type=int, default=None, help="Pathway texts the real model encodes.")
    @click.option(
        "--recall-queries",
        type=click.IntRange(min=0),
        default=None,
        help="Person-like queries for the approximate index's recall@10 (0: skip).",
    )
    @click.option("--hnsw", is_flag=True, help="Compare HNSW too in the recall table (slow).")
    @click.option("--no-preload", is_flag=True, help="Skip the gunicorn --preload memory run.")
    @click.option("--no-cache", is_flag=True, help="Encode every real pathway text afresh.")
    @click.option(
        "--encoder", type=click.Choice(["minilm", "fake"]), default="minilm", show_default=True
    )
    def bench(
        output: Path | None,
        sizes: str,
        quick: bool,
        server_size: int | None,
        no_server: bool,
        queries: int | None,
        seconds: float | None,
        sample: int | None,
        recall_queries: int | None,
        hnsw: bool,
        no_preload: bool,
        no_cache: bool,
        encoder: str,
    ) -> None:
        from careers.bench.runner import print_tables, run

        try:
            wanted = [int(s.replace("_", "").replace("k", "000")) for s in sizes.split(",") if s]
        except ValueError:
            raise click.BadParameter(
                "give sizes as numbers, like 1000,10000", param_hint="--sizes"
            ) from None
        if not wanted or min(wanted) < 1:
            raise click.BadParameter("give at least one size above 0", param_hint="--sizes")
        text = run(
            wanted,
            quick,
            -1 if no_server else server_size,
            encoder,
            click.echo,
            queries=queries,
            load_seconds=seconds,
            sample=sample,
            recall_queries=recall_queries,
            hnsw=hnsw,
            preload=not no_preload,
            cache=not no_cache,
            command=" ".join(["careers", *sys.argv[1:]]) if len(sys.argv) > 1 else "careers bench",
        )
        click.echo("")
        print_tables(text, click.echo)
        if output:
            output.parent.mkdir(parents=True, exist_ok=True)
            output.write_text(text, encoding="utf-8")
            click.echo(f"Wrote {output}")
