"""Browse's keyword search: whole words, stemmed and ranked, over title, summary, description,
skills and organisation, on SQLite (FTS5) and PostgreSQL (text search), kept current as pathways
and organisations change; and browse's sorts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import delete
from sqlalchemy.orm import Session

from careers.extensions import make_engine
from careers.models import Pathway
from careers.services.migrations import upgrade
from careers.services.pathways import Filters, search_pathways
from tests.factories import make_organisation, make_pathway

PLAIN = {"summary": None, "skills": [], "interests": []}


def titles(session: Session, q: str, **filters: object) -> list[str]:
    found = search_pathways(session, Filters(q=q, **filters))  # type: ignore[arg-type]
    return [p.title for p in found.items]


def a_small_catalogue(session: Session) -> None:
    make_pathway(session, title="Hospital porter", description="Move patients around.", **PLAIN)
    make_pathway(
        session,
        title="Digital support apprentice",
        description="Fix laptops and help staff with computer systems.",
        **PLAIN,
    )
    make_pathway(
        session,
        title="Ward clerk",
        description="Keep records. Nurses rely on you; a porter may ask you the way.",
        **PLAIN,
    )
    make_pathway(
        session,
        title="Pharmacy assistant",
        description="Give out medicines.",
        organisation=make_organisation(session, name="Guy's and St Thomas'"),
        **PLAIN | {"skills": ["counting"]},
    )
    session.commit()


def the_search_finds_whole_words_stemmed_and_ranked(session: Session) -> None:
    a_small_catalogue(session)
    assert "Hospital porter" not in titles(session, "IT"), "'IT' is not in 'hospital'"
    assert titles(session, "IT") == ["Digital support apprentice"], "IT is the work it names"
    assert titles(session, "porter") == ["Hospital porter", "Ward clerk"], "the title ranks first"
    assert titles(session, "porters") == ["Hospital porter", "Ward clerk"], "stemmed"
    assert titles(session, "nurse") == ["Ward clerk"], "nurse finds nurses"
    assert titles(session, "port") == [], "whole words only"
    assert titles(session, "guy's") == ["Pharmacy assistant"], "the organisation's name"
    assert titles(session, "counting") == ["Pharmacy assistant"], "skills"
    assert titles(session, "patients porter") == ["Hospital porter"], "every word is needed"
    assert titles(session, '"; DROP TABLE pathways; --') == []
    assert titles(session, "100%_") == []


def a_change_is_searchable_at_once(session: Session) -> None:
    pathway = make_pathway(session, title="Ward clerk", description="Keep records.", **PLAIN)
    session.commit()
    assert titles(session, "receptionist") == []
    pathway.title = "Ward receptionist"
    session.commit()
    assert titles(session, "receptionist") == ["Ward receptionist"]
    pathway.organisation.name = "Lewisham and Greenwich NHS Trust"
    session.commit()
    assert titles(session, "greenwich") == ["Ward receptionist"]
    session.execute(delete(Pathway).where(Pathway.id == pathway.id))
    session.commit()
    assert titles(session, "receptionist") == []


def test_whole_words_stemmed_and_ranked_on_sqlite(session: Session) -> None:
    the_search_finds_whole_words_stemmed_and_ranked(session)


def test_a_change_is_searchable_at_once_on_sqlite(session: Session) -> None:
    a_change_is_searchable_at_once(session)


@pytest.fixture
def pg_session(postgres_url: str) -> Iterator[Session]:
    upgrade(postgres_url)
    engine = make_engine(postgres_url)
    with Session(engine) as session:
        yield session
    engine.dispose()


@pytest.mark.postgres
def test_whole_words_stemmed_and_ranked_on_postgresql(pg_session: Session) -> None:
    the_search_finds_whole_words_stemmed_and_ranked(pg_session)


@pytest.mark.postgres
def test_a_change_is_searchable_at_once_on_postgresql(pg_session: Session) -> None:
    a_change_is_searchable_at_once(pg_session)


def test_browse_sorts_by_closing_soon_newest_pay_and_distance(session: Session) -> None:
    today = dt.date.today()
    now = dt.datetime.now()
    make_pathway(
        session,
        title="Far, late, old, well paid",
        closing_date=today + dt.timedelta(days=50),
        published_at=now - dt.timedelta(days=30),
        pay_period="year",
        pay_max=40_000.0,
        latitude=51.60,
        longitude=-0.30,
    )
    make_pathway(
        session,
        title="Near, soon, new, less paid",
        closing_date=today + dt.timedelta(days=3),
        published_at=now - dt.timedelta(days=1),
        pay_period="year",
        pay_max=25_000.0,
        latitude=51.47,
        longitude=-0.09,
    )
    session.commit()
    near = (51.4682, -0.0937)
    first = {
        sort: titles(session, "", sort=sort, near=near)[0]
        for sort in ("closing_soon", "newest", "pay", "distance")
    }
    assert first == {
        "closing_soon": "Near, soon, new, less paid",
        "newest": "Near, soon, new, less paid",
        "pay": "Far, late, old, well paid",
        "distance": "Near, soon, new, less paid",
    }
