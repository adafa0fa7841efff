"""The catalogue in a real browser: axe-core on every page on a desktop and a phone, the way to
a pathway with the keyboard alone, and the pages with JavaScript turned off."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.axe import assert_no_violations
from tests.browser.conftest import LiveServer

pytestmark = pytest.mark.browser


def _catalogue_pages(live_server: LiveServer) -> dict[str, str]:
    refs = live_server.refs
    return {
        "home": "/",
        "browse": "/pathways",
        "search": "/pathways?q=care&type=apprenticeship&level=2",
        "no-results": "/pathways?q=astronaut",
        "pathway": f"/pathways/{refs['hcsw']}",
        "unpaid-pathway": f"/pathways/{refs['start']}",
        "closing-soon": f"/pathways/{refs['porter']}",
        "organisation": "/organisations/browser-test-trust",
        "accessibility": "/accessibility",
        "not-found": f"/pathways/{refs['draft']}",
    }


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "browse",
        "search",
        "no-results",
        "pathway",
        "unpaid-pathway",
        "closing-soon",
        "organisation",
        "accessibility",
        "not-found",
    ],
)
def test_each_catalogue_page_passes_axe_with_no_browser_errors(
    any_page: Any,
    live_server: LiveServer,
    screenshot: Any,
    browser_errors: Any,
    name: str,
) -> None:
    response = any_page.goto(_catalogue_pages(live_server)[name])
    assert response is not None
    assert response.status == (404 if name == "not-found" else 200)
    assert any_page.locator("h1").count() == 1
    assert_no_violations(any_page)
    screenshot(any_page, name)
    errors = browser_errors(any_page)
    if name == "not-found":  # Chromium logs the 404 answer itself
        errors = [e for e in errors if "status of 404" not in e]
    assert errors == []


def test_nothing_is_wider_than_a_phone_screen(phone_page: Any, live_server: LiveServer) -> None:
    for path in _catalogue_pages(live_server).values():
        phone_page.goto(path)
        width = phone_page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 360, f"{path} scrolls sideways on a 360 pixel phone ({width}px)"


def _tab_to(page: Any, selector: str, limit: int = 80) -> None:
    """Press Tab until the element matching selector has focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector):
            return
    raise AssertionError(f"could not reach {selector} with the Tab key")


def test_a_keyboard_user_can_get_from_home_to_a_pathway(
    desktop_page: Any, live_server: LiveServer, screenshot: Any
) -> None:
    page = desktop_page
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.evaluate("() => document.activeElement.textContent.trim()")
    assert skip == "Skip to main content"

    _tab_to(page, 'main a[href="/pathways"]')
    page.keyboard.press("Enter")
    page.wait_for_url("**/pathways")

    _tab_to(page, "input#q")
    page.keyboard.type("porter")
    page.keyboard.press("Enter")
    page.wait_for_url("**/pathways?q=porter*")

    ref = live_server.refs["porter"]
    _tab_to(page, f'a[href="/pathways/{ref}"]')
    outline = page.evaluate(
        "() => getComputedStyle(document.activeElement).boxShadow"
        " + getComputedStyle(document.activeElement).outlineStyle"
    )
    assert outline not in ("nonenone", ""), "the focused link has no visible focus style"
    screenshot(page, "focused-result")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/pathways/{ref}")
    assert page.locator("h1").inner_text() == "Hospital porter"

    _tab_to(page, "a.nhsuk-button")
    assert "Apply" in page.evaluate("() => document.activeElement.textContent")


def test_filters_and_pages_work_without_javascript(
    nojs_page: Any, live_server: LiveServer, screenshot: Any
) -> None:
    page = nojs_page
    page.goto("/pathways")
    assert "js-enabled" not in (page.locator("body").get_attribute("class") or "")
    page.get_by_label("Job", exact=True).check()
    page.get_by_role("button", name="Show pathways").click()
    page.wait_for_url("**/pathways?*type=job*")
    titles = page.locator(".app-pathway-card h3").all_inner_texts()
    assert "Hospital porter" in titles
    assert all("apprentice" not in title.lower() for title in titles)
    screenshot(page, "filtered")

    page.locator("summary", has_text="Area of work").click()  # <details> needs no script
    assert page.get_by_label("Nursing", exact=True).is_visible()


def test_a_pathway_page_works_without_javascript(nojs_page: Any, live_server: LiveServer) -> None:
    page = nojs_page
    page.goto(f"/pathways/{live_server.refs['hcsw']}")
    assert page.locator("h1").inner_text() == "Healthcare support worker apprentice"
    ladder = page.locator(".app-ladder__step")
    assert ladder.count() == 5
    assert "(this one)" in ladder.nth(2).inner_text()
    page.locator(".app-ladder__step a", has_text="Nursing associate apprentice").click()
    page.wait_for_url(f"**/pathways/{live_server.refs['nursing_associate']}")
    assert page.locator("h1").inner_text() == "Nursing associate apprentice"
