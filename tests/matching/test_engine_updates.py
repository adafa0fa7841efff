"""A publish or an edit changes what the engine knows about that pathway at once, and only that
pathway's worked-out features are recomputed."""

from __future__ import annotations

import dataclasses

from careers.matching.columns import record_text
from tests.matching.helpers import ask, engine_with, record, refs


def test_an_edit_that_states_an_age_range_lowers_the_pathway_for_an_older_person_at_once() -> None:
    open_to_all = record(ref="VOL-OPEN", title="Ward volunteer", type="volunteering")
    other = record(ref="VOL-OTHER", title="Ward volunteer", type="volunteering")
    engine = engine_with(open_to_all, other)
    assert refs(ask(engine, age=23))  # both are matched; the engine has worked out its columns

    edited = dataclasses.replace(open_to_all, title="Ward volunteer (16–18)")
    engine.upsert([edited], engine.encoder.encode([record_text(edited)]))

    assert refs(ask(engine, age=23))[-1] == "VOL-OPEN"


def test_an_edit_recomputes_only_the_edited_pathways_features() -> None:
    first, second = record(ref="A-1"), record(ref="A-2")
    engine = engine_with(first, second)
    ask(engine)
    engine.upsert([first], engine.encoder.encode([record_text(first)]))

    assert first.id not in engine._derived
    assert second.id in engine._derived
