"""The matcher with the real model: meaning, not just shared words."""

from __future__ import annotations

import numpy as np
import pytest

from careers.matching.columns import record_text
from careers.matching.encoder import Encoder
from careers.matching.engine import MatchEngine
from careers.matching.types import Profile, Query
from tests.matching.helpers import PECKHAM, record

pytestmark = pytest.mark.model


def _engine(encoder: Encoder) -> tuple[MatchEngine, dict[str, str]]:
    catalogue = [
        record(
            title="Care worker – older people's home",
            interests=("caring for older people",),
            skills=("kindness", "patience"),
            summary="Help older residents with daily life.",
        ),
        record(
            title="Healthcare support worker",
            interests=("caring for people",),
            summary="Care for patients on a hospital ward.",
        ),
        record(
            title="IT support technician apprentice",
            interests=("computers", "technology"),
            skills=("troubleshooting",),
            summary="Fix laptops, phones and the network.",
            description="Set up computers and help staff with IT problems.",
        ),
        record(
            title="Data technician apprentice",
            interests=("data", "spreadsheets"),
            summary="Build reports and dashboards from health data.",
            description="Clean and analyse data with Excel and SQL.",
        ),
    ]
    engine = MatchEngine(encoder)
    engine.load(catalogue, encoder.encode([record_text(r) for r in catalogue]), version=1)
    return engine, {r.ref: r.title for r in catalogue}


def test_the_model_gives_normalised_384_dimensional_vectors(minilm: Encoder) -> None:
    vectors = minilm.encode(["I like helping people", "Fixing computers"])
    assert vectors.shape == (2, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_looking_after_a_nan_ranks_care_roles_above_it_roles(minilm: Encoder) -> None:
    engine, titles = _engine(minilm)
    response, _ = engine.match(Query(Profile(about="I looked after my nan for two years"), PECKHAM))
    results = response.results
    ranked = [titles[r.ref] for r in results]
    assert ranked.index("Care worker – older people's home") < ranked.index(
        "IT support technician apprentice"
    )
    assert ranked.index("Healthcare support worker") < ranked.index("Data technician apprentice")
    assert results[0].reasons[0].startswith("You said you looked after your nan")


def test_building_pcs_ranks_it_support_first(minilm: Encoder) -> None:
    engine, titles = _engine(minilm)
    about = "I've built three gaming PCs and everyone calls me when the wifi dies"
    response, _ = engine.match(Query(Profile(about=about), PECKHAM))
    results = response.results
    assert titles[results[0].ref] == "IT support technician apprentice"
