"""Browser tests: the real app served on 127.0.0.1 from a subprocess, driven by Debian's Chromium
through Playwright.

Fixtures for browser tests (mark every test ``@pytest.mark.browser``):

- ``live_server``: the running site (session-wide). ``live_server.url("/pathways")`` gives an
  absolute address; ``live_server.refs`` names pathways that are always there (see ``REFS``).
- ``desktop_page``, ``phone_page`` (360 x 740, touch), ``nojs_page`` (JavaScript off): a fresh
  browser context and page each test, so cookies never leak between tests.
- ``any_page``: runs the test twice, on a desktop and on a phone.
- ``screenshot(page, "name")``: saves test-artifacts/screenshots/<test>-<name>.png.
- ``browser_errors(page)``: console errors, page errors and CSP violations seen so far.

The server runs in a subprocess, not a thread: the database handle (careers.extensions.db) is
process-wide, so the other tests' apps would otherwise rebind it under the server.
"""

from __future__ import annotations

import itertools
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from careers.extensions import make_engine
from careers.services.migrations import upgrade
from tests.postgres import IN_CI

CHROMIUM = Path(os.environ.get("CAREERS_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = PROJECT_ROOT / "test-artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}

# Pathways the live server always has, whatever else the seed data holds.
REFS = {
    "start": "BRW-WEX-01",  # work experience, unpaid, leads to "programme"
    "programme": "BRW-PEP-01",  # pre-employment programme (entry route)
    "hcsw": "BRW-HCSW-01",  # healthcare support worker apprenticeship, level 2
    "senior": "BRW-SHCSW-01",  # senior healthcare support worker, level 3
    "nursing_associate": "BRW-NA-01",  # nursing associate apprenticeship, level 5
    "porter": "BRW-PORT-01",  # a job paid by the hour, closing soon
    "draft": "BRW-DRAFT-01",  # a draft: never public
}

_SERVE = """
import os, sys
from werkzeug.serving import make_server
from careers import create_app
app = create_app(SECRET_KEY="browser-test-secret", ENCODER="fake")
app.config.update(RATELIMIT_ENABLED=False)
server = make_server("127.0.0.1", int(sys.argv[1]), app, threaded=True)
print("serving", flush=True)
server.serve_forever()
"""


@dataclass
class LiveServer:
    base_url: str
    data_dir: Path
    database_url: str
    refs: dict[str, str] = field(default_factory=lambda: dict(REFS))

    def url(self, path: str = "/") -> str:
        return self.base_url + path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _cli_commands() -> set[str]:
    from careers.cli import main

    return set(main.commands) | {
        f"{name} {sub}"
        for name, group in main.commands.items()
        for sub in getattr(group, "commands", {})
    }


def _seed_test_pathways(database_url: str) -> None:
    """A small, known catalogue: a progression chain, a closing-soon job and a draft."""
    import datetime as dt

    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from careers.models import Organisation, PathwayLink
    from tests.factories import make_organisation, make_pathway

    today = dt.date.today()
    engine = make_engine(database_url)
    with Session(engine) as session:
        if session.scalar(select(Organisation).where(Organisation.slug == "browser-test-trust")):
            return
        trust = make_organisation(
            session,
            name="Browser Test Hospitals NHS Foundation Trust",
            slug="browser-test-trust",
            description="A large teaching hospital in south London.",
        )
        common: dict[str, Any] = {"organisation": trust, "is_example": True}
        start = make_pathway(
            session,
            ref=REFS["start"],
            type="work_experience",
            title="Hospital work experience week",
            level=0,
            standard_code=None,
            pay_period="none",
            pay_min=None,
            pay_max=None,
            hours_per_week=30,
            closing_date=None,
            **common,
        )
        programme = make_pathway(
            session,
            ref=REFS["programme"],
            type="entry_route",
            title="Get into health care: six-week programme",
            level=1,
            standard_code=None,
            pay_period="none",
            pay_min=None,
            pay_max=None,
            supports=["neet", "young_carer"],
            **common,
        )
        hcsw = make_pathway(session, ref=REFS["hcsw"], **common)
        senior = make_pathway(
            session,
            ref=REFS["senior"],
            title="Senior healthcare support worker apprentice",
            level=3,
            standard_code="ST0217",
            min_qualification_level=2,
            gcse_english_maths=True,
            pay_min=31_049.0,
            pay_max=32_892.0,
            **common,
        )
        associate = make_pathway(
            session,
            ref=REFS["nursing_associate"],
            title="Nursing associate apprentice",
            level=5,
            standard_code="ST0827",
            min_qualification_level=3,
            gcse_english_maths=True,
            min_age=18,
            pay_min=31_049.0,
            pay_max=32_892.0,
            **common,
        )
        make_pathway(
            session,
            ref=REFS["porter"],
            type="job",
            title="Hospital porter",
            sector="estates_facilities",
            level=None,
            standard_code=None,
            pay_period="hour",
            pay_min=13.85,
            pay_max=13.85,
            hours_per_week=37.5,
            closing_date=today + dt.timedelta(days=5),
            supports=["local_resident", "ex_offender"],
            **common,
        )
        make_pathway(session, ref=REFS["draft"], title="Unpublished draft", status="draft")
        chain = [start, programme, hcsw, senior, associate]
        for earlier, later in itertools.pairwise(chain):
            session.add(PathwayLink(from_id=earlier.id, to_id=later.id, position=0))
        session.commit()
    engine.dispose()


def _prepare_database(data_dir: Path, env: dict[str, str]) -> str:
    database_url = f"sqlite:///{data_dir / 'careers.db'}"
    upgrade(database_url)
    commands = _cli_commands()
    cli = [sys.executable, "-c", "from careers.cli import main; main()"]
    if "seed" in commands:  # the real seed data, once it exists
        subprocess.run([*cli, "seed"], env=env, check=True, cwd=PROJECT_ROOT, timeout=600)
    _seed_test_pathways(database_url)
    if "reindex" in commands:  # the match index, once it exists
        subprocess.run([*cli, "reindex"], env=env, check=True, cwd=PROJECT_ROOT, timeout=600)
    return database_url


def _wait_until_serving(process: subprocess.Popen[bytes], url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the live server exited with code {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):  # noqa: S310 (our own 127.0.0.1)
                return
        except urllib.error.HTTPError:
            return  # it answers, even if not with 200
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the live server did not answer at {url} within {timeout:.0f}s")


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        message = f"Browser tests need Chromium at {CHROMIUM} (apt-get install chromium)."
        if IN_CI:
            pytest.fail(message)
        pytest.skip(f"Browser tests skipped: no Chromium at {CHROMIUM}.")
    return CHROMIUM


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """The real app with the fake encoder and a seeded SQLite database, on a free port."""
    data_dir = tmp_path_factory.mktemp("live")
    env = {
        **os.environ,
        "CAREERS_DATA_DIR": str(data_dir),
        "DATABASE_URL": f"sqlite:///{data_dir / 'careers.db'}",
        "CAREERS_ENCODER": "fake",
        # no task worker runs beside this server: pathways the tests publish are embedded in the
        # request that first sees them (the fake encoder is instant)
        "CAREERS_EMBED_INLINE": "1",
        "SECRET_KEY": "browser-test-secret",
        "CAREERS_ENV": "development",
    }
    database_url = _prepare_database(data_dir, env)
    port = _free_port()
    log = (data_dir / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-c", _SERVE, str(port)],
        env=env,
        cwd=PROJECT_ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    server = LiveServer(f"http://127.0.0.1:{port}", data_dir, database_url)
    try:
        _wait_until_serving(process, server.url("/"))
        yield server
    except RuntimeError as error:
        log.flush()
        output = (data_dir / "server.log").read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{error}\n{output}") from error
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True
        )
        yield chromium
        chromium.close()


def _watch(page: Any) -> Any:
    errors: list[str] = []
    page.on(
        "console",
        lambda message: (
            errors.append(f"console {message.type}: {message.text}")
            if message.type == "error"
            else None
        ),
    )
    page.on("pageerror", lambda error: errors.append(f"page error: {error}"))
    page.set_default_timeout(10_000)
    page.careers_errors = errors
    return page


@pytest.fixture
def new_page(browser: Any, live_server: LiveServer) -> Iterator[Callable[..., Any]]:
    """Make a page in a fresh context: new_page(viewport=..., java_script_enabled=..., ...)."""
    contexts: list[Any] = []

    def make(**options: Any) -> Any:
        options.setdefault("viewport", DESKTOP)
        options.setdefault("base_url", live_server.base_url)
        context = browser.new_context(**options)
        contexts.append(context)
        return _watch(context.new_page())

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def desktop_page(new_page: Callable[..., Any]) -> Any:
    return new_page(viewport=DESKTOP)


@pytest.fixture
def phone_page(new_page: Callable[..., Any]) -> Any:
    return new_page(viewport=PHONE, is_mobile=True, has_touch=True)


@pytest.fixture
def nojs_page(new_page: Callable[..., Any]) -> Any:
    return new_page(viewport=DESKTOP, java_script_enabled=False)


@pytest.fixture(params=["desktop", "phone"])
def any_page(request: pytest.FixtureRequest, new_page: Callable[..., Any]) -> Any:
    if request.param == "phone":
        return new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    return new_page(viewport=DESKTOP)


@pytest.fixture
def screenshot(request: pytest.FixtureRequest) -> Callable[[Any, str], Path]:
    """screenshot(page, "results") -> the saved file (full page)."""

    def take(page: Any, name: str) -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        stem = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{request.node.name}-{name}").strip("-")
        path = SCREENSHOTS / f"{stem}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take


@pytest.fixture
def browser_errors() -> Callable[[Any], list[str]]:
    """browser_errors(page): console errors (CSP violations among them) and uncaught errors."""

    def errors(page: Any) -> list[str]:
        return list(page.careers_errors)

    return errors
