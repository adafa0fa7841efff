"""Check cases.jsonl: ids unique, every keep_out ref exists, shape and counts."""

import json
import re
import sys
from collections import Counter
from pathlib import Path

here = Path(__file__).resolve().parent
cat = here.parents[2] / "seed_data" / "pathways.jsonl"
refs = {json.loads(l)["ref"] for l in open(cat) if l.strip()}
cases = [json.loads(l) for l in open(here / "cases.jsonl") if l.strip()]
bad = []
ids = [c["id"] for c in cases]
dup = [i for i, n in Counter(ids).items() if n > 1]
if dup:
    bad.append("duplicate ids: %s" % dup)
kinds = Counter()
for c in cases:
    if set(c) != {"id", "about", "rules_out", "keep_out", "notes"}:
        bad.append("%s: keys %s" % (c["id"], sorted(c)))
    if not re.fullmatch(r"Q\d{3}", c["id"]):
        bad.append("%s: id format" % c["id"])
    n = len(c["about"].split())
    if not 8 <= n <= 90:
        bad.append("%s: about has %d words" % (c["id"], n))
    missing = [r for r in c["keep_out"] if r not in refs]
    if missing:
        bad.append("%s: unknown refs %s" % (c["id"], missing))
    if len(set(c["keep_out"])) != len(c["keep_out"]):
        bad.append("%s: repeated ref" % c["id"])
    if c["rules_out"] == "":
        kind = "decoy"
        if c["keep_out"]:
            bad.append("%s: decoy with keep_out" % c["id"])
    else:
        kind = "double" if ";" in c["rules_out"] else "single"
        if not c["keep_out"]:
            bad.append("%s: refusal with empty keep_out" % c["id"])
    if not c["notes"].startswith(kind + "."):
        bad.append("%s: notes kind mismatch (%s)" % (c["id"], kind))
    kinds[kind] += 1
print("cases", len(cases), dict(kinds))
print(
    "keep_out sizes: min %d, max %d, total %d"
    % (
        min(len(c["keep_out"]) for c in cases if c["rules_out"]),
        max(len(c["keep_out"]) for c in cases),
        sum(len(c["keep_out"]) for c in cases),
    )
)
print(
    "about words: min %d, max %d"
    % (min(len(c["about"].split()) for c in cases), max(len(c["about"].split()) for c in cases))
)
if bad:
    print("\n".join(bad))
    sys.exit(1)
print("OK")
