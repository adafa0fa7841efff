"""Prometheus metrics for GET /metrics (prometheus-client), one registry per app.

* `careers_match_seconds`: a histogram of how long a match takes (the find results page and the
  API's match, the whole request), by endpoint.
* `careers_requests_total`: requests by status code.
* `careers_tasks`: background jobs by state (from the jobs table, read when scraped).
* `careers_task_queue_depth`: tasks waiting on the queue.
* `careers_index_size` and `careers_index_version_lag`: this process's match index.

Counters are per process: scrape each gunicorn worker, or sum them (docs/deploy.md). Nothing a
person typed is ever a label: only endpoint names and status codes.
"""

from __future__ import annotations

import hmac
import time
from collections.abc import Iterator
from typing import Any

from flask import Flask, abort, g, request
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector
from werkzeug.wrappers import Response

MATCH_ENDPOINTS = frozenset({"api.match", "public.results"})
BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class _StateCollector(Collector):
    """Jobs by state, the queue's depth and the index, read at each scrape."""

    def __init__(self, app: Flask) -> None:
        self.app = app

    def collect(self) -> Iterator[GaugeMetricFamily]:
        from careers.extensions import db
        from careers.services import jobs

        tasks = GaugeMetricFamily("careers_tasks", "Background jobs by state", labels=["state"])
        depth = GaugeMetricFamily("careers_task_queue_depth", "Tasks waiting on the queue")
        size = GaugeMetricFamily("careers_index_size", "Pathways in this process's match index")
        lag = GaugeMetricFamily(
            "careers_index_version_lag", "Changes in the database not yet in this index"
        )
        with self.app.app_context(), db.new_session() as session:
            counts = jobs.counts_by_status(session)
            for state in ("queued", "running", "done", "failed"):
                tasks.add_metric([state], counts.get(state, 0))
            status = self.app.extensions["matcher"].status(session)
        depth.add_metric([], self.app.extensions["tasks"].depth())
        size.add_metric([], status.get("size", 0))
        if status.get("loaded"):
            lag.add_metric([], status["database_version"] - status["version"])
        yield from (tasks, depth, size, lag)


class Metrics:
    def __init__(self, app: Flask) -> None:
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "careers_requests", "Requests by status code", ["status"], registry=self.registry
        )
        self.match_seconds = Histogram(
            "careers_match_seconds",
            "Time to answer a match (the whole request)",
            ["endpoint"],
            buckets=BUCKETS,
            registry=self.registry,
        )
        self.registry.register(_StateCollector(app))

    def render(self) -> bytes:
        return generate_latest(self.registry)


def init_app(app: Flask) -> None:
    metrics = Metrics(app)
    app.extensions["metrics"] = metrics

    @app.before_request
    def _start_timer() -> None:
        g.metrics_started = time.perf_counter()

    @app.after_request
    def _count(response: Response) -> Response:
        metrics.requests.labels(status=str(response.status_code)).inc()
        started = g.get("metrics_started")
        if started is not None and request.endpoint in MATCH_ENDPOINTS:
            elapsed = time.perf_counter() - started
            metrics.match_seconds.labels(endpoint=request.endpoint).observe(elapsed)
        return response


def authorised(app: Flask, header: str | None) -> bool | None:
    """None when no token is configured (the endpoint does not exist); otherwise whether the
    Authorization header carries it."""
    token: str | None = app.config["CAREERS"].METRICS_TOKEN
    if not token:
        return None
    expected = f"Bearer {token}".encode()
    return hmac.compare_digest((header or "").encode(), expected)


def response(app: Flask) -> tuple[bytes, int, dict[str, Any]]:
    allowed = authorised(app, request.headers.get("Authorization"))
    if allowed is None:
        abort(404)
    if not allowed:
        return (
            b"A metrics token is needed",
            401,
            {"Content-Type": "text/plain; charset=utf-8", "WWW-Authenticate": "Bearer"},
        )
    body = app.extensions["metrics"].render()
    return body, 200, {"Content-Type": "text/plain; version=0.0.4; charset=utf-8"}
