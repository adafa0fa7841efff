"""Write seed_data/pathways.jsonl, the example catalogue (a developer tool; its output is kept).

    python seed_data/generate_pathways.py

The content is data in seed_data/examples/, written by hand:

- roles.json: each role (what you do, what you learn, what it leads to), by key. `entry` is
  [minimum qualification level, GCSE English and maths needed, minimum age]; `pay` is
  ["afc", band] | ["llw"] | ["hour" or "year", min, max] | ["none"] | null; `body` holds
  alternative descriptions, used in turn; `next` names the roles it leads to.
- organisation_prefixes.json: each organisation's ref prefix, name (as in organisations.json)
  and a sentence about working there ({site} is the site's name).
- offers.json: a role at an organisation, in catalogue order; `site` picks the organisation's
  site (default the first).
- support_lines.json: the sentences that say how a pathway supports people in each
  circumstance ({borough} is the site's borough); one is picked per pathway.

Pay is worked out from the Agenda for Change 2025/26 bands plus the London high cost area
supplement (inner or outer London by the site's borough), or the London Living Wage (£13.85 an
hour, 2025/26) for roles outside Agenda for Change. Listings are illustrative examples, not
real vacancies (see README.md).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import quote_plus

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE / "examples"
TODAY = dt.date(2026, 11, 22)
LLW = 13.85  # London Living Wage 2025/26, per hour

# Agenda for Change 2025/26 basic pay (England): band -> (entry, top).
AFC = {
    "2": (24465, 24465),
    "3": (24937, 26598),
    "4": (27485, 30162),
    "5": (31049, 37796),
    "6": (38682, 46580),
    "7": (47810, 54710),
}
# High cost area supplement 2025/26: percent of basic pay, with a minimum and maximum.
HCAS = {"Inner": (0.20, 5794, 8746), "Outer": (0.15, 4870, 6137)}


def _read(name: str) -> Any:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


R: dict[str, dict[str, Any]] = _read("roles.json")
ORGS: dict[str, tuple[str, str]] = {
    prefix: (org["name"], org["about"])
    for prefix, org in _read("organisation_prefixes.json").items()
}
OFFERS: list[tuple[str, str, dict[str, Any]]] = [
    (o["organisation"], o["role"], {"s": o["site"]} if "site" in o else {})
    for o in _read("offers.json")
]
SUPPORT_LINES: dict[str, list[str]] = _read("support_lines.json")
SITES: dict[str, list[tuple[str, str, str]]] = {}  # prefix -> [(site name, postcode, borough code)]
BOROUGH_ZONE: dict[str, str] = {}
ORG_META: dict[str, dict[str, Any]] = {}


def afc(band: str, zone: str) -> tuple[int, int]:
    rate, low, high = HCAS[zone]
    entry, top = AFC[band]
    return (
        round(entry + min(max(entry * rate, low), high)),
        round(top + min(max(top * rate, low), high)),
    )


def load_sites() -> None:
    with open(HERE / "boroughs.csv", newline="") as f:
        names = {}
        for row in csv.DictReader(f):
            BOROUGH_ZONE[row["code"]] = row["inner_outer"]
            names[row["name"]] = row["code"]
    districts = {}
    with open(HERE / "postcode_districts.csv", newline="") as f:
        for row in csv.DictReader(f):
            districts[row["outcode"]] = row["borough_code"]
    organisations = json.loads((HERE / "organisations.json").read_text())
    by_name = {o["name"]: o for o in organisations}
    for prefix, (name, _) in ORGS.items():
        org = by_name[name]
        SITES[prefix] = [
            (s["name"], s["postcode"], districts[s["postcode"].split()[0]] or names[org["borough"]])
            for s in org["sites"]
        ]
        ORG_META[prefix] = org


def pick(options: list[str], key: str) -> str:
    return options[zlib.crc32(key.encode()) % len(options)]


def pay_for(spec: tuple[Any, ...] | None, zone: str) -> dict[str, Any] | None:
    if spec is None:
        return None
    if spec[0] == "afc":
        low, high = afc(spec[1], zone)
        return {"min": low, "max": high, "period": "year"}
    if spec[0] == "llw":
        return {"min": LLW, "max": LLW, "period": "hour"}
    if spec[0] == "none":
        return {"period": "none"}
    return {"min": spec[1], "max": spec[2], "period": spec[0]}


def build() -> list[dict[str, Any]]:
    load_sites()
    boroughs = {}
    with open(HERE / "boroughs.csv", newline="") as f:
        for row in csv.DictReader(f):
            boroughs[row["code"]] = row["name"]
    refs: dict[tuple[str, str], str] = {}
    for prefix, key, _ in OFFERS:
        ref = f"{prefix}-{key}"
        assert (prefix, key) not in refs, ref
        refs[(prefix, key)] = ref
    ics_of = {}
    for prefix in ORGS:
        ics_of[prefix] = SITES[prefix][0][2]
    records = []
    counters: dict[str, int] = {}
    for n, (prefix, key, options) in enumerate(OFFERS):
        spec = R[key]
        org_name, org_line = ORGS[prefix]
        site_name, postcode, borough_code = SITES[prefix][
            min(options.get("s", 0), len(SITES[prefix]) - 1)
        ]
        borough = boroughs[borough_code]
        zone = BOROUGH_ZONE[borough_code]
        counters[key] = counters.get(key, -1) + 1
        bodies = spec["body"]
        body = bodies[counters[key] % len(bodies)]
        ref = refs[(prefix, key)]
        supports = list(options.get("sup", spec["supports"]))
        parts = [body, org_line.format(site=site_name), spec["practical"]]
        for s in supports:
            parts.append(pick(SUPPORT_LINES[s], ref).format(borough=borough))
        description = " ".join(parts)
        # next steps: same organisation first, then the nearest offer of that role
        steps = []
        for nxt in spec["next"]:
            if (prefix, nxt) in refs:
                steps.append(refs[(prefix, nxt)])
                continue
            candidates = [r for (p, k), r in refs.items() if k == nxt]
            same_area = [
                r for (p, k), r in refs.items() if k == nxt and ics_of[p] == ics_of[prefix]
            ]
            if same_area or candidates:
                steps.append((same_area or candidates)[0])
        # dates: most close in 2027; every 17th is rolling (null); every 23rd has closed
        if "close" in options:
            closing = options["close"]
        elif n % 23 == 5:
            closing = -(20 + n % 40)
        elif n % 17 == 3:
            closing = None
        else:
            closing = 30 + (n * 37) % 200
        closing_date = None if closing is None else (TODAY + dt.timedelta(days=closing))
        start_date = None
        if spec["type"] in {"apprenticeship", "job", "entry_route", "course"} and closing_date:
            start_date = closing_date + dt.timedelta(days=42 + (n % 5) * 7)
            if spec["type"] == "course":
                start_date = dt.date(
                    closing_date.year if closing_date.month < 9 else closing_date.year + 1, 9, 14
                )
        min_q, gcse, age = spec["entry"]
        title = options.get("t", spec["title"])
        site_short = site_name.split(",")[0]
        if spec["type"] in {"apprenticeship", "job"} and n % 3 != 2:
            title = f"{title} – {site_short}"
        website = ORG_META[prefix]["website"]
        if ORG_META[prefix]["type"] in {"nhs_trust", "ambulance", "icb"} and spec["type"] in {
            "apprenticeship",
            "job",
        }:
            apply_url = (
                f"https://www.jobs.nhs.uk/candidate/search?keyword={quote_plus(spec['title'])}"
            )
        else:
            apply_url = website
        records.append(
            {
                "ref": ref,
                "organisation": org_name,
                "organisation_type": ORG_META[prefix]["type"],
                "type": spec["type"],
                "title": title,
                "summary": spec["summary"],
                "description": description,
                "skills": spec["skills"],
                "interests": spec["interests"],
                "sector": spec["sector"],
                "level": spec["level"],
                "standard_code": spec["standard"],
                "entry": {
                    "min_qualification_level": min_q,
                    "gcse_english_maths": gcse,
                    "min_age": age,
                },
                "postcode": postcode,
                "remote": False,
                "hours_per_week": spec["hours"],
                "pay": pay_for(spec["pay"], zone),
                "closing_date": closing_date.isoformat() if closing_date else None,
                "start_date": start_date.isoformat() if start_date else None,
                "apply_url": apply_url,
                "supports": supports,
                "next_steps": steps,
            }
        )
    return records


def main() -> None:
    records = build()
    with open(HERE / "pathways.jsonl", "w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"pathways.jsonl: {len(records)} pathways")


if __name__ == "__main__":
    main()
