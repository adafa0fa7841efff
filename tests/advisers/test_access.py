"""Who can reach the advisers' screens: every route, walked with an adviser of another school
(404: the id reveals nothing), staff of other roles (403) and nobody signed in (sign-in page)."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import Cohort, Organisation, User
from tests.advisers.factories import make_cohort, make_school, make_student
from tests.employers.factories import make_user, sign_in_as

# (method, path); {c} is a cohort, {s} a student in it, {j} a match job of it.
COHORT_ROUTES = [
    ("GET", "/advisers/cohorts/{c}"),
    ("POST", "/advisers/cohorts/{c}/renewal"),
    ("GET", "/advisers/cohorts/{c}/delete"),
    ("POST", "/advisers/cohorts/{c}/delete"),
    ("GET", "/advisers/cohorts/{c}/students/new"),
    ("POST", "/advisers/cohorts/{c}/students/new"),
    ("GET", "/advisers/cohorts/{c}/students/{s}"),
    ("GET", "/advisers/cohorts/{c}/students/{s}/edit"),
    ("POST", "/advisers/cohorts/{c}/students/{s}/edit"),
    ("GET", "/advisers/cohorts/{c}/students/{s}/delete"),
    ("POST", "/advisers/cohorts/{c}/students/{s}/delete"),
    ("POST", "/advisers/cohorts/{c}/students/{s}/shortlist"),
    ("POST", "/advisers/cohorts/{c}/students/{s}/note"),
    ("GET", "/advisers/cohorts/{c}/students/{s}/sheet"),
    ("GET", "/advisers/cohorts/{c}/upload"),
    ("POST", "/advisers/cohorts/{c}/upload"),
    ("POST", "/advisers/cohorts/{c}/upload/confirm"),
    ("POST", "/advisers/cohorts/{c}/matches"),
    ("GET", "/advisers/cohorts/{c}/matches/{j}"),
    ("GET", "/advisers/cohorts/{c}/pack"),
    ("GET", "/advisers/cohorts/{c}/insights"),
    ("GET", "/advisers/cohorts/{c}/insights.csv"),
]
OPEN_ROUTES = [
    ("GET", "/advisers/"),
    ("GET", "/advisers/cohorts/new"),
    ("POST", "/advisers/cohorts/new"),
    ("GET", "/advisers/students-template.csv"),
]
ALL_ROUTES = COHORT_ROUTES + OPEN_ROUTES


@pytest.fixture
def target(session: Session, school: Organisation) -> dict[str, int]:
    """A cohort of `school`, with a student and a match job, that others try to reach."""
    from careers.models import Job

    cohort = make_cohort(session, school)
    student = make_student(session, cohort, note="Keep private")
    job = Job(kind="cohort_match", organisation_id=school.id, payload={"cohort_id": cohort.id})
    session.add(job)
    session.commit()
    return {"c": cohort.id, "s": student.id, "j": job.id}


def _call(client: FlaskClient, method: str, path: str, ids: dict[str, int]):
    return client.open(path.format(**ids), method=method)


@pytest.mark.parametrize(("method", "path"), COHORT_ROUTES)
def test_an_adviser_at_another_school_gets_not_found(
    client: FlaskClient, session: Session, target: dict[str, int], method: str, path: str
) -> None:
    other = make_user(session, role="adviser", organisation=make_school(session))
    session.commit()
    sign_in_as(client, other)
    response = _call(client, method, path, target)
    assert response.status_code == 404
    assert b"Keep private" not in response.data
    assert session.get(Cohort, target["c"]) is not None


@pytest.mark.parametrize("role", ["editor", "org_admin", "site_admin"])
@pytest.mark.parametrize(("method", "path"), ALL_ROUTES)
def test_staff_who_are_not_advisers_are_forbidden(
    client: FlaskClient,
    session: Session,
    school: Organisation,
    target: dict[str, int],
    role: str,
    method: str,
    path: str,
) -> None:
    organisation = None if role == "site_admin" else school
    user = make_user(session, role=role, organisation=organisation)
    session.commit()
    sign_in_as(client, user)
    assert _call(client, method, path, target).status_code == 403


@pytest.mark.parametrize(("method", "path"), ALL_ROUTES)
def test_nobody_signed_in_is_sent_to_sign_in(
    client: FlaskClient, target: dict[str, int], method: str, path: str
) -> None:
    response = _call(client, method, path, target)
    assert response.status_code == 302
    assert response.location.startswith("/sign-in")


def test_an_adviser_of_an_nhs_trust_is_forbidden(client: FlaskClient, session: Session) -> None:
    user = make_user(session, role="adviser")  # the default organisation is an NHS trust
    session.commit()
    sign_in_as(client, user)
    assert client.get("/advisers/").status_code == 403


def test_colleagues_at_the_same_school_share_its_cohorts(
    client: FlaskClient, session: Session, school: Organisation, target: dict[str, int]
) -> None:
    colleague: User = make_user(session, role="adviser", organisation=school)
    session.commit()
    sign_in_as(client, colleague)
    assert client.get(f"/advisers/cohorts/{target['c']}").status_code == 200
