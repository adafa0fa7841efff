"""Build a training set from O*NET 29.2 for learning the score weights on queries made of
skills and tasks (like the other-domain check): every O*NET occupation is a pathway (title,
description, a few alternate titles), and a persona is five of one occupation's task
statements in the first person, graded 3 for that occupation and 1 for the others in its
broad occupation group. Training only: never an evaluation of the matcher. Deterministic.

    python docs/eval/onet/build_onet.py ../shared/data/onet docs/eval/onet

O*NET 29.2 Database, U.S. Department of Labor, Employment and Training Administration
(USDOL/ETA), CC BY 4.0. Nothing from ESCO is used.
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

PERSONAS = 200
SEED = 20261206


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def short_task(task: str) -> str:
    """'Direct or coordinate an organization's financial activities, ...' -> its first part,
    lower-cased: a skill as a person might list it."""
    first = re.split(r",|;| to (?=[a-z])| in order | such as ", task.strip(), maxsplit=1)[0]
    first = first.strip().rstrip(".")
    return (
        first[0].lower() + first[1:] if first[:2].isalpha() and not first[:2].isupper() else first
    )


def main(onet_dir: str, out_dir: str) -> None:
    src, out = Path(onet_dir), Path(out_dir)
    tasks: dict[str, list[str]] = defaultdict(list)
    for r in _rows(src / "onet_29.2_Task_Statements.csv"):
        tasks[r["O*NET-SOC Code"]].append(r["Task"])
    alternates: dict[str, list[str]] = defaultdict(list)
    for r in _rows(src / "onet_29.2_Alternate_Titles.csv"):
        alternates[r["O*NET-SOC Code"]].append(r["Alternate Title"])
    occupations = [
        o
        for o in _rows(src / "onet_29.2_Occupation_Data.csv")
        if len(tasks[o["O*NET-SOC Code"]]) >= 5
    ]
    rows, by_group = [], defaultdict(list)
    for occ in occupations:
        code = occ["O*NET-SOC Code"]
        ref = "ONET-" + code.replace(".", "-")
        by_group[code[:6]].append(ref)
        alts = alternates[code][:5]
        description = occ["Description"] + (
            " Also called: " + "; ".join(alts) + "." if alts else ""
        )
        rows.append(
            {
                "ref": ref,
                "organisation": "O*NET occupations",
                "organisation_type": "other",
                "type": "job",
                "title": occ["Title"],
                "summary": re.split(r"(?<=[.!?])\s+", occ["Description"], maxsplit=1)[0][:300],
                "description": description,
                "skills": [],
                "interests": [],
                "remote": True,
                "apply_url": "https://www.onetonline.org/",
            }
        )
    rng = random.Random(SEED)
    personas = []
    for k, occ in enumerate(rng.sample(occupations, PERSONAS), start=1):
        code = occ["O*NET-SOC Code"]
        ref = "ONET-" + code.replace(".", "-")
        picked = [short_task(t) for t in rng.sample(tasks[code], 5)]
        relevance = {r: 1 for r in by_group[code[:6]] if r != ref}
        relevance[ref] = 3
        personas.append(
            {
                "id": f"N{k:03d}",
                "profile": {
                    "about": "I can " + ", ".join(picked[:4]) + " and " + picked[4] + ".",
                    "limit": 10,
                },
                "relevance": relevance,
                "must_not_return": [],
                "notes": f"Five task statements of '{occ['Title']}' (O*NET {code}).",
            }
        )
    out.mkdir(parents=True, exist_ok=True)
    with (out / "catalogue.jsonl").open("w") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (out / "personas.jsonl").open("w") as handle:
        for p in personas:
            handle.write(json.dumps(p, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
