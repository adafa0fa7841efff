"""The public catalogue: home, browse and search, a pathway, an organisation, accessibility."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import Borough, Event, PathwayLink
from careers.sealing import seal
from tests.factories import make_organisation, make_pathway
from tests.html import assert_well_formed_page, page, text_of

TODAY = dt.date.today()


def _json_ld(response: object) -> dict[str, object]:
    scripts = page(response).select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    return dict(json.loads(scripts[0].string))


# --- home ------------------------------------------------------------------------------------


def test_the_home_page_says_what_this_is_and_starts_the_journey(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, is_example=True)
    session.commit()
    soup = assert_well_formed_page(client.get("/"), "London Health & Care Pathways")
    assert soup.select_one('a.nhsuk-button[href="/find"]').get_text(strip=True) == "Start now"
    assert "These listings are examples" in text_of(soup, ".nhsuk-card--warning")
    assert "Who this is for" in soup.get_text()


def test_the_home_page_has_no_example_notice_once_listings_are_real(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, is_example=False)
    session.commit()
    soup = page(client.get("/"))
    assert soup.select_one(".nhsuk-card--warning") is None


def test_every_page_has_the_service_header_skip_link_and_footer(client: FlaskClient) -> None:
    soup = page(client.get("/accessibility"))
    assert "London Health & Care Pathways" in text_of(soup, ".nhsuk-header")
    assert soup.select_one('a.nhsuk-skip-link[href="#maincontent"]') is not None
    assert soup.select_one("main#maincontent") is not None
    assert soup.select_one('.nhsuk-footer a[href="/accessibility"]') is not None


# --- browse and search ---------------------------------------------------------------------------


def test_browse_lists_published_open_pathways_only(client: FlaskClient, session: Session) -> None:
    make_pathway(session, title="Open apprenticeship")
    make_pathway(session, title="Draft one", status="draft")
    make_pathway(session, title="In review one", status="in_review")
    make_pathway(session, title="Archived one", status="archived")
    make_pathway(session, title="Closed one", closing_date=TODAY - dt.timedelta(days=1))
    session.commit()
    soup = assert_well_formed_page(client.get("/pathways"), "Browse pathways")
    titles = [a.get_text(strip=True) for a in soup.select(".app-pathway-card h3 a")]
    assert titles == ["Open apprenticeship"]
    assert text_of(soup, "#results-heading") == "1 pathway"


def test_a_keyword_search_finds_words_in_the_title_description_and_skills(
    client: FlaskClient, session: Session
) -> None:
    plain = {"summary": None, "skills": [], "interests": []}
    make_pathway(session, title="Hospital porter", description="Move patients.", **plain)
    make_pathway(session, title="Pharmacy assistant", description="Give out medicines.", **plain)
    make_pathway(
        session, title="Clerk", description="Answer phones.", **plain | {"skills": ["spreadsheets"]}
    )
    session.commit()
    for query, expected in [
        ("porter", ["Hospital porter"]),
        ("MEDICINES", ["Pharmacy assistant"]),
        ("spreadsheets", ["Clerk"]),
        ("hospital patients", ["Hospital porter"]),
        ("100%_", []),
    ]:
        soup = page(client.get("/pathways", query_string={"q": query}))
        titles = [a.get_text(strip=True) for a in soup.select(".app-pathway-card h3 a")]
        assert titles == expected, query


def test_filters_by_type_sector_level_borough_and_organisation(
    client: FlaskClient, session: Session
) -> None:
    session.merge(Borough(code="E09000028", name="Southwark", ics="South East London"))
    session.merge(Borough(code="E09000012", name="Hackney", ics="North East London"))
    trust = make_organisation(session, name="Hackney Trust", slug="hackney-trust")
    make_pathway(
        session,
        title="Porter job",
        type="job",
        sector="estates_facilities",
        level=None,
        borough_code="E09000012",
        organisation=trust,
    )
    make_pathway(
        session, title="Nurse apprentice", sector="nursing", level=2, borough_code="E09000028"
    )
    make_pathway(session, title="Pharmacy course", type="course", sector="pharmacy", level=3)
    session.commit()

    def titles(**query: object) -> list[str]:
        soup = page(client.get("/pathways", query_string=query))
        return [a.get_text(strip=True) for a in soup.select(".app-pathway-card h3 a")]

    assert titles(type="job") == ["Porter job"]
    assert titles(type=["job", "course"]) == ["Pharmacy course", "Porter job"]
    assert titles(sector="pharmacy") == ["Pharmacy course"]
    assert titles(level="2") == ["Nurse apprentice"]
    assert titles(borough="E09000028") == ["Nurse apprentice"]
    assert titles(organisation="hackney-trust") == ["Porter job"]
    assert titles(type="not-a-type") == titles()  # out-of-date links still show pathways


def test_the_filter_form_is_a_get_form_that_keeps_the_choices(
    client: FlaskClient, session: Session
) -> None:
    make_pathway(session, type="job", title="Porter")
    make_pathway(session, type="course", title="Course")
    session.commit()
    soup = page(client.get("/pathways?type=job&q=port"))
    form = soup.select_one("form.app-filters")
    assert form["method"] == "get"
    assert soup.select_one('input[name="type"][value="job"]').has_attr("checked")
    assert not soup.select_one('input[name="type"][value="course"]').has_attr("checked")
    assert soup.select_one('input[name="q"]')["value"] == "port"
    assert soup.select_one('label[for="q"]') is not None


def test_no_results_says_what_to_try(client: FlaskClient, session: Session) -> None:
    make_pathway(session)
    session.commit()
    soup = assert_well_formed_page(client.get("/pathways?q=astronaut"))
    assert text_of(soup, "#results-heading") == "No pathways found matching ‘astronaut’"
    assert "checking your spelling" in soup.get_text()
    assert soup.select_one('a[href="/pathways"]') is not None


def test_browse_is_paginated_with_links_that_keep_the_filters(
    client: FlaskClient, session: Session
) -> None:
    organisation = make_organisation(session)
    for n in range(45):
        make_pathway(session, title=f"Job {n:02d}", type="job", organisation=organisation)
    make_pathway(session, title="Course", type="course", organisation=organisation)
    session.commit()
    first = assert_well_formed_page(client.get("/pathways?type=job"))
    assert text_of(first, "#results-heading") == "45 pathways"
    assert len(first.select(".app-pathway-card")) == 20
    assert "Showing 1 to 20 of 45" in first.get_text()
    assert first.select_one('a[rel="next"]')["href"] == "/pathways?type=job&page=2"
    assert first.select_one('.nhsuk-pagination a[aria-current="page"]').get_text(strip=True) == "1"

    last = page(client.get("/pathways?type=job&page=3"))
    assert [a.get_text(strip=True) for a in last.select(".app-pathway-card h3 a")] == [
        f"Job {n}" for n in range(40, 45)
    ]
    assert last.select_one('a[rel="next"]') is None
    assert last.select_one('a[rel="prev"]')["href"] == "/pathways?type=job&page=2"
    assert "page 3 of 3" in last.title.string
    # a page past the end shows the last page, and rubbish shows the first
    assert "Job 44" in page(client.get("/pathways?type=job&page=99")).get_text()
    assert "Job 00" in page(client.get("/pathways?type=job&page=abc")).get_text()


# --- a pathway ----------------------------------------------------------------------------------


def test_a_pathway_page_has_everything_a_young_person_needs(
    client: FlaskClient, session: Session
) -> None:
    pathway = make_pathway(
        session,
        title="Hospital porter",
        type="job",
        pay_period="hour",
        pay_min=13.85,
        pay_max=13.85,
        hours_per_week=37.5,
        min_qualification_level=0,
        gcse_english_maths=True,
        min_age=18,
        postcode="SE5 9RS",
        supports=["care_leaver", "refugee"],
        closing_date=TODAY + dt.timedelta(days=30),
    )
    session.commit()
    response = client.get(f"/pathways/{pathway.ref}")
    soup = assert_well_formed_page(response, "Hospital porter")
    assert text_of(soup, "h1") == "Hospital porter"
    text = soup.get_text(" ")
    assert "£13.85 an hour" in text
    assert "£27,080 a year" in text  # 13.85 x 37.5 hours x 52.14 weeks
    assert "37.5 hours a week" in text
    assert "SE5 9RS" in text
    assert "You do not need any qualifications." in text
    assert "or Functional Skills Level 2" in text
    assert "You must be 18 or older." in text
    assert [t.get_text(strip=True) for t in soup.select(".app-tag-list .nhsuk-tag")] == [
        "Care leavers",
        "Refugees",
    ]
    apply = soup.select_one("a.nhsuk-button")
    assert apply.get_text(strip=True) == "Apply for this"
    assert apply["href"] in {pathway.apply_url, f"/pathways/{pathway.ref}/apply"}
    assert soup.select_one('nav.nhsuk-breadcrumb a[href="/pathways"]') is not None


def test_an_unpaid_pathway_says_so(client: FlaskClient, session: Session) -> None:
    pathway = make_pathway(
        session, type="volunteering", pay_period="none", pay_min=None, pay_max=None
    )
    session.commit()
    soup = page(client.get(f"/pathways/{pathway.ref}"))
    assert "This is unpaid" in soup.get_text()
    assert "Unpaid" in text_of(soup, ".nhsuk-summary-list")


def test_a_yearly_salary_is_also_shown_by_the_hour(client: FlaskClient, session: Session) -> None:
    pathway = make_pathway(session, pay_min=24_465, pay_max=24_465, hours_per_week=37.5)
    session.commit()
    text = page(client.get(f"/pathways/{pathway.ref}")).get_text(" ")
    assert "£24,465 a year" in text
    assert "£12.51 an hour" in text


def test_pay_is_given_first_the_way_the_employer_gave_it(
    client: FlaskClient, session: Session
) -> None:
    yearly = make_pathway(session, pay_min=24_465, pay_max=24_465, hours_per_week=37.5)
    hourly = make_pathway(
        session, type="job", pay_period="hour", pay_min=13.85, pay_max=13.85, hours_per_week=37.5
    )
    session.commit()
    yearly_pay = page(client.get(f"/pathways/{yearly.ref}")).select(".app-pay-list li")
    assert [li.get_text(strip=True) for li in yearly_pay] == [
        "£24,465 a year",
        "£12.51 an hour (worked out from 37.5 hours a week)",
    ]
    hourly_pay = page(client.get(f"/pathways/{hourly.ref}")).select(".app-pay-list li")
    assert [li.get_text(strip=True) for li in hourly_pay] == [
        "£13.85 an hour",
        "£27,080 a year (worked out from 37.5 hours a week)",
    ]


def test_pay_with_no_hours_is_given_only_the_way_the_employer_gave_it(
    client: FlaskClient, session: Session
) -> None:
    pathway = make_pathway(session, pay_min=24_465, pay_max=26_000, hours_per_week=None)
    session.commit()
    pay = page(client.get(f"/pathways/{pathway.ref}")).select(".app-pay-list li")
    assert [li.get_text(strip=True) for li in pay] == ["£24,465 to £26,000 a year"]


@pytest.mark.parametrize(
    ("fields", "caption", "title"),
    [
        (
            {
                "type": "apprenticeship",
                "level": 3,
                "title": "Senior healthcare support worker apprentice",
            },
            "Apprenticeship, level 3",
            "Senior healthcare support worker apprentice at ",
        ),
        (
            {"type": "job", "title": "Hospital porter", "level": None},
            "Job",
            "Hospital porter (job) at ",
        ),
        (
            {
                "type": "work_experience",
                "title": "Hospital work experience week",
                "pay_period": "none",
                "pay_min": None,
                "pay_max": None,
            },
            "Work experience, unpaid",
            "Hospital work experience week at ",
        ),
        (
            {"type": "course", "title": "Health and social care, level 2"},
            "Course",
            "Health and social care, level 2 (course) at ",
        ),
    ],
)
def test_the_caption_and_title_say_what_kind_of_pathway_it_is(
    client: FlaskClient, session: Session, fields: dict[str, object], caption: str, title: str
) -> None:
    pathway = make_pathway(session, **fields)
    session.commit()
    soup = assert_well_formed_page(client.get(f"/pathways/{pathway.ref}"), title)
    assert text_of(soup, ".nhsuk-caption-l") == caption
    assert text_of(soup, "h1") == fields["title"]


def test_viewing_a_pathway_records_one_aggregate_detail_event(
    client: FlaskClient, session: Session
) -> None:
    pathway = make_pathway(session)
    session.commit()
    client.get(f"/pathways/{pathway.ref}")
    event = session.scalars(select(Event)).one()
    assert (event.kind, event.pathway_id, event.organisation_id) == (
        "detail",
        pathway.id,
        pathway.organisation_id,
    )
    assert (event.borough_code, event.imd_decile, event.age_band) == (None, None, "unknown")


def test_a_detail_event_takes_only_borough_deprivation_and_age_band_from_the_answers(
    client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data)
    reference_data.commit()
    with client.session_transaction() as cookie:
        cookie["answers"] = seal(
            client.application.config["SECRET_KEY"],
            {
                "about": "I look after my nan",
                "postcode": "se15 4qt",
                "age": "17",
                "circumstances": ["care_leaver"],
            },
        )
    client.get(f"/pathways/{pathway.ref}")
    event = reference_data.scalars(select(Event)).one()
    assert event.kind == "detail"
    assert event.borough_code == "E09000028"  # Southwark
    assert event.imd_decile is not None and event.age_band == "16_17"
    stored = {column.name: getattr(event, column.name) for column in Event.__table__.columns}
    assert not [
        value
        for value in stored.values()
        if isinstance(value, str) and ("nan" in value or "SE15" in value.upper() or "care" in value)
    ]


def test_a_postcode_we_do_not_know_records_no_place(
    client: FlaskClient, reference_data: Session
) -> None:
    pathway = make_pathway(reference_data)
    reference_data.commit()
    with client.session_transaction() as cookie:
        cookie["answers"] = seal(
            client.application.config["SECRET_KEY"], {"postcode": "ZZ99", "age": "twenty"}
        )
    client.get(f"/pathways/{pathway.ref}")
    event = reference_data.scalars(select(Event)).one()
    assert (event.borough_code, event.imd_decile, event.age_band) == (None, None, "unknown")


def test_a_pathway_that_is_not_found_records_no_event(
    client: FlaskClient, session: Session
) -> None:
    draft = make_pathway(session, status="draft")
    session.commit()
    assert client.get(f"/pathways/{draft.ref}").status_code == 404
    assert client.get("/pathways/NOPE").status_code == 404
    assert session.scalars(select(Event)).all() == []


def test_closing_soon_is_flagged_within_14_days(client: FlaskClient, session: Session) -> None:
    soon = make_pathway(session, closing_date=TODAY + dt.timedelta(days=14))
    later = make_pathway(session, closing_date=TODAY + dt.timedelta(days=15))
    session.commit()
    assert "Closing soon" in page(client.get(f"/pathways/{soon.ref}")).get_text()
    assert "Closing soon" not in page(client.get(f"/pathways/{later.ref}")).get_text()
    assert "Closing soon" in page(client.get("/pathways")).get_text()


def test_a_closed_pathway_is_shown_as_closed_without_an_apply_button(
    client: FlaskClient, session: Session
) -> None:
    past = make_pathway(session, closing_date=TODAY - dt.timedelta(days=1))
    closed = make_pathway(session, status="closed")
    session.commit()
    for pathway in (past, closed):
        soup = assert_well_formed_page(client.get(f"/pathways/{pathway.ref}"))
        assert "This has closed" in text_of(soup, ".nhsuk-card--warning")
        assert not [a for a in soup.select("a.nhsuk-button") if "Apply" in a.get_text()]


@pytest.mark.parametrize("status", ["draft", "in_review", "archived"])
def test_a_pathway_that_is_not_published_is_not_found(
    client: FlaskClient, session: Session, status: str
) -> None:
    pathway = make_pathway(session, status=status)
    session.commit()
    response = client.get(f"/pathways/{pathway.ref}")
    assert response.status_code == 404
    assert_well_formed_page(response, "Page not found")


def test_an_example_listing_says_it_is_an_example(client: FlaskClient, session: Session) -> None:
    pathway = make_pathway(session, is_example=True)
    session.commit()
    soup = page(client.get(f"/pathways/{pathway.ref}"))
    assert "This is an example listing" in text_of(soup, ".nhsuk-inset-text")


def test_a_pathway_page_shows_what_it_leads_to_and_the_ladder(
    client: FlaskClient, session: Session
) -> None:
    organisation = make_organisation(session)
    start = make_pathway(
        session,
        organisation=organisation,
        title="Work experience",
        type="work_experience",
        level=0,
        pay_period="none",
    )
    middle = make_pathway(session, organisation=organisation, title="Support worker", level=2)
    top = make_pathway(
        session,
        organisation=organisation,
        title="Nursing associate",
        level=5,
        pay_min=31_049,
        pay_max=32_892,
    )
    hidden = make_pathway(session, organisation=organisation, title="Secret", status="draft")
    for earlier, later in [(start, middle), (middle, top), (middle, hidden)]:
        session.add(PathwayLink(from_id=earlier.id, to_id=later.id))
    session.commit()
    soup = assert_well_formed_page(client.get(f"/pathways/{middle.ref}"))
    assert "Nursing associate" in text_of(soup, "h2:-soup-contains('What it leads to') + p + ul")
    assert "Secret" not in soup.get_text()
    steps = soup.select(".app-ladder__step")
    assert [" ".join(s.select_one(".app-ladder__title").get_text(" ").split()) for s in steps] == [
        "Nursing associate",
        "Support worker (this one)",
        "Work experience",
    ]
    assert [s.select_one(".app-ladder__level").get_text(strip=True) for s in steps] == [
        "Level 5",
        "Level 2",
        "Entry level",
    ]
    assert "£31,049 to £32,892 a year" in steps[0].get_text(" ")
    assert "Unpaid" in steps[2].get_text()
    assert steps[1]["aria-current"] == "step"
    summary = text_of(soup, "#ladder-summary")
    assert summary.startswith("This ladder has 3 steps: Work experience (Entry level, unpaid)")


def test_the_ladder_survives_a_loop_in_the_links(client: FlaskClient, session: Session) -> None:
    a = make_pathway(session, title="Step A")
    b = make_pathway(session, title="Step B", organisation=a.organisation)
    session.add_all([PathwayLink(from_id=a.id, to_id=b.id), PathwayLink(from_id=b.id, to_id=a.id)])
    session.commit()
    soup = page(client.get(f"/pathways/{a.ref}"))
    assert len(soup.select(".app-ladder__step")) == 2


def test_an_apprenticeship_carries_a_job_posting(client: FlaskClient, session: Session) -> None:
    pathway = make_pathway(session, type="apprenticeship", title="HCSW apprentice")
    session.commit()
    data = _json_ld(client.get(f"/pathways/{pathway.ref}"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "HCSW apprentice"
    assert data["hiringOrganization"]["name"] == pathway.organisation.name
    assert data["validThrough"] == pathway.closing_date.isoformat()
    assert data["baseSalary"]["value"]["unitText"] == "YEAR"
    assert data["baseSalary"]["currency"] == "GBP"
    assert data["jobLocation"]["address"]["postalCode"] == "SE5 9RS"
    assert data["identifier"]["value"] == pathway.ref
    assert data["url"] == f"http://localhost/pathways/{pathway.ref}"


@pytest.mark.parametrize("kind", ["course", "entry_route", "work_experience", "volunteering"])
def test_other_routes_carry_an_educational_programme(
    client: FlaskClient, session: Session, kind: str
) -> None:
    pathway = make_pathway(session, type=kind, pay_period="none")
    session.commit()
    data = _json_ld(client.get(f"/pathways/{pathway.ref}"))
    assert data["@type"] == "EducationalOccupationalProgram"
    assert data["name"] == pathway.title
    assert data["provider"]["name"] == pathway.organisation.name
    assert data["applicationDeadline"] == pathway.closing_date.isoformat()


def test_json_ld_cannot_be_broken_out_of_by_what_an_employer_types(
    client: FlaskClient, session: Session
) -> None:
    nasty = 'Porter </script><script>alert("x")</script> & <!--'
    pathway = make_pathway(session, title=nasty, description=nasty)
    session.commit()
    response = client.get(f"/pathways/{pathway.ref}")
    body = response.data.decode()
    assert "<script>alert" not in body
    assert body.count("</script>") == len(page(response).select("script"))
    assert _json_ld(response)["title"] == nasty


# --- an organisation ---------------------------------------------------------------------------


def test_an_organisation_page_lists_its_open_pathways(
    client: FlaskClient, session: Session
) -> None:
    trust = make_organisation(
        session, name="Lambeth Care", slug="lambeth-care", description="We run care homes."
    )
    make_pathway(session, organisation=trust, title="Care worker")
    make_pathway(session, organisation=trust, title="Hidden", status="draft")
    session.commit()
    soup = assert_well_formed_page(client.get("/organisations/lambeth-care"), "Lambeth Care")
    assert text_of(soup, "h1") == "Lambeth Care"
    assert "We run care homes." in soup.get_text()
    assert [a.get_text(strip=True) for a in soup.select(".app-pathway-card a")] == ["Care worker"]


def test_an_unknown_organisation_is_not_found(client: FlaskClient) -> None:
    assert client.get("/organisations/nobody").status_code == 404


# --- accessibility statement ---------------------------------------------------------------------


def test_the_accessibility_statement_names_the_standard_and_a_contact(
    client: FlaskClient,
) -> None:
    soup = assert_well_formed_page(client.get("/accessibility"), "Accessibility statement")
    text = soup.get_text(" ")
    assert "WCAG" in text or "Web Content Accessibility Guidelines version 2.2" in text
    assert soup.select_one('a[href^="mailto:"]') is not None
    assert "Enforcement procedure" in text
