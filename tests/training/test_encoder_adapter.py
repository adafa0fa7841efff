"""The encoder's domain adapter: built only from training data, checked before it is used, and
folded into the model's weights exactly."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import numpy as np
import pytest

from careers.matching.encoder import EncoderError, merge_adapter, read_adapter
from careers.training import encoder_adapter


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def pathway(ref: str, title: str) -> dict:
    return {
        "ref": ref,
        "title": title,
        "summary": f"{title} in a London hospital.",
        "description": f"Work as a {title.lower()}.",
        "skills": ["teamwork"],
        "interests": ["helping people"],
    }


def test_persona_pairs_join_their_words_to_the_pathways_graded_two_or_three(
    tmp_path: Path,
) -> None:
    catalogue = write_jsonl(
        tmp_path / "catalogue.jsonl",
        [pathway("PORTER", "Hospital porter"), pathway("CODER", "Clinical coder")],
    )
    personas = write_jsonl(
        tmp_path / "personas.jsonl",
        [{"profile": {"about": "I like being on my feet"}, "relevance": {"PORTER": 3, "CODER": 1}}],
    )
    pairs = encoder_adapter.persona_pairs(personas, catalogue)
    assert [p.query for p in pairs] == ["I like being on my feet"]
    assert pairs[0].document.startswith("Hospital porter.")


def test_the_same_seed_gives_the_same_pairs_and_batches_never_repeat_a_document(
    tmp_path: Path,
) -> None:
    catalogue = write_jsonl(
        tmp_path / "catalogue.jsonl", [pathway(f"P{k}", f"Role {k}") for k in range(12)]
    )
    personas = write_jsonl(tmp_path / "personas.jsonl", [])
    first = encoder_adapter.training_pairs(None, [(personas, catalogue)])
    again = encoder_adapter.training_pairs(None, [(personas, catalogue)])
    assert first == again and len(first) == 36
    for batch in encoder_adapter._batches(first, 8, 10, random.Random(1)):
        keys = [p.key for p in batch]
        assert len(keys) == len(set(keys))


def adapter_file(tmp_path: Path, tensors: dict[str, np.ndarray]) -> Path:
    from safetensors.numpy import save_file

    path = tmp_path / "adapter_model.safetensors"
    save_file(tensors, str(path))
    return path


def test_an_adapter_that_is_not_the_one_the_manifest_names_stops_start_up(tmp_path: Path) -> None:
    path = adapter_file(tmp_path, {"base_model.model.layer.lora_A.weight": np.ones((2, 3), "f4")})
    manifest = {
        "model_id": "m+adapter",
        "adapter": {"file": str(path), "sha256": "0" * 64, "rank": 2, "alpha": 4},
    }
    with pytest.raises(EncoderError, match=r"is not the one models/manifest\.json names"):
        read_adapter(manifest)


def test_the_adapter_is_folded_into_the_weights_as_scale_times_b_times_a(tmp_path: Path) -> None:
    import torch

    a = np.arange(6, dtype="f4").reshape(2, 3) / 10
    b = np.arange(8, dtype="f4").reshape(4, 2) / 10
    path = adapter_file(
        tmp_path,
        {"base_model.model.layer.lora_A.weight": a, "base_model.model.layer.lora_B.weight": b},
    )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    manifest = {
        "model_id": "m",
        "adapter": {"file": str(path), "sha256": digest, "rank": 2, "alpha": 4},
    }
    model = torch.nn.Module()
    model.layer = torch.nn.Linear(3, 4, bias=False)
    before = model.layer.weight.detach().clone().numpy()
    merge_adapter(model, read_adapter(manifest))
    assert np.allclose(model.layer.weight.detach().numpy(), before + 2.0 * (b @ a), atol=1e-6)
