"""With the real model: an editor signs in to gunicorn (two workers) over HTTP and publishes a
draft with the publish button's POST, and the new pathway then appears in matches served by
both workers — so also by the one that did not serve the publish. CSRF is on, as in production;
only the rate limits are off (`bench_app`), and the API answers carry the worker's pid."""

from __future__ import annotations

import datetime as dt
import http.cookiejar
import re
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pyotp
import pytest
from sqlalchemy.orm import Session

from careers.bench.catalogue import store_embeddings
from careers.bench.in_process import bench_database
from careers.bench.server import free_port, gunicorn, post_json, wait_until_serving
from careers.extensions import make_engine
from careers.matching.encoder import Encoder
from careers.models import Organisation, Pathway, User
from careers.services.passwords import hash_password

pytestmark = pytest.mark.model

EMAIL = "beekeeping.editor@example.nhs.uk"
PASSWORD = "roof garden hives in the sunshine"
REF = "ROOF-BEES-001"
BEES = {"about": "I keep bees. I look after beehives and collect the honey"}
CSRF = re.compile(r'name="csrf_token"[^>]*value="([^"]+)"')


@dataclass
class Served:
    port: int
    worker_pids: set[str]
    pathway_id: int


def _add_editor_and_draft(session: Session) -> int:
    organisation = Organisation(
        name="Roof Garden Health NHS Trust", slug="roof-garden-health", type="nhs_trust"
    )
    session.add(organisation)
    session.add(
        User(
            email=EMAIL,
            password_hash=hash_password(PASSWORD),
            role="editor",
            organisation=organisation,
            active=True,
        )
    )
    draft = Pathway(
        ref=REF,
        organisation=organisation,
        type="job",
        status="draft",
        title="Hospital roof garden beekeeper",
        summary="Look after the bees in the beehives on our hospital roof garden.",
        description=(
            "You will look after our bees. You check the hives each week. "
            "You collect the honey in the summer and sell it at the hospital shop. "
            "Patients and staff visit the roof garden to see the bees."
        ),
        skills=["beekeeping"],
        interests=["bees", "honey", "gardening"],
        min_qualification_level=0,
        gcse_english_maths=False,
        min_age=16,
        remote=True,
        hours_per_week=20,
        pay_min=15.5,
        pay_period="hour",
        closing_date=dt.date.today() + dt.timedelta(days=45),
        apply_url="https://jobs.example.nhs.uk/roof-garden-beekeeper",
    )
    session.add(draft)
    session.commit()
    return draft.id


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory, minilm: Encoder) -> Iterator[Served]:
    """gunicorn with two workers and the real model, over 40 synthetic pathways (embedded by
    the real model) and one draft pathway for an editor's organisation."""
    with bench_database(40, tmp_path_factory.mktemp("publish")) as (config, catalogue):
        config.ENCODER = "minilm"
        bind = make_engine(config.DATABASE_URL)
        with Session(bind) as session:
            store_embeddings(session, catalogue, minilm, sample=40)
            pathway_id = _add_editor_and_draft(session)
        bind.dispose()
        port = free_port()
        with gunicorn(config, 2, port) as process:
            wait_until_serving(port, process, limit_s=120)
            pids = set(Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split())
            assert len(pids) == 2
            yield Served(port, pids, pathway_id)


def _browser() -> urllib.request.OpenerDirector:
    return urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )


def _get(browser: urllib.request.OpenerDirector, url: str) -> tuple[str, str]:
    with browser.open(url, timeout=30) as response:
        return response.geturl(), response.read().decode()


def _post_form(
    browser: urllib.request.OpenerDirector, url: str, fields: dict[str, str]
) -> tuple[str, str]:
    data = urllib.parse.urlencode(fields).encode()
    request = urllib.request.Request(url, data=data)  # noqa: S310 (http://127.0.0.1 only)
    with browser.open(request, timeout=30) as response:
        return response.geturl(), response.read().decode()


def _csrf(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def _who_matches(port: int, seconds: float, until_found: bool) -> tuple[dict[str, bool], float]:
    """For each worker pid that answered: whether REF was among its results, asking two at a
    time (one after another, an idle worker can win every accept()) until both workers have
    answered (and, with `until_found`, both have returned REF), or `seconds` have passed.
    Returns the answers and the seconds taken."""
    found: dict[str, bool] = {}
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=2) as pool:
        while time.monotonic() - started < seconds:
            for status, body, headers in pool.map(
                lambda _: post_json(port, "/api/v1/match", BEES, 10), range(2)
            ):
                assert status == 200, body
                pid = headers["x-worker-pid"]
                hit = any(r["ref"] == REF for r in body["results"])
                found[pid] = found.get(pid, False) or hit
            if len(found) == 2 and (all(found.values()) or not until_found):
                break
    return found, time.monotonic() - started


def test_a_draft_published_over_http_is_matched_by_both_workers(served: Served) -> None:
    base = f"http://127.0.0.1:{served.port}"
    before, _ = _who_matches(served.port, seconds=60, until_found=False)  # also warms both workers
    assert set(before) == served.worker_pids
    assert not any(before.values()), "the draft was matched before it was published"

    browser = _browser()
    _, form = _get(browser, f"{base}/sign-in")
    landed, second = _post_form(
        browser,
        f"{base}/sign-in",
        {"csrf_token": _csrf(form), "email": EMAIL, "password": PASSWORD},
    )
    # A password alone is not enough: set up the authenticator app (first sign-in) from the
    # key shown as text, then the editor is signed in.
    assert landed.endswith("/sign-in/two-factor/set-up")
    key = re.search(r'id="totp-key">([A-Z2-7 ]+)<', second)
    assert key, "the set-up page shows the key as text"
    code = pyotp.TOTP(key.group(1).replace(" ", "")).now()
    _, codes = _post_form(browser, landed, {"csrf_token": _csrf(second), "code": code})
    assert "Save your recovery codes" in codes  # shown once; now signed in
    _, checks = _get(browser, f"{base}/employers/pathways/{served.pathway_id}/checks")
    assert "Publish" in checks
    landed, page = _post_form(
        browser,
        f"{base}/employers/pathways/{served.pathway_id}/publish",
        {"csrf_token": _csrf(checks)},
    )
    assert landed.endswith(f"/employers/pathways/{served.pathway_id}"), landed
    assert "Published. Young people can find it now." in page

    after, seconds = _who_matches(served.port, seconds=20, until_found=True)

    assert set(after) == served.worker_pids
    missing = [pid for pid, hit in after.items() if not hit]
    assert not missing, (
        f"worker(s) {missing} did not match the published pathway in {seconds:.1f} s"
    )
