"""Outcomes employers record are published as reach is: Hypothesis builds random months of
figures, and for every "fewer than 10" the attacker of tests/services/test_reach_protection.py
tries each true value from 1 to 9 against the published total and months."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from careers.models import OUTCOME_STAGES
from careers.services.outcomes import publish
from careers.services.reach import FEWER, bounds
from tests.services.test_reach_protection import possible_values

MONTHS = [dt.date(2026, m, 1) for m in range(1, 13)]
COUNTS = st.fixed_dictionaries({stage: st.integers(0, 60) for stage in OUTCOME_STAGES})
ROWS = st.lists(st.tuples(st.sampled_from(MONTHS[:6]), COUNTS), max_size=10)


@settings(max_examples=300, deadline=None)
@given(ROWS)
def test_no_hidden_outcome_can_be_worked_out_from_what_is_published(
    rows: list[tuple[dt.date, dict[str, int]]],
) -> None:
    found = publish(rows)
    months = sorted({month for month, _ in rows})
    assert [label for label, _ in found.months] == [f"{m:%B %Y}" for m in months]
    for stage in OUTCOME_STAGES:
        true = [sum(c[stage] for m, c in rows if m == month) for month in months]
        published = [figures[stage] for _, figures in found.months]
        total = found.totals[stage]
        # what is published is true: each figure covers the real count
        for count, figure in [(sum(true), total), *zip(true, published, strict=True)]:
            low, high = bounds(figure)
            assert low <= count <= high
        # and no "fewer than 10" can be narrowed at all
        for i, figure in enumerate(published):
            if figure == FEWER:
                assert possible_values(total, [published], 0, i) == set(range(1, 10))


def test_months_entered_for_several_pathways_are_added_together_before_protection() -> None:
    found = publish(
        [
            (MONTHS[0], {"applied": 6, "interviewed": 0, "offered": 0, "started": 0}),
            (MONTHS[0], {"applied": 6, "interviewed": 0, "offered": 0, "started": 0}),
        ]
    )
    assert found.months == [
        ("January 2026", {"applied": 10, "interviewed": 0, "offered": 0, "started": 0})
    ]
