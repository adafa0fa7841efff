"""Adding a class from a CSV: the template, every row's problems in a preview, all-or-nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from careers.models import Student
from careers.services.cohort_upload import (
    MAX_BYTES,
    import_students,
    parse_students_csv,
    template_csv,
)
from careers.services.cohorts import CohortError
from tests.advisers.factories import make_cohort, make_student

HEADER = (
    "pseudonym,about,skills,interests,age,postcode,max_distance_km,types,"
    "circumstances,circumstances_consent\n"
)


def test_the_template_is_a_valid_upload_of_one_student() -> None:
    preview = parse_students_csv(template_csv().encode())
    assert preview.ok, preview
    assert [row.pseudonym for row in preview.rows] == ["11K-07"]
    assert preview.rows[0].answers["skills"] == ["listening", "first aid"]


def test_every_rows_problems_are_listed_and_nothing_is_written(session: Session) -> None:
    cohort = make_cohort(session)
    make_student(session, cohort, pseudonym="11K-01")
    data = (
        HEADER
        + "11K-01,I like art,,,16,,,,,\n"  # already in the cohort
        + "11K-02,,,,sixteen,,,,,\n"  # age not a number, nothing said
        + "11K-03,I like people,,,16,NOT A POSTCODE,,,care_leaver,no\n"  # bad postcode, no consent
        + "11K-04,I like science,,,16,,-3,robots,,\n"  # bad distance and type
        + "11K-04,I like maths,,,17,,,,,\n"  # duplicate in the file
        + "11K-05,I like music,teamwork;listening,music,16,SE15,8,apprenticeship,,\n"  # fine
    ).encode()

    preview = parse_students_csv(data, {"11K-01"})

    assert not preview.ok
    problems = {row.line: " | ".join(row.errors) for row in preview.rows}
    assert "already" in problems[2]
    assert "whole number" in problems[3]
    assert "agreed" in problems[4] and "postcode" in problems[4].lower()
    assert "kilometres" in problems[5] and "types" in problems[5]
    assert "also on line 5" in problems[6]
    assert problems[7] == ""
    with pytest.raises(CohortError):
        import_students(session, cohort, data)
    assert session.scalar(select(func.count(Student.id))) == 1


def test_a_valid_file_adds_every_student_with_consented_circumstances(session: Session) -> None:
    cohort = make_cohort(session)
    data = (
        HEADER
        + "11K-01,I like art,drawing,art,16,SE15,5,,,\n"
        + '11K-02,"I like people, and science",,,17,,,,young_carer,yes\n'
    ).encode()
    assert import_students(session, cohort, data) == 2
    students = {s.pseudonym: s for s in session.scalars(select(Student))}
    assert students["11K-02"].profile["circumstances"] == ["young_carer"]
    assert students["11K-02"].circumstances_consent
    assert students["11K-01"].profile["max_distance_km"] == 5.0


def test_a_likely_name_is_a_warning_not_an_error() -> None:
    preview = parse_students_csv((HEADER + "Amira Khan,I like art,,,16,,,,,\n").encode())
    assert preview.ok
    assert "looks like a real name" in preview.rows[0].warnings[0]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"name,age\nAmira,16\n", "pseudonym"),
        (b"pseudonym,about,favourite_colour\nA1,art,red\n", "favourite_colour"),
        (b"pseudonym,about\n", "no students"),
        (b"pseudonym\x00,about\n", "not a CSV"),
        (b"pseudonym,about\n" + b"x" * MAX_BYTES, "larger than"),
        (b'pseudonym,about\nA1,"unclosed\n', "could not be read"),
    ],
)
def test_a_bad_file_is_refused_with_a_plain_message(data: bytes, message: str) -> None:
    preview = parse_students_csv(data)
    assert not preview.ok
    assert message in " ".join(preview.file_errors)
