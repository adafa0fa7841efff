"""Published counts that cannot be unpicked, for any set of figures that add up to each other.

A report is a list of figures (true counts) and groups, each saying "this figure is the sum of
those": a total and its breakdowns, a borough's figure and its row of a borough by decile table,
a decile's figure and its column. `protect` publishes each figure as 0, "fewer than 10" (FEWER)
or rounded to the nearest 5 from 10 up, then withholds more ("not shown", WITHHELD) until no
figure whose true count is 1 to 9 can be narrowed below "somewhere from 1 to 9" by someone who
knows every published figure, every group and how the rounding works.

The check is exact. Such groups form a network (a total flows into its breakdowns' cells, a
borough's figure into its row, a decile's column into the decile's figure), so every true value
one figure can take, given all the rest, is a whole range whose ends a linear programme finds
(the constraint matrix is totally unimodular: the ends are whole numbers, and so is every
solution between them). A figure passes when the programme can set it to 1 and to 9.

Withholding, when a figure can be narrowed: the smallest figure shown from 10 up in a group it is
in, else in a group next to those, else another "fewer than 10" or 0 in its groups, else the
figure itself. Every step withholds one more figure, so it ends (with everything withheld, no
figure bounds any other).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linprog

SUPPRESS_BELOW = 10
ROUND_TO = 5
FEWER = -1  # published as "fewer than 10"
WITHHELD = -2  # published as "not shown"


def primary(count: int) -> int:
    """0; FEWER for 1 to 9; otherwise rounded to the nearest 5."""
    if count <= 0:
        return 0
    if count < SUPPRESS_BELOW:
        return FEWER
    return ROUND_TO * ((count + ROUND_TO // 2) // ROUND_TO)


def bounds(published: int) -> tuple[int, int | None]:
    """Every true count this published figure could stand for: (lowest, highest or None)."""
    if published == 0:
        return 0, 0
    if published == FEWER:
        return 1, SUPPRESS_BELOW - 1
    if published == WITHHELD:
        return 0, None
    half = ROUND_TO // 2
    return max(SUPPRESS_BELOW, published - half), published + half


@dataclass(frozen=True)
class Group:
    """Figure `whole` is the sum of figures `parts` (indices into the report's figures)."""

    whole: int
    parts: tuple[int, ...]


def _system(groups: Sequence[Group], size: int) -> tuple[np.ndarray, np.ndarray]:
    matrix = np.zeros((len(groups), size))
    for row, group in enumerate(groups):
        matrix[row, group.whole] = 1
        for part in group.parts:
            matrix[row, part] -= 1
    return matrix, np.zeros(len(groups))


def _reachable(
    matrix: np.ndarray, rhs: np.ndarray, ranges: list[tuple[int, int | None]], figure: int
) -> tuple[float, float]:
    """The lowest and highest true value `figure` can take given everything published."""
    out = []
    for sign in (1, -1):
        cost = np.zeros(len(ranges))
        cost[figure] = sign
        result = linprog(cost, A_eq=matrix, b_eq=rhs, bounds=ranges, method="highs")
        if result.status == 3:  # unbounded above
            out.append(float("inf"))
        elif result.status != 0:  # no figures fit: cannot happen for true counts
            raise ArithmeticError(f"Published figures are inconsistent: {result.message}")
        else:
            out.append(sign * result.fun)
    return out[0], out[1]


def _pinned(matrix: np.ndarray, rhs: np.ndarray, published: Sequence[int], figure: int) -> bool:
    low, high = _reachable(matrix, rhs, [bounds(p) for p in published], figure)
    return low > 1 + 1e-6 or high < SUPPRESS_BELOW - 1 - 1e-6


def narrowed(published: Sequence[int], groups: Sequence[Group], small: Sequence[int]) -> list[int]:
    """Those of the figures `small` (true counts 1 to 9) that the published figures pin tighter
    than 1 to 9."""
    if not groups:
        return []
    matrix, rhs = _system(groups, len(published))
    return [f for f in small if _pinned(matrix, rhs, published, f)]


def _choose(published: list[int], groups: Sequence[Group], figure: int) -> int | None:
    """The next figure to withhold to free `figure`, or None when everything is withheld."""

    def members(of: set[int]) -> set[int]:
        out: set[int] = set()
        for g in groups:
            everyone = {g.whole, *g.parts}
            if everyone & of:
                out |= everyone
        return out

    near = members({figure}) - {figure}
    wider = members(near) - {figure}
    for pool in (near, wider):
        shown = [(published[f], f) for f in pool if published[f] >= SUPPRESS_BELOW]
        if shown:
            return min(shown)[1]
    for pool in (near, wider, set(range(len(published)))):
        small = sorted(f for f in pool if published[f] in (FEWER, 0))
        if small:
            return small[0]
    return None


def protect(counts: Sequence[int], groups: Sequence[Group]) -> list[int]:
    """What to publish for each figure (see the module's docstring). Withholding only widens
    what each figure could be, so a figure that passes keeps passing: one pass is enough."""
    published = [primary(c) for c in counts]
    if not groups:
        return published
    matrix, rhs = _system(groups, len(published))
    grouped = {g.whole for g in groups} | {p for g in groups for p in g.parts}
    for figure, count in enumerate(counts):
        if not 0 < count < SUPPRESS_BELOW or figure not in grouped:
            continue
        while _pinned(matrix, rhs, published, figure):
            chosen = _choose(published, groups, figure)
            if chosen is None:  # everything withheld: nothing bounds anything (cannot happen)
                break
            published[chosen] = WITHHELD
    return published
