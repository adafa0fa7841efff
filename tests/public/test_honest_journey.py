"""The journey says what a person can do now and no more: "You can apply now" only when we know,
what they will be able to do when they are older, which answer ruled things out, the hours, what
we understood from their words, and the other sites of a role. The matcher is replaced by a small
script of its contract (careers/matching/types.py) so that each page can be tested on its own."""

from __future__ import annotations

from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.extensions import matcher
from careers.matching.types import LaterResult, MatchResponse, MatchResult, Profile, RouteStep
from careers.models import Pathway
from careers.public.forms import match_request
from tests.factories import make_pathway
from tests.html import page, text_of
from tests.public.fake_matching import fake_match

ANSWERS: dict[str, Any] = {"about": "I like helping people", "postcode": "SE15", "distance": "any"}


def result(pathway: Pathway, **fields: Any) -> MatchResult:
    values: dict[str, Any] = {
        "ref": pathway.ref,
        "title": pathway.title,
        "organisation": pathway.organisation.name,
        "type": pathway.type,
        "level": pathway.level,
        "score": 0.5,
        "eligible_now": True,
        "distance_km": 2.0,
        "reasons": [],
        "route": [],
        **fields,
    }
    return MatchResult(**values)


def answering(monkeypatch: pytest.MonkeyPatch, respond: Any) -> None:
    monkeypatch.setattr(matcher(), "match", respond)


def search(client: FlaskClient, **answers: Any) -> Any:
    return client.post("/find/results", data={**ANSWERS, **answers}, follow_redirects=True)


def words(element: Any) -> str:
    return " ".join(element.get_text().split())


def test_a_person_whose_answers_do_not_say_never_sees_apply_now(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    pathway = make_pathway(reference_data, min_age=18, gcse_english_maths=True)
    answering(
        monkeypatch,
        lambda s, p: MatchResponse(
            [result(pathway, eligible_now=None, unknowns=["age", "gcse_english_maths"])]
        ),
    )
    soup = page(search(client))
    card = soup.select_one(".app-result")
    assert "You can apply now" not in card.get_text()
    assert words(card.select_one(".app-result__check")) == (
        "Check the entry requirements: it needs you to be 18 or older and GCSE English and maths "
        "at grade 4 (C) or above, or Functional Skills level 2. Your answers do not tell us yet."
    )


def test_not_sure_about_gcses_is_not_a_yes_on_the_pathway_page(
    client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data, min_age=16, gcse_english_maths=True)
    search(client, age="17", qualification="gcse", gcse_english_maths="unsure")
    check = page(client.get(f"/pathways/{pathway.ref}")).select_one("#your-answers")
    assert "You can apply now" not in check.get_text()
    assert "it needs GCSE English and maths at grade 4 (C)" in words(check)
    assert "Your answers do not tell us yet" in words(check)


def test_the_pathway_page_checks_its_requirements_against_your_answers(
    client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data, min_age=18, gcse_english_maths=True)
    search(client, age="19", qualification="gcse", gcse_english_maths="yes")
    soup = page(client.get(f"/pathways/{pathway.ref}"))
    assert words(soup.select_one("#your-answers")).startswith("Information: You can apply now.")
    assert soup.select_one(f"a[href='/find/results#result-{pathway.ref}']"), "back to results"
    search(client, age="16", qualification="gcse", gcse_english_maths="no")
    check = words(page(client.get(f"/pathways/{pathway.ref}")).select_one("#your-answers"))
    assert "Not yet. From your answers, it needs you to be 18 or older and GCSE English" in check


def test_without_answers_the_pathway_page_says_what_it_needs_and_offers_to_check(
    client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data, min_age=18, min_qualification_level=2)
    soup = page(client.get(f"/pathways/{pathway.ref}"))
    check = words(soup.select_one("#your-answers"))
    assert "You can apply now" not in soup.get_text()
    assert "it needs you to be 18 or older and a level 2 qualification" in check
    assert soup.select_one("#your-answers a[href='/find']").get_text() == "Answer a few questions"
    assert not soup.select("a[href^='/find/results']"), "no results to go back to"


def test_the_shortlist_says_apply_now_only_when_the_answers_show_it(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, fake_match)
    open_to_all = make_pathway(reference_data, min_age=None, title="Volunteer")
    needs_age = make_pathway(reference_data, min_age=18, title="Porter")
    search(client)  # no age given
    for ref in (open_to_all.ref, needs_age.ref):
        client.post("/shortlist/add", data={"ref": ref})
    soup = page(client.get("/shortlist"))
    assert text_of(soup, f"#shortlisted-{open_to_all.ref} .app-shortlist__check") == (
        "You can apply now"
    )
    assert text_of(soup, f"#shortlisted-{needs_age.ref} .app-shortlist__check") == (
        "Check the entry requirements"
    )


def _too_young_for_midwifery(session: Session) -> Any:
    midwife = make_pathway(session, title="Midwifery degree apprentice", min_age=18)
    taster = make_pathway(
        session, title="Hospital work experience week", type="work_experience", min_age=14
    )

    def respond(s: Session, profile: Profile) -> MatchResponse:
        later = LaterResult(
            ref=midwife.ref,
            title=midwife.title,
            organisation=midwife.organisation.name,
            type=midwife.type,
            opens_at_age=18,
            score=0.6,
            now=[RouteStep(taster.ref, taster.title)],
        )
        if profile.age is not None and profile.age < 18:
            return MatchResponse([], [later])
        return MatchResponse([result(midwife)])

    return respond


def test_a_15_year_old_sees_when_you_are_older_and_why_nothing_matched(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, _too_young_for_midwifery(reference_data))
    soup = page(search(client, age="15"))
    assert "We did not find anything" in soup.get_text()
    assert [words(li) for li in soup.select(".app-ruled-out li")] == [
        "your age: most of these start at 18. We list them under when you are older, with what "
        "you can do now"
    ]
    assert "writing a bit more" not in soup.get_text()
    later = soup.select_one("#when-you-are-older + p + .app-later")
    assert later is not None
    assert "Midwifery degree apprentice" in later.get_text()
    assert "You can start this at 18." in words(later)
    assert "Hospital work experience week (work experience, from 14)" in words(later)


def test_understood_words_are_said_back_without_quoting_them(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    pathway = make_pathway(reference_data)
    understood = {"not_wanted": ["blood"], "working_pattern": ["part-time"]}
    answering(monkeypatch, lambda s, p: MatchResponse([result(pathway)], [], understood))
    soup = page(search(client, about="part time please, nothing with blood xyzzy"))
    said = [words(li) for li in soup.select(".app-understood li")]
    assert said == ["We put roles involving blood lower", "You asked for part-time work"]
    assert "xyzzy" not in soup.get_text()


def test_every_card_shows_its_hours_and_pattern(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, fake_match)
    make_pathway(reference_data, hours_per_week=16, description="Evenings and weekends.")
    soup = page(search(client))
    facts = " ".join(soup.select_one(".app-result__facts").get_text(" ").split())
    assert "Hours 16 hours a week (part-time, evenings or weekends)" in facts


def test_a_part_time_filter_leaves_only_part_time_pathways(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, fake_match)
    make_pathway(reference_data, title="Full-time porter", hours_per_week=37.5)
    make_pathway(reference_data, title="Weekend receptionist", hours_per_week=16)
    make_pathway(
        reference_data,
        title="Bank care assistant",
        hours_per_week=None,
        description="Flexible hours to suit you.",
    )
    search(client)
    client.post("/find/refine", data={"refine-distance": "any", "refine-patterns": "part_time"})
    soup = page(client.get("/find/results"))
    titles = [a.get_text() for a in soup.select(".app-result h2 a")]
    assert titles == ["Weekend receptionist", "Bank care assistant"]
    assert soup.select_one("#refine-patterns")["checked"] is not None
    said = [words(li) for li in soup.select(".app-understood li")]
    assert said == ["We only show pathways with part-time hours"]


def test_a_part_time_filter_that_leaves_nothing_says_so_and_offers_any_hours(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, fake_match)
    make_pathway(reference_data, title="Full-time porter", hours_per_week=37.5)
    search(client)
    client.post("/find/refine", data={"refine-distance": "any", "refine-patterns": "part_time"})
    soup = page(client.get("/find/results"))
    assert [words(li) for li in soup.select(".app-ruled-out li")] == [
        "the hours you asked for: 1 more with any hours"
    ]
    client.post("/find/widen", data={"what": "patterns"})
    assert page(client.get("/find/results")).select(".app-result")


def test_one_card_per_role_with_its_other_sites_listed(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    nearest, *others = [make_pathway(reference_data, title="Porter") for _ in range(3)]
    refs = [p.ref for p in others]
    answering(
        monkeypatch,
        lambda s, p: MatchResponse([result(nearest, also_at=2, also_at_refs=refs)]),
    )
    soup = page(search(client))
    assert len(soup.select(".app-result")) == 1
    details = soup.select_one(".app-result details.app-also-at")
    assert words(details.select_one("summary")).startswith("Also at 2 other places")
    links = [a["href"] for a in details.select("li a")]
    assert links == [f"/pathways/{ref}" for ref in refs]
    names = {p.organisation.name for p in reference_data.scalars(select(Pathway))}
    assert {a.get_text() for a in details.select("li a")} <= names


def test_a_veteran_has_a_box_for_themselves_and_families_have_theirs(
    client: FlaskClient,
) -> None:
    soup = page(client.get("/find"))
    labels = [label.get_text(strip=True) for label in soup.select("[for^=circumstances]")]
    assert "I am leaving or have left the armed forces" in labels
    assert "Someone in my family is or was in the armed forces" in labels
    both = match_request({"circumstances": ["armed_forces", "armed_forces_family"]}, 10)
    assert both["circumstances"] == ["armed_forces"], "the same schemes support both"


def test_the_free_text_box_counts_its_characters(client: FlaskClient) -> None:
    soup = page(client.get("/find"))
    count = soup.select_one("[data-module=nhsuk-character-count]")
    assert count is not None and count["data-maxlength"] == "2000"
    assert count.select_one("textarea#about")
    assert "You can enter up to 2000 characters" in count.get_text(" ")


def test_adding_and_removing_is_said_in_a_status_message(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, fake_match)
    pathway = make_pathway(reference_data, title="Pharmacy assistant")
    search(client)
    empty = page(client.get("/find/results")).select_one("[role=status][aria-live=polite]")
    assert empty is not None and empty.get_text(strip=True) == ""
    client.post("/shortlist/add", data={"ref": pathway.ref, "next": "/find/results"})
    status = page(client.get("/find/results")).select_one("[role=status][aria-live=polite]")
    assert status.get_text(strip=True) == "Pharmacy assistant added to your shortlist."
    again = page(client.get("/find/results")).select_one("[role=status]")
    assert again.get_text(strip=True) == "", "said once"
    client.post("/shortlist/remove", data={"ref": pathway.ref, "next": "/find/results"})
    status = page(client.get("/find/results")).select_one("[role=status]")
    assert status.get_text(strip=True) == "Pharmacy assistant removed from your shortlist."


def test_the_accessibility_statement_gives_the_contact_the_deployment_configures(
    tmp_path: Any, migrated_sqlite: Any
) -> None:
    import shutil

    from careers import create_app
    from careers.config import Config

    database = tmp_path / "careers.db"
    shutil.copy(migrated_sqlite, database)
    config = Config.from_env(
        {
            "DATABASE_URL": f"sqlite:///{database}",
            "CAREERS_DATA_DIR": str(tmp_path),
            "SECRET_KEY": "test",
            "CAREERS_ENCODER": "fake",
            "CAREERS_ACCESSIBILITY_EMAIL": "access@pathways.london",
            "CAREERS_ACCESSIBILITY_PHONE": "020 7946 0000",
        }
    )
    app = create_app(config)
    try:
        soup = page(app.test_client().get("/accessibility"))
    finally:
        app.extensions["database"].dispose()
    assert soup.select_one("a[href='mailto:access@pathways.london']")
    assert soup.select_one("a[href='tel:02079460000']").get_text() == "020 7946 0000"
    assert "We will reply within 5 working days." in soup.get_text()


def test_a_gcse_gap_puts_the_english_and_maths_course_first_on_the_card(
    client: FlaskClient, reference_data: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    taster = make_pathway(reference_data, title="Hospital work experience week")
    target = make_pathway(reference_data, title="Nursing associate apprentice", level=5)
    course = make_pathway(
        reference_data,
        title="English and maths for health careers",
        type="course",
        description="Work towards Functional Skills in English and maths.",
    )
    route = [RouteStep(taster.ref, taster.title), RouteStep(target.ref, target.title)]
    answering(
        monkeypatch,
        lambda s, p: MatchResponse(
            [result(target, eligible_now=False, barriers=["gcse_english_maths"], route=route)]
        ),
    )
    card = page(search(client, gcse_english_maths="no")).select_one(".app-result")
    steps = [li.get_text(strip=True) for li in card.select(".app-route li")]
    assert steps == [course.title, taster.title, target.title]
    need = words(card.select_one("h3 + ul"))
    assert need.endswith("English and maths for health careers gets you there")
