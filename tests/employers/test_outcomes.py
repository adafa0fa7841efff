"""Outcomes employers record (by hand and by CSV), shown beside reach with the same protection."""

from __future__ import annotations

import csv
import datetime as dt
import io

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import PathwayOutcome
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import assert_well_formed_page, page, text_of

THIS_MONTH = dt.date.today().replace(day=1)
LAST_MONTH = (THIS_MONTH - dt.timedelta(days=1)).replace(day=1)


def _upload(client: FlaskClient, body: str) -> object:
    return client.post(
        "/employers/outcomes",
        data={"file": (io.BytesIO(body.encode()), "outcomes.csv")},
        content_type="multipart/form-data",
    )


def test_an_employer_records_a_months_outcomes_and_sees_them_protected_beside_reach(
    client: FlaskClient, session: Session
) -> None:
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.commit()
    sign_in_as(client, editor)
    tasks = page(client.get(f"/employers/pathways/{pathway.id}"))
    assert tasks.select_one(f"a[href='/employers/pathways/{pathway.id}/outcomes']") is not None
    response = client.post(
        f"/employers/pathways/{pathway.id}/outcomes",
        data={
            "month": f"{LAST_MONTH:%Y-%m}",
            "applied": "42",
            "interviewed": "12",
            "offered": "5",
            "started": "",
        },
    )
    assert response.status_code == 302
    soup = assert_well_formed_page(client.get(response.location), "Outcomes")
    rows = [
        [td.get_text(strip=True) for td in tr.select("th, td")]
        for tr in soup.select("#recorded-outcomes tbody tr")
    ]
    assert rows == [[f"{LAST_MONTH:%B %Y}", "42", "12", "5", "0"]]  # their own figures, as entered

    reach = assert_well_formed_page(client.get(f"/employers/pathways/{pathway.id}/reach"))
    figures = [
        [cell.get_text(strip=True) for cell in tr.select("th, td")]
        for tr in reach.select("#outcomes-table tbody tr")
    ]
    assert figures == [
        ["All months", "40", "10", "fewer than 10", "0"],
        [f"{LAST_MONTH:%B %Y}", "40", "10", "fewer than 10", "0"],
    ]
    body = client.get(f"/employers/pathways/{pathway.id}/reach.csv").text
    assert "Outcomes recorded by the employer" in body and ",5," not in body and "42" not in body


def test_entering_a_month_again_replaces_it_and_bad_figures_are_explained(
    client: FlaskClient, session: Session
) -> None:
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.add(PathwayOutcome(pathway_id=pathway.id, month=LAST_MONTH, applied=20))
    session.commit()
    sign_in_as(client, editor)
    url = f"/employers/pathways/{pathway.id}/outcomes"
    next_year = f"{THIS_MONTH.year + 1}-{THIS_MONTH.month:02d}"
    response = client.post(url, data={"month": next_year, "applied": "-3", "offered": "two"})
    soup = assert_well_formed_page(response)
    summary = text_of(soup, ".nhsuk-error-summary")
    assert "The month must be this month or before" in summary
    assert "Applied must be a whole number" in summary
    assert "Offered a place must be a whole number" in summary
    client.post(url, data={"month": f"{LAST_MONTH.month}/{LAST_MONTH.year}", "applied": "25"})
    rows = session.scalars(select(PathwayOutcome).where(PathwayOutcome.pathway_id == pathway.id))
    assert [(r.month, r.applied) for r in rows] == [(LAST_MONTH, 25)]


def test_an_outcomes_csv_is_recorded_all_or_nothing(client: FlaskClient, session: Session) -> None:
    editor = make_user(session, "org_admin")
    mine = make_pathway(session, organisation=editor.organisation, ref="MINE-01")
    make_pathway(session, organisation=make_organisation(session), ref="THEIRS-01")
    session.commit()
    sign_in_as(client, editor)
    template = client.get("/employers/outcomes-template.csv")
    assert next(csv.reader(io.StringIO(template.text)))[:2] == ["pathway_ref", "month"]

    header = "pathway_ref,month,applied,interviewed,offered,started\n"
    bad = header + f"MINE-01,{LAST_MONTH:%Y-%m},30,10,4,2\nTHEIRS-01,{LAST_MONTH:%Y-%m},5,1,1,1\n"
    bad += f"MINE-01,{THIS_MONTH:%Y-%m},lots,1,1,1\n"
    response = _upload(client, bad)
    assert response.status_code == 400
    problems = text_of(assert_well_formed_page(response), "#outcome-problems")
    assert "Row 3: no pathway of yours has the reference ‘THEIRS-01’" in problems
    assert "Row 4: applied must be a whole number" in problems
    assert session.scalars(select(PathwayOutcome)).all() == []  # nothing saved

    good = header + f"MINE-01,{LAST_MONTH:%Y-%m},30,10,4,2\nMINE-01,{THIS_MONTH:%Y-%m},12,3,1,0\n"
    response = _upload(client, good)
    assert response.status_code == 302
    assert "Outcomes recorded for 2 months" in page(client.get(response.location)).get_text()
    rows = session.scalars(select(PathwayOutcome).order_by(PathwayOutcome.month)).all()
    assert [(r.pathway_id, r.applied, r.started) for r in rows] == [
        (mine.id, 30, 2),
        (mine.id, 12, 0),
    ]


def test_outcomes_hide_a_small_month_that_the_total_would_give_away(
    client: FlaskClient, session: Session
) -> None:
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.add(PathwayOutcome(pathway_id=pathway.id, month=LAST_MONTH, applied=2))
    session.add(PathwayOutcome(pathway_id=pathway.id, month=THIS_MONTH, applied=50))
    session.commit()
    sign_in_as(client, editor)
    soup = page(client.get("/employers/reach"))
    applied = [
        tr.select("td")[0].get_text(strip=True) for tr in soup.select("#outcomes-table tbody tr")
    ]
    # 52 in all rounds to 50, as 50 in one month does: shown together they would pin the small
    # month to 1 to 4, so one more figure is withheld
    assert "fewer than 10" in applied
    assert "not shown" in applied
