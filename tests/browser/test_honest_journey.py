"""Issue 13 in a real browser, on a desktop and a 360 px phone, with axe on each new part: a
person with no answers never hears "You can apply now"; a 15-year-old hears what opens when they
are older; a part-time filter leaves only part-time pathways (JavaScript off); the other sites of
a role open in a details element without JavaScript."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import expect

from careers.extensions import make_engine
from tests.browser.axe import assert_no_violations
from tests.browser.conftest import REFS, LiveServer

pytestmark = pytest.mark.browser


def ask(page: Any, about: str, age: str = "") -> None:
    page.goto("/find")
    page.get_by_label("What do you enjoy, and what are you good at?").fill(about)
    if age:
        page.get_by_label("How old are you?").fill(age)
    page.get_by_label("Your postcode").fill("SE5")
    page.get_by_label("Anywhere in London").check()
    page.get_by_role("button", name="Show my pathways", exact=True).last.click()
    page.wait_for_url("**/find/results")


def test_a_person_with_no_answers_sees_no_apply_now(any_page: Any, screenshot: Any) -> None:
    any_page.goto(f"/pathways/{REFS['nursing_associate']}")
    check = any_page.locator("#your-answers")
    expect(check).to_contain_text("Check the entry requirements: it needs you to be 18 or older")
    assert "You can apply now" not in any_page.locator("main").inner_text()
    assert_no_violations(any_page)
    screenshot(any_page, "pathway-no-answers")


def test_results_without_an_age_never_say_apply_now_for_an_age_limited_role(
    any_page: Any, screenshot: Any
) -> None:
    ask(any_page, "I want to be a nursing associate and care for patients")
    cards = any_page.locator(".app-result")
    assert cards.count() > 0
    for card in cards.all():
        title = card.locator("h2 a").inner_text()
        if title == "Nursing associate apprentice":
            assert "You can apply now" not in card.inner_text()
            expect(card.locator(".app-result__check")).to_contain_text("you to be 18 or older")
    assert_no_violations(any_page)
    screenshot(any_page, "results-no-age")


def test_a_15_year_old_sees_when_you_are_older(any_page: Any, screenshot: Any) -> None:
    ask(any_page, "I want to be a nursing associate and care for patients on a ward", age="15")
    older = any_page.locator("#when-you-are-older")
    expect(older).to_be_visible()
    later = any_page.locator(".app-later > li")
    assert later.count() > 0
    assert "You can start this at" in later.first.inner_text()
    assert_no_violations(any_page)
    screenshot(any_page, "when-you-are-older")


def test_a_part_time_filter_without_javascript(nojs_page: Any, screenshot: Any) -> None:
    ask(nojs_page, "I like helping people and talking to people in a hospital")
    nojs_page.get_by_label("Part-time").check()
    nojs_page.get_by_role("button", name="Show my pathways again").click()
    nojs_page.wait_for_url("**/find/results")
    assert nojs_page.get_by_label("Part-time").is_checked()
    hours = nojs_page.locator(".app-result__facts div:has(dt:text-is('Hours')) dd")
    if hours.count():
        for line in hours.all_inner_texts():
            assert "part-time" in line, line
    else:
        expect(nojs_page.locator(".app-ruled-out")).to_contain_text("more with any hours")
    expect(nojs_page.locator(".app-understood")).to_contain_text("part-time hours")
    screenshot(nojs_page, "part-time")


SITES = [
    ("SE5 9RS", 51.4682, -0.0937),
    ("SE1 7EH", 51.4980, -0.1188),
    ("N19 5NF", 51.5660, -0.1380),
]


@pytest.fixture
def one_role_at_three_sites(live_server: LiveServer) -> list[str]:
    """A sterile services technician's job at three sites of one trust (added once, and the
    running server's index told, as publishing does)."""
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from careers.models import Organisation, Pathway
    from careers.services.matcher import pathway_changed
    from tests.factories import make_pathway

    refs = [f"BRW-SST-0{n}" for n in range(1, len(SITES) + 1)]
    engine = make_engine(live_server.database_url)
    with Session(engine) as session:
        if session.scalar(select(Pathway).where(Pathway.ref == refs[0])) is None:
            trust = session.scalar(
                select(Organisation).where(Organisation.slug == "browser-test-trust")
            )
            assert trust is not None
            for ref, (postcode, lat, lon) in zip(refs, SITES, strict=True):
                pathway = make_pathway(
                    session,
                    ref=ref,
                    organisation=trust,
                    type="job",
                    title="Sterile services technician",
                    summary="Clean, sterilise and pack surgical instruments for theatres.",
                    description="You decontaminate and sterilise surgical instruments.",
                    postcode=postcode,
                    latitude=lat,
                    longitude=lon,
                    is_example=True,
                )
                pathway_changed(session, pathway.id)
            session.commit()
    engine.dispose()
    return refs


def test_the_other_sites_of_a_role_open_without_javascript(
    nojs_page: Any, one_role_at_three_sites: list[str], screenshot: Any
) -> None:
    ask(nojs_page, "I want to sterilise surgical instruments for operating theatres")
    card = nojs_page.locator(".app-result").filter(has_text="Sterile services technician")
    expect(card).to_have_count(1)
    details = card.locator("details.app-also-at")
    expect(details.locator("summary")).to_contain_text("Also at 2 other places")
    details.locator("summary").click()
    links = details.locator("li a")
    expect(links).to_have_count(2)
    shown = card.locator("h2 a").get_attribute("href")
    assert shown == f"/pathways/{one_role_at_three_sites[0]}", "the nearest to SE5 is shown"
    screenshot(nojs_page, "also-at")


def test_the_other_sites_are_axe_clean_when_open(
    any_page: Any, one_role_at_three_sites: list[str]
) -> None:
    ask(any_page, "I want to sterilise surgical instruments for operating theatres")
    any_page.locator("details.app-also-at summary").first.click()
    assert_no_violations(any_page)


def test_browse_it_does_not_match_hospital_and_results_come_first_on_a_phone(
    any_page: Any, screenshot: Any
) -> None:
    any_page.goto("/pathways?q=IT")
    titles = any_page.locator(".app-pathway-card h3 a").all_inner_texts()
    assert "Hospital porter" not in titles
    heading = any_page.locator("#results-heading")
    top = heading.evaluate("el => el.getBoundingClientRect().top + window.scrollY")
    assert top < 1.5 * any_page.viewport_size["height"], f"results start {top:.0f}px down"
    if any_page.viewport_size["width"] < 641:  # a phone: one column, the filters after
        filters = any_page.locator("#filters")
        assert filters.evaluate("el => el.getBoundingClientRect().top + window.scrollY") > top
    assert_no_violations(any_page)
    screenshot(any_page, "browse-it")


def test_browse_part_time_and_sort_without_javascript(nojs_page: Any) -> None:
    nojs_page.goto("/pathways")
    nojs_page.get_by_label("Part-time").check()
    nojs_page.get_by_label("Sort by").select_option("closing_soon")
    nojs_page.get_by_role("button", name="Show pathways").click()
    nojs_page.wait_for_url("**/pathways?*")
    assert nojs_page.get_by_label("Part-time").is_checked()
    assert "Hospital porter" not in nojs_page.locator(".app-pathway-card h3 a").all_inner_texts()


def test_a_plan_towards_a_named_role(any_page: Any, screenshot: Any) -> None:
    any_page.goto("/plan")
    assert_no_violations(any_page)
    any_page.get_by_label("What would you like to be?").fill("nursing associate")
    any_page.get_by_role("button", name="Show my plan").click()
    any_page.wait_for_url("**/plan?role=*")
    steps = any_page.locator(".app-plan h3 a").all_inner_texts()
    assert steps[-1] == "Nursing associate apprentice"
    assert steps[0] == "Hospital work experience week", "the route starts at the first step"
    assert_no_violations(any_page)
    screenshot(any_page, "plan")
