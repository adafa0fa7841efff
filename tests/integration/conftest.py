"""The real all-MiniLM-L6-v2 model, loaded once per test session."""

from __future__ import annotations

import os

import pytest

from careers.matching.encoder import Encoder, get_encoder


@pytest.fixture(scope="session")
def minilm() -> Encoder:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    return get_encoder("minilm", None, 1)
