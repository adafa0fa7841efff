"""Soft signals read from a person's own words, and what a pathway is aimed at.

- *Paid-work intent*: "I need a proper job", "has to be paid", "earn some money" — when the
  person ticked no types, unpaid routes (courses, volunteering, unpaid placements) are lowered,
  never removed.
- *Types named in their words*: "an apprenticeship or a job" — those types are raised a little.
- *Circumstances in their words*: "I grew up in care", "I left the army" — used only to raise
  programmes aimed at that group, never to filter.
- *Targeted pathways*: a programme whose title or summary says it is for one group (care
  leavers, refugees, armed forces leavers, young carers, young people with SEND...). It is
  raised for people in that group and lowered for others; a pathway that merely *supports* a
  group (a guaranteed interview) is not targeted.

General English patterns, not tuned to any evaluation persona.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from careers.matching.types import PathwayRecord

# people who trained for health work in another country ("a registered nurse from Nigeria",
# "I qualified as a pharmacist in Pakistan", "studying for PLAB"), and programmes for them
OVERSEAS_TRAINED = "overseas_trained"
_PROFESSION = (
    r"doctor|nurse|midwife|pharmacist|dentist|physio\w*|radiographer|paramedic|surgeon|"
    r"fisioterapeuta|enfermeir\w*|medical degree|nursing degree|pharmacy degree"
)
# places in the UK (London's boroughs and the nations), which say nothing of training abroad
_UK = (
    r"(?:London|England|Britain|Scotland|Wales|Ireland|the|UK|Kent|Essex|Surrey|Barking|Barnet|"
    r"Bexley|Brent|Bromley|Camden|City|Croydon|Ealing|Enfield|Greenwich|Hackney|Hammersmith|"
    r"Haringey|Harrow|Havering|Hillingdon|Hounslow|Islington|Kensington|Kingston|Lambeth|"
    r"Lewisham|Merton|Newham|Redbridge|Richmond|Southwark|Sutton|Tower|Waltham|Wandsworth|"
    r"Westminster|[A-Z]{1,2}\d)\b"
)

_PAID = re.compile(
    r"\b(?:paid|jobs?|earn(?:ing)?|money|wages?|salary|pay (?:my|the) (?:rent|bills)|"
    r"(?:get|find|want|need|looking for|start) (?:some |a bit of )?(?:paid |proper )?work"
    r"(?:ing)?)\b",
    re.IGNORECASE,
)
# "not paid", "unpaid is fine", "don't mind if it's not paid" cancel the paid intent
_UNPAID_OK = re.compile(
    r"\b(?:unpaid|not paid|voluntary|volunteer(?:ing)?|work experience|a course|"
    r"don'?t (?:need|mind) (?:the )?(?:money|pay))\b",
    re.IGNORECASE,
)

TYPE_WORDS: dict[str, re.Pattern[str]] = {
    "apprenticeship": re.compile(r"\bapprentice(?:ship)?s?\b", re.IGNORECASE),
    "foundation_apprenticeship": re.compile(r"\bfoundation apprenticeships?\b", re.IGNORECASE),
    "supported_internship": re.compile(r"\bsupported internships?\b", re.IGNORECASE),
    "job": re.compile(
        r"\b(?:a|any|proper|real|paid|full[- ]time|part[- ]time) (?:job|work)\b|\bget a job\b",
        re.IGNORECASE,
    ),
    "work_experience": re.compile(
        r"\bwork experience\b|\bshadow(?:ing)?\b|\bplacement\b|\btaster\b", re.IGNORECASE
    ),
    "volunteering": re.compile(r"\bvolunteer(?:ing)?\b", re.IGNORECASE),
    "course": re.compile(
        r"\b(?:a|an|the) (?:course|qualification|degree|t[- ]level|diploma)\b|\bstudy\b|"
        r"\buniversity\b|\bsummer school\b",
        re.IGNORECASE,
    ),
}

CIRCUMSTANCE_WORDS: dict[str, str] = {
    "care_leaver": r"care leavers?|care[- ]experienced|grew up in care|been in care|in foster "
    r"care|leaving care|looked[- ]after child(?:ren)?",
    "refugee": r"refugees?|asylum|humanitarian protection",
    "armed_forces": r"armed forces|forces leavers?|service leavers?|veterans?|ex[- ]forces|"
    r"military|left the (?:army|navy|raf|royal air force|marines|forces)|"
    r"(?:in|from|after) the (?:army|navy|raf|marines)",
    "young_carer": r"young carers?|(?:look|looking|looked) after my (?:mum|mom|dad|mother|"
    r"father|parents?|brother|sister)|caring for my (?:mum|mom|dad|mother|father|parents?|"
    r"brother|sister)|i(?:'m| am) a carer",
    "send": r"ehcp|ehc plan|education,? health and care plan|learning "
    r"(?:difficult(?:y|ies)|disabilit(?:y|ies))|autis(?:m|tic)",
    "disabled": r"disabled|disabilit(?:y|ies)|wheelchair|deaf|blind|long[- ]term (?:health "
    r")?condition",
    "neet": r"\bneet\b|not in (?:education|work|training)|out of work|unemployed|dropped out|"
    r"not (?:been )?doing anything",
    "ex_offender": r"ex[- ]offenders?|prison|criminal record|convictions?|been inside",
    # trained for health work in another country: a group programmes are aimed at, not a
    # circumstance people tick
    OVERSEAS_TRAINED: rf"(?i:was|am|i'm|as|registered|qualified|trained|worked as) (?:an? )?"
    rf"(?:registered |qualified |senior )?(?:{_PROFESSION})[^.!?\n]{{0,60}}?\b(?:in|from|back "
    rf"in) (?!{_UK})[A-Z]\w+|(?:in|back in|from) my (?:home )?country|(?:trained|qualified) "
    r"(?:abroad|overseas)|\b(?:NMC OSCE|OSCE|PLAB|OSPAP|OET)\b",
}
_CIRCUMSTANCES = {
    k: re.compile(rf"\b(?:{v})", 0 if k == OVERSEAS_TRAINED else re.IGNORECASE)
    for k, v in CIRCUMSTANCE_WORDS.items()
}

# what a title or summary says when a pathway is *for* a group
_TARGET_WORDS: dict[str, str] = {
    "care_leaver": r"care leavers?'?|care[- ]experienced",
    "refugee": r"refugees?|people with refugee status",
    "armed_forces": r"armed forces|forces leavers?|service leavers?|veterans?|military",
    "young_carer": r"young carers?",
    # "Learning disability nursing" or "support worker (learning disability)" name the people
    # the work is with, not who may apply: only "for young people with learning disabilities"
    "send": r"(?:for|open to) (?:young |disabled )?(?:people|adults|learners|students|"
    r"applicants|interns|those|anyone)(?: aged \d+\s*(?:–|-|to)\s*\d+)? with (?:an? )?"
    r"(?:learning (?:disabilit|difficult)|ehc ?plan|ehcp|education,? health and care plan|"
    r"special educational needs)|ehc ?plan|ehcp|supported internship",
    "ex_offender": r"ex[- ]offenders?|prison leavers?",
    OVERSEAS_TRAINED: r"(?:overseas|internationally|abroad)[- ](?:trained|qualified|educated|"
    r"registered)|(?:trained|qualified|educated) (?:overseas|abroad|outside the uk)|"
    r"international(?:ly)? (?:nurses|doctors|midwives|pharmacists|recruits|health "
    r"professionals|graduates)|\b(?:nmc )?osce\b|\bospap\b",
}
_TARGETS = {k: re.compile(rf"\b(?:{v})", re.IGNORECASE) for k, v in _TARGET_WORDS.items()}
# "SEND" (special educational needs and disabilities) only in capitals: "send" is a verb
_SEND = re.compile(r"\bSEND\b")


@dataclass(frozen=True)
class Intent:
    wants_paid: bool = False
    types: frozenset[str] = frozenset()
    circumstances: frozenset[str] = frozenset()


def read_intent(about: str, circumstances: tuple[str, ...] = ()) -> Intent:
    """What the person's own words say about the kind of thing they want and who they are."""
    text = about or ""
    wants_paid = bool(_PAID.search(text)) and not _UNPAID_OK.search(text)
    named = frozenset(t for t, pattern in TYPE_WORDS.items() if pattern.search(text))
    found = {c for c, pattern in _CIRCUMSTANCES.items() if pattern.search(text)}
    if _SEND.search(text):
        found.add("send")
    if "send" in found:
        found.add("disabled")
    return Intent(wants_paid, named, frozenset(found | set(circumstances)))


# from 14: "young people aged 11–19" are the people a youth worker works with, not applicants
_RANGE = r"(1[4-9]|2[0-9])\s*(?:–|-|to)\s*(1[0-9]|2[0-9]|3[0-9])"
_AGE_RANGES = (
    # "Young Volunteers (16–21)" in a title
    re.compile(rf"\({_RANGE}\)"),
    # "for 16 to 18 year olds", "for 16–18s", "16 to 21 year olds"
    re.compile(rf"\b{_RANGE}(?:s\b| ?year[- ]olds)", re.IGNORECASE),
    # "open to people aged 16–25", "for young people aged 17 to 24", "applicants aged 18 to 30"
    re.compile(
        rf"\b(?:for|open to|applicants|if you are|you must be|must be)\b[^.;]{{0,30}}?"
        rf"\baged {_RANGE}\b",
        re.IGNORECASE,
    ),
)


def upper_age(record: PathwayRecord) -> int | None:
    """The oldest age a pathway says it is for ("Young Volunteers (16–21)", "for 16 to 18 year
    olds"), read from its title, summary and description; None when it states no range. The
    catalogue holds only a minimum age, so this is soft: ranked lower, never filtered."""
    found: list[int] = []
    for text in (record.title, record.summary or "", record.description):
        for pattern in _AGE_RANGES:
            for m in pattern.finditer(text):
                low, high = int(m.group(1)), int(m.group(2))
                if low < high:
                    found.append(high)
        if found:  # the most telling field that states a range
            return max(found)
    return None


def targeted_at(record: PathwayRecord) -> frozenset[str]:
    """The groups a pathway is aimed at (its title or summary says so, and it supports them)."""
    # a summary sentence about a guaranteed interview or priority is support, not targeting
    summary = " ".join(
        s
        for s in re.split(r"(?<=[.!?;])\s+", record.summary or "")
        if not re.search(r"interview|priority|welcome|encourage", s, re.IGNORECASE)
    )
    head = f"{record.title} {summary}"
    groups = {g for g, pattern in _TARGETS.items() if pattern.search(head)}
    if _SEND.search(head):
        groups.add("send")
    if "send" in groups:
        groups.add("disabled")
    supported = set(record.supports)
    # "overseas trained" is no value of `supports`: its words alone say so
    return frozenset(g for g in groups if g in supported or not supported or g == OVERSEAS_TRAINED)
