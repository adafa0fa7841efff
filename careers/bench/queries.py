"""Person-like queries, and the measures every part of the benchmark uses (percentiles, memory)."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

# --- queries ----------------------------------------------------------------------------

ABOUTS = [
    "I looked after my nan for two years and I like helping people",
    "I'm good with computers and I fix my family's phones",
    "I want to be a nurse but I don't have my GCSEs yet",
    "I love cooking and I work in a cafe at weekends",
    "I'm calm in an emergency and I want to drive an ambulance",
    "I want work experience in physiotherapy for my UCAS application",
    "I've been out of work for a year and want a job where I can help people",
    "I'm organised and like office work, answering phones and booking things",
    "I'm interested in medicines and did well in chemistry",
    "I struggled with my mental health and want to help others",
    "I'm a young carer for my mum and want something part-time",
    "I like art and talking to people, maybe volunteering",
]
EXTRAS = ["", "I live nearby.", "I'm 17.", "I can start soon.", "I'm a care leaver.", "I need pay."]


def profiles(count: int, outcodes: list[str], seed: int = 3, tag: str = "") -> list[dict[str, Any]]:
    """Varied match bodies; every `about` differs (give each run its own `tag`), so the
    process-wide query cache never answers."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        body: dict[str, Any] = {
            "about": f"{rng.choice(ABOUTS)}. {rng.choice(EXTRAS)} (query {tag}{n})",
            "age": rng.randint(16, 30),
            "postcode": rng.choice(outcodes),
            "limit": 10,
        }
        if rng.random() < 0.5:
            body["max_distance_km"] = rng.choice([5, 10, 20])
        if rng.random() < 0.3:
            body["types"] = rng.sample(["apprenticeship", "job", "volunteering", "course"], k=2)
        if rng.random() < 0.2:
            body["paid_only"] = True
        if rng.random() < 0.3:
            body["qualification_level"] = rng.randint(0, 3)
        out.append(body)
    return out


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def rss_mb(pid: int | str = "self") -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def pss_mb(pid: int | str = "self") -> float:
    """Proportional set size: shared pages split between the processes sharing them, so the
    PSS of a master and its workers adds up to the memory they really use together."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")
