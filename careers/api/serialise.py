"""JSON shapes the API answers with: pathway records and match results."""

from __future__ import annotations

from typing import Any

from careers.matching.types import LaterResult, MatchResponse, MatchResult, RouteStep
from careers.models import Pathway
from careers.services.interchange import pathway_to_record


def pathway_url(ref: str) -> str:
    return f"/pathways/{ref}"


def pathway_record(pathway: Pathway) -> dict[str, Any]:
    """A published pathway in the interchange record shape, with its borough and page URL.
    Next steps that are not published are left out: the API shows only published pathways."""
    record = pathway_to_record(pathway)
    record["next_steps"] = [step.ref for step in pathway.next_steps if step.status == "published"]
    record["borough_code"] = pathway.borough_code
    record["disability_confident"] = bool(pathway.disability_confident)
    record["is_example"] = bool(pathway.is_example)
    record["source"] = pathway.source
    record["source_url"] = pathway.source_url
    record["updated_at"] = pathway.updated_at.isoformat(timespec="seconds") + "Z"
    record["url"] = pathway_url(pathway.ref)
    return record


def _step(step: RouteStep) -> dict[str, Any]:
    return {"ref": step.ref, "title": step.title, "url": pathway_url(step.ref)}


def _result(result: MatchResult) -> dict[str, Any]:
    return {
        "ref": result.ref,
        "title": result.title,
        "organisation": result.organisation,
        "type": result.type,
        "level": result.level,
        "score": round(min(1.0, max(0.0, float(result.score))), 4),
        "eligible_now": result.eligible_now,
        "needs_to_know": list(result.unknowns),
        "barriers": list(result.barriers),
        "distance_km": None if result.distance_km is None else round(result.distance_km, 1),
        "hours_per_week": result.hours_per_week,
        "reasons": list(result.reasons),
        "route": [{"ref": step.ref, "title": step.title} for step in result.route],
        "url": pathway_url(result.ref),
        "also_at": result.also_at,
        "also_at_refs": list(result.also_at_refs),
    }


def _later(item: LaterResult) -> dict[str, Any]:
    return {
        "ref": item.ref,
        "title": item.title,
        "organisation": item.organisation,
        "type": item.type,
        "opens_at_age": item.opens_at_age,
        "score": round(min(1.0, max(0.0, float(item.score))), 4),
        "now": [_step(step) for step in item.now],
        "url": pathway_url(item.ref),
    }


def match_record(response: MatchResponse) -> dict[str, Any]:
    """The body of a 200 answer to POST /api/v1/match."""
    results = [_result(result) for result in response.results]
    return {
        "results": results,
        "count": len(results),
        "later": [_later(item) for item in response.later],
        "understood": {
            "not_wanted": list(response.understood.get("not_wanted", [])),
            "working_pattern": list(response.understood.get("working_pattern", [])),
        },
    }
