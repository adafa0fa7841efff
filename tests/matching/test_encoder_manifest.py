"""The model manifest: weights that are not the ones it names stop start-up with a clear error."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from careers.matching.encoder import EncoderError, MiniLMEncoder, read_manifest, verify_model_dir


def model_dir(tmp_path: Path, weights: bytes) -> Path:
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "model.safetensors").write_bytes(weights)
    return folder


def test_weights_with_another_checksum_are_a_clear_start_up_error(tmp_path: Path) -> None:
    folder = model_dir(tmp_path, b"not the real weights")
    with pytest.raises(EncoderError) as error:
        MiniLMEncoder(folder)
    message = str(error.value)
    assert "are not the ones models/manifest.json names" in message
    assert read_manifest()["model_id"] in message
    assert "careers reindex" in message


def test_missing_weights_say_where_they_were_looked_for(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(EncoderError, match=r"No model weights at .*CAREERS_MODEL_DIR"):
        MiniLMEncoder(folder)


def test_weights_matching_the_manifest_pass_the_check(tmp_path: Path) -> None:
    weights = b"pretend weights"
    folder = model_dir(tmp_path, weights)
    manifest = {
        **read_manifest(),
        "weights_sha256": hashlib.sha256(weights).hexdigest(),
    }
    verify_model_dir(folder, manifest)  # no error


def test_a_missing_manifest_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EncoderError, match="The model manifest is missing"):
        read_manifest(tmp_path / "manifest.json")
