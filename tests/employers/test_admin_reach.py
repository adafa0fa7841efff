"""The site admin's reach across organisations: aggregate only, counts under 10 suppressed."""

from __future__ import annotations

import datetime as dt

from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import Event, Pathway
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_organisation, make_pathway
from tests.html import assert_well_formed_page, text_of


def _events(session: Session, pathway: Pathway, n: int, **fields) -> None:
    session.add_all(
        Event(day=dt.date(2026, 2, 3), pathway_id=pathway.id,
              organisation_id=pathway.organisation_id, **fields)
        for _ in range(n)
    )  # fmt: skip


def test_the_cross_organisation_view_ranks_organisations_and_hides_small_numbers(
    client: FlaskClient, session: Session
):
    big = make_pathway(session, organisation=make_organisation(session, name="Big Trust"))
    small = make_pathway(session, organisation=make_organisation(session, name="Small Hospice"))
    _events(session, big, 40, kind="shown", imd_decile=1)
    _events(session, big, 12, kind="apply", imd_decile=1)
    _events(session, big, 10, kind="shown", imd_decile=9)
    _events(session, small, 4, kind="shown", imd_decile=2)
    admin = make_user(session, "site_admin")
    session.commit()
    sign_in_as(client, admin)

    soup = assert_well_formed_page(client.get("/admin/reach"))
    rows = [
        [cell.get_text(" ", strip=True) for cell in row.select("td")]
        for row in soup.select("#by-organisation tbody tr")
    ]
    assert rows == [
        ["Big Trust", "50", "0", "10", "80%"],  # counts from 10 up rounded to the nearest 5
        ["Small Hospice", "fewer than 10", "0", "0", "Not enough to say"],
    ]
    assert text_of(soup, "#total-shown") == "55"  # 54 would say Small Hospice's is 4
    assert "4" not in rows[1][1]

    by_organisation = client.get("/admin/reach-by-organisation.csv").get_data(as_text=True)
    assert "Small Hospice,fewer than 10,0,0," in by_organisation
    assert ",4," not in by_organisation
    totals = client.get("/admin/reach.csv").get_data(as_text=True)
    assert totals.startswith("Reach of,All organisations")


def test_org_admins_cannot_see_other_organisations_reach(client: FlaskClient, session: Session):
    sign_in_as(client, make_user(session, "org_admin"))
    session.commit()
    assert client.get("/admin/reach").status_code == 403
