"""Postcodes and distances. Postcodes are normalised and looked up by district (outcode).

check_postcode is the one postcode check: every form, the API, imports and the services use it,
so a postcode is refused for the same reasons, in the same words, everywhere."""

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


POSTCODE_MAX_CHARS = 16
NOT_A_POSTCODE = "Enter a real postcode, like SE15 4QT, or the first half, like SE15"
NOT_A_FULL_POSTCODE = "Enter a real postcode, like SE5 9RS"
ONLY_HALF_A_POSTCODE = "Enter the full postcode, like SE5 9RS"
UNKNOWN_POSTCODE = "We cannot find this postcode. Check it"
UNKNOWN_POSTCODE_HALF_WILL_DO = UNKNOWN_POSTCODE + ", or enter the first half, like SE15"


def normalise_postcode(value: str) -> str:
    """'se154qt' -> 'SE15 4QT'; 'se15' -> 'SE15'. Raises PostcodeError when it is not a postcode."""
    text = re.sub(r"\s+", "", (value or "").upper())
    full = _FULL.match(text)
    if full:
        return f"{full.group(1)} {full.group(2)}"
    if _OUTCODE.match(text):
        return text
    raise PostcodeError(NOT_A_POSTCODE)


def check_postcode(value: str, session: Session | None = None, full: bool = False) -> str:
    """The postcode, normalised, or PostcodeError saying what to do. `full`: the whole postcode
    is needed (where a site is), not only its first half. With a session, its district must be
    one we know."""
    if len(value or "") > POSTCODE_MAX_CHARS:
        raise PostcodeError(NOT_A_FULL_POSTCODE if full else NOT_A_POSTCODE)
    try:
        postcode = normalise_postcode(value)
    except PostcodeError:
        raise PostcodeError(NOT_A_FULL_POSTCODE if full else NOT_A_POSTCODE) from None
    if full and " " not in postcode:
        raise PostcodeError(ONLY_HALF_A_POSTCODE)
    if session is not None and lookup(session, postcode) is None:
        raise PostcodeError(UNKNOWN_POSTCODE if full else UNKNOWN_POSTCODE_HALF_WILL_DO)
    return postcode


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
