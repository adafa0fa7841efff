"""Helpers for the NW/W London blind catalogue generator."""


def R(
    ref,
    organisation,
    organisation_type,
    type,
    title,
    summary,
    description,
    skills=(),
    interests=(),
    sector="nursing",
    level=None,
    standard_code=None,
    min_qual=0,
    gcse=False,
    min_age=None,
    postcode=None,
    remote=False,
    hours=None,
    pay=None,
    closing=None,
    start=None,
    supports=(),
    next_steps=(),
):
    return {
        "ref": ref,
        "organisation": organisation,
        "organisation_type": organisation_type,
        "type": type,
        "title": title,
        "summary": summary,
        "description": " ".join(description.split()),
        "skills": list(skills),
        "interests": list(interests),
        "sector": sector,
        "level": level,
        "standard_code": standard_code,
        "entry": {
            "min_qualification_level": min_qual,
            "gcse_english_maths": gcse,
            "min_age": min_age,
        },
        "postcode": postcode,
        "remote": remote,
        "hours_per_week": hours,
        "pay": pay,
        "closing_date": closing,
        "start_date": start,
        "apply_url": "https://example.org/" + ref.lower(),
        "supports": list(supports),
        "next_steps": list(next_steps),
    }


def hr(a, b):
    return {"min": a, "max": b, "period": "hour"}


def yr(a, b):
    return {"min": a, "max": b, "period": "year"}


NONE_PAY = {"min": 0, "max": 0, "period": "none"}

IMP = "Imperial College Healthcare NHS Trust"
LNW = "London North West University Healthcare NHS Trust"
THH = "The Hillingdon Hospitals NHS Foundation Trust"
CW = "Chelsea and Westminster Hospital NHS Foundation Trust"
CNWL = "Central and North West London NHS Foundation Trust"
WLT = "West London NHS Trust"
ICB = "NHS North West London Integrated Care Board"
LAS = "London Ambulance Service NHS Trust"
UWL = "University of West London"
