"""Facets of work, read from text by one method for both sides.

A facet is something a piece of work involves that people often rule in or out: blood, needles,
patient contact, personal care, a hospital setting, clinical work, night shifts, weekends...
The same phrase lists read a pathway (everything it says, its description included) and a
person's words ("I faint at the sight of blood", "dont want anything patient facing").

- `involvement(text)` -> how strongly a pathway involves each facet (0, 0.5 or 1: a strong
  phrase, or only a weaker sign).
- `unwanted_facets(phrases)` -> the facets a person's "do not want" phrases name. Paraphrases
  that no phrase list covers are caught by meaning: the phrase's vector against each facet's
  description (`FacetPrototypes`).
- `read_pattern(text)` / `pathway_pattern(...)` -> working patterns (part-time, evenings and
  weekends, school hours, nights, regular daytime hours) and `pattern_fit`, how well a
  pathway's hours fit what the person asked for (-1 to 1).

No Flask, no database; plain data in and out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Facet:
    name: str
    label: str  # plain English, for "we left out roles involving ..."
    strong: str  # regex: the work clearly involves it
    weak: str  # regex: a weaker sign (it may involve it)
    person: str  # regex: words a person uses for it
    prototype: str  # a sentence describing it, for paraphrases (compared by meaning)


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


FACETS: tuple[Facet, ...] = (
    Facet(
        "blood",
        "blood",
        r"\b(?:blood (?:tests?|samples?|specimens?|sciences?|transfusions?|bank|donors?|"
        r"donation|collection)|take blood|taking blood|phlebotom\w*|venepuncture|venipuncture|"
        r"haematolog\w*|transfusion\w*|cannulat\w*)",
        r"\b(?:blood|bloods|specimens?|samples?|wounds?|bleeding|pathology)\b",
        r"\b(?:blood|bloods|bleed\w*|gor[ey]|squeamish|faint\w*|phlebotom\w*)",
        "taking blood samples, blood tests, phlebotomy and handling blood",
    ),
    Facet(
        "needles",
        "needles and injections",
        r"\b(?:needles?|injections?|inject\w*|vaccinat\w*|immunis\w*|jabs?|cannulat\w*|"
        r"venepuncture|phlebotom\w*)",
        r"\b(?:sharps|syringes?|blood tests?)\b",
        r"\b(?:needles?|injections?|jabs?|syringes?|sharps)\b",
        "giving injections and vaccinations, using needles",
    ),
    Facet(
        "patient_contact",
        "working face to face with patients",
        r"\b(?:patient[- ]facing|(?:with|care for|caring for|look after|looking after|"
        r"support|supporting|help|helping|greet|greeting|talk to|talking to|chat(?:ting)? to|"
        r"reassur\w*|escort\w*|move|moving|transport\w*) (?:the )?(?:patients?|service users?|"
        r"residents?|clients?|people who use)|on (?:the |a |busy )?wards?|bedside|"
        r"personal care|clinical care|observations|clients?' homes?|people's homes?|"
        r"home visits?|face[- ]to[- ]face)",
        r"\b(?:patients?|service users?|residents|visitors|reception|front desk|clinic)\b",
        r"\b(?:patients?|patient[- ]facing|face[- ]to[- ]face|service users?|"
        r"dealing with (?:people|the public)|public[- ]facing|customer[- ]facing)",
        "working face to face with patients, caring for and talking to patients on wards",
    ),
    Facet(
        "personal_care",
        "personal care such as washing and dressing",
        r"\b(?:personal care|intimate care|(?:help|helping|support|supporting|assist\w*) "
        r"(?:\w+ ){0,3}(?:to )?(?:wash|washing|bath\w*|dress\w*|toilet\w*|shower\w*|eat|"
        r"eating|with meals)|washing and dressing|continence|toileting|hoists?|"
        r"moving and handling|bed baths?)",
        r"\b(?:care workers?|support workers?|carers?|care assistants?|healthcare assistants?|"
        r"care homes?|domiciliary|home care)\b",
        r"\b(?:personal care|wash\w*|bath\w*|toilet\w*|bums?|wip(?:e|ing)|nappies|"
        r"intimate care|dress\w* people|care work\w*|caring|carers?|care assistants?|"
        r"care homes?|home care)",
        "personal care: washing, bathing, dressing and toileting people",
    ),
    Facet(
        "hospital",
        "hospital settings",
        r"\b(?:hospitals?|wards?|a ?& ?e|emergency department|operating theatres?|"
        r"theatres|inpatients?|intensive care|icu)\b",
        r"\b(?:nhs trust|clinical|outpatients?)\b",
        r"\b(?:hospitals?|wards?|a ?& ?e)\b",
        "working in a hospital, on wards or in A&E",
    ),
    Facet(
        "clinical",
        "medical or clinical work",
        r"\b(?:clinical|nursing|nurses?|doctors?|medical|medicine|medication|treat(?:s|ing|"
        r"ment)|diagnos\w*|therap\w*|paramedics?|midwi\w*|surgery|surgical|pharmac\w*|"
        r"radiograph\w*|physiotherap\w*|healthcare support|health care assistant|"
        r"observations|symptoms|wounds?)",
        r"\b(?:patients?|health|healthcare|care)\b",
        r"\b(?:medical|medicine|clinical|nurs\w*|doctors?|anything (?:to do with )?health\w*|"
        r"(?:healthcare|health care)(?! (?:assistant|support|worker|apprentice)))",
        "medical and clinical work: treating patients, nursing, medicine and therapy",
    ),
    Facet(
        "bodily_fluids",
        "bodily fluids, sick and wounds",
        r"\b(?:bodily fluids|body fluids|vomit\w*|sick bowls?|wounds?|dressings|catheter\w*|"
        r"stoma|surgery|surgical|operating theatres?|post[- ]mortems?|mortuary)",
        r"\b(?:infection control|clinical waste|theatres?)\b",
        r"\b(?:vomit|sick|poo|wee|bodily|body fluids|wounds?|gross|gory|surgery|"
        r"dead bodies|corpses?)",
        "dealing with bodily fluids, vomit, wounds and surgery",
    ),
    Facet(
        "death",
        "end of life care and death",
        r"\b(?:end of life|end-of-life|palliative|hospices?|dying|bereave\w*|mortuary|"
        r"post[- ]mortems?|deaths?|deceased)",
        r"\b(?:terminal\w*|life-limiting)\b",
        r"\b(?:death|dying|dead|end of life|palliative|bereave\w*|funerals?|mortuary)",
        "caring for people who are dying, end of life care, death and bereavement",
    ),
    Facet(
        "phones",
        "phone work and call handling",
        r"\b(?:call handl\w*|answer\w* (?:the )?(?:phones?|calls?|telephones?)|"
        r"(?:telephone|phone) calls?|call cent(?:re|er)|999|111|switchboard)",
        r"\b(?:phones?|telephones?|calls?)\b",
        r"\b(?:phones?|calls?|call cent\w*|telephones?|cold calling)\b",
        "answering phone calls and handling calls in a call centre",
    ),
    Facet(
        "office",
        "office and desk work",
        r"\b(?:office[- ]based|admin\w*|data entry|spreadsheets?|filing|desk|typing|"
        r"clerical|secretar\w*|receptionists?|coding|it support)",
        r"\b(?:office|computers?|emails?|records)\b",
        r"\b(?:offices?|desks?|admin\w*|paperwork|sitting at a computer|computers all day|"
        r"spreadsheets?|9 to 5 desk)",
        "office admin work at a desk and computer, paperwork and spreadsheets",
    ),
    Facet(
        "cleaning",
        "cleaning",
        r"\b(?:cleaning|cleaners?|domestic (?:assistant|services|team|staff)|housekeep\w*|"
        r"hygiene technician)",
        r"\b(?:domestic|hygiene|waste|mop\w*|hoover\w*)\b",
        r"\b(?:clean\w*|mopping|hoovering|housekeep\w*|domestic work)",
        "cleaning wards and buildings, domestic and housekeeping work",
    ),
    Facet(
        "kitchen",
        "kitchen and catering work",
        r"\b(?:kitchens?|catering|chefs?|cook(?:s|ing)?|commis|food (?:preparation|prep|service)|"
        r"hospitality)",
        r"\b(?:food|meals|menus?)\b",
        r"\b(?:kitchens?|cook\w*|catering|chef\w*|food)",
        "cooking and kitchen work, catering and serving food",
    ),
    Facet(
        "physical",
        "heavy lifting and being on your feet",
        r"\b(?:heavy lifting|lifting and carrying|manual handling|physically (?:demanding|active)|"
        r"on your feet|push(?:ing)? (?:wheelchairs|beds|trolleys)|moving (?:beds|equipment|"
        r"patients)|walk(?:ing)? miles|porters?|portering)",
        r"\b(?:lifting|lift|carry\w*|active|physical)\b",
        r"\b(?:lift\w*|heavy|physical\w*|on my feet|stood up|standing (?:up )?all day|bad back|"
        r"back problems?|knees?|shoulder)",
        "physically demanding work: heavy lifting, moving patients and equipment, on your feet",
    ),
    Facet(
        "aggression",
        "aggressive or violent behaviour",
        r"\b(?:challenging behaviour|aggressi\w+|violen\w+|restrain\w*|secure (?:units?|wards?|"
        r"hospital)|forensic|de-?escalat\w*|breakaway|locked wards?|psychiatric intensive care)",
        r"\b(?:distress\w*|crisis|inpatient mental health|acute mental health|psychiatric)\b",
        r"\b(?:aggress\w+|violen\w+|punch\w*|attack\w*|restrain\w*|scream\w*|shout\w*|"
        r"abus\w+|kick(?:ing)? off|locked wards?|secure units?|psych wards?|mental health wards?)",
        "dealing with aggressive or violent people, restraint, secure and locked wards",
    ),
    Facet(
        "alone",
        "working on your own",
        r"\b(?:lone work\w*|on your own|work(?:ing)? alone|by yourself|from home|home[- ]based|"
        r"remote(?:ly)?|(?:visit|travel between) (?:people's|clients') homes|house to house|"
        r"in (?:people's|clients') (?:own )?homes|community visits)",
        r"\b(?:independently|own caseload|visits)\b",
        r"\b(?:on my own|alone|by myself|lonely|from home|house to house|isolat\w+)",
        "working alone, lone working visiting people's homes, or working from home",
    ),
    Facet(
        "older_people",
        "working with older people",
        r"\b(?:older (?:people|adults|person|patients|residents)|elderly|dementia|frail\w*|"
        r"later life|care of the elderly|geriatric\w*|over[- ]65s|retirement)",
        r"\b(?:care homes?|nursing homes?|residents)\b",
        r"\b(?:old (?:people|ppl|folks?|ladies|men)|older (?:people|ppl|adults)|elderly|"
        r"pensioners|oaps?|dementia)",
        "caring for older people, the elderly and people with dementia",
    ),
    Facet(
        "children",
        "working with children",
        r"\b(?:children|child|kids|babies|baby|infants?|toddlers|paediatric\w*|pupils|"
        r"nursery|early years|neonatal|school[- ]age)",
        r"\b(?:young people|families|maternity)\b",
        r"\b(?:children|kids|babies|baby|child)\b",
        "working with children, babies and young people",
    ),
    Facet(
        "driving",
        "driving",
        r"\b(?:driving licen[cs]e|full (?:uk )?licen[cs]e|drive (?:a |the )?(?:van|car|vehicle|"
        r"ambulance)s?|drivers?\b|driving)",
        r"\b(?:vehicles?|van|travel between)\b",
        r"\b(?:driv\w*|licen[cs]e|car|cars)\b",
        "driving a vehicle, needs a driving licence",
    ),
)

FACET_NAMES = tuple(f.name for f in FACETS)
_STRONG = {f.name: _rx(f.strong) for f in FACETS}
_WEAK = {f.name: _rx(f.weak) for f in FACETS}
_PERSON = {f.name: _rx(rf"(?:{f.person})\b") for f in FACETS}


def involvement(role: str, description: str = "") -> dict[str, float]:
    """How strongly a pathway involves each facet (facets with 0 left out): 1 when what the
    pathway *is* (its role, summary, skills, interests) names it strongly, 0.6 when only its
    description does ("you'll take blood samples"), 0.3 for weaker signs seen twice or more."""
    found: dict[str, float] = {}
    both = f"{role} {description}"
    for name in FACET_NAMES:
        if _STRONG[name].search(role):
            found[name] = 1.0
        elif _STRONG[name].search(description):
            found[name] = 0.6
        elif len(_WEAK[name].findall(both)) >= 2:
            found[name] = 0.3
    return found


def named_facets(phrase: str) -> set[str]:
    """The facets a person's phrase names in words (not by meaning)."""
    return {name for name in FACET_NAMES if _PERSON[name].search(phrase)}


class FacetPrototypes:
    """Each facet's description as a vector, to catch paraphrases that no phrase list covers
    ("I go funny when I see a cut"). Encoded once per engine."""

    THRESHOLD = 0.45

    def __init__(self, encode: Callable[[Sequence[str]], np.ndarray]) -> None:
        self._vectors = encode([f.prototype for f in FACETS])

    def nearest(self, vectors: np.ndarray) -> list[set[str]]:
        if not len(vectors):
            return []
        sims = vectors @ self._vectors.T
        return [
            {FACET_NAMES[k] for k in np.flatnonzero(row >= self.THRESHOLD)}
            | ({FACET_NAMES[int(np.argmax(row))]} if row.max() >= self.THRESHOLD else set())
            for row in sims
        ]


# Ruling one thing out says something about what goes with it: someone who cannot face blood
# or needles is unlikely to want hands-on clinical care, which routinely involves both; someone
# who wants nothing patient-facing wants no personal care either. (name -> weight)
IMPLIES: dict[str, dict[str, float]] = {
    "blood": {"clinical": 0.5},
    "needles": {"clinical": 0.5},
    "bodily_fluids": {"clinical": 0.5, "personal_care": 0.5},
    "patient_contact": {"personal_care": 1.0},
    "clinical": {"blood": 1.0, "needles": 1.0, "bodily_fluids": 1.0},
}


def unwanted_facets(
    phrases: Sequence[str],
    prototypes: FacetPrototypes | None = None,
    vectors: np.ndarray | None = None,
) -> dict[str, float]:
    """The facets a person rules out, from their "do not want" phrases, with how strongly (1
    for what they named, less for what usually goes with it): by words first, and by meaning
    for a phrase whose words name none (when prototypes and the phrases' vectors are given)."""
    named: set[str] = set()
    unnamed: list[int] = []
    for k, phrase in enumerate(phrases):
        found = named_facets(phrase)
        if found:
            named |= found
        else:
            unnamed.append(k)
    if prototypes is not None and vectors is not None and unnamed:
        for found in prototypes.nearest(vectors[unnamed]):
            named |= found
    out = {name: 1.0 for name in named}
    for name in named:
        for other, weight in IMPLIES.get(name, {}).items():
            out[other] = max(out.get(other, 0.0), weight)
    return out


_REFUSAL_CUE = re.compile(
    r"\b(?:no|not|never|without|nothing|none|avoid|hate|nope|(?:don'?t|do not|doesn'?t|won'?t|"
    r"wouldn'?t|can'?t|cannot|can not|couldn'?t|aint|ain't) (?:\w+ ){0,3}?(?:want|wanna|like|"
    r"stand|handle|do|be|work|deal|cope|face|stomach|go)|(?:done|finished|sick|tired|fed up|"
    r"bored|over) (?:with|of)|had enough of|burnt out (?:on|from|by)|(?:the )?(?:only thing|"
    r"problem|issue|catch) is|go (?:mad|crazy|insane)|not sure (?:i|if i) (?:could|can|would)"
    r"(?: handle| cope with| deal with| do)?|(?:scared|afraid|terrified|frightened) of|"
    r"anything but|except)\b\s+(?P<what>(?:[^.,;!?–—-]|(?<=\w)-(?=\w))+)",
    re.IGNORECASE,
)
_WINDOW_END = re.compile(r"\b(?:but|and i|so|because|as|though|i)\b", re.IGNORECASE)
# "no problem with needles", "never been scared of blood", "never been inside a hospital",
# "not that I don't like old people", "no car yet": what follows is no refusal
_NOT_A_REFUSAL = re.compile(
    r"^(?:\w+ )?(?:problems?|issues?|bother\w*|worries|worry|mind|minding|trouble|fuss\w*|"
    r"scared|afraid|squeamish|phased|fazed|that|been|had|seen|done|tried|worked|experience|"
    r"idea|sure what|clue)\b|\byet\b",
    re.IGNORECASE,
)
# "I don't drive", "can't drive", "no licence": driving ruled out in words of its own
_NO_DRIVING = re.compile(
    r"\b(?:(?:don'?t|do not|can'?t|cannot|can not|doesn'?t) (?:\w+ )?drive|"
    r"(?:no|don'?t have a|haven'?t got a|without a) (?:driving )?licen[cs]e|non[- ]driver)\b",
    re.IGNORECASE,
)


def refusals(text: str) -> list[str]:
    """Short phrases after "no", "not", "never", "without", "nothing"... that name a facet
    ("no personal care like washing people", "NOT with blood or needles"): what a person rules
    out in words the general negation patterns do not catch."""
    found: list[str] = []
    for m in _REFUSAL_CUE.finditer(text or ""):
        window = _WINDOW_END.split(m.group("what"), maxsplit=1)[0]
        window = " ".join(window.split()[:7])
        if window and not _NOT_A_REFUSAL.search(window) and named_facets(window):
            found.append(window)
    found.extend(m.group(0) for m in _NO_DRIVING.finditer(text or ""))
    return found


# --- working patterns --------------------------------------------------------------------

PATTERNS = ("part_time", "evenings_weekends", "school_hours", "nights", "daytime", "no_nights")

_PART_TIME = _rx(
    r"\b(?:part[- ]time|part time|few hours|flexible hours|hours to suit|"
    r"(?:one|two|three|1|2|3) days? a week|around (?:my |the )?(?:course|uni\w*|studies|studying|"
    r"college|school|degree|kids|children|caring|exams|other job|job|placement)|"
    r"zero[- ]hours?|bank (?:work|shifts?|staff)|casual|weekend job|saturday job)"
)
_HOURS = _rx(
    r"\b(\d{1,2})\s*(?:(?:-|to)\s*(\d{1,2})\s*)?(?:hours?|hrs?|h)\b(?:\s*(?:a|per|each)\s*week)?"
)
_EVENINGS = _rx(
    r"\b(?:evenings?|weekends?|saturdays?|sundays?|after (?:school|college|uni|work|"
    r"lectures)|nights? and weekends?)\b"
)
# evenings or weekends as when they can work ("only weekends", "after college", "I'm free in
# the evenings"), not as when they cannot ("I look after my brother in the evenings")
_ONLY_EVENINGS = _rx(
    r"\b(?:(?:only|just) (?:at |on |in the )?(?:evenings?|weekends?)|(?:evenings?|weekends?)"
    r" only|after (?:school|college|uni|lectures)|weekend job|saturday job|"
    r"(?:can|could|free|available|able to) (?:\w+ ){0,3}(?:at |on |in the )?"
    r"(?:evenings?|weekends?))\b"
)
_SCHOOL_HOURS = _rx(
    r"\b(?:school hours|term[- ]time|school run|drop (?:the kids|my kids|them) off|"
    r"pick (?:the kids|my kids|them) up|while (?:the kids|my kids|they) (?:are|r) at school|"
    r"(?:9|9am|9:30|nine)\s*(?:-|to|till|until)\s*(?:2|3|2:30|3pm|2pm|three))\b"
)
_FROM_HOME = _rx(
    r"\b(?:(?:work|working|job|something|anything)\s+(?:\w+ ){0,2}from home|home[- ]based|"
    r"remote(?:ly)?|online (?:job|work)|work online)\b"
)
_NIGHTS_ONLY = _rx(
    r"\b(?:nights? only|only nights?|night shifts? only|only (?:do |work |doing )?night)"
)
_NO_NIGHTS = _rx(
    r"\b(?:no (?:night|nights|night shifts?|shifts|late shifts?|weekends?)|not (?:at |doing |"
    r"working |do )?(?:nights?|night shifts?|overnight)|(?:can't|cant|cannot|can not|won't|wont|"
    r"don't|dont|do not) (?:\w+ ){0,3}?(?:do |work |doing |working )?(?:night|nights|shifts|late|"
    r"overnight)|without (?:night|nights|shifts)|as long as it'?s not nights)"
)
_DAYTIME = _rx(
    r"\b(?:regular hours|normal hours|daytime|day time|monday to friday|mon-fri|"
    r"9 ?(?:am)? ?(?:-|to|till) ?5|nine to five|office hours|no (?:shifts|weekends)|"
    r"(?:finish(?:es)?|done|home) by [1-6](?:pm)?|days only)\b"
)


@dataclass(frozen=True)
class PatternNeed:
    """What a person's words say about the hours they can work."""

    part_time: bool = False
    max_hours: float | None = None
    evenings_weekends: bool = False  # only evenings and/or weekends
    school_hours: bool = False
    nights_only: bool = False
    no_nights: bool = False
    daytime: bool = False  # regular daytime hours
    from_home: bool = False  # work they can do from home

    @property
    def any(self) -> bool:
        return any(
            (
                self.part_time,
                self.evenings_weekends,
                self.school_hours,
                self.nights_only,
                self.no_nights,
                self.daytime,
                self.from_home,
            )
        )


def read_need(text: str) -> PatternNeed:
    """The working pattern a person asks for, from their own words."""
    if not text:
        return PatternNeed()
    max_hours = None
    for m in _HOURS.finditer(text):
        if m.group(2) and int(m.group(2)) < int(m.group(1)):
            continue  # "9-5 hours" is a working day, not hours a week
        value = float(m.group(2) or m.group(1))
        if 4 <= value <= 40:
            max_hours = value if max_hours is None else max(max_hours, value)
    school = bool(_SCHOOL_HOURS.search(text))
    daytime = bool(_DAYTIME.search(text))
    evenings = bool(_ONLY_EVENINGS.search(text)) and not daytime
    part = bool(_PART_TIME.search(text)) or (max_hours is not None and max_hours <= 30)
    return PatternNeed(
        part_time=part or school or evenings,
        max_hours=max_hours if max_hours is not None and max_hours <= 30 else None,
        evenings_weekends=evenings,
        school_hours=school,
        nights_only=bool(_NIGHTS_ONLY.search(text)),
        no_nights=bool(_NO_NIGHTS.search(text)) or school,
        daytime=daytime,
        from_home=bool(_FROM_HOME.search(text)),
    )


_P_PART = _rx(
    r"\b(?:part[- ]time|flexible (?:hours|working|shifts|pattern)|hours to suit|choose (?:your|"
    r"when)|bank|zero[- ]hours?|as many or as few|term[- ]time|job share|\d+ hours? (?:a|per) "
    r"week,? (?:flexible|to suit))"
)
_P_EVENINGS = _rx(r"\b(?:evenings?|weekends?|saturdays?|sundays?|twilight|bank|flexible)\b")
_P_NIGHTS = _rx(r"\b(?:nights?|night shifts?|night duty|24/7|24 hours|overnight|long days?)\b")
_P_DAYTIME = _rx(
    r"\b(?:monday to friday|mon(?:day)?\s*[-–]\s*fri(?:day)?|9 ?(?:am)? ?(?:-|–|to) ?5|"
    r"9am (?:to|–|-) 5pm|office hours|no weekends|daytime|weekdays|school hours|term[- ]time)"
)
_P_SCHOOL = _rx(
    r"\b(?:term[- ]time|school hours|(?:9|9\.30|9:30)\s*(?:am)?\s*(?:to|–|-)\s*(?:2|3)|"
    r"around school)"
)
_P_SHIFTS = _rx(r"\b(?:shifts?|rota|early and late|earlies|lates)\b")


# "no weekends or nights", "never nights", "without night shifts": what the work does not ask
_P_NEGATED = _rx(
    r"\b(?:no|never|not|without|nor)\s+(?:(?:on |at |any |working )?(?:late |night |evening "
    r"|weekend )?(?:evenings?|weekends?|nights?|night shifts?|night work|shifts?|lates?)"
    r"(?:\s*(?:,|or|and|/)\s*)?)+"
)
# you choose when you work: a rota's nights or weekends are not asked of you
_P_CHOOSE = _rx(
    r"\b(?:bank|choose (?:your|when|which)|pick (?:up )?(?:your )?(?:own )?shifts|when it suits"
    r"|as many or as few|flexible (?:hours|shifts|pattern|working)|hours to suit|zero[- ]hours?)"
)
_P_REMOTE = _rx(r"\b(?:from home|home[- ]based|remote(?:ly)?|online|virtual)\b")


@dataclass(frozen=True)
class PathwayPattern:
    hours: float | None
    part_time: bool
    evenings_weekends: bool
    nights: bool
    daytime: bool
    school_hours: bool
    shifts: bool
    flexible: bool = False  # they choose their shifts (bank, "choose when you work")
    from_home: bool = False


def pathway_pattern(hours: float | None, text: str, remote: bool = False) -> PathwayPattern:
    """A pathway's working pattern from its hours and its own words ("no weekends or nights"
    says it is daytime, not that it has nights)."""
    negated = bool(_P_NEGATED.search(text))
    said = _P_NEGATED.sub(" ", text)
    part = bool(_P_PART.search(said)) or (hours is not None and hours < 30)
    return PathwayPattern(
        hours=hours,
        part_time=part,
        evenings_weekends=bool(_P_EVENINGS.search(said)),
        nights=bool(_P_NIGHTS.search(said)),
        daytime=bool(_P_DAYTIME.search(said)) or (negated and not _P_NIGHTS.search(said)),
        school_hours=bool(_P_SCHOOL.search(said)),
        shifts=bool(_P_SHIFTS.search(said)),
        flexible=bool(_P_CHOOSE.search(said)),
        from_home=remote or bool(_P_REMOTE.search(said)),
    )


def _fit_part_time(need: PatternNeed, p: PathwayPattern) -> float:
    if p.part_time or p.flexible:
        return 0.5
    if p.hours is not None and p.hours >= 30:
        limit = need.max_hours if need.max_hours is not None else 30.0
        return -1.0 if p.hours > limit + 5 else -0.5
    return 0.0


def _fit_evenings_weekends(p: PathwayPattern) -> float:
    if p.flexible or (p.evenings_weekends and p.part_time and not (p.daytime and not p.shifts)):
        return 0.5
    if p.daytime or (p.hours is not None and p.hours >= 30):
        # a full-time rota asks for days too: it cannot be done in evenings and weekends alone
        return -1.0
    return 0.5 if p.evenings_weekends else 0.0


def _fit_school_hours(p: PathwayPattern) -> float:
    if p.school_hours:
        return 0.5
    return -1.0 if (p.nights or p.shifts) and not p.flexible else 0.0


def _fit_daytime(p: PathwayPattern) -> float:
    if p.daytime and not p.nights:
        return 0.3
    if p.flexible:
        return 0.2
    # shifts, nights, or work that is evenings and weekends (youth clubs, twilight cleaning)
    return -0.5 if p.nights or p.shifts or p.evenings_weekends else 0.0


def pattern_fit(need: PatternNeed, p: PathwayPattern) -> float:
    """How well a pathway's hours fit what the person asked for: negative when it clearly does
    not (-1 worst), positive when it says it offers what they asked, 0 when we cannot tell.
    Where they choose their own shifts (bank work), a rota's nights or days are not asked of
    them."""
    if not need.any:
        return 0.0
    score = 0.0
    if need.part_time:
        score += _fit_part_time(need, p)
    if need.evenings_weekends:
        score += _fit_evenings_weekends(p)
    if need.school_hours:
        score += _fit_school_hours(p)
    if need.nights_only:
        score += 0.5 if p.nights else -0.5
    if need.no_nights and p.nights:
        score -= 0.2 if p.flexible else 1.0
    if need.daytime and not need.evenings_weekends:
        score += _fit_daytime(p)
    if need.from_home:
        # "evenings, or something from home": work from home is the other way they can work
        score = max(score, 0.0) + 0.5 if p.from_home else score - 0.5
    return max(-1.0, min(1.0, score))


def pattern_words(need: PatternNeed) -> list[str]:
    """Plain words for the working pattern asked for ('part-time', 'school hours')."""
    out: list[str] = []
    if need.school_hours:
        out.append("school hours")
    elif need.evenings_weekends:
        out.append("evenings or weekends")
    elif need.part_time:
        out.append(f"up to {need.max_hours:g} hours a week" if need.max_hours else "part-time")
    if need.nights_only:
        out.append("nights")
    if need.no_nights and not need.school_hours:
        out.append("no nights")
    if need.daytime and not out:
        out.append("regular daytime hours")
    return out


def all_text(parts: Iterable[str | None]) -> str:
    return " ".join(p for p in parts if p)
