"""Automatic checks before a pathway is published, each with a plain-English fix.

- reading age: Flesch-Kincaid grade of the summary and description (our own formula and
  syllable count); above grade 9 is harder than most 15-year-olds read comfortably
- jargon: NHS shorthand ("Band 3", "HCSW", "NVQ", "AfC", "B7"...) that is not explained
  in brackets straight after it
- closing date: fewer than 7 days away
- pay: below the London Living Wage (£13.85 an hour, 2025/26), with yearly pay converted
  through the hours a week
- entry requirements: none given at all
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from careers.models import Pathway

MAX_GRADE = 9.0
LONDON_LIVING_WAGE = 13.85  # per hour, 2025/26 (Living Wage Foundation)
DEFAULT_HOURS = 37.5
MIN_DAYS_TO_CLOSE = 7


@dataclass(frozen=True)
class Check:
    code: str
    section: str  # the task-list section that fixes it
    field: str
    problem: str
    fix: str


# Shorthand young people will not know, and what to say instead.
JARGON: list[tuple[str, str]] = [
    (r"\bband\s*[1-9]\b", "a pay band such as “Band 3” (say the pay in pounds instead)"),
    (r"\bAfC\b", "“AfC” (Agenda for Change, the NHS pay system)"),
    (r"\bHCSW\b", "“HCSW” (healthcare support worker)"),
    (r"\bHCA\b", "“HCA” (healthcare assistant)"),
    (r"\bNVQ\b", "“NVQ” (a work-based qualification)"),
    (r"\bB[1-9]\b", "“B7” or similar (a pay band)"),
    (r"\bWTE\b", "“WTE” (whole-time equivalent)"),
    (r"\bCPD\b", "“CPD” (learning on the job)"),
    (r"\bMDT\b", "“MDT” (a team of different professionals)"),
    (r"\bRGN\b", "“RGN” (registered nurse)"),
    (r"\bOSCE\b", "“OSCE” (a practical exam)"),
]

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)|\n\s*\n|\n\s*[-*•]")


def syllables(word: str) -> int:
    """A heuristic count: vowel groups, less a silent final e, at least one."""
    word = word.lower().strip("'")
    if not word:
        return 0
    if len(word) <= 3:
        return 1
    trimmed = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", word)
    trimmed = re.sub(r"^y", "", trimmed)
    return max(1, len(_VOWEL_GROUPS.findall(trimmed)))


def reading_grade(text: str) -> float | None:
    """Flesch-Kincaid grade level; None for text too short to judge (under 20 words)."""
    words = _WORD.findall(text)
    if len(words) < 20:
        return None
    sentences = max(1, len([s for s in _SENTENCE_END.split(text) if _WORD.search(s)]))
    total_syllables = sum(syllables(w) for w in words)
    return 0.39 * (len(words) / sentences) + 11.8 * (total_syllables / len(words)) - 15.59


def unexplained_jargon(text: str) -> list[str]:
    """The shorthand found in the text without an explanation in brackets right after it."""
    found = []
    for pattern, name in JARGON:
        flags = re.IGNORECASE if pattern.startswith(r"\bband") else 0
        for match in re.finditer(pattern, text, flags):
            after = text[match.end() : match.end() + 3].lstrip()
            if not after.startswith("("):
                found.append(name)
                break
    return found


def hourly_pay(pathway: Pathway) -> float | None:
    if pathway.pay_min is None or pathway.pay_period not in ("hour", "year"):
        return None
    if pathway.pay_period == "hour":
        return pathway.pay_min
    hours = pathway.hours_per_week or DEFAULT_HOURS
    return pathway.pay_min / (hours * 52)


def run_checks(pathway: Pathway, today: dt.date | None = None) -> list[Check]:
    """Every problem that stops this pathway being published, in task-list order."""
    today = today or dt.date.today()
    checks: list[Check] = []
    text = "\n\n".join(t for t in (pathway.summary or "", pathway.description or "") if t)
    if not (pathway.description or "").strip():
        checks.append(
            Check(
                "description_missing",
                "duties",
                "description",
                "You have not said what the person will do.",
                "Describe a typical day in a few short paragraphs.",
            )
        )
    grade = reading_grade(text)
    if grade is not None and grade > MAX_GRADE:
        checks.append(
            Check(
                "reading_age",
                "duties",
                "description",
                f"The description is hard to read (reading grade {grade:.0f}; "
                f"aim for {MAX_GRADE:.0f} or lower).",
                "Use shorter sentences (15 to 20 words) and everyday words: "
                "“help” not “facilitate”, “use” not “utilise”.",
            )
        )
    for name in unexplained_jargon("\n".join([pathway.title or "", text])):
        checks.append(
            Check(
                "jargon",
                "duties",
                "description",
                f"It uses {name} without explaining it.",
                "Say what it means in plain words, or explain it in brackets straight after it.",
            )
        )
    if pathway.closing_date is not None and (pathway.closing_date - today).days < MIN_DAYS_TO_CLOSE:
        checks.append(
            Check(
                "closing_soon",
                "dates",
                "closing_date",
                "The closing date is less than 7 days away.",
                "Give young people at least 7 days to apply: move the closing date later, "
                "or leave it blank if you recruit all year.",
            )
        )
    hourly = hourly_pay(pathway)
    if hourly is not None and hourly < LONDON_LIVING_WAGE:
        checks.append(
            Check(
                "below_living_wage",
                "pay",
                "pay_min",
                f"The pay works out at £{hourly:.2f} an hour, below the London Living Wage "
                f"(£{LONDON_LIVING_WAGE:.2f} an hour).",
                "Pay at least the London Living Wage. Check the hours a week if yearly pay "
                "has been worked out wrongly.",
            )
        )
    if pathway.pay_period is None and pathway.type in ("apprenticeship", "job"):
        checks.append(
            Check(
                "pay_missing",
                "pay",
                "pay_period",
                "You have not said what this pays.",
                "Give the pay in pounds an hour or a year, or say it is unpaid.",
            )
        )
    if (
        pathway.min_qualification_level is None
        and pathway.gcse_english_maths is None
        and pathway.min_age is None
    ):
        checks.append(
            Check(
                "entry_missing",
                "entry",
                "min_qualification_level",
                "You have not given any entry requirements.",
                "Say what qualifications and minimum age are needed, even if the answer is "
                "“none”. Young people rule themselves out when they cannot tell.",
            )
        )
    if not pathway.apply_url and pathway.type in ("apprenticeship", "job"):
        checks.append(
            Check(
                "apply_missing",
                "apply",
                "apply_url",
                "You have not said how to apply.",
                "Add the web address of the application page.",
            )
        )
    return checks
