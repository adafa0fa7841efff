"""The FAISS index: exact inner product by default, HNSW above a configurable size.

HNSW cannot remove vectors, so a removed or replaced vector is tombstoned: it is dropped from
results at once and the index is rebuilt from the live vectors when a quarter is dead.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import faiss as _faiss
import numpy as np

faiss: Any = _faiss  # the SWIG bindings are untyped

faiss.omp_set_num_threads(1)  # forked gunicorn workers hang on OpenMP pools; 1 thread each

HNSW_M = 32
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128


class VectorIndex:
    def __init__(self, dim: int, approx_threshold: int = 50_000) -> None:
        self.dim = dim
        self.approx_threshold = approx_threshold
        self._vectors: dict[int, np.ndarray] = {}  # live vectors by pathway id (for rebuilds)
        self._dead: set[int] = set()
        self._index: Any = None
        self.kind = "flat"
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._vectors)

    def _new_index(self, n: int) -> Any:
        if n >= self.approx_threshold:
            self.kind = "hnsw"
            hnsw = faiss.IndexHNSWFlat(self.dim, HNSW_M, faiss.METRIC_INNER_PRODUCT)
            hnsw.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            hnsw.hnsw.efSearch = HNSW_EF_SEARCH
            return faiss.IndexIDMap2(hnsw)
        self.kind = "flat"
        return faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))

    def build(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        with self._lock:
            ids = np.asarray(ids, dtype=np.int64)
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            self._vectors = {int(i): vectors[k] for k, i in enumerate(ids)}
            self._dead = set()
            self._index = self._new_index(len(ids))
            if len(ids):
                self._index.add_with_ids(vectors, ids)

    def _rebuild(self) -> None:
        ids = np.fromiter(self._vectors.keys(), dtype=np.int64, count=len(self._vectors))
        matrix = (
            np.stack(list(self._vectors.values()))
            if self._vectors
            else np.zeros((0, self.dim), dtype=np.float32)
        )
        self.build(ids, matrix)

    def upsert(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        with self._lock:
            if self._index is None:
                self._index = self._new_index(len(ids))
            ids = np.asarray(ids, dtype=np.int64)
            vectors = np.ascontiguousarray(vectors, dtype=np.float32)
            self.remove([int(i) for i in ids if int(i) in self._vectors], _compact=False)
            for k, i in enumerate(ids):
                self._vectors[int(i)] = vectors[k]
            if self.kind == "hnsw":
                # a tombstoned id cannot be re-added to HNSW under the same id: rebuild
                if self._dead & {int(i) for i in ids}:
                    self._rebuild()
                    return
                self._index.add_with_ids(vectors, ids)
            else:
                self._index.add_with_ids(vectors, ids)
            if self.kind == "flat" and len(self._vectors) >= self.approx_threshold:
                self._rebuild()

    def remove(self, ids: list[int], _compact: bool = True) -> None:
        with self._lock:
            present = [i for i in ids if i in self._vectors]
            for i in present:
                del self._vectors[i]
            if not present or self._index is None:
                return
            if self.kind == "flat":
                self._index.remove_ids(np.asarray(present, dtype=np.int64))
            else:
                self._dead.update(present)
                if _compact and len(self._dead) > max(1000, len(self._vectors) // 4):
                    self._rebuild()

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The k nearest (id, cosine), optionally only among allowed ids."""
        with self._lock:
            if self._index is None or not self._vectors or k <= 0:
                return []
            q = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
            fetch = min(len(self._vectors) + len(self._dead), k + len(self._dead))
            params = None
            if allowed is not None:
                selector = faiss.IDSelectorBatch(np.asarray(allowed, dtype=np.int64))
                params = (
                    faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, fetch))
                    if self.kind == "hnsw"
                    else faiss.SearchParameters(sel=selector)
                )
            elif self.kind == "hnsw":
                params = faiss.SearchParametersHNSW(efSearch=max(HNSW_EF_SEARCH, fetch))
            scores, ids = self._index.search(q, fetch, params=params)
            out = [
                (int(i), float(s))
                for i, s in zip(ids[0], scores[0], strict=True)
                if i >= 0 and int(i) not in self._dead
            ]
            return out[:k]

    def vector(self, pathway_id: int) -> np.ndarray | None:
        return self._vectors.get(pathway_id)

    def ids(self) -> list[int]:
        return list(self._vectors)

    # --- saving and loading -------------------------------------------------------

    def save(self, path: Path, meta: dict[str, Any]) -> None:
        """Write the index and a sidecar with its version, atomically (write, then rename)."""
        with self._lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            if self._dead:
                self._rebuild()
            tmp = path.with_suffix(".tmp")
            faiss.write_index(self._index, str(tmp))
            tmp.replace(path)
            sidecar = path.with_suffix(".json")
            tmp_meta = sidecar.with_suffix(".json.tmp")
            tmp_meta.write_text(json.dumps({**meta, "kind": self.kind, "size": len(self)}))
            tmp_meta.replace(sidecar)

    @staticmethod
    def read_meta(path: Path) -> dict[str, Any] | None:
        try:
            data: dict[str, Any] = json.loads(path.with_suffix(".json").read_text())
        except (FileNotFoundError, ValueError):
            return None
        return data

    def load(self, path: Path) -> None:
        with self._lock:
            index = faiss.read_index(str(path))
            n = index.ntotal
            ids = faiss.vector_to_array(index.id_map).astype(np.int64)
            # Positions, not ids: the id map's own reconstruct_n takes ids and aborts on a miss.
            inner = faiss.downcast_index(index.index)
            vectors = inner.reconstruct_n(0, n) if n else np.zeros((0, self.dim), np.float32)
            self._index = index
            self.kind = (
                "hnsw" if "HNSW" in type(faiss.downcast_index(index.index)).__name__ else "flat"
            )
            self._vectors = {int(i): vectors[k] for k, i in enumerate(ids)}
            self._dead = set()
