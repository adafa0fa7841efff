"""seed_data/pathways.jsonl is what seed_data/generate_pathways.py writes from the hand-written
content in seed_data/examples/, byte for byte (so an edit to one without the other is caught)."""

from __future__ import annotations

import importlib.util
import json

from careers.config import PROJECT_ROOT

SEED_DATA = PROJECT_ROOT / "seed_data"


def test_the_committed_example_catalogue_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location(
        "generate_pathways", SEED_DATA / "generate_pathways.py"
    )
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    written = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in generator.build())
    assert written == (SEED_DATA / "pathways.jsonl").read_text(encoding="utf-8")
