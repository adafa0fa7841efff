"""The "Find your pathway" form, its results and the apply link, as a young person sees them."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.extensions import matcher
from careers.models import Event
from careers.public.forms import match_request
from careers.services.profiles import parse_profile
from tests.factories import make_pathway
from tests.html import assert_well_formed_page, page, text_of
from tests.public.fake_matching import fake_match, no_match

ANSWERS: dict[str, Any] = {
    "about": "I look after my younger brothers",
    "skills": ["communication"],
    "qualification": "gcse",
    "gcse_english_maths": "yes",
    "age": "17",
    "postcode": "se15 4qt",
    "distance": "8",
}


@pytest.fixture
def journey(reference_data: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    monkeypatch.setattr(matcher(), "match", fake_match)
    return reference_data


def search(client: FlaskClient, **answers: Any) -> Any:
    return client.post("/find/results", data={**ANSWERS, **answers}, follow_redirects=True)


def test_the_form_asks_each_question_with_its_hint(client: FlaskClient) -> None:
    soup = assert_well_formed_page(client.get("/find"), "Find your pathway")
    assert "I like fixing laptops" in text_of(soup, "#about-hint")
    for name in (
        "about",
        "skills",
        "interests",
        "qualification",
        "gcse_english_maths",
        "age",
        "postcode",
        "distance",
        "types",
        "paid_only",
        "circumstances",
    ):
        assert soup.select(f"[name={name}]"), f"no {name} question"
    qualifications = [label.get_text(strip=True) for label in soup.select("[for^=qualification]")]
    for option in (
        "None yet",
        "GCSEs below grade 4",
        "Functional Skills",
        "I'm still at school",
        "Qualifications from another country",
    ):
        assert option in qualifications
    assert "We do not keep it" in text_of(soup, "#circumstances-hint")
    assert soup.select_one("form[method=post]")["action"] == "/find/results"


def test_the_form_has_no_inline_scripts_or_styles(client: FlaskClient) -> None:
    soup = page(client.get("/find"))
    assert not soup.select("[style]")
    assert all(s.get("src") or s.get("nonce") for s in soup.select("script"))
    assert not soup.select("style")


def test_saying_nothing_about_yourself_shows_an_error_summary(
    client: FlaskClient, journey: Session
) -> None:
    response = client.post("/find/results", data={"postcode": "SE15"})
    soup = assert_well_formed_page(response, "Error:")
    summary = soup.select_one(".nhsuk-error-summary")
    assert summary is not None
    link = summary.select_one("a[href='#about']")
    assert link is not None and "Tell us a little" in link.get_text()
    assert "Tell us a little" in text_of(soup, "#about-error")
    assert soup.select_one("#postcode")["value"] == "SE15", "answers are kept on the page"


@pytest.mark.parametrize(
    ("postcode", "message"),
    [("not a postcode", "Enter a real postcode"), ("ZZ99 9ZZ", "We cannot find this postcode")],
)
def test_a_postcode_must_be_real(
    client: FlaskClient, journey: Session, postcode: str, message: str
) -> None:
    soup = page(search(client, postcode=postcode))
    assert message in text_of(soup, "#postcode-error")
    assert soup.select_one(".nhsuk-error-summary a[href='#postcode']")


def test_an_age_must_be_a_number(client: FlaskClient, journey: Session) -> None:
    soup = page(search(client, age="seventeen"))
    assert "Enter your age as a number" in text_of(soup, "#age-error")


def test_chips_alone_are_enough_to_search(client: FlaskClient, journey: Session) -> None:
    make_pathway(journey)
    response = search(client, about="", skills=["teamwork"])
    assert response.request.path == "/find/results"
    assert page(response).select(".app-result")


def test_a_search_is_posted_then_shown_with_no_answers_in_any_address(
    client: FlaskClient, journey: Session
) -> None:
    make_pathway(journey)
    response = client.post("/find/results", data=ANSWERS)
    assert response.status_code == 302
    assert response.headers["Location"] == "/find/results"
    assert response.headers["Location"].find("brothers") == -1
    results = client.get("/find/results")
    hrefs = [a.get("href", "") for a in page(results).select("a")]
    assert not any("brothers" in href or "SE15" in href.upper() for href in hrefs)


def test_results_show_why_distance_pay_closing_and_who_it_supports(
    client: FlaskClient, journey: Session
) -> None:
    make_pathway(
        journey,
        ref="KCH-HCSW-1",
        title="Healthcare support worker apprentice",
        pay_min=12.50,
        pay_max=12.50,
        pay_period="hour",
        hours_per_week=37.5,
        closing_date=dt.date.today() + dt.timedelta(days=5),
        supports=["care_leaver", "young_carer"],
    )
    soup = assert_well_formed_page(search(client, circumstances=["young_carer"]), "Your pathways")
    card = soup.select_one("#result-KCH-HCSW-1")
    assert card is not None
    text = " ".join(card.get_text(" ").split())
    assert "You can apply now" in text
    assert "You said you enjoy communication" in text
    assert "miles" in text and "km) from SE15" in text
    assert "£12.50 an hour" in text and "a year" in text
    assert "Closing soon" in text
    assert text_of(card, ".nhsuk-tag--purple") == "Supports young carers"  # what you told us
    assert text_of(card, ".app-result__support") == "Extra support for care leavers."
    assert card.select_one("a[href='/pathways/KCH-HCSW-1/apply']")


def test_a_pathway_you_cannot_start_yet_shows_the_route(
    client: FlaskClient, journey: Session
) -> None:
    first = make_pathway(journey, ref="STEP-1", title="Pre-employment programme", level=1)
    target = make_pathway(
        journey, ref="STEP-2", title="Nursing associate", min_qualification_level=3, level=5
    )
    from careers.models import PathwayLink

    journey.add(PathwayLink(from_id=first.id, to_id=target.id))
    journey.flush()
    card = page(search(client, qualification="none")).select_one("#result-STEP-2")
    assert card is not None
    text = " ".join(card.get_text(" ").split())
    assert "Get there in 1 step" in text
    assert "A level 3 qualification" in text
    assert (
        card.select_one(".nhsuk-list--number a").get_text(strip=True) == "Pre-employment programme"
    )
    assert not card.select_one("a[href$='/apply']"), "no apply button before you can apply"
    route = [li.get_text(strip=True) for li in card.select(".app-route li")]
    assert route == ["Pre-employment programme", "Nursing associate"], "the target once, last"


def test_results_can_be_refined_in_place(client: FlaskClient, journey: Session) -> None:
    make_pathway(journey)
    soup = page(search(client, types=["job"]))
    refine = soup.select_one(".app-refine form[action='/find/refine']")
    assert refine is not None
    assert refine.select_one("#refine-postcode")["value"] == "SE15 4QT"
    assert refine.select_one("input[name=refine-distance][value='8']").has_attr("checked")
    assert refine.select_one("input[name=refine-types][value=job]").has_attr("checked")
    assert soup.select_one(".app-refine a[href='/find']"), "the other answers are changed on /find"

    refined = client.post(
        "/find/refine",
        data={"refine-postcode": "SE5", "refine-distance": "any"},
        follow_redirects=True,
    )
    assert refined.request.path == "/find/results"
    soup = page(refined)
    assert soup.select_one("#refine-postcode")["value"] == "SE5"
    assert soup.select_one("input[name=refine-distance][value=any]").has_attr("checked")
    assert not soup.select("input[name=refine-types][checked]"), "unticked types are dropped"
    find = page(client.get("/find"))
    assert find.select_one("#about").get_text() == ANSWERS["about"], "the rest are kept"
    assert find.select_one("input[name=qualification][value=gcse]").has_attr("checked")


def test_refining_with_a_wrong_postcode_shows_an_error_summary(
    client: FlaskClient, journey: Session
) -> None:
    make_pathway(journey)
    search(client)
    soup = assert_well_formed_page(
        client.post("/find/refine", data={"refine-postcode": "not a postcode"}), "Error:"
    )
    assert soup.select_one(".nhsuk-error-summary a[href='#refine-postcode']")
    assert "Enter a real postcode" in text_of(soup, "#refine-postcode-error")
    assert soup.select(".app-result"), "the results are still there"
    assert page(client.get("/find")).select_one("#postcode")["value"] == "SE15 4QT"


def test_refining_with_no_answers_goes_back_to_the_form(client: FlaskClient) -> None:
    response = client.post("/find/refine", data={"refine-distance": "any"})
    assert response.status_code == 302 and response.headers["Location"] == "/find"


def test_the_form_has_a_second_button_straight_after_about_you(client: FlaskClient) -> None:
    soup = page(client.get("/find"))
    buttons = soup.select("form[action='/find/results'] button")
    assert [b.get_text(strip=True) for b in buttons] == ["Show my pathways"] * 2
    early = soup.select_one(".app-early-submit")
    assert early.find_previous("fieldset").select_one("[name=interests]")
    assert early.find_next("h2").get_text(strip=True) == "Qualifications"
    assert "That is all you need to answer" in early.get_text()


def test_a_result_says_how_far_pay_and_closing_date_once_each(
    client: FlaskClient, journey: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def match_with_distance_reason(session: Session, profile: Any) -> Any:
        response = fake_match(session, profile)
        for result in response.results:
            result.reasons.append("About 3 km from SE15")
        return response

    monkeypatch.setattr(matcher(), "match", match_with_distance_reason)
    make_pathway(
        journey,
        ref="PORT-1",
        pay_min=13.85,
        pay_max=13.85,
        pay_period="hour",
        hours_per_week=37.5,
        closing_date=dt.date(2030, 1, 31),
    )
    card = page(search(client)).select_one("#result-PORT-1")
    facts = {
        dt_.get_text(strip=True): " ".join(dt_.find_next_sibling("dd").get_text().split())
        for dt_ in card.select(".app-result__facts dt")
    }
    assert facts["Pay"] == "£13.85 an hour (about £27,080 a year)"
    assert facts["Closing date"] == "31 January 2030"
    assert facts["How far"].endswith("km) from SE15")
    assert "About 3 km from SE15" not in card.get_text(" "), "the distance is said once, in facts"
    assert "You said you enjoy communication" in text_of(card, ".nhsuk-list--bullet")


def test_where_a_pathway_can_lead_lists_only_the_steps_above_it(
    client: FlaskClient, journey: Session
) -> None:
    from careers.models import PathwayLink

    start = make_pathway(journey, ref="UP-1", title="Work experience week", level=0)
    middle = make_pathway(journey, ref="UP-2", title="Support worker apprentice", level=2)
    top = make_pathway(journey, ref="UP-3", title="Nursing associate apprentice", level=5)
    journey.add_all(
        [
            PathwayLink(from_id=start.id, to_id=middle.id),
            PathwayLink(from_id=middle.id, to_id=top.id),
        ]
    )
    journey.flush()
    card = page(search(client)).select_one("#result-UP-2")
    steps = card.select("details.app-leads li")
    assert [li.a.get_text(strip=True) for li in steps] == ["Nursing associate apprentice"]
    assert "Level 5" in steps[0].get_text()
    assert page(search(client)).select_one("#result-UP-3 details.app-leads") is None


def test_show_more_asks_for_ten_more(client: FlaskClient, journey: Session) -> None:
    for n in range(12):
        make_pathway(journey, ref=f"MORE-{n:02d}")
    soup = page(search(client))
    assert len(soup.select(".app-result")) == 10
    more = soup.find("a", string="Show more pathways")
    assert more is not None and more["href"].startswith("/find/results?show=20")
    assert len(page(client.get("/find/results?show=20")).select(".app-result")) == 12


def test_no_results_say_which_answer_ruled_things_out_and_how_many_each_brings_back(
    client: FlaskClient, journey: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_pathway(journey, postcode="HA0 1AA", latitude=51.55, longitude=-0.30, type="job")
    make_pathway(journey, postcode="HA0 1AA", latitude=51.55, longitude=-0.30, type="job")
    soup = page(search(client, types=["job"], distance="3"))
    assert "We did not find anything" in soup.get_text()
    ruled_out = [" ".join(li.get_text().split()) for li in soup.select(".app-ruled-out li")]
    assert ruled_out == [
        "how far you can travel (up to 2 miles (3 km) from SE15): 2 more if you look anywhere "
        "in London"
    ], "asking only for jobs ruled nothing out, so it is not offered"
    buttons = [b.get_text(strip=True) for b in soup.select("form[action='/find/widen'] button")]
    assert buttons == ["Look anywhere in London"]
    assert "writing a bit more" not in soup.get_text(), "the words were fine"
    widened = client.post("/find/widen", data={"what": "distance"}, follow_redirects=True)
    assert len(page(widened).select(".app-result")) == 2


def test_with_nothing_to_widen_we_suggest_saying_more(
    client: FlaskClient, journey: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(matcher(), "match", no_match)
    soup = page(search(client, distance="any"))
    assert "Try writing a bit more" in soup.get_text()


def test_results_without_answers_go_back_to_the_form(client: FlaskClient) -> None:
    response = client.get("/find/results")
    assert response.status_code == 302 and response.headers["Location"] == "/find"


def test_an_outcode_is_enough_and_outside_london_gets_a_note(
    client: FlaskClient, journey: Session
) -> None:
    make_pathway(journey)
    soup = page(search(client, postcode="M1", distance="any"))
    assert "Your postcode is outside London" in soup.get_text()
    assert soup.select(".app-result")


def test_clearing_your_answers_forgets_them(client: FlaskClient, journey: Session) -> None:
    search(client)
    client.post("/find/clear")
    assert client.get("/find/results").status_code == 302
    assert page(client.get("/find")).select_one("#about").get_text() == ""


@pytest.mark.parametrize(
    ("option", "level"),
    [
        ("none", 0),
        ("school", 1),
        ("gcse_low", 1),
        ("functional", 1),
        ("gcse", 2),
        ("level3", 3),
        ("degree", 6),
        ("abroad", None),
    ],
)
def test_qualifications_map_to_levels(option: str, level: int | None) -> None:
    profile = parse_profile(match_request({"about": "x", "qualification": option}, 10))
    assert profile.qualification_level == level


def test_answers_become_a_valid_profile() -> None:
    answers = {
        **ANSWERS,
        "postcode": "SE15 4QT",
        "types": ["job"],
        "paid_only": True,
        "circumstances": ["care_leaver"],
    }
    profile = parse_profile(match_request(answers, 20))
    assert profile.about == ANSWERS["about"]
    assert profile.gcse_english_maths is True and profile.age == 17
    assert profile.max_distance_km == 8.0 and profile.postcode == "SE15 4QT"
    assert profile.types == ("job",) and profile.paid_only and profile.limit == 20
    assert profile.circumstances == ("care_leaver",)


def test_a_search_records_aggregate_events_once(client: FlaskClient, journey: Session) -> None:
    pathway = make_pathway(journey)
    search(client)
    client.get("/find/results")  # a reload is not a new search
    events = journey.scalars(select(Event).order_by(Event.id)).all()
    assert [(e.kind, e.pathway_id) for e in events] == [("search", None), ("shown", pathway.id)]
    shown = events[1]
    assert shown.organisation_id == pathway.organisation_id
    assert shown.borough_code == "E09000028"  # Southwark
    assert shown.imd_decile is not None and shown.age_band == "16_17"


def test_apply_records_an_event_and_goes_to_the_employer(
    client: FlaskClient, journey: Session
) -> None:
    pathway = make_pathway(journey, apply_url="https://jobs.example.nhs.uk/apply/1")
    response = client.get(f"/pathways/{pathway.ref}/apply")
    assert response.status_code == 302
    assert response.headers["Location"] == "https://jobs.example.nhs.uk/apply/1"
    event = journey.scalars(select(Event)).one()
    assert (event.kind, event.pathway_id) == ("apply", pathway.id)


def test_apply_for_a_closed_or_unknown_pathway_is_not_found(
    client: FlaskClient, journey: Session
) -> None:
    closed = make_pathway(journey, status="closed")
    assert client.get(f"/pathways/{closed.ref}/apply").status_code == 404
    assert client.get("/pathways/NOPE/apply").status_code == 404
    assert journey.scalars(select(Event)).all() == []


def test_without_your_postcode_a_result_says_where_it_is_not_how_far(
    client: FlaskClient, journey: Session
) -> None:
    make_pathway(journey, ref="WHERE-1", postcode="SE5 9RS")
    card = page(search(client, postcode="", distance="any")).select_one("#result-WHERE-1")
    first = card.select_one(".app-result__facts div")
    assert (first.dt.get_text(), first.dd.get_text()) == ("Where", "SE5 9RS")
