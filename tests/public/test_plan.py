"""A plan towards a role a person names: the catalogue's steps to it, their real barrier first,
with the kind, level, pay and age of each step."""

from __future__ import annotations

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import PathwayLink
from tests.factories import make_pathway
from tests.html import page


def a_route_to_midwifery(session: Session) -> None:
    taster = make_pathway(
        session, title="Maternity work experience", type="work_experience", level=0, min_age=14
    )
    support = make_pathway(
        session, title="Maternity support worker apprentice", level=3, min_age=16
    )
    midwife = make_pathway(
        session,
        title="Midwifery degree apprentice",
        level=6,
        min_age=18,
        gcse_english_maths=True,
        min_qualification_level=3,
    )
    make_pathway(
        session,
        title="English and maths for health careers",
        type="course",
        level=1,
        description="Work towards Functional Skills in English and maths.",
        min_age=None,
    )
    session.add_all(
        [
            PathwayLink(from_id=taster.id, to_id=support.id, position=0),
            PathwayLink(from_id=support.id, to_id=midwife.id, position=0),
        ]
    )
    session.commit()


def steps(client: FlaskClient, role: str) -> list[str]:
    soup = page(client.get("/plan", query_string={"role": role}))
    return [a.get_text(strip=True) for a in soup.select(".app-plan h3 a")]


def test_a_plan_lists_the_catalogues_steps_to_the_role(
    client: FlaskClient, reference_data: Session
) -> None:
    a_route_to_midwifery(reference_data)
    assert steps(client, "midwifery") == [
        "Maternity work experience",
        "Maternity support worker apprentice",
        "Midwifery degree apprentice",
    ]
    soup = page(client.get("/plan", query_string={"role": "midwifery"}))
    first = " ".join(soup.select_one(".app-plan li").get_text(" ").split())
    assert "Age From 14" in first and "Pay" in first
    assert "Answer a few questions" in soup.get_text()
    assert steps(client, "midwife")[-1] == "Midwifery degree apprentice", "the role's field"


def test_their_real_barrier_comes_first(client: FlaskClient, reference_data: Session) -> None:
    a_route_to_midwifery(reference_data)
    client.post(
        "/find/results",
        data={"about": "I want to be a midwife", "gcse_english_maths": "no", "age": "16"},
    )
    soup = page(client.get("/plan", query_string={"role": "midwifery"}))
    first = soup.select_one(".app-plan li")
    assert first.select_one("h3 a").get_text(strip=True) == "English and maths for health careers"
    assert "what you need first" in first.get_text()


def test_an_unknown_role_says_so(client: FlaskClient, reference_data: Session) -> None:
    soup = page(client.get("/plan", query_string={"role": "astronaut"}))
    assert "We could not find ‘astronaut’" in soup.get_text()
    assert not soup.select(".app-plan")


def test_saying_what_you_want_to_be_links_to_its_plan_by_the_catalogues_name(
    client: FlaskClient, reference_data: Session
) -> None:
    a_route_to_midwifery(reference_data)
    client.post("/find/results", data={"about": "I want to be a midwife, I love babies"})
    soup = page(client.get("/find/results"))
    link = soup.select_one(".app-plan-link a")
    assert link.get_text(strip=True) == "See your plan towards midwifery degree apprentice"
    assert link["href"] == "/plan?role=Midwifery+degree+apprentice"
    assert "babies" not in link["href"], "never what they typed"
    steps = page(client.get(link["href"])).select(".app-plan h3 a")
    assert steps[-1].get_text(strip=True) == "Midwifery degree apprentice"


def test_no_plan_link_when_no_role_is_named(client: FlaskClient, reference_data: Session) -> None:
    a_route_to_midwifery(reference_data)
    for about in ("I like helping people with babies", "I want to be happy at work"):
        client.post("/find/results", data={"about": about})
        assert not page(client.get("/find/results")).select(".app-plan-link"), about
