"""Batch matching for a cohort: every student's top matches, kept on the student as JSON.

A class of up to INLINE_LIMIT students is matched during the request (30 students take a few
seconds with the real model); a larger cohort is matched by a background job with progress.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import Cohort, Job, Student, utcnow
from careers.services import jobs
from careers.services.matcher import Matcher
from careers.services.profiles import ProfileError, parse_profile

INLINE_LIMIT = 30
MATCHES_PER_STUDENT = 10

Progress = Callable[[int, int], None]


def match_student(session: Session, matcher: Matcher, student: Student) -> dict[str, Any]:
    """Match one student on their stored answers and keep the results on the student."""
    answers = dict(student.profile or {})
    if not student.circumstances_consent:
        answers.pop("circumstances", None)
    answers["limit"] = MATCHES_PER_STUDENT
    try:
        profile = parse_profile(answers)
    except ProfileError as error:
        result: dict[str, Any] = {"results": [], "error": "; ".join(error.errors.values())}
    else:
        response = matcher.match(session, profile)
        result = {"results": [dataclasses.asdict(r) for r in response.results]}
    student.matches = result
    student.matched_at = utcnow()
    return result


def match_cohort(
    session: Session, matcher: Matcher, cohort_id: int, progress: Progress | None = None
) -> int:
    """Match every student in the cohort; returns how many were matched."""
    students = list(
        session.scalars(
            select(Student).where(Student.cohort_id == cohort_id).order_by(Student.pseudonym)
        )
    )
    total = len(students)
    for done, student in enumerate(students, start=1):
        match_student(session, matcher, student)
        if progress is not None:
            progress(done, total)
    session.flush()
    return total


def needs_background(student_count: int) -> bool:
    return student_count > INLINE_LIMIT


def start_match_job(session: Session, cohort: Cohort, user_id: int | None) -> Job:
    """Match a large cohort in the background (the task queue, careers/tasks.py), with progress."""
    from careers import tasks

    return tasks.start_job(
        session,
        "cohort_match",
        payload={"cohort_id": cohort.id},
        organisation_id=cohort.organisation_id,
        user_id=user_id,
        total=len(cohort.students),
    )


def match_job(
    matcher: Matcher, session: Session, job: Job, progress: jobs.Progress
) -> dict[str, Any]:
    """The job's work: each student's matches are committed as they are made, so a stopped job
    keeps what it did and progress (written by the runner's own session) never waits on it."""
    cohort_id = int((job.payload or {})["cohort_id"])
    students = list(
        session.scalars(
            select(Student.id).where(Student.cohort_id == cohort_id).order_by(Student.pseudonym)
        )
    )
    for done, student_id in enumerate(students, start=1):
        student = session.get(Student, student_id)
        if student is not None:  # deleted while the job ran
            match_student(session, matcher, student)
            session.commit()
        progress(done, len(students))
    return {"matched": len(students)}


def match_job_for(session: Session, cohort: Cohort, job_id: int) -> Job | None:
    job = session.get(Job, job_id)
    if job is None or job.kind != "cohort_match":
        return None
    if (job.payload or {}).get("cohort_id") != cohort.id:
        return None
    return job


def matches_of(student: Student) -> list[dict[str, Any]]:
    """The student's last matches, without any the adviser hid."""
    results = list((student.matches or {}).get("results", []))
    hidden = set(student.hidden_refs or [])
    return [r for r in results if r.get("ref") not in hidden]


# What each machine-readable barrier means, for sheets ("to apply you need ...") and insights
# ("9 students' best matches need ...").
BARRIER_NEEDS = {
    "gcse_english_maths": "GCSE English and maths at grade 4 or above",
    "qualification_level": "a higher qualification level",
    "min_age": "to be older",
    "age": "to be old enough (it has a minimum age)",
    "closed": "to wait for it to open again",
}


def barrier_need(code: str) -> str:
    return BARRIER_NEEDS.get(code, code.replace("_", " "))
