"""`careers bench`: every size, then the gunicorn measures, then the report."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import time
from pathlib import Path

from careers.bench.catalogue import Echo
from careers.bench.in_process import SizeResult, bench_database, measure_size
from careers.bench.report import RunInfo, report
from careers.bench.server import ServerResult, measure_server


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
