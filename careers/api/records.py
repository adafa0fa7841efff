"""JSON shapes the API answers with: pathway records and match results."""

from __future__ import annotations

from typing import Any

from careers.matching.types import MatchResponse, MatchResult
from careers.models import Pathway


def pathway_url(ref: str) -> str:
    return f"/pathways/{ref}"


def pathway_record(pathway: Pathway) -> dict[str, Any]:
    """A published pathway in the interchange record shape, with its page's URL."""
    pay = None
    if pathway.pay_period or pathway.pay_min is not None or pathway.pay_max is not None:
        pay = {"min": pathway.pay_min, "max": pathway.pay_max, "period": pathway.pay_period}
    return {
        "ref": pathway.ref,
        "organisation": pathway.organisation.name,
        "organisation_type": pathway.organisation.type,
        "type": pathway.type,
        "title": pathway.title,
        "summary": pathway.summary,
        "description": pathway.description,
        "skills": list(pathway.skills or []),
        "interests": list(pathway.interests or []),
        "sector": pathway.sector,
        "level": pathway.level,
        "standard_code": pathway.standard_code,
        "entry": {
            "min_qualification_level": pathway.min_qualification_level,
            "gcse_english_maths": pathway.gcse_english_maths,
            "min_age": pathway.min_age,
        },
        "postcode": pathway.postcode,
        "borough_code": pathway.borough_code,
        "remote": bool(pathway.remote),
        "hours_per_week": pathway.hours_per_week,
        "pay": pay,
        "closing_date": pathway.closing_date.isoformat() if pathway.closing_date else None,
        "start_date": pathway.start_date.isoformat() if pathway.start_date else None,
        "apply_url": pathway.apply_url,
        "supports": list(pathway.supports or []),
        "next_steps": [step.ref for step in pathway.next_steps if step.status == "published"],
        "url": pathway_url(pathway.ref),
    }


def _result(result: MatchResult) -> dict[str, Any]:
    return {
        "ref": result.ref,
        "title": result.title,
        "organisation": result.organisation,
        "type": result.type,
        "level": result.level,
        "score": round(min(1.0, max(0.0, float(result.score))), 4),
        "eligible_now": bool(result.eligible_now),
        "distance_km": None if result.distance_km is None else round(result.distance_km, 1),
        "reasons": list(result.reasons),
        "route": [{"ref": step.ref, "title": step.title} for step in result.route],
        "url": result.url or pathway_url(result.ref),
        "also_at": result.also_at,
    }


def match_record(response: MatchResponse) -> dict[str, Any]:
    """The body of a 200 answer to POST /api/v1/match."""
    results = [_result(result) for result in response.results]
    return {"results": results, "count": len(results)}
