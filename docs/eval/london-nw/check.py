"""Validate catalogue.jsonl and spec.py in this folder."""

import collections
import csv
import json
import os
import re
import runpy

HERE = os.path.dirname(os.path.abspath(__file__))
districts = {
    r["outcode"] for r in csv.DictReader(open("/work/main/seed_data/postcode_districts.csv"))
}
FIELDS = {
    "ref",
    "organisation",
    "organisation_type",
    "type",
    "title",
    "summary",
    "description",
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
REQ = {"ref", "organisation", "type", "title", "description"}
OT = {
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
TY = {
    "apprenticeship",
    "job",
    "entry_route",
    "work_experience",
    "volunteering",
    "course",
    "supported_internship",
    "foundation_apprenticeship",
}
SE = {
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
SU = {
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
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
errs = []
items = []
for i, line in enumerate(open(os.path.join(HERE, "catalogue.jsonl")), 1):
    try:
        d = json.loads(line)
    except Exception as e:
        errs.append(f"line {i}: bad json {e}")
        continue
    items.append(d)
    r = d.get("ref", f"line{i}")
    if set(d) - FIELDS:
        errs.append(f"{r}: extra fields {set(d) - FIELDS}")
    if REQ - set(d):
        errs.append(f"{r}: missing {REQ - set(d)}")
    if not re.fullmatch(r"[A-Za-z0-9-]+", r):
        errs.append(f"{r}: bad ref")
    if d.get("organisation_type") not in OT:
        errs.append(f"{r}: org type")
    if d["type"] not in TY:
        errs.append(f"{r}: type")
    if d.get("sector") not in SE:
        errs.append(f"{r}: sector")
    lv = d.get("level")
    if lv is not None and not (isinstance(lv, int) and 0 <= lv <= 7):
        errs.append(f"{r}: level")
    sc = d.get("standard_code")
    if sc is not None and not re.fullmatch(r"ST\d{4}", sc):
        errs.append(f"{r}: standard")
    e = d.get("entry", {})
    if set(e) != {"min_qualification_level", "gcse_english_maths", "min_age"}:
        errs.append(f"{r}: entry keys")
    if not (
        isinstance(e.get("min_qualification_level"), int) and 0 <= e["min_qualification_level"] <= 8
    ):
        errs.append(f"{r}: minq")
    if not isinstance(e.get("gcse_english_maths"), bool):
        errs.append(f"{r}: gcse")
    if e.get("min_age") not in (16, 17, 18, 21, None):
        errs.append(f"{r}: min_age")
    pc = d.get("postcode")
    if pc is None:
        if not d.get("remote"):
            errs.append(f"{r}: null postcode but not remote")
    else:
        if not re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}", pc):
            errs.append(f"{r}: postcode format {pc}")
        if pc.split()[0] not in districts:
            errs.append(f"{r}: district {pc}")
    if not isinstance(d.get("remote"), bool):
        errs.append(f"{r}: remote")
    h = d.get("hours_per_week")
    if h is not None and not isinstance(h, (int, float)):
        errs.append(f"{r}: hours")
    p = d.get("pay")
    if p is not None and (
        set(p) != {"min", "max", "period"}
        or p["period"] not in ("hour", "year", "none")
        or p["min"] > p["max"]
    ):
        errs.append(f"{r}: pay")
    for k in ("closing_date", "start_date"):
        if d.get(k) is not None and not DATE.match(d[k]):
            errs.append(f"{r}: {k}")
    if not d.get("apply_url", "").startswith("https://example.org/"):
        errs.append(f"{r}: url")
    if set(d.get("supports", [])) - SU:
        errs.append(f"{r}: supports")
    nw = len(d["description"].split())
    if not 40 <= nw <= 250:
        errs.append(f"{r}: description {nw} words")
    for k in ("skills", "interests", "supports", "next_steps"):
        if not isinstance(d.get(k), list):
            errs.append(f"{r}: {k} not list")
refs = [d["ref"] for d in items]
dup = [r for r, c in collections.Counter(refs).items() if c > 1]
if dup:
    errs.append(f"duplicate refs {dup}")
rs = set(refs)
for d in items:
    for n in d.get("next_steps", []):
        if n not in rs:
            errs.append(f"{d['ref']}: next_step {n} missing")
        if n == d["ref"]:
            errs.append(f"{d['ref']}: self next_step")
print("pathways:", len(items), dict(collections.Counter(d["type"] for d in items)))
print(
    "closed (<2026-12-07):",
    [d["ref"] for d in items if d.get("closing_date") and d["closing_date"] < "2026-12-07"],
)
print("remote:", [d["ref"] for d in items if d["remote"]])
spec = os.path.join(HERE, "spec.py")
if os.path.exists(spec):
    ns = runpy.run_path(spec)
    P = ns["PERSONAS"]
    ids = [p["id"] for p in P]
    if len(set(ids)) != len(ids):
        errs.append("duplicate persona ids")
    PK = {
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
    CI = {
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
    for p in P:
        pr = p["profile"]
        if set(pr) != PK:
            errs.append(f"{p['id']}: profile keys {set(pr) ^ PK}")
        if set(pr["types"]) - TY:
            errs.append(f"{p['id']}: types")
        if set(pr["circumstances"]) - CI:
            errs.append(f"{p['id']}: circumstances")
        if pr["max_distance_km"] not in (3, 5, 8, 10, 15, 20, None):
            errs.append(f"{p['id']}: dist")
        if pr["qualification_level"] not in (None, 0, 1, 2, 3, 4, 5, 6, 7):
            errs.append(f"{p['id']}: qual")
        if pr["age"] is not None and not 13 <= pr["age"] <= 99:
            errs.append(f"{p['id']}: age")
        if pr["postcode"]:
            dist = pr["postcode"].split()[0]
            if dist not in districts:
                errs.append(f"{p['id']}: postcode {pr['postcode']}")
        nw = len(pr["about"].split())
        if not 1 <= nw <= 150:
            errs.append(f"{p['id']}: about {nw} words")
        seen = set()
        for ref, g in p["grades"]:
            if ref not in rs:
                errs.append(f"{p['id']}: graded ref {ref} missing")
            if ref in seen:
                errs.append(f"{p['id']}: {ref} graded twice")
            seen.add(ref)
            if g not in (1, 2, 3):
                errs.append(f"{p['id']}: grade {g}")
    print("personas:", len(P))
    tags = collections.Counter(t for p in P for t in p.get("tags", []))
    print("tags:", dict(tags))
    print("grades per persona:", [len(p["grades"]) for p in P])
print("ERRORS:" if errs else "OK, no errors")
for e in errs:
    print("  ", e)
