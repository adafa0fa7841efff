"""Reach figures that cannot be unpicked. Hypothesis builds random event tables; for every
"fewer than 10" the attacker tries each true value from 1 to 9 against every published figure
(the total and every breakdown adding up to it) and must find all of them still possible."""

from __future__ import annotations

import itertools
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from careers.services.reach import (
    FEWER,
    WITHHELD,
    bounds,
    primary,
    protect,
    share_of,
)

EVENT = st.tuples(
    st.integers(0, 2),  # month
    st.sampled_from(["E09000028", "E09000019", "E09000022", None]),  # borough
    st.sampled_from([1, 2, 3, 9, None]),  # decile
    st.integers(0, 2),  # age band
)


def _tables(events: list[tuple]) -> tuple[int, list[list[int]]]:
    """Each breakdown's cells (every value it can take, in a fixed order): they add up to the
    number of events, as on the reach pages."""
    domains = [range(3), ["E09000028", "E09000019", "E09000022", None], [1, 2, 3, 9, None]]
    domains.append(range(3))
    tables = []
    for position, domain in enumerate(domains):
        counts = Counter(event[position] for event in events)
        tables.append([counts.get(value, 0) for value in domain])
    return len(events), tables


def possible_values(total: int, tables: list[list[int]], table: int, cell: int) -> set[int]:
    """The attacker: each true value of one hidden cell that every published sum allows."""
    found = set()
    for value in range(1, 10):
        low, high = bounds(total)
        for t, cells in enumerate(tables):
            ranges = [
                (value, value) if (t, i) == (table, cell) else bounds(p)
                for i, p in enumerate(cells)
            ]
            low = max(low, sum(r[0] for r in ranges))
            high = min(high, sum(r[1] for r in ranges))
        if low <= high:
            found.add(value)
    return found


@settings(max_examples=400, deadline=None)
@given(st.lists(EVENT, max_size=90))
def test_no_hidden_cell_can_be_worked_out_from_what_is_published(events: list[tuple]):
    total, tables = _tables(events)
    published_total, published = protect(total, tables)
    # What is published is true: each figure covers the real count.
    pairs = [(total, published_total)]
    for cells, pub in zip(tables, published, strict=True):
        pairs.extend(zip(cells, pub, strict=True))
    for true, shown in pairs:
        low, high = bounds(shown)
        assert low <= true <= high
    # And no "fewer than 10" can be narrowed at all.
    for t, cells in enumerate(published):
        for i, p in enumerate(cells):
            if p == FEWER:
                assert possible_values(published_total, published, t, i) == set(range(1, 10))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 60), min_size=1, max_size=6))
def test_a_single_breakdown_and_its_total_never_give_away_a_small_cell(cells: list[int]):
    published_total, [published] = protect(sum(cells), [cells])
    for i, p in enumerate(published):
        if p == FEWER:
            assert possible_values(published_total, [published], 0, i) == set(range(1, 10))


def test_the_reported_unpicking_no_longer_works():
    # "A total of 26 with Southwark 20 leaves Islington 6."
    total, [cells] = protect(26, [[20, 6]])
    assert (total, cells) == (25, [20, FEWER])
    assert possible_values(total, [cells], 0, 1) == set(range(1, 10))
    # Two small cells of 9 and a total of 18 (rounded to 20) would say both are 9.
    total, [cells] = protect(18, [[9, 9]])
    assert total == WITHHELD and cells == [FEWER, FEWER]


def test_the_deprived_share_uses_only_published_figures():
    # "88% in deciles 1-3 of 24 leaves 3": with decile 9 hidden there is no share at all.
    assert share_of({1: primary(21), 9: primary(3)}) is None
    assert share_of({1: primary(40), 9: primary(10)}) == 0.8
    assert share_of({1: WITHHELD, 9: 20}) is None


def test_rounding_is_to_the_nearest_5_from_10_up():
    assert [primary(n) for n in (0, 1, 9, 10, 12, 13, 17, 18, 26)] == [
        0,
        FEWER,
        FEWER,
        10,
        10,
        15,
        15,
        20,
        25,
    ]
    assert list(itertools.islice((bounds(p) for p in (10, 15)), 2)) == [(10, 12), (13, 17)]
