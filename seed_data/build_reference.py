"""Rebuild the reference CSVs in seed_data/ from the shared reference data (a developer tool).

    python seed_data/build_reference.py [/path/to/shared/data]

The running service never reads the shared folder: it reads only the CSVs this script writes,
which are committed. Sources and licences are in seed_data/README.md.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parent.parent / "shared" / "data"

# Standards that are not in the 2021 export with levels, typed from the IfATE / Skills England
# standard pages (code, title, level, route, typical duration in months).
EXTRA_STANDARDS = [
    ("ST0135", "Early years educator", 3, "Education and childcare", 18),
    ("ST0888", "Early years practitioner", 2, "Education and childcare", 12),
    ("ST0551", "Early years lead practitioner", 5, "Education and childcare", 24),
    ("ST0617", "Facilities services operative", 2, "Construction", 12),
    ("ST0843", "Healthcare cleaning operative", 2, "Health and science", 12),
    ("ST0702", "Pharmacist (degree)", 7, "Health and science", 60),
    ("ST0906", "Youth support worker", 3, "Care services", 15),
    ("ST0522", "Youth worker", 6, "Care services", 36),
    ("ST0893", "Clinical scientist", 7, "Health and science", 36),
    ("ST0483", "Emergency service contact handling", 3, "Protective services", 15),
]


def boroughs(shared: Path) -> list[dict[str, str]]:
    rows = []
    with open(shared / "geo" / "london_boroughs_imd2019.csv", newline="") as f:
        for r in csv.DictReader(f):
            ics = r["icb_HAND_COMPILED"].removeprefix("NHS ").removesuffix(" ICB").strip()
            rows.append(
                {
                    "code": r["lad19cd"],
                    "name": r["lad19nm"],
                    "ics": ics,
                    "inner_outer": r["inner_outer_ons_statistical_HAND_COMPILED"],
                    "imd_rank": r["IMD - Rank of average score"],
                    "imd_average_score": r["IMD - Average score"],
                    "imd_share_most_deprived_10pct": r[
                        "IMD - Proportion of LSOAs in most deprived 10% nationally"
                    ],
                    "latitude": r["centroid_lat"],
                    "longitude": r["centroid_long"],
                }
            )
    return rows


def districts(shared: Path, borough_codes: set[str]) -> list[dict[str, str]]:
    approx: dict[str, dict[str, str]] = {}
    with open(shared / "geo" / "london_outcode_borough_imd_approx.csv", newline="") as f:
        for r in csv.DictReader(f):
            approx[r["outcode"]] = r
    rows = []
    with open(shared / "geo" / "uk_postcode_districts_doogal.csv", newline="") as f:
        for r in csv.DictReader(f):
            if not r["Latitude"] or not r["Longitude"]:
                continue
            outcode = r["Postcode"].strip().upper()
            a = approx.get(outcode)
            borough = (a or {}).get("main_lad19cd") or r["london_borough_lad19cd"] or ""
            if borough not in borough_codes:
                borough = ""
            decile = ""
            if a and a["mean_imd_decile"]:
                decile = str(max(1, min(10, round(float(a["mean_imd_decile"])))))
            rows.append(
                {
                    "outcode": outcode,
                    "latitude": f"{float(r['Latitude']):.5f}",
                    "longitude": f"{float(r['Longitude']):.5f}",
                    "borough_code": borough,
                    "imd_decile": decile,
                    "in_london": "1" if borough else "0",
                }
            )
    rows.sort(key=lambda row: row["outcode"])
    return rows


def standards(shared: Path) -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    path = shared / "apprenticeships" / "apprenticeship_standards_ifate_2021_sfa_fat_prototype.csv"
    with open(path, newline="") as f:
        for r in csv.DictReader(f):
            code = r["reference_code_joined_by_title"].strip()
            if not code or not r["level"]:
                continue
            rows[code] = {
                "code": code,
                "title": r["title"].strip(),
                "level": r["level"],
                "route": r["route"],
                "typical_duration_months": r["typicalDuration_months"],
            }
    for code, title, level, route, months in EXTRA_STANDARDS:
        rows.setdefault(
            code,
            {
                "code": code,
                "title": title,
                "level": str(level),
                "route": route,
                "typical_duration_months": str(months),
            },
        )
    return sorted(rows.values(), key=lambda row: row["code"])


def write(name: str, rows: list[dict[str, str]]) -> None:
    with open(HERE / name, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{name}: {len(rows)} rows")


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SHARED
    b = boroughs(shared)
    write("boroughs.csv", b)
    write("postcode_districts.csv", districts(shared, {row["code"] for row in b}))
    write("apprenticeship_standards.csv", standards(shared))


if __name__ == "__main__":
    main()
