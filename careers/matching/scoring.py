"""How candidates are scored: one small function per feature and one registry of features and
their weights, which `combine` loops over. Adding a feature is one edit: a function and its
line in FEATURES.

Each feature gives one number per candidate, signed so that the weight is positive: a penalty
returns a negative value (-1 for "breaks what they asked", 0 for "no effect"). The weights are
learned from graded training personas with cross-validation (careers/training/score_weights.py)
and shipped in score_weights.json beside this file; DEFAULT_WEIGHTS are the hand-set values
they start from (and what the engine uses when the file is absent).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from careers.matching import facets
from careers.matching.bm25 import BM25
from careers.matching.columns import TYPE_CODES, Bits, Columns, Derived, Facts
from careers.matching.intent import read_intent
from careers.matching.rules import meets_gcse
from careers.matching.text import expand, query_text, split_negations, terms
from careers.matching.types import PathwayRecord, Query

WEIGHTS_PATH = Path(__file__).with_name("score_weights.json")
# A word names a role when few titles hold it ("paramedic", "midwife"), not words most titles
# share ("assistant", "support", "care")
TITLE_MAX_SHARE = 0.03
DENSE_FLOOR = 0.05
DENSE_SPAN = 0.6


@dataclass(frozen=True)
class Signals:
    """What the person's words say beyond the query text."""

    text: str = ""  # the query text (what they do not want cut out, everyday words expanded)
    unwanted_phrases: tuple[str, ...] = ()
    unwanted: frozenset[str] = frozenset()  # those phrases as terms
    unwanted_facets: Mapping[str, float] = field(default_factory=dict)
    need: facets.PatternNeed = field(default_factory=facets.PatternNeed)
    needs_meaning: bool = False  # a "do not want" phrase names no facet in words
    wants_paid: bool = False
    named_types: frozenset[str] = frozenset()
    circumstances: frozenset[str] = frozenset()


def read_signals(
    query: Query,
    prototypes: facets.FacetPrototypes | None = None,
    phrase_vectors: np.ndarray | None = None,
) -> Signals:
    """The query text and the soft signals of a person's answers. A "do not want" phrase whose
    words name no facet is read by meaning when its vector is given (phrase_vectors: one row
    per unwanted phrase, in order; `Signals.needs_meaning` says when to encode them)."""
    profile = query.profile
    about, negated = split_negations(profile.about)
    refused = facets.refusals(about)
    for phrase in refused:
        about = about.replace(phrase, " ")
    unwanted_phrases = [*negated, *refused]
    text = query_text(about, profile.skills, profile.interests)
    extra = expand(" ".join([about, *profile.skills, *profile.interests]))
    if extra:
        text = f"{text} ({extra})"
    intent = read_intent(about, profile.circumstances)
    return Signals(
        text=text,
        unwanted_phrases=tuple(unwanted_phrases),
        # the words of what they do not want, for the role-name check: only from the explicit
        # negations (a refusal's window, "great with blood tho", carries other words too)
        unwanted=frozenset(terms(" ".join(negated))),
        unwanted_facets=facets.unwanted_facets(unwanted_phrases, prototypes, phrase_vectors),
        needs_meaning=any(not facets.named_facets(p) for p in unwanted_phrases),
        need=facets.read_need(profile.about),
        wants_paid=intent.wants_paid and not profile.types and not profile.paid_only,
        named_types=intent.types if not profile.types else frozenset(),
        circumstances=intent.circumstances,
    )


@dataclass
class Context:
    """Everything a feature may read about the candidates (arrays aligned with ids)."""

    query: Query
    signals: Signals
    cols: Columns
    ids: np.ndarray
    slots: np.ndarray
    records: list[PathwayRecord]
    derived: list[Derived]
    facts: Callable[[PathwayRecord], Facts]  # worked out (and kept) when a feature asks
    cos: np.ndarray  # cosine of the query and each candidate
    bm25: np.ndarray  # BM25 of the query text (0 where not a lexical candidate)
    titles: BM25
    bits: Bits
    distances: np.ndarray | None  # km per candidate, NaN unknown; None: person not placed

    @property
    def n(self) -> int:
        return len(self.ids)

    def zeros(self) -> np.ndarray:
        return np.zeros(self.n)


def dense(c: Context) -> np.ndarray:
    return np.clip((c.cos - DENSE_FLOOR) / DENSE_SPAN, 0.0, 1.0)


def lexical(c: Context) -> np.ndarray:
    top = c.bm25.max() if c.n else 0.0
    return c.bm25 / top if top > 0 else c.zeros()


def title(c: Context) -> np.ndarray:
    """BM25 over role titles alone, counting only rare words: the role they name."""
    if not c.signals.text:
        return c.zeros()
    t_ids, t_scores = c.titles.scores(c.signals.text, TITLE_MAX_SHARE)
    if not len(t_ids):
        return c.zeros()
    in_title = dict(zip(t_ids.tolist(), t_scores.tolist(), strict=True))
    out = np.fromiter((in_title.get(p, 0.0) for p in c.ids.tolist()), np.float64, c.n)
    top = out.max() if c.n else 0.0
    return out / top if top > 0 else out


def overlap(c: Context) -> np.ndarray:
    """Share of their listed skills and interests that the pathway's own terms share."""
    profile = c.query.profile
    phrases = [set(terms(p)) for p in (*profile.skills, *profile.interests)]
    phrases = [p for p in phrases if p]
    if not phrases:
        return c.zeros()
    return np.fromiter(
        (sum(1 for p in phrases if p & d.own_terms) / len(phrases) for d in c.derived),
        np.float64,
        c.n,
    )


def support(c: Context) -> np.ndarray:
    person = c.bits.mask(c.query.profile.circumstances)
    return ((c.cols.supports[c.slots] & person) != 0).astype(float)


def barrier(c: Context) -> np.ndarray:
    """-1 when they cannot start yet (qualification level, GCSE English and maths)."""
    profile = c.query.profile
    level = profile.qualification_level
    min_qual = c.cols.min_qual[c.slots]
    short = (min_qual > level) if level is not None else np.zeros(c.n, dtype=bool)
    gcse = c.cols.gcse[c.slots] & (meets_gcse(c.query) is False)
    return -(short | gcse).astype(float)


def unknown_entry(c: Context) -> np.ndarray:
    """-1 when it needs a qualification level, GCSEs or an age they have not told us."""
    profile = c.query.profile
    unknown = np.zeros(c.n, dtype=bool)
    if profile.qualification_level is None:
        unknown |= c.cols.min_qual[c.slots] > 0
    if meets_gcse(c.query) is None:
        unknown |= c.cols.gcse[c.slots]
    if profile.age is None:
        unknown |= c.cols.min_age[c.slots] > 16
    return -unknown.astype(float)


def levels_short(c: Context) -> np.ndarray:
    """-(levels short beyond the first), down to -3.75: the barrier covers the first."""
    level = c.query.profile.qualification_level
    if level is None:
        return c.zeros()
    min_qual = np.maximum(c.cols.min_qual[c.slots], 0)
    return -np.minimum(3.75, np.maximum(0, min_qual - level - 1)).astype(float)


def overqualified(c: Context) -> np.ndarray:
    """-1 for routes three or more levels below someone with a degree-level qualification."""
    level = c.query.profile.qualification_level
    if level is None or level < 5:
        return c.zeros()
    lv = c.cols.level[c.slots]
    return -((lv >= 0) & (lv <= level - 3)).astype(float)


def unwanted_terms(c: Context) -> np.ndarray:
    """-1 when the pathway's role, skills, interests or sector name what they do not want."""
    if not c.signals.unwanted:
        return c.zeros()
    unwanted = set(c.signals.unwanted)
    return -np.fromiter((bool(unwanted & d.own_terms) for d in c.derived), float, c.n)


def unwanted_facets(c: Context) -> np.ndarray:
    """-(how strongly the work involves a facet they ruled out): blood, patient contact..."""
    unwanted = c.signals.unwanted_facets
    if not unwanted:
        return c.zeros()
    names = list(unwanted)
    strength = np.array([unwanted[n] for n in names])
    involved = np.array(
        [[c.facts(r).involvement.get(n, 0.0) for n in names] for r in c.records]
    ).reshape(c.n, len(names))
    return -(involved * strength).max(axis=1, initial=0.0)


def pattern(c: Context) -> np.ndarray:
    """How well its hours fit the pattern they asked for (-1 to 1)."""
    need = c.signals.need
    if not need.any:
        return c.zeros()
    return np.fromiter(
        (facets.pattern_fit(need, c.facts(r).pattern) for r in c.records), float, c.n
    )


def unpaid_intent(c: Context) -> np.ndarray:
    """-1 for unpaid routes when their words ask for paid work, except a programme aimed at a
    group they are in (a supported internship is unpaid, and is the way into a job)."""
    if not c.signals.wants_paid:
        return c.zeros()
    _, theirs = _targets(c)
    return -(~c.cols.paid[c.slots] & ~theirs).astype(float)


def named_type(c: Context) -> np.ndarray:
    named = [TYPE_CODES[t] for t in c.signals.named_types if t in TYPE_CODES]
    if not named:
        return c.zeros()
    return np.isin(c.cols.type_code[c.slots], np.array(named, np.int16)).astype(float)


def _targets(c: Context) -> tuple[np.ndarray, np.ndarray]:
    targets = c.cols.targets[c.slots]
    theirs = c.bits.mask(c.signals.circumstances)
    return targets, (targets & theirs) != 0


def targeted_match(c: Context) -> np.ndarray:
    """A programme for a group they are in."""
    targets, theirs = _targets(c)
    return ((targets != 0) & theirs).astype(float)


def targeted_other(c: Context) -> np.ndarray:
    """-1 for a programme for a group they did not say they are in."""
    targets, theirs = _targets(c)
    return -((targets != 0) & ~theirs).astype(float)


def distance(c: Context) -> np.ndarray:
    """-(km over their limit, or over 20 km), capped at 1."""
    if c.distances is None:
        return c.zeros()
    reach = max(c.query.profile.max_distance_km or 20.0, 1.0)
    with np.errstate(invalid="ignore"):
        far = np.where(
            np.isnan(c.distances) | c.cols.remote[c.slots],
            0.0,
            np.minimum(1.0, c.distances / reach),
        )
    return -far


def beyond_limit(c: Context) -> np.ndarray:
    """-1 past their limit as we measure it, though within the district-centre allowance."""
    limit = c.query.profile.max_distance_km
    if c.distances is None or limit is None:
        return c.zeros()
    with np.errstate(invalid="ignore"):
        beyond = ~c.cols.remote[c.slots] & (c.distances > limit)
    return -beyond.astype(float)


def over_age(c: Context) -> np.ndarray:
    """-1 when the pathway's own words say it is for people younger than them."""
    age = c.query.profile.age
    if age is None:
        return c.zeros()
    return -(c.cols.max_age[c.slots] < age).astype(float)


Feature = Callable[[Context], np.ndarray]

FEATURES: dict[str, Feature] = {
    "dense": dense,
    "lexical": lexical,
    "title": title,
    "overlap": overlap,
    "support": support,
    "barrier": barrier,
    "unknown_entry": unknown_entry,
    "levels_short": levels_short,
    "overqualified": overqualified,
    "unwanted_terms": unwanted_terms,
    "unwanted_facets": unwanted_facets,
    "pattern": pattern,
    "unpaid_intent": unpaid_intent,
    "named_type": named_type,
    "targeted_match": targeted_match,
    "targeted_other": targeted_other,
    "distance": distance,
    "beyond_limit": beyond_limit,
    "over_age": over_age,
}

DEFAULT_WEIGHTS: dict[str, float] = {
    "dense": 0.55,
    "lexical": 0.25,
    "title": 0.05,
    "overlap": 0.15,
    "support": 0.05,
    "barrier": 0.12,
    "unknown_entry": 0.0,
    "levels_short": 0.04,
    "overqualified": 0.03,
    "unwanted_terms": 0.2,
    "unwanted_facets": 0.3,
    "pattern": 0.15,
    "unpaid_intent": 0.15,
    "named_type": 0.04,
    "targeted_match": 0.12,
    "targeted_other": 0.2,
    "distance": 0.06,
    "beyond_limit": 0.03,
    "over_age": 0.2,
}


def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, float]:
    """The shipped learned weights, over the defaults (a feature the file lacks keeps its
    default)."""
    weights = dict(DEFAULT_WEIGHTS)
    if path.is_file():
        learned = json.loads(path.read_text(encoding="utf-8")).get("weights", {})
        weights.update({k: float(v) for k, v in learned.items() if k in FEATURES})
    return weights


def components(c: Context) -> dict[str, np.ndarray]:
    """Each feature's values for the candidates, before weighting."""
    return {name: feature(c) for name, feature in FEATURES.items()}


def combine(parts: Mapping[str, np.ndarray], weights: Mapping[str, float]) -> np.ndarray:
    """The weighted score."""
    total: np.ndarray | None = None
    for name, values in parts.items():
        term = weights.get(name, 0.0) * values
        total = term if total is None else total + term
    return total if total is not None else np.zeros(0)
