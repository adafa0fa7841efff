"""Fixtures for the advisers' screens: a school, one of its advisers signed in, and a cohort."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient
from sqlalchemy.orm import Session

from careers.models import Cohort, Organisation, User
from tests.advisers.factories import make_cohort, make_school
from tests.employers.factories import make_user, sign_in_as


@pytest.fixture
def school(session: Session) -> Organisation:
    return make_school(session)


@pytest.fixture
def adviser(session: Session, school: Organisation) -> User:
    user = make_user(session, role="adviser", organisation=school)
    session.commit()
    return user


@pytest.fixture
def signed_in(client: FlaskClient, adviser: User) -> FlaskClient:
    sign_in_as(client, adviser)
    return client


@pytest.fixture
def cohort(session: Session, school: Organisation) -> Cohort:
    cohort = make_cohort(session, school)
    session.commit()
    return cohort
