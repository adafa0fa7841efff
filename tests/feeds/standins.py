"""Loopback stand-ins for the feeds' APIs: a real HTTP server on 127.0.0.1 that serves pages
built from the published field lists, records every request, and can be told to answer 429
(with Retry-After) or to fail."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit


@dataclass
class Request:
    path: str
    query: dict[str, str]
    headers: dict[str, str]


@dataclass
class StandIn:
    """Serves `pages[n]` at `path` for `?{page_param}=n`. `script` answers (status, headers)
    come first, one per request; `failing_pages` always answer 503; with `api_key` set, a
    request without that key gets 401."""

    path: str
    page_param: str
    content_type: str
    pages: dict[int, bytes] = field(default_factory=dict)
    script: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    failing_pages: set[int] = field(default_factory=set)
    api_key: str | None = None
    requests: list[Request] = field(default_factory=list)
    url: str = ""

    def page_numbers(self) -> list[int]:
        return [int(r.query.get(self.page_param, "0")) for r in self.requests]


def _handler(standin: StandIn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()}
            standin.requests.append(Request(parts.path, query, dict(self.headers.items())))
            if parts.path != standin.path:
                return self._send(404, b"not found", {})
            if standin.api_key and self.headers.get("Ocp-Apim-Subscription-Key") != standin.api_key:
                return self._send(401, b'{"statusCode": 401}', {})
            if standin.script:
                status, headers = standin.script.pop(0)
                return self._send(status, b"slow down", headers)
            number = int(query.get(standin.page_param, "1"))
            if number in standin.failing_pages:
                return self._send(503, b"unavailable", {})
            body = standin.pages.get(number)
            if body is None:
                return self._send(404, b"no such page", {})
            return self._send(200, body, {"Content-Type": standin.content_type})

        def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve(standin: StandIn) -> Iterator[StandIn]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(standin))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    standin.url = f"http://{host!s}:{port}"
    try:
        yield standin
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
