"""Legal minimum pay and the London Living Wage, by the date each rate applies from.

The rates are data, not code: seed_data/wage_rates.csv (with each rate's source), loaded into the
`wage_rates` table by `careers db upgrade` (`load`). `Rates.on(day)` gives the rates in force on
a day; the publish checks use the pathway's start date, so an advert for next September is held
to next September's rates.

Kinds: national_living_wage (21 and over), age_18_to_20, under_18, apprentice (under 19 or in
the first year of an apprenticeship) and london_living_wage (voluntary, Living Wage Foundation).
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.config import PROJECT_ROOT
from careers.models import WageRate

RATES_FILE = PROJECT_ROOT / "seed_data" / "wage_rates.csv"
KINDS = ("national_living_wage", "age_18_to_20", "under_18", "apprentice", "london_living_wage")


@dataclass(frozen=True)
class Rate:
    rate: str
    hourly: float
    applies_from: dt.date
    source: str


@dataclass(frozen=True)
class InForce:
    """The rates in force on one day (None where no rate of that kind had started)."""

    day: dt.date
    national_living_wage: Rate | None
    apprentice: Rate | None
    london_living_wage: Rate | None


@dataclass(frozen=True)
class Rates:
    rates: tuple[Rate, ...]

    def latest(self, kind: str, day: dt.date) -> Rate | None:
        found = [r for r in self.rates if r.rate == kind and r.applies_from <= day]
        return max(found, key=lambda r: r.applies_from) if found else None

    def on(self, day: dt.date) -> InForce:
        return InForce(
            day,
            self.latest("national_living_wage", day),
            self.latest("apprentice", day),
            self.latest("london_living_wage", day),
        )


def read_file(path: Path = RATES_FILE) -> list[Rate]:
    """Every rate in the CSV; ValueError naming the line when one cannot be read."""
    rates = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            try:
                rate = Rate(
                    row["rate"],
                    float(row["hourly"]),
                    dt.date.fromisoformat(row["applies_from"]),
                    row["source"].strip(),
                )
            except (KeyError, TypeError, ValueError) as error:
                raise ValueError(f"{path.name} line {line}: {error}") from error
            if rate.rate not in KINDS or not 0 < rate.hourly < 100 or not rate.source:
                raise ValueError(f"{path.name} line {line}: unknown rate, odd amount or no source")
            rates.append(rate)
    return rates


@lru_cache(maxsize=1)
def from_file() -> Rates:
    """The rates in the seed file (for code with no database session, like import previews)."""
    return Rates(tuple(read_file()))


def load(session: Session, path: Path = RATES_FILE) -> int:
    """Make the table match the file (adds, updates and removes rows); how many rates."""
    wanted = {(r.rate, r.applies_from): r for r in read_file(path)}
    for row in session.scalars(select(WageRate)):
        rate = wanted.pop((row.rate, row.applies_from), None)
        if rate is None:
            session.delete(row)
        else:
            row.hourly, row.source = rate.hourly, rate.source
    for rate in wanted.values():
        session.add(
            WageRate(
                rate=rate.rate,
                hourly=rate.hourly,
                applies_from=rate.applies_from,
                source=rate.source,
            )
        )
    session.flush()
    return len(read_file(path))


def from_database(session: Session) -> Rates:
    """The rates in the table; the seed file's when the table is empty (not yet loaded)."""
    rows = session.scalars(select(WageRate)).all()
    if not rows:
        return from_file()
    return Rates(tuple(Rate(r.rate, r.hourly, r.applies_from, r.source) for r in rows))
