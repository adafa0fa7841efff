"""Build an ESCO evaluation set like the held-out "other domain" check: every ESCO v1.2.0
occupation is a pathway (title, description, alternative titles), and a persona is five
essential skills of one occupation, in their words ("I can ..."), graded 3 for that
occupation and 1 for occupations under the same ISCO unit group. Nothing here trains or
expands anything: it only tests. Deterministic (seeded).

    python docs/eval/esco/build_esco.py ../shared/data/esco docs/eval/esco

ESCO: © European Union, 2024. "This service uses the ESCO classification of the European
Commission." (Commission Decision 2011/833/EU)
"""

from __future__ import annotations

import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

PERSONAS = 150
SEED = 20261206


def first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+", text.strip(), maxsplit=1)
    return parts[0][:300] if parts else ""


def main(esco_dir: str, out_dir: str) -> None:
    src, out = Path(esco_dir), Path(out_dir)
    with (src / "esco_v1.2.0_occupations_en.csv").open(newline="") as handle:
        occupations = list(csv.DictReader(handle))
    essential: dict[str, list[str]] = defaultdict(list)
    rel = src / "esco_v1.2.0_occupationSkillRelations_en_reconstructed.csv"
    with rel.open(newline="") as handle:
        for r in csv.DictReader(handle):
            if r["relationType"] == "essential" and r["skillType"] == "skill/competence":
                essential[r["occupationUri"]].append(r["skillLabel"])
    refs: dict[str, str] = {}
    rows = []
    for occ in occupations:
        ref = "ESCO-" + occ["code"].replace("/", "-")
        refs[occ["conceptUri"]] = ref
        alts = [a.strip() for a in occ["altLabels"].splitlines() if a.strip()][:5]
        description = occ["description"].strip() or occ["preferredLabel"]
        if alts:
            description += " Also called: " + "; ".join(alts) + "."
        rows.append(
            {
                "ref": ref,
                "organisation": "ESCO occupations",
                "organisation_type": "other",
                "type": "job",
                "title": occ["preferredLabel"],
                "summary": first_sentence(occ["description"]) or occ["preferredLabel"],
                "description": description,
                "skills": [],
                "interests": [],
                "remote": True,
                "apply_url": "https://esco.ec.europa.eu/",
            }
        )
    by_group: dict[str, list[str]] = defaultdict(list)
    for occ in occupations:
        by_group[occ["iscoGroup"]].append(refs[occ["conceptUri"]])
    rng = random.Random(SEED)
    pool = [o for o in occupations if len(essential[o["conceptUri"]]) >= 5]
    chosen = rng.sample(pool, PERSONAS)
    personas = []
    for k, occ in enumerate(chosen, start=1):
        skills = rng.sample(essential[occ["conceptUri"]], 5)
        target = refs[occ["conceptUri"]]
        relevance = {r: 1 for r in by_group[occ["iscoGroup"]] if r != target}
        relevance[target] = 3
        about = "I can " + ", ".join(skills[:4]) + " and " + skills[4] + "."
        personas.append(
            {
                "id": f"E{k:03d}",
                "profile": {"about": about, "skills": [], "interests": [], "limit": 10},
                "relevance": relevance,
                "must_not_return": [],
                "notes": f"Five essential skills of '{occ['preferredLabel']}'.",
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
