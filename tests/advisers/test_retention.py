"""Retention: cohorts expire on 31 August unless renewed, and deleting a cohort deletes every
student in it at once, checked against the database itself."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.orm import Session

from careers.models import Cohort, Job
from careers.services import cohorts
from careers.services.migrations import upgrade
from tests.advisers.factories import make_cohort, make_school, make_student

TODAY = dt.date(2026, 10, 1)


def _student_rows(session: Session) -> int:
    return int(session.execute(text("SELECT count(*) FROM students")).scalar_one())


def test_deleting_a_cohort_leaves_no_student_rows(session: Session) -> None:
    cohort = make_cohort(session)
    keep = make_cohort(session)
    for _ in range(3):
        make_student(session, cohort, note="Interested in midwifery", pinned_refs=["X-1"])
    make_student(session, keep)
    session.add(Job(kind="cohort_match", payload={"cohort_id": cohort.id}))
    session.commit()

    removed = cohorts.delete_cohort(session, cohort.id)
    session.commit()

    assert removed == 3
    assert _student_rows(session) == 1
    assert session.scalar(select(func.count(Cohort.id))) == 1
    assert session.scalar(select(func.count(Job.id))) == 0


def test_expired_cohorts_are_deleted_and_renewed_ones_kept(session: Session) -> None:
    school = make_school(session)
    expired = make_cohort(session, school, expires_on=dt.date(2026, 8, 31))
    renewed = make_cohort(session, school, expires_on=dt.date(2026, 8, 31))
    make_student(session, expired)
    make_student(session, renewed)
    cohorts.renew_cohort(session, renewed, dt.date(2026, 8, 1))
    session.commit()
    expired_id = expired.id

    gone = cohorts.expire_cohorts(session, TODAY)
    session.commit()

    assert gone == [expired_id]
    assert renewed.expires_on == dt.date(2027, 8, 31)
    assert _student_rows(session) == 1


def test_renewing_keeps_a_cohort_one_more_year_and_no_further(session: Session) -> None:
    cohort = make_cohort(session, expires_on=dt.date(2027, 8, 31))
    assert cohorts.can_renew(cohort, TODAY)
    cohorts.renew_cohort(session, cohort, TODAY)
    cohorts.renew_cohort(session, cohort, TODAY)
    assert cohort.expires_on == dt.date(2028, 8, 31)
    assert not cohorts.can_renew(cohort, TODAY)


def test_opening_an_expired_cohort_deletes_it(session: Session) -> None:
    school = make_school(session)
    cohort = make_cohort(session, school, expires_on=dt.date(2026, 8, 31))
    make_student(session, cohort)
    session.commit()
    assert cohorts.get_cohort(session, school.id, cohort.id, TODAY) is None
    assert _student_rows(session) == 0


def test_deleting_a_cohort_on_postgresql_leaves_no_student_rows(postgres_url: str) -> None:
    upgrade(postgres_url)
    engine = create_engine(postgres_url)
    try:
        with Session(engine) as session:
            cohort = make_cohort(session)
            for _ in range(5):
                make_student(session, cohort)
            session.commit()
            cohorts.delete_cohort(session, cohort.id)
            session.commit()
            assert _student_rows(session) == 0
            assert session.scalar(select(func.count(Cohort.id))) == 0
    finally:
        engine.dispose()
