"""The seed catalogue loads on SQLite and PostgreSQL, and is good enough to show people."""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.extensions import make_engine
from careers.models import (
    ORGANISATION_TYPES,
    PATHWAY_TYPES,
    ApprenticeshipStandard,
    Borough,
    Organisation,
    Pathway,
    PathwayLink,
)
from careers.services.migrations import upgrade
from careers.services.seed import seed


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory, migrated_sqlite: Path) -> Iterator[Session]:
    """One seeded database for the read-only quality checks in this module."""
    path = tmp_path_factory.mktemp("seeded") / "careers.db"
    shutil.copy(migrated_sqlite, path)
    engine = make_engine(f"sqlite:///{path}")
    with Session(engine) as session:
        seed(session)
        session.commit()
        yield session
    engine.dispose()


def test_the_seed_catalogue_covers_the_whole_service(catalogue: Session) -> None:
    session = catalogue
    organisations = session.scalars(select(Organisation)).all()
    pathways = session.scalars(select(Pathway)).all()
    assert len(organisations) >= 35
    assert {o.type for o in organisations} == set(ORGANISATION_TYPES)
    ics = {
        b.ics
        for b in session.scalars(
            select(Borough).join(Organisation, Organisation.borough_code == Borough.code)
        )
    }
    assert len(ics) == 5
    assert len(pathways) >= 200
    # supported internships and foundation apprenticeships come from feeds and employers: the
    # examples predate them, and retyping graded examples would change the evaluation sets
    newer = {"supported_internship", "foundation_apprenticeship"}
    assert {p.type for p in pathways} == set(PATHWAY_TYPES) - newer
    assert set(range(8)) <= {p.level for p in pathways}
    assert len({p.sector for p in pathways}) >= 12
    for group in ("care_leaver", "young_carer", "disabled", "refugee", "armed_forces"):
        assert sum(group in p.supports for p in pathways) >= 5, group
    assert all(p.is_example and p.status == "published" for p in pathways)


def test_seed_pathways_are_specific_not_one_template(catalogue: Session) -> None:
    pathways = catalogue.scalars(select(Pathway)).all()
    assert len({p.description for p in pathways}) == len(pathways)
    openings = Counter(p.description[:60] for p in pathways)
    assert openings.most_common(1)[0][1] <= 10


def test_seed_pay_dates_and_standards_are_realistic(catalogue: Session) -> None:
    session = catalogue
    pathways = session.scalars(select(Pathway)).all()
    standards = {s.code: s for s in session.scalars(select(ApprenticeshipStandard))}
    for p in pathways:
        if p.standard_code:
            assert p.standard_code in standards
            assert standards[p.standard_code].level == p.level, p.ref
        if p.pay_period == "hour":
            assert p.pay_min is not None and p.pay_min >= 13.85, p.ref
        if p.pay_period == "year":
            assert p.pay_min is not None and 24_000 <= p.pay_min <= 80_000, p.ref
        assert p.latitude is not None and p.borough_code is not None, p.ref
    today = dt.date(2026, 11, 22)
    open_ = [p for p in pathways if p.closing_date and p.closing_date > today]
    closed = [p for p in pathways if p.closing_date and p.closing_date <= today]
    rolling = [p for p in pathways if p.closing_date is None]
    assert len(open_) > 0.8 * len(pathways) and closed and rolling
    assert any(p.type == "apprenticeship" for p in pathways if p.pay_period == "year")


def test_progression_chains_resolve(catalogue: Session) -> None:
    session = catalogue
    by_ref = {p.ref: p for p in session.scalars(select(Pathway))}
    assert session.scalar(select(func.count()).select_from(PathwayLink)) >= 150

    def chain(ref: str) -> list[int]:
        levels = [by_ref[ref].level or 0]
        while by_ref[ref].next_steps:
            ref = by_ref[ref].next_steps[0].ref
            levels.append(by_ref[ref].level or 0)
        return levels

    assert chain("KCH-WEX-WARD") == [0, 1, 2, 3, 5, 6, 7]
    assert chain("LAS-EMD") == [2, 3, 4, 6]
    assert chain("GSTT-PSA-L2") == [2, 3, 7]
    chained_sectors = {
        p.sector for p in by_ref.values() if p.next_steps and p.next_steps[0].next_steps
    }
    assert len(chained_sectors) >= 8


def test_seeding_twice_changes_nothing(seeded_catalogue: Session) -> None:
    before = seeded_catalogue.scalar(select(func.count(Pathway.id)))
    result = seed(seeded_catalogue)
    seeded_catalogue.commit()
    assert result.pathways is not None and result.pathways.created == 0
    assert result.organisations_added == 0
    assert seeded_catalogue.scalar(select(func.count(Pathway.id))) == before
    assert seed(seeded_catalogue, if_empty=True).skipped


def test_the_seed_loads_on_postgresql(postgres_url: str) -> None:
    upgrade(postgres_url)
    engine = make_engine(postgres_url)
    try:
        with Session(engine) as session:
            seed(session)
            session.commit()
            seed(session)
            session.commit()
            assert (session.scalar(select(func.count(Pathway.id))) or 0) >= 200
            pathway = session.scalar(select(Pathway).where(Pathway.ref == "KCH-HCSW-L2"))
            assert pathway is not None and pathway.next_steps
            assert pathway.borough_code == "E09000028"
    finally:
        engine.dispose()
