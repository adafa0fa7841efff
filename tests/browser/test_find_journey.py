"""The young person's journey in a real browser: the form, results, a pathway, the shortlist and
a saved link, on a desktop and a 360 x 740 phone, with axe-core on every page; with the keyboard
alone; and with JavaScript turned off. Also weighs /find/results with its CSS and JavaScript."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Callable
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.browser.axe import assert_no_violations
from tests.browser.conftest import PHONE, SCREENSHOTS, LiveServer

pytestmark = pytest.mark.browser

ABOUT = "I look after my younger brothers and I want to help people in a hospital"
RESULTS_BUDGET_BYTES = 300 * 1024
# How many lines an element's text takes on screen.
LINES_OF_TEXT = """el => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;
}"""


def fill_in_the_form(page: Any) -> None:
    page.get_by_label("What do you enjoy, and what are you good at?").fill(ABOUT)
    page.get_by_role("checkbox", name="Working in a team").click()  # a chip
    page.get_by_label("GCSEs at grade 4 or above").check()
    page.get_by_label("Yes", exact=True).check()
    page.get_by_label("How old are you?").fill("17")
    page.get_by_label("Your postcode").fill("SE5")
    page.get_by_label("Anywhere in London").check()
    page.get_by_label("I look after someone in my family").check()


def page_weight(page: Any) -> dict[str, int]:
    """Uncompressed bytes of the document and of everything it loaded (CSS, JS, images, fonts).

    The browser's own sizes are 0 for files it had cached from the form page, so each file the
    page loaded is fetched again, uncompressed, and measured."""
    urls: list[str] = page.evaluate(
        "() => performance.getEntriesByType('resource').map(r => r.name)"
    )
    sizes = {"document": len(page.content().encode())}
    for url in urls:
        with urllib.request.urlopen(url) as response:  # noqa: S310 (our own 127.0.0.1)
            sizes[urllib.parse.urlsplit(url).path] = len(response.read())
    return sizes


def test_the_whole_journey_on_a_desktop_and_a_phone(
    any_page: Any,
    new_page: Callable[..., Any],
    live_server: LiveServer,
    screenshot: Any,
    browser_errors: Any,
) -> None:
    page = any_page
    page.goto("/find")
    assert_no_violations(page)
    screenshot(page, "1-find")

    fill_in_the_form(page)
    page.get_by_role("button", name="Show my pathways", exact=True).last.click()
    page.wait_for_url("**/find/results")
    assert page.locator("h1").inner_text() == "Your pathways"
    assert page.locator(".app-result").count() > 0
    assert_no_violations(page)
    screenshot(page, "2-results")
    for fact in page.locator(".app-result__facts dt").all():  # "Pay", never "P / a / y"
        assert fact.evaluate(LINES_OF_TEXT) == 1, f"{fact.inner_text()!r} wraps"

    first = page.locator(".app-result").first
    title = first.locator("h2 a").inner_text()
    first.get_by_role("button", name=f"Add {title} to shortlist").click()
    page.wait_for_url("**/find/results*")
    assert (
        page.locator(".app-result")
        .first.get_by_role("button", name=f"Remove {title} from shortlist")
        .is_visible()
    )

    page.locator(".app-result").first.locator("h2 a").click()
    assert page.locator("h1").inner_text().strip() == title
    screenshot(page, "3-pathway")

    page.goto("/shortlist")
    assert page.locator(".app-shortlist h2 a").all_inner_texts() == [title]
    assert_no_violations(page)
    screenshot(page, "4-shortlist")
    link = page.locator("#saved-link").input_value()
    assert "brothers" not in link

    elsewhere = new_page(viewport=page.viewport_size)  # another device: no cookies
    elsewhere.goto(link)
    assert "We have brought back your shortlist" in elsewhere.locator("main").inner_text()
    assert elsewhere.locator(".app-shortlist h2 a").all_inner_texts() == [title]
    assert_no_violations(elsewhere)
    screenshot(elsewhere, "5-restored")
    elsewhere.goto("/find")
    assert elsewhere.get_by_label("Your postcode").input_value() == "SE5"
    assert not elsewhere.get_by_label("I look after someone in my family").is_checked()

    assert browser_errors(page) == []
    assert browser_errors(elsewhere) == []


def test_mistakes_are_shown_in_an_error_summary(
    any_page: Any, screenshot: Any, browser_errors: Any
) -> None:
    any_page.goto("/find")
    any_page.get_by_label("Your postcode").fill("not a postcode")
    any_page.get_by_role("button", name="Show my pathways", exact=True).first.click()
    summary = any_page.locator(".nhsuk-error-summary")
    expect(summary).to_be_visible()  # waits for the answer to the POST
    assert any_page.title().startswith("Error:")
    assert summary.get_by_role("link").all_inner_texts() == [
        "Tell us a little about what you enjoy or are good at, or choose something from the "
        "lists below",
        "Enter a real postcode, like SE15 4QT, or the first half, like SE15",
    ]
    assert_no_violations(any_page)
    screenshot(any_page, "errors")
    summary.get_by_role("link").nth(1).click()
    assert any_page.evaluate("document.activeElement.id") == "postcode"
    assert browser_errors(any_page) == []


def test_the_first_question_is_enough_with_the_button_straight_after_it(
    any_page: Any, screenshot: Any
) -> None:
    any_page.goto("/find")
    early = any_page.get_by_role("button", name="Show my pathways", exact=True).first
    top = early.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
    assert top < 3 * any_page.viewport_size["height"], "the first button is near the question"
    early.click()  # nothing answered: the error summary, and the button is still close by
    expect(any_page.locator(".nhsuk-error-summary")).to_be_visible()
    assert_no_violations(any_page)
    any_page.locator(".nhsuk-error-summary a").first.click()
    any_page.keyboard.type(ABOUT)
    any_page.get_by_role("button", name="Show my pathways", exact=True).first.click()
    expect(any_page.locator(".app-result").first).to_be_visible()  # the error page has none
    screenshot(any_page, "results")


def _tab_to(page: Any, predicate: str, limit: int = 120) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(f"(() => {{ const el = document.activeElement; return {predicate}; }})()"):
            return
    raise AssertionError(f"could not reach {predicate} with the Tab key")


def test_the_journey_with_the_keyboard_alone(desktop_page: Any) -> None:
    page = desktop_page
    page.goto("/find")
    _tab_to(page, "el.id === 'about'")
    page.keyboard.type(ABOUT)
    _tab_to(page, "el.id === 'skills'")  # the first chip
    page.keyboard.press("Space")
    _tab_to(page, "el.tagName === 'BUTTON' && el.innerText.trim() === 'Show my pathways'")
    page.keyboard.press("Enter")
    page.wait_for_url("**/find/results")
    assert page.locator(".app-result").count() > 0
    _tab_to(page, "el.tagName === 'BUTTON' && el.innerText.includes('to shortlist')")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    _tab_to(page, "el.tagName === 'A' && el.innerText.trim().startsWith('Your shortlist')")
    page.keyboard.press("Enter")
    page.wait_for_url("**/shortlist")
    assert page.locator(".app-shortlist li").count() == 1


def test_the_journey_without_javascript(
    nojs_page: Any, new_page: Callable[..., Any], screenshot: Any
) -> None:
    page = nojs_page
    page.goto("/find")
    fill_in_the_form(page)
    page.get_by_role("button", name="Show my pathways", exact=True).last.click()
    page.wait_for_url("**/find/results")
    assert page.locator(".app-result").count() > 0
    screenshot(page, "results")
    page.get_by_label("Up to 2 miles (3 km)").check()  # change your answers, in place
    page.get_by_role("button", name="Show my pathways again").click()
    page.wait_for_url("**/find/results")
    assert page.get_by_label("Up to 2 miles (3 km)").is_checked()
    first = page.locator(".app-result").first
    first.get_by_role("button").filter(has_text="shortlist").click()
    expect(first.get_by_role("button").filter(has_text="Remove")).to_be_visible()
    page.goto("/shortlist")
    assert page.locator(".app-shortlist li").count() == 1
    link = page.locator("#saved-link").input_value()
    elsewhere = new_page(java_script_enabled=False)
    elsewhere.goto(link)
    assert elsewhere.locator(".app-shortlist li").count() == 1


def test_the_form_on_a_phone_fits_the_screen(phone_page: Any, screenshot: Any) -> None:
    phone_page.goto("/find")
    width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], "nothing makes the page scroll sideways"
    screenshot(phone_page, "find-form")


def test_the_results_page_weighs_at_most_300_kb_with_its_css_and_javascript(
    any_page: Any,
) -> None:
    any_page.goto("/find")
    fill_in_the_form(any_page)
    any_page.get_by_role("button", name="Show my pathways", exact=True).last.click()
    any_page.wait_for_url("**/find/results")
    weight = page_weight(any_page)
    total = sum(weight.values())
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    width = any_page.viewport_size["width"]
    (SCREENSHOTS.parent / f"results-page-weight-{width}.json").write_text(
        json.dumps({"total_bytes": total, "parts": weight}, indent=2)
    )
    assert total <= RESULTS_BUDGET_BYTES, f"/find/results weighs {total:,} bytes: {weight}"
