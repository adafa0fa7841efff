"""Text handling shared by the encoders, BM25 and the reasons: tokens, light stemming, the text
a pathway is embedded from, the text a person's answers become, and their own words as clauses."""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Sequence

_STOPWORDS_TEXT = """
a about above after again against all also am an and any are aren't as at be because
been before being below between both but by can can't cannot could couldn't did didn't
do does doesn't doing don't down during each else ever every few for from further get
gets getting got had hadn't has hasn't have haven't having he her here hers herself him
himself his how i i'd i'll i'm i've if in into is isn't it it's its itself just keep
kind know let like lot lots maybe me might more most much must my myself need no nor not
now of off on once only or other our ours ourselves out over own quite rather really
same she should so some something still such than that that's the their theirs them
themselves then there these they this those through to too under until up us very want
wanted was wasn't way we well were what when where which while who whom why will with
won't would you your yours yourself yourselves year years yes yet one two three bit
thing things stuff going go actually definitely probably think thought love would'nt im
ive dont cant id
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately light English stemmer: enough to join 'caring', 'cares' and 'care'."""
    w = word
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) <= 3:
        return w
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ings", ""),
        ("ing", ""),
        ("edly", ""),
        ("ers", "er"),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith(("ss", "us", "is")):
                return w
            w = w[: len(w) - len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


def words(text: str) -> list[str]:
    """Lower-case word tokens, apostrophes kept inside words."""
    return _TOKEN.findall(text.lower().replace("’", "'"))


def terms(text: str) -> list[str]:
    """Stemmed content terms (stop words removed): what BM25 and word overlap work on."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pathway_text(
    title: str,
    summary: str | None,
    description: str,
    skills: Sequence[str],
    interests: Sequence[str],
    sector_label: str | None = None,
) -> str:
    """The text a pathway is embedded from: the most telling parts first, because the model
    reads only the first 256 word pieces."""
    parts = [title.strip().rstrip(".") + "."]
    if summary:
        parts.append(summary.strip())
    if interests:
        parts.append("For people interested in " + ", ".join(interests) + ".")
    if skills:
        parts.append("Skills: " + ", ".join(skills) + ".")
    if sector_label:
        parts.append(f"Area: {sector_label}.")
    parts.append(description.strip())
    return " ".join(p for p in parts if p)


def query_text(about: str, skills: Sequence[str], interests: Sequence[str]) -> str:
    """The text a person's answers become for the encoder and BM25."""
    parts = []
    if about.strip():
        parts.append(about.strip())
    if interests:
        parts.append("I am interested in " + ", ".join(interests) + ".")
    if skills:
        parts.append("My skills: " + ", ".join(skills) + ".")
    return " ".join(parts)


_CLAUSE_SPLIT = re.compile(r"(?<=[.!?;])\s+|\s+[–—-]\s+|\n+|,\s+(?:and|but|so)\s+")


def clauses(text: str, min_words: int = 3, max_chars: int = 110) -> list[str]:
    """The person's free text cut into short clauses (sentences, or their parts)."""
    out: list[str] = []
    for piece in _CLAUSE_SPLIT.split(text or ""):
        piece = piece.strip().strip(".!?;,").strip()
        if len(words(piece)) < min_words:
            continue
        if len(piece) > max_chars:
            sub = [s.strip() for s in re.split(r",\s+|\s+because\s+|\s+and\s+", piece)]
            out.extend(s for s in sub if len(words(s)) >= min_words and len(s) <= max_chars)
        else:
            out.append(piece)
    return out


_SECOND_PERSON = {
    "i": "you",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "ive": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "am": "are",
    "was": "were",
    "we": "you",
    "our": "your",
    "us": "you",
}


def second_person(clause: str) -> str:
    """'I looked after my nan' -> 'you looked after your nan' (for quoting a person back)."""

    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        key = word.lower().replace("’", "'")
        swapped = _SECOND_PERSON.get(key)
        if swapped is None:
            return word
        return swapped.capitalize() if word[0].isupper() and key != "i" else swapped

    swapped = re.sub(r"[A-Za-z]+(?:['’][a-z]+)?", swap, clause.strip())
    first = words(clause[:12])
    if first and first[0] in _SECOND_PERSON:
        swapped = swapped[0].lower() + swapped[1:]
    return swapped


_NEGATION = re.compile(
    r"\b(?:not (?:very |that |so |too )?(?:great|good|ok|okay|comfortable|happy) "
    r"(?:with|around|at|about)|"
    r"not (?:really )?(?:interested in|into|keen on|good with|good at|with|around|near|"
    r"involving|about|doing|working (?:with|in|on|around))|"
    r"(?:nothing|none of)(?: to do with| with| involving| around| that involves|"
    r"(?= (?:medical|clinical|hands[- ]on|patient|hospital|physical|gory|gross|messy)))|"
    r"(?:don't|dont|do not|doesn't|does not|never|wouldn't|would not|won't|wont|aint|ain't) "
    r"(?:really )?(?:want|wanna|like|enjoy|fancy|do(?:ing)?)"
    r"(?: to (?:do|work (?:in|with|on|around)|be (?:in|around|near|doing|going round)|deal with|"
    r"see|touch)| (?:be )?(?:doing|going round|working (?:in|with|on)))?"
    r"(?: (?:anything|any|stuff|things?) (?:to do with|with|involving|around|that is|that's))?|"
    r"(?:can't|cant|cannot|can not|couldn't) (?:stand|handle|deal with|cope with|do|be around|"
    r"look at|see)|"
    r"not sure (?:i|if i) (?:could|can|would) (?:handle|cope with|deal with|stomach|face|do)|"
    r"hate|avoid|rather not|no more|(?:scared|afraid|terrified|frightened) of|"
    r"squeamish(?: about| around| with)?|faint(?: at(?: the sight of)?| when i see)?|"
    r"allergic to|keep (?:me )?away from)\s+"
    r"(?P<what>[^.,;!?–—]+)",
    re.IGNORECASE,
)
# "blood is not for me", "needles aren't my thing", "needles and blood are a hard no",
# "the birth bit with all the blood, no thank you"
_NOT_FOR_ME = re.compile(
    r"(?P<what>\b[\w' ]{2,40}?)\s+(?:(?:is|are|isn't|aren't|is not|are not)\s+(?:not\s+)?"
    r"(?:for me|my thing|my cup of tea|an? (?:hard |big |definite )?no(?:-go)?)|,?\s*(?:no thank "
    r"you|no thanks|no ta|nope|no way)\b)",
    re.IGNORECASE,
)


def split_negations(text: str) -> tuple[str, list[str]]:
    """The text without what the person says they do not want, and those phrases.

    'Not interested in caring or office stuff' -> ('', ['caring or office stuff']). Embedding
    models and BM25 both treat a mention as interest, so the matcher drops these phrases from
    the query and instead lowers pathways that involve them."""
    found: list[str] = []

    def cut(m: re.Match[str]) -> str:
        what = m.group("what").strip()
        what = re.split(
            r"\b(?:but|so|because|and i|i|as|though|although|please)\b",
            what,
            maxsplit=1,
            flags=re.I,
        )[0]
        if not what.strip():
            return m.group(0)  # no object ("nothing I'd like more"): not a refusal
        found.append(" ".join(what.split()[:6]))
        return " "

    kept = _NEGATION.sub(cut, text)
    kept = _NOT_FOR_ME.sub(cut, kept)
    return kept, found


# Everyday words people use for themselves, and the words pathways use for the same thing.
# General English, not tuned to any evaluation persona; appended to the query (never replaces it).
EXPANSIONS: dict[str, str] = {
    "nan": "grandparent older people",
    "nana": "grandparent older people",
    "nanna": "grandparent older people",
    "gran": "grandparent older people",
    "granny": "grandparent older people",
    "grandma": "grandparent older people",
    "grandad": "grandparent older people",
    "grandpa": "grandparent older people",
    "grandparents": "older people",
    "elderly": "older people",
    "old people": "older people",
    "looked after": "caring for",
    "look after": "caring for",
    "looking after": "caring for",
    "carer": "caring for people",
    "kids": "children",
    "toddlers": "children early years",
    "babies": "babies maternity",
    "pc": "computers IT",
    "pcs": "computers IT",
    "laptop": "computers IT",
    "laptops": "computers IT",
    "wifi": "network IT support",
    "coding": "programming software",
    "spreadsheets": "Excel data",
    "maths": "numbers",
    "cooking": "catering food",
    "cook": "catering food",
    "kitchen": "catering food",
    "fixing": "maintenance repairs",
    "fix": "maintenance repairs",
    "diy": "maintenance repairs",
    "gym": "fitness exercise",
    "sport": "fitness exercise",
    "phone": "telephone calls",
    "talking": "communication listening",
    "chatting": "communication listening",
}

_EXPANSION = re.compile(
    r"\b(" + "|".join(re.escape(k) for k in sorted(EXPANSIONS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


# Capitals that are words people use for an area of work, not the pronoun "it" or a stop word
ACRONYMS: dict[str, str] = {
    "IT": "information technology computers digital",
    "ICT": "information technology computers digital",
    "HR": "human resources people team",
    "A&E": "emergency department",
    "NHS": "health service",
}
_ACRONYM = re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in ACRONYMS) + r")(?![\w&])")


def expand(text: str) -> str:
    """The everyday words' standard equivalents, to append to a query ('' when none)."""
    seen: list[str] = []
    for m in _EXPANSION.finditer(text):
        extra = EXPANSIONS[m.group(1).lower()]
        if extra not in seen:
            seen.append(extra)
    for m in _ACRONYM.finditer(text):
        extra = ACRONYMS[m.group(1)]
        if extra not in seen:
            seen.append(extra)
    return " ".join(seen)
