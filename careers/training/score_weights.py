"""Learn the matcher's score weights from graded personas, with cross-validation.

The score is a weighted sum of named features (careers/matching/scoring.py). Given each training
persona's candidates with their feature values (MatchEngine.explain) and grades, this fits the
weights by pairwise logistic regression (a better-graded candidate should score higher, weighted
by the gain between the two grades), with an L2 pull towards the hand-set weights so that
features the training set hardly sees keep their prior. The pull is chosen by k-fold
cross-validation over personas (nDCG@10 of the re-ranked candidates on the held-out folds).

    careers train-weights docs/eval/sets.toml --output careers/matching/score_weights.json

Never run on the development set (../shared/eval/dev) or the validation set: they only measure.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

FOLDS = 5
PULLS = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)
SEED = 20261206


@dataclass
class Persona:
    """One training persona: its candidates' feature rows and their grades."""

    id: str
    features: np.ndarray  # candidates x features
    grades: np.ndarray  # candidates


def personas_from_explained(
    explained: Sequence[Mapping[str, object]], names: Sequence[str]
) -> list[Persona]:
    """From `evaluate(..., explain=all)` per-persona rows to feature matrices."""
    out: list[Persona] = []
    for row in explained:
        rows = row.get("explain") or []
        relevance = row.get("relevance") or {}
        assert isinstance(rows, list) and isinstance(relevance, dict)
        if not rows:
            continue
        x = np.array([[float(r.get(n, 0.0)) for n in names] for r in rows], dtype=np.float64)
        g = np.array([int(relevance.get(str(r["ref"]), 0)) for r in rows], dtype=np.float64)
        if g.max() <= 0:
            continue
        out.append(Persona(str(row.get("id")), x, g))
    return out


def ndcg10(scores: np.ndarray, grades: np.ndarray) -> float:
    order = np.argsort(-scores, kind="stable")[:10]
    gains = (2.0 ** grades[order] - 1) / np.log2(np.arange(2, len(order) + 2))
    ideal = np.sort(grades)[::-1][:10]
    best = ((2.0**ideal - 1) / np.log2(np.arange(2, len(ideal) + 2))).sum()
    return float(gains.sum() / best) if best > 0 else 0.0


def _pairs(p: Persona) -> tuple[np.ndarray, np.ndarray]:
    """Feature differences (better minus worse) and their weights, for every pair of
    candidates whose grades differ (capped per persona so long lists do not dominate)."""
    better, worse, weight = [], [], []
    g = p.grades
    for i in np.flatnonzero(g > 0):
        lower = np.flatnonzero(g < g[i])
        for j in lower:
            better.append(i)
            worse.append(j)
            weight.append(2.0 ** g[i] - 2.0 ** g[j])
    if not better:
        return np.zeros((0, p.features.shape[1])), np.zeros(0)
    diff = p.features[better] - p.features[worse]
    w = np.array(weight)
    return diff, w / w.sum()


def fit(
    personas: Sequence[Persona], prior: np.ndarray, pull: float, steps: int = 400
) -> np.ndarray:
    """Weights minimising the mean (over personas) pairwise logistic loss plus
    pull * ||w - prior||^2, by gradient descent with Adam."""
    data = [_pairs(p) for p in personas]
    data = [(d, w) for d, w in data if len(w)]
    weights = prior.astype(np.float64).copy()
    m = np.zeros_like(weights)
    v = np.zeros_like(weights)
    lr, b1, b2 = 0.02, 0.9, 0.999
    scale = 10.0  # scores differ by tenths; the logistic needs a steeper slope
    for t in range(1, steps + 1):
        grad = 2 * pull * (weights - prior)
        for diff, w in data:
            margin = scale * (diff @ weights)
            sig = 1.0 / (1.0 + np.exp(np.clip(margin, -30, 30)))
            grad -= scale * (diff * (w * sig)[:, None]).sum(axis=0) / len(data)
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad**2
        weights -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    return weights


def cross_validate(
    personas: Sequence[Persona], prior: np.ndarray, pulls: Sequence[float] = PULLS
) -> dict[float, float]:
    """Mean held-out nDCG@10 for each pull (and for the prior itself, under key inf)."""
    order = list(range(len(personas)))
    random.Random(SEED).shuffle(order)
    folds = [order[k::FOLDS] for k in range(FOLDS)]
    results: dict[float, float] = {
        math.inf: float(np.mean([ndcg10(p.features @ prior, p.grades) for p in personas]))
    }
    for pull in pulls:
        scores: list[float] = []
        for held in folds:
            held_set = set(held)
            train = [p for k, p in enumerate(personas) if k not in held_set]
            w = fit(train, prior, pull)
            scores.extend(ndcg10(personas[k].features @ w, personas[k].grades) for k in held)
        results[pull] = float(np.mean(scores))
    return results


def learn(
    personas: Sequence[Persona],
    names: Sequence[str],
    prior: Mapping[str, float],
    pull: float | None = None,
) -> tuple[dict[str, float], dict[str, object]]:
    """The weights to ship (fitted on every persona with the pull that cross-validated best,
    or with the pull given) and a report of how they were chosen."""
    p0 = np.array([prior[n] for n in names], dtype=np.float64)
    cv = cross_validate(personas, p0, pulls=sorted({*PULLS, *([pull] if pull else [])}))
    best_pull = max(cv, key=lambda k: cv[k]) if pull is None else pull
    learned = p0 if math.isinf(best_pull) else fit(personas, p0, best_pull)
    weights = {n: round(float(w), 4) for n, w in zip(names, learned, strict=True)}
    report: dict[str, object] = {
        "personas": len(personas),
        "folds": FOLDS,
        "cv_ndcg_by_pull": {
            ("prior" if math.isinf(k) else str(k)): round(v, 4) for k, v in cv.items()
        },
        "chosen_pull": "prior" if math.isinf(best_pull) else best_pull,
        "pull_given": pull is not None,
    }
    return weights, report


def write(path: str, weights: Mapping[str, float], report: Mapping[str, object]) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"weights": dict(weights), "training": dict(report)}, handle, indent=2)
        handle.write("\n")
