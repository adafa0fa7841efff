"""The FAISS index: exact inner product by default, IVF above a configurable size.

* Below ``approx_threshold`` vectors: ``IndexIDMap2(IndexFlatIP)``, exact.
* From ``approx_threshold``: ``IndexIVFFlat`` (inner product) with about 4·√n lists, searched
  with ``nprobe`` lists. ``careers bench`` measures its recall@10 against the exact index on
  real MiniLM embeddings (docs/benchmarks.md); the defaults here are the ones it showed meet
  recall@10 ≥ 0.98.

Why IVF and not HNSW: an IVF index removes vectors (``remove_ids``), so closing, deleting,
unpublishing or re-embedding a pathway takes effect in the index itself, at once, with no
tombstones; and on our catalogues (many near-identical pathways at different sites) HNSW
(M 32, efConstruction 80) reached recall@10 of only 0.79 at efSearch 128 and 0.93 at 512 on
the 100,000-pathway benchmark, where IVF with nprobe 64 reached 0.995. The lists' centroids
are trained on the catalogue as it was, so after many changes (half the trained size, at
least ``retrain_after``) the index is rebuilt and retrained from the live vectors (about 10 s
at 100,000 on one core, inside the change that triggers it).

Filtered searches (the engine's hard constraints as an id list): with few allowed ids the
IVF index is not used at all (exact scores over just those vectors); otherwise ``nprobe``
grows in proportion to the share filtered out, so the allowed top-k is still found.
"""

from __future__ import annotations

import hashlib
import json
import math
import threading
from pathlib import Path
from typing import Any

import faiss as _faiss
import numpy as np

faiss: Any = _faiss  # the SWIG bindings are untyped

faiss.omp_set_num_threads(1)  # forked gunicorn workers hang on OpenMP pools; 1 thread each

IVF_LISTS_PER_SQRT_N = 4  # nlist ≈ 4·√n
IVF_MIN_POINTS_PER_LIST = 39  # FAISS's own minimum of training points per centroid
IVF_TRAIN_POINTS_PER_LIST = 64  # training sample: at most this many points per list
IVF_NPROBE = 64  # lists searched per query: recall@10 ≥ 0.99 at 10k and 100k (careers bench)
EXACT_SUBSET_MAX = 4096  # allowed ids up to this: exact scores over just those vectors
RETRAIN_AFTER = 1000  # changes (at least, and half the trained size) before a rebuild


def ivf_lists(n: int) -> int:
    """The number of IVF lists for n vectors: about 4·√n, with enough points to train each."""
    return max(1, min(int(IVF_LISTS_PER_SQRT_N * math.sqrt(n)), n // IVF_MIN_POINTS_PER_LIST))


class VectorIndex:
    """Pathway id → normalised vector, searchable by inner product (cosine)."""

    def __init__(
        self,
        dim: int,
        approx_threshold: int = 50_000,
        nprobe: int = IVF_NPROBE,
        retrain_after: int = RETRAIN_AFTER,
    ) -> None:
        self.dim = dim
        self.approx_threshold = approx_threshold
        self.nprobe = nprobe
        self.retrain_after = retrain_after
        self._vectors: dict[int, np.ndarray] = {}  # live vectors by pathway id
        self._index: Any = None
        self.kind = "flat"
        self.nlist = 0
        self.trained_on = 0  # vectors the IVF lists were trained on
        self.changes = 0  # vectors added or removed since then
        self.rebuilds = 0  # automatic rebuilds (after many changes, or growing past the threshold)
        self._lock = threading.RLock()

    def __len__(self) -> int:
        return len(self._vectors)

    def describe(self) -> str:
        if self.kind == "ivf":
            return f"IVFFlat nlist {self.nlist}, nprobe {self.nprobe}"
        return "IDMap2 + FlatIP (exact)"

    # --- building and keeping current ------------------------------------------------

    def _new_index(self, vectors: np.ndarray) -> Any:
        n = len(vectors)
        if n and n >= self.approx_threshold:
            self.kind = "ivf"
            self.nlist = ivf_lists(n)
            quantizer = faiss.IndexFlatIP(self.dim)
            ivf = faiss.IndexIVFFlat(quantizer, self.dim, self.nlist, faiss.METRIC_INNER_PRODUCT)
            sample_size = min(n, self.nlist * IVF_TRAIN_POINTS_PER_LIST)
            if sample_size < n:
                rows = np.random.default_rng(n).choice(n, sample_size, replace=False)
                sample = vectors[np.sort(rows)]
            else:
                sample = vectors
            ivf.train(np.ascontiguousarray(sample))
            ivf.nprobe = self.nprobe
            self.trained_on = n
            return ivf
        self.kind = "flat"
        self.nlist = 0
        self.trained_on = n
        return faiss.IndexIDMap2(faiss.IndexFlatIP(self.dim))

    def build(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Replace everything with these vectors (row-aligned with ids)."""
        with self._lock:
            ids = np.asarray(ids, dtype=np.int64)
            vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dim)
            self._vectors = {int(i): vectors[k] for k, i in enumerate(ids)}
            self._index = self._new_index(vectors)
            self.changes = 0
            if len(ids):
                self._index.add_with_ids(vectors, ids)

    def _rebuild(self) -> None:
        ids = np.fromiter(self._vectors.keys(), dtype=np.int64, count=len(self._vectors))
        matrix = (
            np.stack(list(self._vectors.values()))
            if self._vectors
            else np.zeros((0, self.dim), dtype=np.float32)
        )
        self.rebuilds += 1
        self.build(ids, matrix)

    def _needs_rebuild(self) -> bool:
        if self.kind == "flat":
            return len(self._vectors) >= self.approx_threshold
        # IVF: centroids trained on a catalogue that has since changed a lot, or one that has
        # shrunk well below the threshold (exact is then cheap and better)
        return self.changes > max(self.retrain_after, self.trained_on // 2) or (
            len(self._vectors) < self.approx_threshold // 2
        )

    def upsert(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add these vectors, replacing any the ids already had (an edit is a re-embed)."""
        with self._lock:
            ids = np.asarray(ids, dtype=np.int64)
            vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dim)
            if self._index is None:
                self.build(ids, vectors)
                return
            # the last vector given for an id wins
            last = {int(i): k for k, i in enumerate(ids)}
            if len(last) < len(ids):
                keep = sorted(last.values())
                ids, vectors = ids[keep], vectors[keep]
            existing = [int(i) for i in ids if int(i) in self._vectors]
            if existing:
                self._index.remove_ids(np.asarray(existing, dtype=np.int64))
            self._index.add_with_ids(vectors, ids)
            for k, i in enumerate(ids):
                self._vectors[int(i)] = vectors[k]
            self.changes += len(ids)
            if self._needs_rebuild():
                self._rebuild()

    def remove(self, ids: list[int]) -> None:
        """Remove these ids (those not present are ignored); gone from the next search."""
        with self._lock:
            present = sorted({int(i) for i in ids if int(i) in self._vectors})
            if not present or self._index is None:
                return
            for i in present:
                del self._vectors[i]
            self._index.remove_ids(np.asarray(present, dtype=np.int64))
            self.changes += len(present)
            if self.kind == "ivf" and self._needs_rebuild():
                self._rebuild()

    # --- searching ---------------------------------------------------------------------

    def search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The k nearest (id, cosine), best first, optionally only among allowed ids."""
        with self._lock:
            if self._index is None or not self._vectors or k <= 0:
                return []
            q = np.ascontiguousarray(query, dtype=np.float32).reshape(1, -1)
            n = len(self._vectors)
            selector = None
            if allowed is not None:
                allowed = np.asarray(allowed, dtype=np.int64)
                if not len(allowed):
                    return []
                if self.kind == "ivf" and len(allowed) <= EXACT_SUBSET_MAX:
                    return self._exact_subset(q[0], k, allowed)
                selector = faiss.IDSelectorBatch(allowed)
            if self.kind == "ivf":
                nprobe = self.nprobe
                if allowed is not None:  # probe more lists the more the filter leaves out
                    nprobe = math.ceil(nprobe * n / max(1, len(allowed)))
                params = faiss.SearchParametersIVF(sel=selector, nprobe=min(self.nlist, nprobe))
            else:
                params = faiss.SearchParameters(sel=selector) if selector is not None else None
            scores, found = self._index.search(q, min(k, n), params=params)
            return [(int(i), float(s)) for i, s in zip(found[0], scores[0], strict=True) if i >= 0]

    def exact_search(
        self, query: np.ndarray, k: int, allowed: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """Exact top k over the live vectors (what the approximate index is measured against)."""
        with self._lock:
            ids = allowed if allowed is not None else np.fromiter(self._vectors, dtype=np.int64)
            q = np.ascontiguousarray(query, dtype=np.float32).reshape(-1)
            return self._exact_subset(q, k, np.asarray(ids, dtype=np.int64))

    def _exact_subset(self, q: np.ndarray, k: int, allowed: np.ndarray) -> list[tuple[int, float]]:
        rows = [(int(i), v) for i in allowed if (v := self._vectors.get(int(i))) is not None]
        if not rows or k <= 0:
            return []
        ids = np.fromiter((i for i, _ in rows), dtype=np.int64, count=len(rows))
        scores = np.stack([v for _, v in rows]) @ q
        top = np.argpartition(-scores, k - 1)[:k] if len(rows) > k else np.arange(len(rows))
        top = top[np.lexsort((ids[top], -scores[top]))]
        return [(int(ids[j]), float(scores[j])) for j in top]

    def vector(self, pathway_id: int) -> np.ndarray | None:
        return self._vectors.get(pathway_id)

    def ids(self) -> list[int]:
        return list(self._vectors)

    def vectors_of(self, ids: np.ndarray) -> np.ndarray:
        """The vectors of these ids (all present), row-aligned, as one matrix."""
        with self._lock:
            if not len(ids):
                return np.zeros((0, self.dim), dtype=np.float32)
            return np.stack([self._vectors[int(i)] for i in ids])

    # --- saving and loading -------------------------------------------------------

    def save(self, path: Path, meta: dict[str, Any]) -> None:
        """Write the index and a sidecar with its version, atomically (write, then rename)."""
        with self._lock:
            path.parent.mkdir(parents=True, exist_ok=True)
            if self._index is None:
                self.build(np.zeros(0, dtype=np.int64), np.zeros((0, self.dim), np.float32))
            tmp = path.with_suffix(".tmp")
            faiss.write_index(self._index, str(tmp))
            checksums = {"sha256": _file_sha256(tmp), "vectors_sha256": self.vectors_sha256()}
            tmp.replace(path)
            sidecar = path.with_suffix(".json")
            tmp_meta = sidecar.with_suffix(".json.tmp")
            tmp_meta.write_text(
                json.dumps(
                    {
                        **meta,
                        "kind": self.kind,
                        "size": len(self),
                        "nlist": self.nlist,
                        **checksums,
                    },
                )
            )
            tmp_meta.replace(sidecar)

    def vectors_sha256(self) -> str:
        """A checksum of the ids and vectors (the embeddings) this index holds."""
        digest = hashlib.sha256()
        with self._lock:
            for i in sorted(self._vectors):
                digest.update(np.int64(i).tobytes())
                digest.update(np.ascontiguousarray(self._vectors[i], dtype=np.float32).tobytes())
        return digest.hexdigest()

    @staticmethod
    def read_meta(path: Path) -> dict[str, Any] | None:
        try:
            data: dict[str, Any] = json.loads(path.with_suffix(".json").read_text())
        except (FileNotFoundError, ValueError):
            return None
        return data

    def load(self, path: Path) -> None:
        """Read an index written by save(). Raises ValueError for one of another kind (an
        older HNSW file, say), or whose bytes or vectors do not match the checksums saved beside
        it (a damaged file, or one without checksums): the caller then rebuilds from stored
        embeddings, and never serves it."""
        meta = self.read_meta(path) or {}
        if not meta.get("sha256") or _file_sha256(path) != meta["sha256"]:
            raise ValueError("the saved index does not match its checksum")
        with self._lock:
            index = faiss.read_index(str(path))
            if index.d != self.dim:
                raise ValueError(f"the saved index has dimension {index.d}, not {self.dim}")
            # read_index returns the most derived type, and the object owns its parts: keep it
            if isinstance(index, faiss.IndexIVFFlat):
                ids, vectors = _ivf_contents(index, self.dim)
                self._index, self.kind, self.nlist = index, "ivf", int(index.nlist)
            elif isinstance(index, faiss.IndexIDMap2) and isinstance(
                faiss.downcast_index(index.index), faiss.IndexFlat
            ):
                inner = faiss.downcast_index(index.index)
                n = index.ntotal
                ids = faiss.vector_to_array(index.id_map).astype(np.int64)
                # Positions, not ids: the id map's own reconstruct_n takes ids.
                vectors = inner.reconstruct_n(0, n) if n else np.zeros((0, self.dim), np.float32)
                self._index, self.kind, self.nlist = index, "flat", 0
            else:
                raise ValueError(f"unexpected saved index {_describe(index)}")
            loaded = {int(i): vectors[k] for k, i in enumerate(ids)}
            previous = (self._index, self.kind, self.nlist, self._vectors)
            self._vectors = loaded
            if self.vectors_sha256() != meta.get("vectors_sha256"):
                self._index, self.kind, self.nlist, self._vectors = previous
                raise ValueError("the saved index's vectors do not match their checksum")
            self.trained_on, self.changes = len(ids), 0


def _file_sha256(path: Path) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def _describe(index: Any) -> str:
    inner = getattr(index, "index", None)
    name = type(index).__name__
    return f"{name}({type(faiss.downcast_index(inner)).__name__})" if inner is not None else name


def _ivf_contents(ivf: Any, dim: int) -> tuple[np.ndarray, np.ndarray]:
    """Every (id, vector) stored in an IVFFlat index's inverted lists."""
    lists = ivf.invlists
    all_ids: list[np.ndarray] = []
    all_vectors: list[np.ndarray] = []
    for number in range(ivf.nlist):
        size = lists.list_size(number)
        if not size:
            continue
        ids = faiss.rev_swig_ptr(lists.get_ids(number), size).copy()
        codes = faiss.rev_swig_ptr(lists.get_codes(number), size * lists.code_size).copy()
        all_ids.append(ids.astype(np.int64))
        all_vectors.append(codes.view(np.float32).reshape(size, dim))
    if not all_ids:
        return np.zeros(0, dtype=np.int64), np.zeros((0, dim), dtype=np.float32)
    return np.concatenate(all_ids), np.concatenate(all_vectors)
