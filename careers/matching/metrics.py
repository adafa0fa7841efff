"""Ranking metrics for the matcher's evaluation (graded relevance, as in shared/eval)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


def ndcg_at(ranked: Sequence[str], relevance: Mapping[str, int], k: int = 10) -> float:
    """nDCG@k with gain 2^grade - 1."""
    dcg = sum(
        (2 ** relevance.get(ref, 0) - 1) / math.log2(i + 2) for i, ref in enumerate(ranked[:k])
    )
    ideal_grades = sorted(relevance.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal_grades))
    return dcg / idcg if idcg > 0 else 0.0


def recall_at(
    ranked: Sequence[str], relevance: Mapping[str, int], k: int = 10, min_grade: int = 2
) -> float:
    relevant = {ref for ref, g in relevance.items() if g >= min_grade}
    if not relevant:
        return 0.0
    return len(relevant & set(ranked[:k])) / len(relevant)


def reciprocal_rank(
    ranked: Sequence[str], relevance: Mapping[str, int], min_grade: int = 2
) -> float:
    for i, ref in enumerate(ranked):
        if relevance.get(ref, 0) >= min_grade:
            return 1.0 / (i + 1)
    return 0.0


@dataclass
class Scores:
    """Totals over personas for one matcher."""

    name: str
    ndcg: list[float] = field(default_factory=list)
    recall: list[float] = field(default_factory=list)
    mrr: list[float] = field(default_factory=list)
    violations: int = 0
    ms: list[float] = field(default_factory=list)

    def add(
        self, ranked: Sequence[str], relevance: Mapping[str, int], violations: int, ms: float
    ) -> None:
        self.ndcg.append(ndcg_at(ranked, relevance))
        self.recall.append(recall_at(ranked, relevance))
        self.mrr.append(reciprocal_rank(ranked, relevance))
        self.violations += violations
        self.ms.append(ms)

    @staticmethod
    def _mean(values: list[float]) -> float:
        return sum(values) / len(values) if values else 0.0

    def row(self) -> dict[str, float | int | str]:
        return {
            "matcher": self.name,
            "ndcg@10": round(self._mean(self.ndcg), 3),
            "recall@10": round(self._mean(self.recall), 3),
            "mrr": round(self._mean(self.mrr), 3),
            "violations": self.violations,
            "ms/query": round(self._mean(self.ms), 1),
        }


def table(rows: Sequence[Mapping[str, float | int | str]]) -> str:
    """A Markdown table of result rows."""
    if not rows:
        return ""
    headers = list(rows[0])
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(row[h]) for h in headers) + " |")
    return "\n".join(lines)
