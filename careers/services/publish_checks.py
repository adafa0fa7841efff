"""Automatic checks before a pathway is published, each with a plain-English fix.

- reading age: Flesch-Kincaid grade of the summary and description (our own formula and
  syllable count); above grade 9 is harder than most 15-year-olds read comfortably
- jargon: NHS shorthand ("Band 3", "HCSW", "NVQ", "AfC", "B7"...) that is not explained
  in brackets straight after it
- closing date: fewer than 7 days away
- pay, against the rates in force on the pathway's start date (seed_data/wage_rates.csv, see
  careers/services/wage_rates.py), yearly pay converted through the hours a week: a job below
  the London Living Wage is held back; an apprenticeship below the legal apprentice rate is held
  back, and one at or above it but below the London Living Wage gets a warning (it is lawful)
- entry requirements: none given at all

`run_checks` gives the problems that stop publishing; `run_warnings` what is worth changing but
does not stop it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from careers.models import APPRENTICESHIP_TYPES, Pathway
from careers.services.wage_rates import Rate, Rates, from_file

MAX_GRADE = 9.0
DEFAULT_HOURS = 37.5
MIN_DAYS_TO_CLOSE = 7


@dataclass(frozen=True)
class Check:
    code: str
    section: str  # the task-list section that fixes it
    field: str
    problem: str
    fix: str
    blocking: bool = True


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
    # Care, community and primary care: each name gives the plain words to use instead.
    (r"\bCQC\b", "“CQC” (the Care Quality Commission, which inspects care services)"),
    (r"\bMARs?\b(?: charts?)?", "“MAR” (the chart where you record the medicines given)"),
    (r"\bADLs?\b", "“ADLs” (everyday tasks like washing, dressing and eating)"),
    (r"\bNMC\b", "“NMC” (the Nursing and Midwifery Council, which registers nurses)"),
    (r"\bHCPC\b", "“HCPC” (the council that registers health professionals)"),
    (r"(?i)\bservice[- ]users?\b", "“service user” (say “the people you support”)"),
    (r"(?i)\bdomiciliary\b", "“domiciliary care” (care in people’s own homes)"),
    (r"(?i)\breablement\b", "“reablement” (helping people get their confidence back at home)"),
    (r"(?i)\bcare packages?\b", "“care package” (the support a person gets)"),
    (r"\bPCN\b", "“PCN” (a primary care network: GP surgeries working together)"),
    (r"\bARRS\b", "“ARRS” (the scheme that pays for new roles in GP surgeries)"),
    (r"\bDBS\b", "“DBS check” (a criminal record check)"),
    (r"\bPPE\b", "“PPE” (protective clothing like gloves, aprons and masks)"),
    (r"\bSOPs?\b", "“SOP” (written step-by-step instructions)"),
    (r"\bE[PH]Rs?\b", "“EPR” (the electronic patient record)"),
    (r"\bQCF\b", "“QCF” (an older name for work-based qualifications)"),
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


def _money(rate: Rate) -> str:
    return f"£{rate.hourly:.2f} an hour from {rate.applies_from.day} {rate.applies_from:%B %Y}"


def pay_checks(pathway: Pathway, today: dt.date, rates: Rates | None = None) -> list[Check]:
    """Pay against the rates in force on the start date (today when there is none)."""
    hourly = hourly_pay(pathway)
    if hourly is None:
        return []
    day = pathway.start_date or today
    in_force = (rates or from_file()).on(day)
    legal = in_force.apprentice if pathway.type in APPRENTICESHIP_TYPES else None
    living = in_force.london_living_wage
    if legal is not None and hourly < legal.hourly:
        return [
            Check(
                "below_legal_minimum",
                "pay",
                "pay_min",
                f"The pay works out at £{hourly:.2f} an hour, below the legal minimum for "
                f"apprentices ({_money(legal)}).",
                "Pay at least the apprentice rate. Apprentices aged 19 or over who have finished "
                "their first year must get the National Minimum Wage for their age. Check the "
                "hours a week if yearly pay has been worked out wrongly.",
            )
        ]
    if living is None or hourly >= living.hourly:
        return []
    if pathway.type in APPRENTICESHIP_TYPES:
        return [
            Check(
                "below_living_wage",
                "pay",
                "pay_min",
                f"The pay works out at £{hourly:.2f} an hour: legal for an apprentice, but below "
                f"the London Living Wage ({_money(living)}).",
                "Many London health and care employers pay apprentices the London Living Wage, "
                "so more young people can afford to apply. If pay rises after the first year, "
                "say so in the description.",
                blocking=False,
            )
        ]
    return [
        Check(
            "below_living_wage",
            "pay",
            "pay_min",
            f"The pay works out at £{hourly:.2f} an hour, below the London Living Wage "
            f"({_money(living)}).",
            "Pay at least the London Living Wage. Check the hours a week if yearly pay "
            "has been worked out wrongly.",
        )
    ]


def run_warnings(
    pathway: Pathway, today: dt.date | None = None, rates: Rates | None = None
) -> list[Check]:
    """What is worth changing but does not stop publishing."""
    checks = pay_checks(pathway, today or dt.date.today(), rates)
    return [check for check in checks if not check.blocking]


def run_checks(
    pathway: Pathway, today: dt.date | None = None, rates: Rates | None = None
) -> list[Check]:
    """Every problem that stops this pathway being published, in task-list order. `rates`:
    the wage rates (careers.services.wage_rates.from_database); the seed file's when None."""
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
    checks.extend(check for check in pay_checks(pathway, today, rates) if check.blocking)
    if pathway.pay_period is None and pathway.type in (*APPRENTICESHIP_TYPES, "job"):
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
    if not pathway.apply_url and pathway.type in (*APPRENTICESHIP_TYPES, "job"):
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
