"""Experiment (not shipped; see docs/matching.md, fifth round): a query adapter, a linear map
applied to a person's query vector (not to pathways), learned contrastively on O*NET so that
what people say they can do and want to be lands nearer the occupation that does it. Training
data: O*NET 29.2 (CC BY 4.0) only: task statements, alternate and reported titles ->
occupation title and description. Nothing from ESCO and nothing from the evaluation sets.

    .venv/bin/python docs/experiments/query_adapter.py ../shared/data/onet /tmp/query-adapter.npz

It prints recall@10 on held-out O*NET occupations with and without the adapter. The encoder is
frozen (all-MiniLM-L6-v2), so the adapter is a 384 x 384 matrix with the identity as its
starting point. Result: +0.02 recall@10 on held-out O*NET occupations, but lower nDCG@10 on
the ESCO set (dense only 0.278 -> 0.258-0.261), so it was not shipped.
"""

from __future__ import annotations

import csv
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

SEED = 20261206
QUERIES_PER_OCCUPATION = 6
TITLES_PER_OCCUPATION = 6
VALIDATION_SHARE = 0.15


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _lower_first(text: str) -> str:
    text = text.strip().rstrip(".")
    return text[0].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


def build_pairs(
    onet: Path, rng: random.Random
) -> tuple[list[str], list[str], list[tuple[str, int]]]:
    """Occupation codes, their document texts, and (query text, occupation index) pairs."""
    occupations = _rows(onet / "onet_29.2_Occupation_Data.csv")
    tasks: dict[str, list[str]] = defaultdict(list)
    for r in _rows(onet / "onet_29.2_Task_Statements.csv"):
        tasks[r["O*NET-SOC Code"]].append(r["Task"])
    titles: dict[str, list[str]] = defaultdict(list)
    for r in _rows(onet / "onet_29.2_Alternate_Titles.csv"):
        titles[r["O*NET-SOC Code"]].append(r["Alternate Title"])
    for r in _rows(onet / "onet_29.2_Sample_of_Reported_Titles.csv"):
        titles[r["O*NET-SOC Code"]].append(r["Reported Job Title"])
    codes, docs, pairs = [], [], []
    for occ in occupations:
        code = occ["O*NET-SOC Code"]
        if len(tasks[code]) < 3:
            continue
        k = len(codes)
        codes.append(code)
        docs.append(f"{occ['Title']}. {occ['Description']}")
        own = tasks[code]
        for _ in range(QUERIES_PER_OCCUPATION):
            picked = rng.sample(own, min(len(own), rng.choice((2, 3, 4, 5))))
            joined = ", ".join(_lower_first(t) for t in picked)
            opener = rng.choice(("I can ", "I have experience to ", "I'm good at: ", ""))
            pairs.append((opener + joined + ".", k))
        for title in rng.sample(titles[code], min(len(titles[code]), TITLES_PER_OCCUPATION)):
            opener = rng.choice(("I want to be a ", "I'd like to work as a ", "", "job as "))
            pairs.append((opener + title, k))
    return codes, docs, pairs


def train(
    queries: np.ndarray,
    targets: np.ndarray,
    docs: np.ndarray,
    train_mask: np.ndarray,
    *,
    epochs: int = 30,
    lr: float = 0.02,
    scale: float = 20.0,
    pull: float = 1.0,
) -> np.ndarray:
    """W (d x d) minimising softmax cross-entropy of normalise(qW) against every document,
    plus pull * ||W - I||^2 (the adapter stays close to the encoder it adapts)."""
    import torch

    torch.manual_seed(SEED)
    d = queries.shape[1]
    # only the training occupations' documents take part (held-out ones are never pushed away)
    seen = np.unique(targets[train_mask])
    remap = np.full(len(docs), -1, dtype=np.int64)
    remap[seen] = np.arange(len(seen))
    q = torch.from_numpy(queries[train_mask])
    t = torch.from_numpy(remap[targets[train_mask]])
    dm = torch.from_numpy(docs[seen])
    w = torch.nn.Parameter(torch.eye(d))
    opt = torch.optim.Adam([w], lr=lr)
    eye = torch.eye(d)
    batch = 256
    for _ in range(epochs):
        order = torch.randperm(len(q))
        for start in range(0, len(q), batch):
            idx = order[start : start + batch]
            z = torch.nn.functional.normalize(q[idx] @ w, dim=1)
            logits = scale * z @ dm.T
            loss = torch.nn.functional.cross_entropy(logits, t[idx])
            loss = loss + pull * ((w - eye) ** 2).sum() / d
            opt.zero_grad()
            loss.backward()
            opt.step()
    return w.detach().numpy().astype(np.float32)


def recall_at(
    queries: np.ndarray, targets: np.ndarray, docs: np.ndarray, w: np.ndarray | None, k: int = 10
) -> float:
    z = queries if w is None else queries @ w
    z = z / np.linalg.norm(z, axis=1, keepdims=True)
    sims = z @ docs.T
    top = np.argsort(-sims, axis=1)[:, :k]
    return float(np.mean([targets[i] in top[i] for i in range(len(targets))]))


def main(onet_dir: str, out_path: str) -> None:
    from careers.matching.encoder import MiniLMEncoder

    rng = random.Random(SEED)
    codes, doc_texts, pairs = build_pairs(Path(onet_dir), rng)
    encoder = MiniLMEncoder(threads=2)
    started = time.perf_counter()
    docs = encoder.encode(doc_texts)
    queries = encoder.encode([p[0] for p in pairs])
    seconds = time.perf_counter() - started
    print(f"encoded {len(doc_texts)} occupations and {len(pairs)} queries in {seconds:.0f} s")
    targets = np.array([p[1] for p in pairs], dtype=np.int64)
    held = set(rng.sample(range(len(codes)), int(len(codes) * VALIDATION_SHARE)))
    train_mask = np.array([t not in held for t in targets])
    w = train(queries, targets, docs, train_mask)
    val = ~train_mask
    before = recall_at(queries[val], targets[val], docs, None)
    after = recall_at(queries[val], targets[val], docs, w)
    print(f"held-out occupations recall@10: identity {before:.3f}, adapter {after:.3f}")
    np.savez_compressed(out_path, w=w.astype(np.float16))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
