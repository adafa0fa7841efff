"""Private by default: after a whole journey through a real HTTP server, neither the logs (every
logger, including the access log) nor any table in the database holds a word the person typed."""

from __future__ import annotations

import http.cookiejar
import logging
import re
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.serving import BaseWSGIServer, make_server

from careers.models import Base
from tests.factories import make_pathway

TYPED = {
    "about": "I look after my brothers and I am brilliant at quizzlewick and frobnicating",
    "age": "17",
    "postcode": "SE15 9ZQ",
}
SECRETS = ("quizzlewick", "frobnicating", "brothers", "9ZQ")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


@pytest.fixture
def server(app: Flask, reference_data: Session) -> Iterator[str]:
    httpd: BaseWSGIServer = make_server("127.0.0.1", 0, app)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    thread.join(timeout=5)


def _journey(base: str) -> None:
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), _NoRedirect()
    )
    # A browser's User-Agent: scripts (Python-urllib) are not counted (careers/counting.py).
    opener.addheaders = [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0")]

    def go(path: str, data: dict[str, object] | None = None) -> str:
        body = urllib.parse.urlencode(data, doseq=True).encode() if data is not None else None
        try:
            with opener.open(base + path, data=body) as response:
                return str(response.read().decode())
        except urllib.error.HTTPError as redirect:  # 3xx are not followed by _NoRedirect
            assert redirect.code in (301, 302, 303), redirect.code
            return str(redirect.headers["Location"])

    go("/find")
    answers = {**TYPED, "skills": ["teamwork"], "distance": "any", "circumstances": ["refugee"]}
    assert go("/find/results", answers) == "/find/results"
    results = go("/find/results")
    assert "Your pathways" in results and "PRIV-1" in results, "the search found the pathway"
    go("/find/results?show=20")
    go("/shortlist/add", {"ref": "PRIV-1"})
    shortlist = go("/shortlist")
    link = shortlist.split('id="saved-link" name="saved-link" type="text" value="')[1].split('"')[0]
    go(urllib.parse.urlsplit(link).path)
    assert go("/pathways/PRIV-1/apply").startswith("https://")
    go("/find/results", {**answers, "age": "seventy"})  # an error page echoes answers back


def test_nothing_typed_reaches_the_logs_or_the_database(
    server: str, reference_data: Session, caplog: pytest.LogCaptureFixture, app: Flask
) -> None:
    make_pathway(reference_data, ref="PRIV-1", apply_url="https://jobs.example.nhs.uk/1")
    reference_data.commit()
    app.logger.setLevel(logging.DEBUG)
    with caplog.at_level(logging.DEBUG):  # every logger, werkzeug's access log included
        _journey(server)

    logged = "\n".join(record.getMessage() for record in caplog.records)
    logged = re.sub(r"\x1b\[[0-9;]*m", "", logged)  # werkzeug colours its access log
    assert '"POST /find/results HTTP/1.1" 302' in logged, "the access log was captured"
    for secret in SECRETS:
        assert secret.casefold() not in logged.casefold(), f"{secret!r} is in the logs"

    reference_data.expire_all()
    dumped = []
    for table in Base.metadata.sorted_tables:
        dumped.extend(repr(tuple(row)) for row in reference_data.execute(select(table)))
    database = "\n".join(dumped).casefold()
    assert "priv-1" in database, "the dump reads the tables"
    for secret in SECRETS:
        assert secret.casefold() not in database, f"{secret!r} is in the database"
    kinds = reference_data.execute(select(Base.metadata.tables["events"].c.kind)).scalars().all()
    assert sorted(set(kinds)) == ["apply", "search", "shown"]


def test_the_production_access_log_has_no_query_strings_bodies_or_headers() -> None:
    config = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"
    namespace: dict[str, object] = {}
    exec(compile(config.read_text(), str(config), "exec"), namespace)  # noqa: S102
    log_format = str(namespace["access_log_format"])
    for atom in ("%(r)s", "%(q)s", "%(f)s", "%(a)s", "}i)s", "}e)s"):
        assert atom not in log_format, f"{atom} would log what people send"
