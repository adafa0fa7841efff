"""The FAISS index on its own: exact below the threshold, IVF above it, and removals and edits
that take effect at once. Small clustered vectors and a low threshold keep these fast."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import faiss
import numpy as np
import pytest

from careers.matching.vector_index import EXACT_SUBSET_MAX, VectorIndex

DIM = 32


def unit(rows: np.ndarray) -> np.ndarray:
    rows = np.asarray(rows, dtype=np.float32)
    return (rows / np.linalg.norm(rows, axis=-1, keepdims=True)).astype(np.float32)


def clustered(n: int, seed: int = 1, centres: int = 40) -> np.ndarray:
    """n vectors around a few centres, like many sites of a few kinds of role."""
    rng = np.random.default_rng(seed)
    centre = unit(rng.normal(size=(centres, DIM)))
    return unit(centre[rng.integers(0, centres, n)] + rng.normal(0, 0.15, size=(n, DIM)))


def queries(n: int, seed: int = 2) -> np.ndarray:
    return unit(np.random.default_rng(seed).normal(size=(n, DIM)))


def approximate(n: int = 2000, threshold: int = 1000, **options: int) -> VectorIndex:
    index = VectorIndex(DIM, approx_threshold=threshold, **options)
    index.build(np.arange(1, n + 1), clustered(n))
    return index


def top_ids(index: VectorIndex, q: np.ndarray, k: int = 10, **kw: np.ndarray) -> list[int]:
    return [i for i, _ in index.search(q, k, **kw)]


def test_below_the_threshold_the_index_is_exact() -> None:
    index = approximate(n=500, threshold=1000)
    assert index.kind == "flat"
    for q in queries(20):
        found, exact = index.search(q, 10), index.exact_search(q, 10)
        assert [i for i, _ in found] == [i for i, _ in exact]
        assert [s for _, s in found] == pytest.approx([s for _, s in exact], abs=1e-5)


def near(n: int, seed: int = 2) -> np.ndarray:
    """Queries like the catalogue's vectors, but not equal to any of them."""
    rng = np.random.default_rng(seed)
    return unit(clustered(n, seed=1)[rng.permutation(n)] + rng.normal(0, 0.1, size=(n, DIM)))


def test_above_the_threshold_the_index_is_ivf_and_finds_the_exact_top_ten() -> None:
    index = approximate(n=3000, threshold=1000)
    assert index.kind == "ivf"
    assert index.nlist > index.nprobe  # the probe really skips lists
    recalls = []
    for q in near(50):
        exact = {i for i, _ in index.exact_search(q, 10)}
        recalls.append(len(exact & set(top_ids(index, q))) / 10)
    assert np.mean(recalls) >= 0.95


def test_scores_are_cosines_best_first() -> None:
    index = approximate()
    q = queries(1)[0]
    hits = index.search(q, 10)
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)
    for pid, score in hits:
        vector = index.vector(pid)
        assert vector is not None
        assert score == pytest.approx(float(vector @ q), abs=1e-5)


@pytest.mark.parametrize("threshold", [1000, 10**9], ids=["ivf", "flat"])
def test_a_removed_pathway_never_comes_back(threshold: int) -> None:
    index = approximate(threshold=threshold)
    target = 77
    vector = index.vector(target)
    assert vector is not None
    assert top_ids(index, vector, 1) == [target]

    index.remove([target])

    assert target not in index.ids()
    assert index.vector(target) is None
    assert target not in top_ids(index, vector, 100)
    assert target not in top_ids(index, vector, 100, allowed=np.array([target, 78, 79]))
    assert target not in top_ids(index, vector, 100, allowed=np.arange(1, 1900))
    for q in queries(30):
        assert target not in top_ids(index, q, 200)


@pytest.mark.parametrize("threshold", [1000, 10**9], ids=["ivf", "flat"])
def test_an_edited_pathway_is_found_by_its_new_vector_at_once(threshold: int) -> None:
    index = approximate(threshold=threshold)
    target = 150
    old = index.vector(target)
    assert old is not None
    new = queries(1, seed=99)[0]

    index.upsert(np.array([target]), new.reshape(1, -1))

    assert top_ids(index, new, 1) == [target]
    assert index.search(new, 1)[0][1] == pytest.approx(1.0, abs=1e-5)
    # the old vector is gone: searching where it was gives the new score, or nothing
    for pid, score in index.search(old, 300):
        if pid == target:
            assert score == pytest.approx(float(new @ old), abs=1e-5)
    assert sorted(index.ids()) == list(range(1, 2001))


def test_a_reopened_pathway_appears_once() -> None:
    index = approximate()
    vector = index.vector(5)
    assert vector is not None
    index.remove([5])
    index.upsert(np.array([5]), vector.reshape(1, -1))
    assert top_ids(index, vector, 20).count(5) == 1
    assert top_ids(index, vector, 1) == [5]


def test_the_last_vector_given_for_an_id_wins() -> None:
    index = approximate()
    first, second = queries(2, seed=7)
    index.upsert(np.array([9, 9]), np.stack([first, second]))
    assert top_ids(index, second, 1) == [9]
    assert top_ids(index, second, 50).count(9) == 1
    assert len(index) == 2000


@pytest.mark.parametrize("allowed_count", [50, EXACT_SUBSET_MAX + 1000], ids=["few", "many"])
def test_a_filtered_search_returns_only_allowed_ids_and_the_best_of_them(
    allowed_count: int,
) -> None:
    n = EXACT_SUBSET_MAX + 3000
    index = approximate(n=n, threshold=1000)
    allowed = np.random.default_rng(3).choice(np.arange(1, n + 1), allowed_count, replace=False)
    recalls = []
    for q in queries(20):
        found = top_ids(index, q, 10, allowed=allowed)
        assert set(found) <= set(allowed.tolist())
        assert len(found) == 10
        exact = {i for i, _ in index.exact_search(q, 10, allowed=allowed)}
        recalls.append(len(exact & set(found)) / 10)
    assert np.mean(recalls) >= 0.95


def test_growing_past_the_threshold_switches_to_ivf_and_keeps_every_vector() -> None:
    index = VectorIndex(DIM, approx_threshold=1000)
    vectors = clustered(1200)
    index.build(np.arange(1, 901), vectors[:900])
    assert index.kind == "flat"
    index.upsert(np.arange(901, 1201), vectors[900:])
    assert index.kind == "ivf"
    assert sorted(index.ids()) == list(range(1, 1201))
    assert top_ids(index, vectors[1100], 1) == [1101]


def test_many_changes_retrain_the_lists_and_nothing_is_lost() -> None:
    index = approximate(n=2000, threshold=1000, retrain_after=100)
    fresh = clustered(1200, seed=5)
    index.remove(list(range(1, 601)))
    index.upsert(np.arange(3001, 4201), fresh)
    assert index.rebuilds >= 1
    assert index.kind == "ivf"
    assert sorted(index.ids()) == list(range(601, 2001)) + list(range(3001, 4201))
    assert top_ids(index, fresh[17], 1) == [3018]
    assert not set(top_ids(index, queries(1)[0], 500)) & set(range(1, 601))


def test_shrinking_well_below_the_threshold_goes_back_to_exact() -> None:
    index = approximate(n=2000, threshold=1000, retrain_after=10**9)
    index.remove(list(range(1, 1600)))
    assert index.kind == "flat"
    assert sorted(index.ids()) == list(range(1600, 2001))


@pytest.mark.parametrize("threshold", [1000, 10**9], ids=["ivf", "flat"])
def test_a_saved_index_loads_with_the_same_vectors_and_answers(
    tmp_path: Path, threshold: int
) -> None:
    index = approximate(threshold=threshold)
    index.remove([3, 4])
    index.upsert(np.array([10]), queries(1, seed=4))
    path = tmp_path / "index.faiss"
    index.save(path, {"version": 7})

    loaded = VectorIndex(DIM, approx_threshold=threshold)
    loaded.load(path)

    assert VectorIndex.read_meta(path) == {
        "version": 7,
        "kind": index.kind,
        "size": 1998,
        "nlist": index.nlist,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "vectors_sha256": index.vectors_sha256(),
    }
    assert loaded.kind == index.kind
    assert sorted(loaded.ids()) == sorted(index.ids())
    assert np.array_equal(loaded.vector(10), index.vector(10))
    for q in queries(10):
        assert loaded.search(q, 10) == index.search(q, 10)
    loaded.remove([11])  # and it can still remove after loading
    assert 11 not in top_ids(loaded, index.vector(11), 50)  # type: ignore[arg-type]


def test_a_saved_index_of_another_kind_is_refused(tmp_path: Path) -> None:
    hnsw = faiss.IndexIDMap2(faiss.IndexHNSWFlat(DIM, 8, faiss.METRIC_INNER_PRODUCT))
    hnsw.add_with_ids(clustered(50), np.arange(50))
    path = tmp_path / "old.faiss"
    faiss.write_index(hnsw, str(path))
    with pytest.raises(ValueError, match="does not match its checksum"):
        VectorIndex(DIM).load(path)  # no checksum beside it
    checksum = hashlib.sha256(path.read_bytes()).hexdigest()
    path.with_suffix(".json").write_text(json.dumps({"sha256": checksum}))
    with pytest.raises(ValueError, match="unexpected saved index"):
        VectorIndex(DIM).load(path)


@pytest.mark.parametrize("threshold", [1000, 10**9], ids=["ivf", "flat"])
def test_a_saved_index_whose_bytes_or_vectors_changed_is_refused(
    tmp_path: Path, threshold: int
) -> None:
    index = approximate(threshold=threshold)
    path = tmp_path / "index.faiss"
    index.save(path, {"version": 1})
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="does not match its checksum"):
        VectorIndex(DIM, approx_threshold=threshold).load(path)

    index.save(path, {"version": 1})
    meta = json.loads(path.with_suffix(".json").read_text())
    path.with_suffix(".json").write_text(json.dumps({**meta, "vectors_sha256": "0" * 64}))
    refused = VectorIndex(DIM, approx_threshold=threshold)
    with pytest.raises(ValueError, match="vectors do not match"):
        refused.load(path)
    assert len(refused) == 0  # nothing of it is kept


def test_an_empty_index_answers_nothing() -> None:
    index = VectorIndex(DIM, approx_threshold=10)
    assert index.search(queries(1)[0], 10) == []
    index.build(np.zeros(0, dtype=np.int64), np.zeros((0, DIM), np.float32))
    assert index.search(queries(1)[0], 10) == []
    assert index.search(queries(1)[0], 10, allowed=np.array([], dtype=np.int64)) == []
