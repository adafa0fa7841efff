"""Self-check for the london-ne set: catalogue.jsonl + spec.py. Run from anywhere."""

import collections
import csv
import json
import os
import re
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "..", "seed_data", "postcode_districts.csv")
REQ = {"ref", "organisation", "type", "title", "description"}
ALLOWED = REQ | {
    "organisation_type",
    "summary",
    "skills",
    "interests",
    "sector",
    "level",
    "standard_code",
    "entry",
    "postcode",
    "remote",
    "hours_per_week",
    "pay",
    "closing_date",
    "start_date",
    "apply_url",
    "supports",
    "next_steps",
}
OTYPES = {
    "nhs_trust",
    "icb",
    "council",
    "university",
    "college",
    "school",
    "primary_care",
    "social_care",
    "ambulance",
    "charity",
    "other",
}
TYPES = {
    "apprenticeship",
    "job",
    "entry_route",
    "work_experience",
    "volunteering",
    "course",
    "supported_internship",
    "foundation_apprenticeship",
}
SECTORS = {
    "nursing",
    "midwifery",
    "allied_health",
    "mental_health",
    "social_care",
    "pharmacy",
    "healthcare_science",
    "medical",
    "dental",
    "ambulance",
    "public_health",
    "admin",
    "digital",
    "estates_facilities",
    "catering",
    "finance_hr",
    "research",
    "children_young_people",
}
SUPPORTS = {
    "care_leaver",
    "young_carer",
    "disabled",
    "send",
    "neet",
    "armed_forces",
    "refugee",
    "local_resident",
    "ex_offender",
}
CIRC = {
    "care_leaver",
    "young_carer",
    "disabled",
    "send",
    "neet",
    "refugee",
    "armed_forces",
    "armed_forces_family",
    "ex_offender",
}
PROFILE_KEYS = {
    "about",
    "skills",
    "interests",
    "qualification_level",
    "gcse_english_maths",
    "age",
    "postcode",
    "max_distance_km",
    "types",
    "circumstances",
    "paid_only",
    "limit",
}
NE_BOROUGHS = {
    "E09000001",
    "E09000002",
    "E09000012",
    "E09000016",
    "E09000025",
    "E09000026",
    "E09000030",
    "E09000031",
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

districts = {}
with open(SEED, newline="") as f:
    for row in csv.DictReader(f):
        districts[row["outcode"]] = row["borough_code"]

errs = []
rows = []
for i, line in enumerate(open(os.path.join(HERE, "catalogue.jsonl"), encoding="utf-8"), 1):
    if not line.strip():
        errs.append(f"line {i}: blank")
        continue
    try:
        rows.append(json.loads(line))
    except Exception as e:
        errs.append(f"line {i}: bad JSON {e}")

refs = collections.Counter(r.get("ref") for r in rows)
for ref, n in refs.items():
    if n > 1:
        errs.append(f"duplicate ref {ref}")
refset = set(refs)
for r in rows:
    ref = r.get("ref")
    miss = REQ - set(r)
    extra = set(r) - ALLOWED
    if miss:
        errs.append(f"{ref}: missing {miss}")
    if extra:
        errs.append(f"{ref}: extra fields {extra}")
    if not re.fullmatch(r"[A-Za-z0-9-]+", ref or ""):
        errs.append(f"{ref}: bad ref")
    if r.get("organisation_type") not in OTYPES:
        errs.append(f"{ref}: organisation_type")
    if r.get("type") not in TYPES:
        errs.append(f"{ref}: type")
    if r.get("sector") not in SECTORS:
        errs.append(f"{ref}: sector")
    lv = r.get("level")
    if lv is not None and not (isinstance(lv, int) and 0 <= lv <= 7):
        errs.append(f"{ref}: level")
    sc = r.get("standard_code")
    if sc is not None and not re.fullmatch(r"ST\d{4}", sc):
        errs.append(f"{ref}: standard_code")
    e = r.get("entry") or {}
    if set(e) - {"min_qualification_level", "gcse_english_maths", "min_age"}:
        errs.append(f"{ref}: entry keys")
    if not (
        isinstance(e.get("min_qualification_level"), int) and 0 <= e["min_qualification_level"] <= 8
    ):
        errs.append(f"{ref}: entry.min_qualification_level")
    if not isinstance(e.get("gcse_english_maths"), bool):
        errs.append(f"{ref}: entry.gcse")
    if e.get("min_age") not in (16, 17, 18, 21, None):
        errs.append(f"{ref}: entry.min_age")
    pc = r.get("postcode")
    if pc is None:
        if not r.get("remote"):
            errs.append(f"{ref}: null postcode but not remote")
    else:
        out = pc.split()[0] if " " in pc else None
        if not out or not re.fullmatch(r"[A-Z0-9]+ \d[A-Z]{2}", pc):
            errs.append(f"{ref}: postcode form {pc}")
        elif out not in districts:
            errs.append(f"{ref}: district {out} not in csv")
        elif districts[out] not in NE_BOROUGHS:
            print(f"note: {ref} postcode {pc} outside NE boroughs ({districts[out]})")
    if not isinstance(r.get("remote"), bool):
        errs.append(f"{ref}: remote")
    h = r.get("hours_per_week")
    if h is not None and not isinstance(h, (int, float)):
        errs.append(f"{ref}: hours")
    p = r.get("pay")
    if p is not None:
        if (
            set(p) != {"min", "max", "period"}
            or p["period"] not in ("hour", "year", "none")
            or p["min"] > p["max"]
        ):
            errs.append(f"{ref}: pay {p}")
    for d in ("closing_date", "start_date"):
        if r.get(d) is not None and not DATE.match(r[d]):
            errs.append(f"{ref}: {d}")
    if not str(r.get("apply_url", "")).startswith("https://example.org/"):
        errs.append(f"{ref}: apply_url")
    if set(r.get("supports", [])) - SUPPORTS:
        errs.append(f"{ref}: supports")
    for n in r.get("next_steps", []):
        if n not in refset:
            errs.append(f"{ref}: next_step {n} missing")
        if n == ref:
            errs.append(f"{ref}: next_step self")
    for k in ("skills", "interests"):
        if not isinstance(r.get(k, []), list):
            errs.append(f"{ref}: {k}")
    wc = len(r["description"].split())
    if not 40 <= wc <= 250:
        errs.append(f"{ref}: description {wc} words")
    if not r.get("summary"):
        errs.append(f"{ref}: no summary")

ns = runpy.run_path(os.path.join(HERE, "spec.py"))
P = ns["PERSONAS"]
ids = collections.Counter(p["id"] for p in P)
for i, n in ids.items():
    if n > 1:
        errs.append(f"duplicate persona id {i}")
for p in P:
    pid = p["id"]
    if not re.fullmatch(r"NE\d{3}", pid):
        errs.append(f"{pid}: id form")
    prof = p["profile"]
    if set(prof) != PROFILE_KEYS:
        errs.append(f"{pid}: profile keys {set(prof) ^ PROFILE_KEYS}")
    if set(prof["circumstances"]) - CIRC:
        errs.append(f"{pid}: circumstances")
    if set(prof["types"]) - TYPES:
        errs.append(f"{pid}: types")
    if prof["max_distance_km"] not in (3, 5, 8, 10, 15, 20, None):
        errs.append(f"{pid}: distance")
    if prof["age"] is not None and not 13 <= prof["age"] <= 99:
        errs.append(f"{pid}: age")
    pc = prof["postcode"]
    if pc:
        out = pc.split()[0]
        if out not in districts:
            errs.append(f"{pid}: postcode district {out}")
        elif districts[out] not in NE_BOROUGHS:
            errs.append(f"{pid}: postcode outside NE")
    wc = len(prof["about"].split())
    if not 1 <= wc <= 150:
        errs.append(f"{pid}: about {wc} words")
    seen = set()
    for ref, g in p["grades"]:
        if ref not in refset:
            errs.append(f"{pid}: graded ref {ref} missing")
        if ref in seen:
            errs.append(f"{pid}: {ref} graded twice")
        seen.add(ref)
        if g not in (1, 2, 3):
            errs.append(f"{pid}: grade {g}")
    for k in ("notes", "tags"):
        if not p.get(k):
            errs.append(f"{pid}: no {k}")

print(len(rows), "pathways:", dict(collections.Counter(r["type"] for r in rows)))
print(len(P), "personas; tags:", dict(collections.Counter(t for p in P for t in p["tags"])))
print(
    "closed (<2026-12-07):",
    [r["ref"] for r in rows if r.get("closing_date") and r["closing_date"] < "2026-12-07"],
)
print("remote:", [r["ref"] for r in rows if r["remote"]])
used = collections.Counter(ref for p in P for ref, _ in p["grades"])
print("never graded:", sorted(refset - set(used)))
print("grades per persona:", sorted(len(p["grades"]) for p in P))
if errs:
    print("\nERRORS:")
    [print(" ", e) for e in errs]
    sys.exit(1)
print("OK")
