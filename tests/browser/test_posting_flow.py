"""An employer's whole posting flow in Chromium: invited with `careers users create` against the
live server's database, the invitation accepted in the browser, a pathway written through the
task list, the publish checks seen and fixed, published, and found on the public /pathways page.
axe-core runs on every employer screen visited."""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import uuid
from typing import Any

import pyotp
import pytest

from tests.browser.axe import assert_no_violations
from tests.browser.conftest import PROJECT_ROOT, LiveServer

pytestmark = pytest.mark.browser

TRUST = "Browser Test Hospitals NHS Foundation Trust"  # seeded by the live server's fixture
PASSWORD = "purple lantern violin harbour"
PLAIN = (
    "You will help patients wash, dress and eat. You will take their temperature and pulse. "
    "You will keep them company and help the nurses. You train while you work."
)


def invite(live_server: LiveServer, email: str) -> str:
    """`careers users create` against the live server's database; the invitation's path."""
    env = {
        **os.environ,
        "CAREERS_DATA_DIR": str(live_server.data_dir),
        "DATABASE_URL": live_server.database_url,
        "CAREERS_ENCODER": "fake",
        "SECRET_KEY": "browser-test-secret",
        "CAREERS_ENV": "development",
    }
    command = [sys.executable, "-c", "from careers.cli import main; main()"]
    result = subprocess.run(
        [*command, "users", "create", email, "--role", "editor", "--organisation", TRUST],
        env=env, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    found = re.search(r"One-time invitation link.*?(/invitation/[A-Za-z0-9_-]+)", result.stdout)
    assert found, result.stdout
    return found.group(1)


def open_section(page: Any, tasks_url: str, title: str) -> None:
    page.goto(tasks_url)
    page.get_by_role("link", name=title, exact=True).click()
    assert_no_violations(page)


def save(page: Any) -> None:
    page.get_by_role("button", name="Save and continue").click()
    page.wait_for_load_state()
    errors = page.locator(".nhsuk-error-summary")
    assert errors.count() == 0, errors.inner_text()


def test_an_invited_editor_posts_fixes_and_publishes_a_pathway(
    desktop_page: Any, live_server: LiveServer, browser_errors: Any
):
    page = desktop_page
    word = uuid.uuid4().hex[:8]
    title = f"Ward helper apprentice {word}"

    # Accept the invitation: a password, then signed in on the employer dashboard.
    page.goto(invite(live_server, f"editor.{word}@browser-test.nhs.uk"))
    assert_no_violations(page)
    page.get_by_label("Create a password").fill(PASSWORD)
    page.get_by_label("Type the password again").fill(PASSWORD)
    page.get_by_role("button", name="Create password and sign in").click()
    # A password alone is not enough: set up the authenticator app (QR code, or the key typed
    # in), see the recovery codes once, then the employer dashboard.
    page.wait_for_url(re.compile(r"/sign-in/two-factor/set-up$"))
    assert page.locator("h1").inner_text() == "Set up your security code"
    assert page.locator("img.app-qr").count() == 1
    assert_no_violations(page)
    key = page.locator("#totp-key").inner_text().replace(" ", "")
    page.get_by_label("Security code from your app").fill(pyotp.TOTP(key).now())
    page.get_by_role("button", name="Continue").click()
    page.wait_for_load_state()
    assert page.locator(".app-recovery-codes li").count() == 10
    assert_no_violations(page)
    page.get_by_role("link", name="I have saved my codes: continue").click()
    page.wait_for_url(re.compile(r"/employers/$"))
    assert_no_violations(page)

    # Start a pathway.
    page.get_by_role("link", name="Post a pathway").click()
    assert_no_violations(page)
    page.get_by_label("Title").first.fill(title)
    page.locator("input[name=type][value=apprenticeship]").check()
    page.get_by_role("button", name="Start").click()
    page.wait_for_url(re.compile(r"/employers/pathways/\d+$"))
    tasks_url = page.url
    assert_no_violations(page)

    # Fill in the task list, with two mistakes: jargon, and pay below the apprentice legal rate.
    open_section(page, tasks_url, "What you will do")
    page.locator("#description").fill(PLAIN + " You will work as an HCSW on Band 3.")
    save(page)
    open_section(page, tasks_url, "Entry requirements")
    page.locator("input[name=min_qualification_level][value='0']").check()
    page.locator("input[name=gcse_english_maths][value=no]").check()
    page.locator("#min_age").fill("16")
    save(page)
    open_section(page, tasks_url, "Pay and hours")
    page.locator("input[name=pay_period][value=hour]").check()
    page.locator("#pay_min").fill("7.50")
    page.locator("#pay_max").fill("")
    page.locator("#hours_per_week").fill("37.5")
    save(page)
    open_section(page, tasks_url, "Locations")
    page.locator("#postcode").fill("SE5 9RS")
    save(page)
    closing = dt.date.today() + dt.timedelta(days=30)
    open_section(page, tasks_url, "Dates")
    page.locator("#closing_date").fill(f"{closing.day} {closing.month} {closing.year}")
    save(page)
    open_section(page, tasks_url, "How to apply")
    page.locator("#apply_url").fill("https://www.jobs.nhs.uk/candidate/search")
    save(page)

    # The checks name both problems, each with a way to fix it; there is no Publish button.
    page.goto(tasks_url)
    page.get_by_role("link", name="Check and publish").click()
    assert_no_violations(page)
    checks = page.locator(".app-check")
    codes = {checks.nth(i).get_attribute("data-check") for i in range(checks.count())}
    assert codes == {"jargon", "below_legal_minimum"}, page.inner_text("main")
    assert page.get_by_role("button", name="Publish").count() == 0

    # Fix them from the checks page.
    page.locator(".app-check[data-check=below_legal_minimum] a").click()
    assert_no_violations(page)
    page.locator("#pay_min").fill("15.00")
    save(page)
    page.goto(tasks_url)
    page.get_by_role("link", name="Check and publish").click()
    page.locator(".app-check[data-check=jargon] a").first.click()
    page.locator("#description").fill(
        PLAIN + " You will work as an HCSW (healthcare support worker)."
    )
    save(page)

    # Preview, then publish.
    page.goto(tasks_url)
    page.get_by_role("link", name="Preview it as a young person will see it").click()
    assert title in page.inner_text("main")
    assert_no_violations(page)
    page.goto(tasks_url)
    page.get_by_role("link", name="Check and publish").click()
    assert "passes every check" in page.inner_text("main")
    page.get_by_role("button", name="Publish").click()
    assert_no_violations(page)
    page.goto(tasks_url)
    assert "Published" in page.inner_text("main")

    # Young people can find it.
    page.goto(live_server.url(f"/pathways?q={word}"))
    page.get_by_role("link", name=title).first.click()
    assert "£15.00" in page.inner_text("main")
    assert not browser_errors(page)
