"""Checks cases.jsonl: every keep_out ref exists in the catalogue, ids are unique,
'about' is 10-80 words, decoys rule nothing out, and no keep_out ref appears twice."""

import collections
import json
import pathlib
import re
import sys

here = pathlib.Path(__file__).resolve().parent
root = here.parents[2]
refs = {json.loads(l)["ref"] for l in open(root / "seed_data" / "pathways.jsonl")}
rows = [json.loads(l) for l in open(here / "cases.jsonl")]
bad = []
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    bad.append("duplicate ids")
kinds = collections.Counter()
small = []
for r in rows:
    assert set(r) == {"id", "about", "rules_out", "keep_out", "notes"}, r["id"]
    w = len(r["about"].split())
    if not 10 <= w <= 80:
        bad.append(f"{r['id']} about has {w} words")
    miss = [k for k in r["keep_out"] if k not in refs]
    if miss:
        bad.append(f"{r['id']} unknown refs {miss}")
    if len(r["keep_out"]) != len(set(r["keep_out"])):
        bad.append(f"{r['id']} duplicate refs")
    decoy = r["rules_out"] == ""
    if decoy != (r["keep_out"] == []):
        bad.append(f"{r['id']} decoy/keep_out mismatch")
    k = re.match(r"kind: ([a-z_+]+)", r["notes"]).group(1)
    for part in k.split("+"):
        kinds[part] += 1
    if not decoy and len(r["keep_out"]) < 3:
        small.append((r["id"], len(r["keep_out"])))
print("rows", len(rows), "unique ids", len(set(ids)))
print(
    "refusal cases",
    sum(r["rules_out"] != "" for r in rows),
    "decoys",
    sum(r["rules_out"] == "" for r in rows),
)
print("two-refusal cases", sum("+" in r["notes"].split(";")[0] for r in rows))
print("mentions by kind", dict(sorted(kinds.items())))
print("cases with <3 keep_out", small)
print("keep_out sizes", sorted(len(r["keep_out"]) for r in rows if r["keep_out"]))
print("distinct refs used", len({k for r in rows for k in r["keep_out"]}))
print("PROBLEMS:" if bad else "OK", *bad, sep="\n")
sys.exit(1 if bad else 0)
