"""Reach by borough and deprivation decile, over chosen months, that cannot be unpicked.

The property test builds random event tables in the database, downloads the CSV as an employer
would, and plays an attacker who knows every figure in it and how they add up (the total and each
breakdown, each borough's row of the table and each decile's column). For every true count from
1 to 9, an integer programme must be able to make it each of 1 to 9 with everything shown. The
page must show exactly the CSV's figures, so what holds for one holds for the other.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

import numpy as np
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp
from sqlalchemy import delete
from sqlalchemy.orm import Session

from careers.models import Borough, Event, Pathway
from careers.services import reach
from tests.employers.factories import make_user, sign_in_as
from tests.factories import make_pathway
from tests.html import page, text_of

BOROUGHS = {"E09000028": "Southwark", "E09000019": "Islington", "E09000022": "Lambeth"}
DAYS = [dt.date(2026, 1, 5), dt.date(2026, 2, 9), dt.date(2026, 3, 2)]
EVENT = st.tuples(
    st.sampled_from(DAYS),
    st.sampled_from([*BOROUGHS, None]),
    st.sampled_from([1, 2, 3, 9, None]),
    st.sampled_from(["16_17", "18_19", "unknown"]),
    st.sampled_from(["shown", "shown", "shown", "detail", "api_match"]),
)
BREAKDOWNS = {
    "month": "By month",
    "borough": "By borough",
    "decile": "By deprivation decile (1 is most deprived)",
    "age": "By age",
}
KIND_COLUMNS = {"shown": 2, "detail": 3, "apply": 4, "api_match": 5}


def _add_boroughs(session: Session) -> None:
    """The boroughs the events name (db upgrade may have loaded them already)."""
    for code, name in BOROUGHS.items():
        if session.get(Borough, code) is None:
            session.add(Borough(code=code, name=name, ics="London"))


def _add_events(session: Session, pathway: Pathway, events: list[tuple]) -> None:
    session.execute(delete(Event))
    for day, borough, decile, age, kind in events:
        session.add(
            Event(day=day, kind=kind, pathway_id=pathway.id, borough_code=borough,
                  organisation_id=pathway.organisation_id, imd_decile=decile, age_band=age)
        )  # fmt: skip
    session.commit()


def _read(body: str) -> tuple[dict[tuple[str, str], list[str]], list[str], dict[str, list[str]]]:
    """The CSV as (breakdown, group) -> figures by kind, the table's columns and rows."""
    rows = list(csv.reader(io.StringIO(body)))
    figures: dict[tuple[str, str], list[str]] = {}
    at = rows.index(["Breakdown", "Group", *reach.LABELS_KIND.values()]) + 1
    while rows[at]:
        figures[(rows[at][0], rows[at][1])] = rows[at][2:]
        at += 1
    header = next(i for i, row in enumerate(rows) if row and row[0] == "Borough")
    end = next((i for i in range(header + 1, len(rows)) if not rows[i]), len(rows))
    table = {row[0]: row[1:] for row in rows[header + 1 : end]}
    return figures, rows[header][1:], table


def _range(figure: str) -> tuple[float, float]:
    if figure == "fewer than 10":
        return 1, 9
    if figure == "not shown":
        return 0, np.inf
    value = int(figure.replace(",", ""))
    return (0, 0) if value == 0 else (max(10, value - 2), value + 2)


def _true_counts(events: list[tuple], kind: str) -> dict[tuple[str, str], int]:
    """What the attacker is after: each figure's true count, keyed as the CSV names it."""
    chosen = [e for e in events if e[4] == kind]
    out: dict[tuple[str, str], int] = {("Total", "All"): len(chosen)}
    ages = {"16_17": "16 to 17", "18_19": "18 to 19", "unknown": "Not known"}
    for day, borough, decile, age, _ in chosen:
        keys = [
            (BREAKDOWNS["month"], day.strftime("%Y-%m")),
            (BREAKDOWNS["borough"], BOROUGHS.get(borough or "", "Not known")),
            (BREAKDOWNS["decile"], "Not known" if decile is None else f"Decile {decile}"),
            (BREAKDOWNS["age"], ages[age]),
        ]
        if kind == "shown":
            keys.append(("table", f"{BOROUGHS.get(borough or '', 'Not known')}|{decile}"))
        for key in keys:
            out[key] = out.get(key, 0) + 1
    return out


def _attack(body: str, kind: str, truth: dict[tuple[str, str], int]) -> list[str]:
    """Every figure with a true count of 1 to 9 that the published figures narrow."""
    figures, columns, table = _read(body)
    column = KIND_COLUMNS[kind] - 2
    names: list[tuple[str, str]] = list(figures)
    ranges = [_range(figures[name][column]) for name in names]
    if kind == "shown":
        for borough, cells in table.items():
            for label, cell in zip(columns, cells, strict=True):
                decile = "None" if label == "Not known" else label.removeprefix("Decile ")
                names.append(("table", f"{borough}|{decile}"))
                ranges.append(_range(cell))
    index = {name: i for i, name in enumerate(names)}
    equations = []

    def adds_up(whole: tuple[str, str], parts: list[tuple[str, str]]) -> None:
        row = np.zeros(len(names))
        row[index[whole]] = 1
        for part in parts:
            row[index[part]] -= 1
        equations.append(row)

    for title in BREAKDOWNS.values():
        adds_up(("Total", "All"), [name for name in names if name[0] == title])
    if kind == "shown":
        for borough in table:
            row = [n for n in names if n[0] == "table" and n[1].startswith(f"{borough}|")]
            adds_up((BREAKDOWNS["borough"], borough), row)
        for label in columns:
            decile = "None" if label == "Not known" else label.removeprefix("Decile ")
            column = [n for n in names if n[0] == "table" and n[1].endswith(f"|{decile}")]
            adds_up((BREAKDOWNS["decile"], label), column)
    constraint = LinearConstraint(np.array(equations), 0, 0)
    low, high = np.array([r[0] for r in ranges]), np.array([r[1] for r in ranges])
    narrowed = []
    for name, count in truth.items():
        if not 0 < count < 10:
            continue
        i = index[name]
        for value in range(1, 10):
            fixed_low, fixed_high = low.copy(), high.copy()
            fixed_low[i] = fixed_high[i] = value
            whole = np.ones(len(names))
            box = Bounds(fixed_low, fixed_high)
            result = milp(
                np.zeros(len(names)), constraints=constraint, integrality=whole, bounds=box
            )
            if result.status != 0:
                narrowed.append(f"{name} cannot be {value}")
                break
    return narrowed


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(events=st.lists(EVENT, max_size=60))
def test_no_count_under_10_can_be_worked_out_from_the_csv_or_the_page(
    client: FlaskClient, session: Session, events: list[tuple]
):
    if session.query(Pathway).count() == 0:
        _add_boroughs(session)
        editor = make_user(session, "editor")
        make_pathway(session, organisation=editor.organisation)
        session.commit()
        sign_in_as(client, editor)
    pathway = session.query(Pathway).one()
    _add_events(session, pathway, events)

    body = client.get(f"/employers/pathways/{pathway.id}/reach.csv").get_data(as_text=True)
    for kind in ("shown", "detail", "api_match"):
        truth = _true_counts(events, kind)
        # Everything published is true: each figure covers the real count.
        figures, _, _ = _read(body)
        for name, (low, high) in (
            (n, _range(f[KIND_COLUMNS[kind] - 2])) for n, f in figures.items()
        ):
            assert low <= truth.get(name, 0) <= high, name
        assert _attack(body, kind, truth) == []

    soup = page(client.get(f"/employers/pathways/{pathway.id}/reach"))
    _, columns, table = _read(body)
    on_page = [[c.get_text(strip=True) for c in row.select("th, td")]
               for row in soup.select("#borough-by-decile tr")]  # fmt: skip
    assert on_page == (
        [["Borough", *columns]] + [[k, *v] for k, v in table.items()] if table else []
    )
    assert text_of(soup, "#total-shown") == _read(body)[0][("Total", "All")][0]


def _reach_fixture(session: Session) -> tuple[object, Pathway]:
    _add_boroughs(session)
    editor = make_user(session, "editor")
    pathway = make_pathway(session, organisation=editor.organisation)
    session.commit()
    return editor, pathway


def test_the_table_shows_times_shown_by_borough_and_decile(client: FlaskClient, session: Session):
    editor, pathway = _reach_fixture(session)
    _add_events(session, pathway, [(DAYS[0], "E09000028", 1, "16_17", "shown")] * 40
                + [(DAYS[0], "E09000019", 9, "16_17", "shown")] * 20)  # fmt: skip
    sign_in_as(client, editor)  # type: ignore[arg-type]
    soup = page(client.get(f"/employers/pathways/{pathway.id}/reach"))
    rows = {
        row.select_one("th").get_text(strip=True): [
            td.get_text(strip=True) for td in row.select("td")
        ]
        for row in soup.select("#borough-by-decile tbody tr")
    }
    assert rows["Southwark"][0] == "40" and rows["Islington"][8] == "20"
    assert rows["Southwark"][8] == "0"


def test_the_reported_unpicking_does_not_work_in_the_table(client: FlaskClient, session: Session):
    # "A total of 26 with Southwark 20 leaves Islington 6": in one decile the table would also
    # give Islington's cell away from the decile's column.
    editor, pathway = _reach_fixture(session)
    events = [(DAYS[0], "E09000028", 1, "16_17", "shown")] * 20
    events += [(DAYS[0], "E09000019", 1, "16_17", "shown")] * 6
    _add_events(session, pathway, events)
    sign_in_as(client, editor)  # type: ignore[arg-type]
    body = client.get(f"/employers/pathways/{pathway.id}/reach.csv").get_data(as_text=True)
    assert ",6" not in body
    assert _attack(body, "shown", _true_counts(events, "shown")) == []


def test_a_range_of_months_counts_only_those_months(client: FlaskClient, session: Session):
    editor, pathway = _reach_fixture(session)
    _add_events(session, pathway, [(DAYS[0], "E09000028", 1, "16_17", "shown")] * 40
                + [(DAYS[2], "E09000028", 1, "16_17", "shown")] * 20)  # fmt: skip
    sign_in_as(client, editor)  # type: ignore[arg-type]
    url = f"/employers/pathways/{pathway.id}/reach?start=2026-02&end=2026-03"
    soup = page(client.get(url))
    assert text_of(soup, "#total-shown") == "20"
    assert text_of(soup, "#period") == "Showing: February 2026 to March 2026"
    assert "start=2026-02" in soup.select_one("a[download]")["href"]
    body = client.get(soup.select_one("a[download]")["href"]).get_data(as_text=True)
    assert "Period,February 2026 to March 2026" in body
    assert "Total,All,20," in body


def test_a_range_that_ends_before_it_starts_says_so_and_shows_all_months(
    client: FlaskClient, session: Session
):
    editor, pathway = _reach_fixture(session)
    sign_in_as(client, editor)  # type: ignore[arg-type]
    soup = page(client.get(f"/employers/pathways/{pathway.id}/reach?start=2026-03&end=2026-01"))
    assert "must be the same as or after" in text_of(soup, ".nhsuk-error-message")
    assert text_of(soup, "#period") == "Showing: All time"


def test_api_matches_are_their_own_figure(client: FlaskClient, session: Session):
    editor, pathway = _reach_fixture(session)
    _add_events(session, pathway, [(DAYS[0], None, None, "unknown", "api_match")] * 30)
    sign_in_as(client, editor)  # type: ignore[arg-type]
    soup = page(client.get(f"/employers/pathways/{pathway.id}/reach"))
    assert text_of(soup, "#total-api_match").startswith("30")
    assert text_of(soup, "#total-shown") == "0"
