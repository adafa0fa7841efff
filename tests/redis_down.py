"""A Redis URL that nothing answers: a port that was free a moment ago, on this machine."""

from __future__ import annotations

import socket


def closed_redis_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"
