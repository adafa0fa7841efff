"""Postcodes and distances. Postcodes are normalised and looked up by district (outcode)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from careers.matching.distance import haversine_km
from careers.models import PostcodeDistrict

_FULL = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?)\s*([0-9][A-Z]{2})$")
_OUTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?$")


class PostcodeError(ValueError):
    pass


def normalise_postcode(value: str) -> str:
    """'se154qt' -> 'SE15 4QT'; 'se15' -> 'SE15'. Raises PostcodeError when it is not a postcode."""
    text = re.sub(r"\s+", "", (value or "").upper())
    full = _FULL.match(text)
    if full:
        return f"{full.group(1)} {full.group(2)}"
    if _OUTCODE.match(text):
        return text
    raise PostcodeError("Enter a real postcode, like SE15 4QT, or the first half, like SE15")


def outcode_of(postcode: str) -> str:
    return normalise_postcode(postcode).split(" ")[0]


@dataclass(frozen=True)
class Place:
    postcode: str
    outcode: str
    latitude: float
    longitude: float
    borough_code: str | None
    imd_decile: int | None
    in_london: bool


def lookup(session: Session, postcode: str) -> Place | None:
    """The district's centre for a full postcode or an outcode; None when we do not know it."""
    normal = normalise_postcode(postcode)
    outcode = normal.split(" ")[0]
    district = session.scalar(select(PostcodeDistrict).where(PostcodeDistrict.outcode == outcode))
    if district is None:
        return None
    return Place(
        postcode=normal,
        outcode=outcode,
        latitude=district.latitude,
        longitude=district.longitude,
        borough_code=district.borough_code,
        imd_decile=district.imd_decile,
        in_london=district.in_london,
    )


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in kilometres."""
    return float(haversine_km(lat1, lon1, lat2, lon2))
