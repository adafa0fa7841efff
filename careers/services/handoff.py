"""The adviser's hand-off: each student's sheet carries a short link (/s/<code>) and its QR
code, which reopen the student's shortlist online on their own phone.

The code is random (never the pseudonym, never the student's name) and points at the student's
record for as long as the cohort is kept: open it and the shortlist on the sheet (pinned, or
else their best matches) is put in the browser's shortlist, with the answers a saved link may
carry (services/shortlist.py: no free text, no circumstances, only the postcode district).
When the cohort expires or is deleted, the link stops working.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import segno
from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.models import Cohort, Student
from careers.services.geo import PostcodeError, outcode_of
from careers.services.sheets import ALPHABET, CODE_LENGTH, shortlist_refs

# What of a student's answers travels with the link (the adviser's form's keys)
CARRIED = (
    "skills",
    "interests",
    "qualification_level",
    "gcse_english_maths",
    "age",
    "types",
    "paid_only",
)


@dataclass
class HandOff:
    refs: list[str]
    profile: dict[str, Any] = field(default_factory=dict)  # only CARRIED keys and "postcode"


def normalise_code(code: str) -> str:
    return code.strip().lower()[:CODE_LENGTH]


def opened(session: Session, code: str, today: dt.date) -> HandOff | None:
    """What a short link reopens, or None when no kept cohort has it."""
    code = normalise_code(code)
    if len(code) != CODE_LENGTH or set(code) - set(ALPHABET):
        return None
    student = session.scalar(
        select(Student).join(Cohort).where(Student.share_code == code, Cohort.expires_on >= today)
    )
    if student is None:
        return None
    profile = {k: v for k, v in (student.profile or {}).items() if k in CARRIED and v is not None}
    postcode = (student.profile or {}).get("postcode")
    if postcode:
        with contextlib.suppress(PostcodeError):
            profile["postcode"] = outcode_of(str(postcode))
    return HandOff(refs=shortlist_refs(student), profile=profile)


def qr_svg(link: str, title: str) -> str:
    """The link as a QR code, an inline SVG with a title for screen readers (no script)."""
    code = segno.make(link, error="m")
    svg = code.svg_inline(scale=3, border=2, dark="#000", svgclass="app-qr", title=title)
    return str(svg).replace("<svg ", '<svg role="img" focusable="false" ', 1)
