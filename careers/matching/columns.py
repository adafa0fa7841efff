"""What the engine works out once per pathway (its derived features) and the column arrays over
the whole catalogue that hard constraints and scoring read, so a query costs a few array
operations whatever the catalogue's size."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from careers.matching import facets
from careers.matching.grouping import base_title, group_key
from careers.matching.intent import targeted_at, upper_age
from careers.matching.text import pathway_text, terms
from careers.matching.types import PathwayRecord

TYPE_CODES = {
    t: i
    for i, t in enumerate(
        (
            "apprenticeship",
            "job",
            "entry_route",
            "work_experience",
            "volunteering",
            "course",
            "supported_internship",
            "foundation_apprenticeship",
        )
    )
}
NO_DATE = np.iinfo(np.int32).max
PAID_PERIODS = ("hour", "year")
PAID_BY_LAW = ("job", "apprenticeship", "foundation_apprenticeship")


def is_paid(record: PathwayRecord) -> bool:
    """Pay per hour or year; a job or apprenticeship that does not state its pay counts as
    paid (both are paid by law in England); anything else without pay is unpaid."""
    if record.pay_period in PAID_PERIODS:
        return True
    if record.pay_period == "none":
        return False
    return record.type in PAID_BY_LAW


def role_text(record: PathwayRecord) -> str:
    """What a pathway *is*: its role (title without its site), summary, skills, interests and
    sector."""
    sector = (record.sector or "").replace("_", " ")
    return " ".join(
        [base_title(record.title), record.summary or "", *record.skills, *record.interests, sector]
    )


def record_text(record: PathwayRecord) -> str:
    """The text a pathway is embedded from."""
    sector = record.sector.replace("_", " ") if record.sector else None
    return pathway_text(
        record.title,
        record.summary,
        record.description,
        record.skills,
        record.interests,
        sector,
    )


def lexical_text(record: PathwayRecord) -> str:
    """The text BM25 indexes: the embedded text, with the role (title without its site) and the
    pathway's own skills and interests counted once more, so field weight runs title >
    skills/interests > description."""
    return " ".join(
        [base_title(record.title), *record.skills, *record.interests, record_text(record)]
    )


@dataclass(frozen=True)
class Derived:
    """Worked out once per pathway (and again only when it changes)."""

    own_terms: frozenset[str]  # its role, skills, interests and sector, as terms
    group: tuple[str, str, str]  # near-duplicates share it (grouping.group_key)
    targets: frozenset[str]  # the groups it is aimed at
    max_age: int  # the oldest age its text says it is for, 999 when it says none


@dataclass(frozen=True)
class Facts:
    """What the work involves and its working pattern, read from all its text: slower to work
    out than Derived (many patterns over the description), kept per pathway by the engine."""

    involvement: dict[str, float]  # facets of the work (careers.matching.facets)
    pattern: facets.PathwayPattern


def work_facts(record: PathwayRecord) -> Facts:
    text = f"{record.title} {record.summary or ''} {record.description}"
    return Facts(
        involvement=facets.involvement(role_text(record), record.description),
        pattern=facets.pathway_pattern(record.hours_per_week, text, record.remote),
    )


def derive(record: PathwayRecord) -> Derived:
    sector = (record.sector or "").replace("_", " ")
    own = " ".join([base_title(record.title), *record.skills, *record.interests, sector])
    age = upper_age(record)
    return Derived(
        own_terms=frozenset(terms(own)),
        group=group_key(record),
        targets=targeted_at(record),
        max_age=999 if age is None else age,
    )


class Bits:
    """Names (circumstances, groups) as bits of an int64 mask, numbered as first seen."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}

    def mask(self, names: Iterable[str]) -> int:
        mask = 0
        for name in names:
            bit = self._bits.get(name)
            if bit is None:
                bit = self._bits[name] = len(self._bits)
            mask |= 1 << bit
        return mask


@dataclass
class Columns:
    """Column arrays over the catalogue (row k is the pathway with id ids[k])."""

    ids: np.ndarray
    type_code: np.ndarray
    closing: np.ndarray
    min_age: np.ndarray  # -1 when none
    paid: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    remote: np.ndarray
    precise: np.ndarray  # the site's own coordinates, not its district's centre
    min_qual: np.ndarray  # minimum qualification level, -1 when none
    gcse: np.ndarray  # needs GCSE English and maths
    level: np.ndarray  # the pathway's own level, -1 when none
    supports: np.ndarray  # bitmask of the circumstances it supports
    targets: np.ndarray  # bitmask of the groups it is aimed at
    max_age: np.ndarray
    slot_by_id: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def slots(self, ids: np.ndarray) -> np.ndarray:
        return self.slot_by_id[ids]


def build_columns(
    records: Sequence[PathwayRecord], derived: Sequence[Derived] | None, bits: Bits
) -> Columns:
    """The columns; without derived features (only the hard constraints' columns are needed)
    the derived ones are left empty."""
    n = len(records)
    ids = np.fromiter((r.id for r in records), dtype=np.int64, count=n)
    slot_by_id = np.full(int(ids.max()) + 1 if n else 0, -1, dtype=np.int64)
    slot_by_id[ids] = np.arange(n)

    def col(values: Iterable[object], dtype: type) -> np.ndarray:
        return np.fromiter(values, dtype, n)

    return Columns(
        ids=ids,
        type_code=col((TYPE_CODES.get(r.type, -1) for r in records), np.int16),
        closing=col(
            (r.closing_date.toordinal() if r.closing_date else NO_DATE for r in records),
            np.int64,
        ),
        min_age=col((r.min_age if r.min_age is not None else -1 for r in records), np.int32),
        paid=col((is_paid(r) for r in records), np.bool_),
        lat=col((r.latitude if r.latitude is not None else np.nan for r in records), np.float64),
        lon=col((r.longitude if r.longitude is not None else np.nan for r in records), np.float64),
        remote=col((r.remote for r in records), np.bool_),
        precise=col((r.precise_location for r in records), np.bool_),
        min_qual=col(
            (
                r.min_qualification_level if r.min_qualification_level is not None else -1
                for r in records
            ),
            np.int16,
        ),
        gcse=col((bool(r.gcse_english_maths) for r in records), np.bool_),
        level=col((r.level if r.level is not None else -1 for r in records), np.int16),
        supports=col((bits.mask(r.supports) for r in records), np.int64),
        targets=col((bits.mask(d.targets) for d in derived) if derived else (0,) * n, np.int64),
        max_age=col((d.max_age for d in derived) if derived else (999,) * n, np.int16),
        slot_by_id=slot_by_id,
    )
