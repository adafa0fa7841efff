"""Through gunicorn: cold start, throughput, preload memory, and publish-to-visible."""

from __future__ import annotations

import datetime as dt
import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from careers.bench.catalogue import Catalogue, Echo
from careers.bench.queries import percentile, profiles, pss_mb, rss_mb
from careers.config import PROJECT_ROOT, Config

# --- through gunicorn -------------------------------------------------------------------


@dataclass
class PreloadResult:
    """The same server with gunicorn --preload: the master loads model and index, then forks."""

    cold_start_s: float = float("nan")
    per_s: float = float("nan")
    statuses: dict[int, int] = field(default_factory=dict)
    worker_rss_mb: list[float] = field(default_factory=list)
    worker_pss_mb: list[float] = field(default_factory=list)
    master_pss_mb: float = float("nan")
    error: str = ""


def _worker_pids(process: subprocess.Popen[bytes]) -> list[str]:
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    return children.read_text().split() if children.exists() else []


@dataclass
class ServerResult:
    size: int
    workers: int
    cold_start_s: float = 0.0
    concurrency: int = 8
    seconds: float = 0.0
    requests: int = 0
    ok: int = 0
    per_s: float = 0.0
    p50_ms: float = 0.0
    p95_ms: float = 0.0
    statuses: dict[int, int] = field(default_factory=dict)
    worker_rss_mb: list[float] = field(default_factory=list)
    worker_pss_mb: list[float] = field(default_factory=list)
    master_pss_mb: float = float("nan")
    preload: PreloadResult | None = None
    publish_first_s: float = float("nan")
    publish_all_s: float = float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def post_json(
    port: int, path: str, body: Any, timeout: float = 30
) -> tuple[int, Any, dict[str, str]]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        data = json.dumps(body).encode()
        connection.request("POST", path, body=data, headers={"Content-Type": "application/json"})
        response = connection.getresponse()
        raw = response.read()
        headers = {k.lower(): v for k, v in response.getheaders()}
        return response.status, json.loads(raw) if raw else None, headers
    finally:
        connection.close()


@contextmanager
def gunicorn(
    config: Config, workers: int, port: int, preload: bool = False
) -> Iterator[subprocess.Popen[bytes]]:
    """gunicorn with our config on 127.0.0.1, serving the bench app (no rate limits, worker pid
    header); always stopped on the way out. With `preload` the master loads the app, the model
    and the index before forking (gunicorn --preload), so workers share those pages."""
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": config.DATABASE_URL,
            "CAREERS_DATA_DIR": str(config.DATA_DIR),
            "CAREERS_ENCODER": config.ENCODER,
            "SECRET_KEY": secrets.token_hex(16),
            "CAREERS_TORCH_THREADS": str(config.TORCH_THREADS),
            "CAREERS_APPROX_INDEX_THRESHOLD": str(config.APPROX_INDEX_THRESHOLD),
            "CAREERS_BENCH_WARM_IN_MASTER": "1" if preload else "",
        }
    )
    if config.MODEL_DIR:
        env["CAREERS_MODEL_DIR"] = config.MODEL_DIR
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "--config",
        str(PROJECT_ROOT / "gunicorn.conf.py"),
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        *(["--preload"] if preload else []),
        "careers.bench.server:bench_app()",
    ]
    log_path = Path(config.DATA_DIR) / "gunicorn.log"
    # A task worker beside the web workers, as `make run` and production run them: it embeds
    # what is published (requests never embed) and runs imports.
    worker_log = Path(config.DATA_DIR) / "worker.log"
    with worker_log.open("wb") as log:
        task_worker = subprocess.Popen(
            [sys.executable, "-m", "careers.cli", "worker", "--no-schedule"],
            cwd=PROJECT_ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log
        )
    process.log_path = log_path  # type: ignore[attr-defined]
    try:
        yield process
    finally:
        for running in (process, task_worker):
            running.send_signal(signal.SIGTERM)
            try:
                running.wait(timeout=30)
            except subprocess.TimeoutExpired:
                running.kill()
                running.wait(timeout=10)


def bench_app() -> Any:
    """The app as gunicorn serves it, without rate limits (the load generator is one address)
    and with the X-Worker-Pid header, so the benchmark can tell the workers apart."""
    from careers import create_app
    from careers.extensions import limiter

    app = create_app(WORKER_PID_HEADER=True)
    limiter.enabled = False
    if os.environ.get("CAREERS_BENCH_WARM_IN_MASTER"):  # --preload: load model and index now
        from careers.extensions import db, matcher

        with app.app_context():
            matcher().warm_up(db.session())
        app.extensions["database"].dispose()  # no connection may be inherited by the workers
    return app


def wait_until_serving(port: int, process: subprocess.Popen[bytes], limit_s: float) -> float:
    started = time.perf_counter()
    last: Any = "no answer"
    log_path: Path = process.log_path  # type: ignore[attr-defined]
    while time.perf_counter() - started < limit_s:
        if process.poll() is not None:
            break
        try:
            status, body, _ = post_json(
                port, "/api/v1/match", {"about": "I like helping people"}, 5
            )
            if status == 200:
                return time.perf_counter() - started
            last = (status, body)
        except OSError as error:
            last = error
        time.sleep(0.05)
    log = log_path.read_text(errors="replace")[-3000:] if log_path.exists() else ""
    raise RuntimeError(f"gunicorn did not answer a match in {limit_s:.0f} s ({last}):\n{log}")


def load(
    port: int, bodies: list[dict[str, Any]], concurrency: int, seconds: float
) -> dict[str, Any]:
    """`concurrency` threads posting matches for `seconds`, then stop (bounded in time)."""
    deadline = time.perf_counter() + seconds
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def worker(offset: int) -> None:
        n = offset
        while time.perf_counter() < deadline:
            body = bodies[n % len(bodies)]
            n += concurrency
            started = time.perf_counter()
            try:
                status, _, _ = post_json(port, "/api/v1/match", body, timeout=max(1.0, seconds))
            except OSError:
                status = 0
            elapsed = (time.perf_counter() - started) * 1000
            with lock:
                statuses[status] = statuses.get(status, 0) + 1
                if status == 200:
                    latencies.append(elapsed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + 60)
    elapsed = time.perf_counter() - started
    return {"latencies": latencies, "statuses": statuses, "seconds": elapsed}


def publish_and_watch(
    config: Config, port: int, workers: int, limit_s: float = 10
) -> tuple[float, float]:
    """Publish a new pathway in the database (with pathway_changed), then poll matches until every
    worker has served it. Returns seconds to the first worker showing it, and to all of them."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from careers.extensions import make_engine
    from careers.models import Organisation, Pathway
    from careers.services.matcher import pathway_changed

    words = "beekeeping apiary honeybee hives"
    bind = make_engine(config.DATABASE_URL)
    try:
        with Session(bind) as session:
            organisation_id = session.scalar(select(Organisation.id).limit(1))
            pathway = Pathway(
                ref=f"BENCH-NEW-{int(time.time())}",
                organisation_id=organisation_id,
                type="volunteering",
                title="Hospital garden beekeeping volunteer",
                summary=f"Look after the hospital's {words}.",
                description=f"Help our gardener look after the {words} on the roof garden.",
                skills=["beekeeping"],
                interests=["bees", "gardening"],
                status="published",
                remote=True,
                closing_date=dt.date.today() + dt.timedelta(days=30),
            )
            session.add(pathway)
            session.flush()
            pathway_changed(session, pathway.id)
            session.commit()
            ref = pathway.ref
    finally:
        bind.dispose()
    published = time.perf_counter()
    seen: set[str] = set()
    first = float("nan")
    query = {"about": f"I keep {words}"}
    # As many requests in flight as workers: one after another, an idle worker can win every
    # accept(), and the others would never be asked.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while time.perf_counter() - published < limit_s:
            answers = pool.map(lambda _: post_json(port, "/api/v1/match", query, 5), range(workers))
            for status, body, headers in answers:
                if status == 200 and any(r["ref"] == ref for r in body["results"]):
                    if not seen:
                        first = time.perf_counter() - published
                    seen.add(headers.get("x-worker-pid", "?"))
            if len(seen) >= workers:
                return first, time.perf_counter() - published
            time.sleep(0.01)
    return first, float("nan")


def measure_server(
    config: Config,
    catalogue: Catalogue,
    workers: int,
    seconds: float,
    echo: Echo,
    preload: bool = True,
) -> ServerResult:
    result = ServerResult(size=catalogue.size, workers=workers)
    port = free_port()
    outcodes = [p[0] for p in catalogue.places]
    with gunicorn(config, workers, port) as process:
        result.cold_start_s = wait_until_serving(port, process, limit_s=120)
        echo(
            f"  gunicorn with {workers} workers answered a match after {result.cold_start_s:.1f} s"
        )
        load(port, profiles(16, outcodes, seed=5), result.concurrency, 2)  # warm every worker
        run = load(port, profiles(2000, outcodes, seed=9), result.concurrency, seconds)
        result.seconds = run["seconds"]
        result.statuses = run["statuses"]
        result.requests = sum(run["statuses"].values())
        result.ok = len(run["latencies"])
        result.per_s = result.ok / result.seconds
        result.p50_ms = percentile(run["latencies"], 0.5)
        result.p95_ms = percentile(run["latencies"], 0.95)
        pids = _worker_pids(process)
        result.worker_rss_mb = [rss_mb(pid) for pid in pids]
        result.worker_pss_mb = [pss_mb(pid) for pid in pids]
        result.master_pss_mb = pss_mb(process.pid)
        echo(f"  {result.per_s:.1f} matches/s at concurrency {result.concurrency}")
        result.publish_first_s, result.publish_all_s = publish_and_watch(config, port, workers)
        echo(
            f"  a published pathway was visible on every worker after {result.publish_all_s:.2f} s"
        )
    if preload:
        result.preload = measure_preload(config, catalogue, workers, min(seconds, 8.0), echo)
    return result


def measure_preload(
    config: Config, catalogue: Catalogue, workers: int, seconds: float, echo: Echo
) -> PreloadResult:
    """Start the same server with --preload and measure start-up, memory and throughput; a
    worker that hangs (the OpenMP-after-fork pitfall) shows as failed requests, bounded."""
    result = PreloadResult()
    port = free_port()
    outcodes = [p[0] for p in catalogue.places]
    try:
        with gunicorn(config, workers, port, preload=True) as process:
            result.cold_start_s = wait_until_serving(port, process, limit_s=120)
            load(port, profiles(16, outcodes, seed=5), 8, 2)
            run = load(port, profiles(800, outcodes, seed=13, tag="preload-"), 8, seconds)
            result.statuses = run["statuses"]
            result.per_s = len(run["latencies"]) / run["seconds"]
            pids = _worker_pids(process)
            result.worker_rss_mb = [rss_mb(pid) for pid in pids]
            result.worker_pss_mb = [pss_mb(pid) for pid in pids]
            result.master_pss_mb = pss_mb(process.pid)
    except RuntimeError as error:
        result.error = str(error).splitlines()[0]
    echo(f"  with --preload: {result.per_s:.1f} matches/s {result.error}")
    return result
