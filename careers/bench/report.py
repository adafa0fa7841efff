"""The report: the tables docs/benchmarks.md shows, and whether each target is met."""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from careers.bench.catalogue import NOISE, THROUGHPUT_TEXTS
from careers.bench.in_process import SizeResult
from careers.bench.server import ServerResult

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
