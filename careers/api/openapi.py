"""The OpenAPI 3.1 document for /api/v1. Tests check every endpoint's answers against it."""

from __future__ import annotations

import copy
from typing import Any

from careers.api.body import MAX_BODY_BYTES
from careers.models import PATHWAY_TYPES, SECTORS, SUPPORTS
from careers.services.pathways import PER_PAGE, PER_PAGE_MAX, SORTS
from careers.services.profiles import (
    ABOUT_MAX_CHARS,
    ITEM_MAX_CHARS,
    LIMIT_DEFAULT,
    LIMIT_MAX,
    LIST_MAX_ITEMS,
    MAX_DISTANCE_KM,
)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"oneOf": [schema, {"type": "null"}]}


_STRINGS = {
    "type": "array",
    "maxItems": LIST_MAX_ITEMS,
    "items": {"type": "string", "maxLength": ITEM_MAX_CHARS},
}

_ERRORS = {
    "type": "object",
    "required": ["errors"],
    "additionalProperties": False,
    "properties": {
        "errors": {
            "type": "object",
            "description": "Each field (or `request` for the request as a whole) with a "
            "plain-English message.",
            "minProperties": 1,
            "additionalProperties": {"type": "string"},
        }
    },
}

_PROFILE = {
    "type": "object",
    "description": "A person's answers. Every field is optional, but `about`, `skills` or "
    "`interests` must say something. `null` means the same as leaving a field out. "
    "Unknown fields are refused.",
    "additionalProperties": False,
    "anyOf": [
        {"required": [name], "properties": {name: {"not": {"type": "null"}}}}
        for name in ("about", "skills", "interests")
    ],
    "properties": {
        "about": _nullable({"type": "string", "maxLength": ABOUT_MAX_CHARS}),
        "skills": _nullable(_STRINGS),
        "interests": _nullable(_STRINGS),
        "qualification_level": _nullable(
            {
                "type": "integer",
                "minimum": 0,
                "maximum": 8,
                "description": "Highest achieved: 0 none, 1 GCSEs below grade 4, 2 GCSEs 9-4, "
                "3 A-levels/BTEC/T-level, 4-8 higher education.",
            }
        ),
        "gcse_english_maths": _nullable({"type": "boolean"}),
        "age": _nullable({"type": "integer", "minimum": 13, "maximum": 99}),
        "postcode": _nullable(
            {"type": "string", "examples": ["SE15 4QT", "SE15"], "maxLength": 16}
        ),
        "max_distance_km": _nullable(
            {"type": "number", "exclusiveMinimum": 0, "maximum": MAX_DISTANCE_KM}
        ),
        "types": _nullable(
            {
                "type": "array",
                "maxItems": len(PATHWAY_TYPES),
                "items": {"enum": list(PATHWAY_TYPES)},
            }
        ),
        "circumstances": _nullable(
            {"type": "array", "maxItems": len(SUPPORTS), "items": {"enum": list(SUPPORTS)}}
        ),
        "paid_only": _nullable({"type": "boolean"}),
        "limit": _nullable(
            {"type": "integer", "minimum": 1, "maximum": LIMIT_MAX, "default": LIMIT_DEFAULT}
        ),
    },
}

_MATCH_RESULT = {
    "type": "object",
    "required": [
        "ref",
        "title",
        "organisation",
        "type",
        "level",
        "score",
        "eligible_now",
        "needs_to_know",
        "barriers",
        "distance_km",
        "hours_per_week",
        "reasons",
        "route",
        "url",
        "also_at",
        "also_at_refs",
    ],
    "additionalProperties": False,
    "properties": {
        "ref": {"type": "string"},
        "title": {"type": "string"},
        "organisation": {"type": "string"},
        "type": {"enum": list(PATHWAY_TYPES)},
        "level": {"type": ["integer", "null"]},
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "eligible_now": {
            "type": ["boolean", "null"],
            "description": "true: the person meets every entry requirement we know of; false: "
            "they do not yet (see barriers and route); null: the pathway needs an age, a "
            "qualification level or GCSEs they have not told us (see needs_to_know), so we "
            "cannot say they can apply now.",
        },
        "needs_to_know": {
            "type": "array",
            "items": {"enum": ["age", "qualification_level", "gcse_english_maths"]},
            "description": "What the pathway needs that the person has not told us.",
        },
        "barriers": {
            "type": "array",
            "items": {"enum": ["qualification_level", "gcse_english_maths"]},
            "description": "Why they cannot start it yet.",
        },
        "distance_km": {"type": ["number", "null"], "minimum": 0},
        "hours_per_week": {"type": ["number", "null"], "minimum": 0},
        "reasons": {"type": "array", "maxItems": 3, "items": {"type": "string"}},
        "route": {
            "type": "array",
            "description": "The shortest progression route, from a step the person can start "
            "now to this pathway.",
            "items": {
                "type": "object",
                "required": ["ref", "title"],
                "additionalProperties": False,
                "properties": {"ref": {"type": "string"}, "title": {"type": "string"}},
            },
        },
        "url": {"type": "string", "pattern": "^/pathways/"},
        "also_at": {
            "type": "integer",
            "minimum": 0,
            "description": "How many near-identical pathways at other sites are grouped under "
            "this one.",
        },
        "also_at_refs": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Those other sites' refs, nearest first.",
        },
    },
}

_STEP = {
    "type": "object",
    "required": ["ref", "title", "url"],
    "additionalProperties": False,
    "properties": {
        "ref": {"type": "string"},
        "title": {"type": "string"},
        "url": {"type": "string", "pattern": "^/pathways/"},
    },
}

_LATER_RESULT = {
    "type": "object",
    "description": "A pathway the person matches well but is too young for. The hard "
    "constraints on results are unchanged: these are never in results.",
    "required": ["ref", "title", "organisation", "type", "opens_at_age", "score", "now", "url"],
    "additionalProperties": False,
    "properties": {
        "ref": {"type": "string"},
        "title": {"type": "string"},
        "organisation": {"type": "string"},
        "type": {"enum": list(PATHWAY_TYPES)},
        "opens_at_age": {"type": "integer", "minimum": 0},
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "now": {
            "type": "array",
            "description": "Steps they can start now that lead there (may be empty).",
            "items": _STEP,
        },
        "url": {"type": "string", "pattern": "^/pathways/"},
    },
}

_PATHWAY = {
    "type": "object",
    "description": "A published pathway, in the interchange record shape, with its page's URL.",
    "required": ["ref", "organisation", "type", "title", "description", "url"],
    "properties": {
        "ref": {"type": "string"},
        "organisation": {"type": "string"},
        "organisation_type": {"type": ["string", "null"]},
        "type": {"enum": list(PATHWAY_TYPES)},
        "title": {"type": "string"},
        "summary": {"type": ["string", "null"]},
        "description": {"type": "string"},
        "skills": {"type": "array", "items": {"type": "string"}},
        "interests": {"type": "array", "items": {"type": "string"}},
        "sector": {"oneOf": [{"enum": list(SECTORS)}, {"type": "null"}]},
        "level": {"type": ["integer", "null"]},
        "standard_code": {"type": ["string", "null"]},
        "entry": {
            "type": "object",
            "properties": {
                "min_qualification_level": {"type": ["integer", "null"]},
                "gcse_english_maths": {"type": ["boolean", "null"]},
                "min_age": {"type": ["integer", "null"]},
            },
        },
        "postcode": {"type": ["string", "null"]},
        "borough_code": {"type": ["string", "null"]},
        "remote": {"type": "boolean"},
        "hours_per_week": {"type": ["number", "null"]},
        "pay": _nullable(
            {
                "type": "object",
                "properties": {
                    "min": {"type": ["number", "null"]},
                    "max": {"type": ["number", "null"]},
                    "period": {"enum": ["hour", "year", "none", None]},
                },
            }
        ),
        "closing_date": {"type": ["string", "null"], "format": "date"},
        "start_date": {"type": ["string", "null"], "format": "date"},
        "apply_url": {"type": ["string", "null"]},
        "supports": {"type": "array", "items": {"type": "string"}},
        "next_steps": {"type": "array", "items": {"type": "string"}},
        "disability_confident": {
            "type": "boolean",
            "description": "The employer is in the Disability Confident scheme.",
        },
        "is_example": {
            "type": "boolean",
            "description": "An example listing (seed data), not an employer's advert.",
        },
        "source": {
            "enum": ["faa", "nhs_jobs", None],
            "description": "Where a synced advert comes from: Find an apprenticeship or NHS "
            "Jobs; null when posted here.",
        },
        "source_url": {"type": ["string", "null"], "description": "The advert on its source."},
        "updated_at": {"type": "string", "format": "date-time"},
        "url": {"type": "string", "pattern": "^/pathways/"},
    },
}

_LINK = {"type": ["string", "null"]}

_PATHWAY_PAGE = {
    "type": "object",
    "required": ["results", "total", "page", "per_page", "pages", "links"],
    "additionalProperties": False,
    "properties": {
        "results": {"type": "array", "items": {"$ref": "#/components/schemas/Pathway"}},
        "total": {"type": "integer", "minimum": 0},
        "page": {"type": "integer", "minimum": 1},
        "per_page": {"type": "integer", "minimum": 1, "maximum": PER_PAGE_MAX},
        "pages": {"type": "integer", "minimum": 1},
        "links": {
            "type": "object",
            "required": ["self", "first", "prev", "next", "last"],
            "additionalProperties": False,
            "properties": {
                "self": {"type": "string"},
                "first": {"type": "string"},
                "prev": _LINK,
                "next": _LINK,
                "last": {"type": "string"},
            },
        },
    },
}


def _error(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Errors"}}},
    }


def _json(description: str, schema: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema}"}}},
    }


def _query(name: str, schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


_NOT_MODIFIED = {
    "description": "Nothing changed since the ETag given in If-None-Match; no body.",
}
_TOO_MANY = _error("Too many requests from this address: wait a minute and try again.")
_UNUSABLE = "or text with a character we cannot accept (a null or control character)"
_TOO_LONG = {"description": "The web address is over 4,094 characters (the server refuses it)."}

DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {
        "title": "London Health & Care Pathways API",
        "version": "1.0.0",
        "description": "Match a young Londoner's own words to health and care pathways, and "
        "read the published pathways. Nothing sent to /match is stored or logged. Errors are "
        'always JSON: `{"errors": {"field": "message"}}`. A method a path does not offer gets '
        "405 with an `Allow` header naming the ones it does; a web address over 4,094 "
        "characters gets 414.",
    },
    "paths": {
        "/match": {
            "post": {
                "operationId": "match",
                "summary": "The pathways that fit a person, each with reasons and a route",
                "description": f"Rate-limited to 60 requests a minute per address. The body must "
                f"be a JSON object of at most {MAX_BODY_BYTES // 1024} KB. Results never break "
                "a hard constraint (closed, types not asked for, too far, too young, unpaid "
                "when paid_only).",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Profile"}}
                    },
                },
                "responses": {
                    "200": _json("The matches, best first.", "MatchResponse"),
                    "400": _error(
                        f"The answers could not be used: each field says why ({_UNUSABLE})."
                    ),
                    "413": _error(f"The body is over {MAX_BODY_BYTES // 1024} KB."),
                    "429": _TOO_MANY,
                },
            }
        },
        "/pathways": {
            "get": {
                "operationId": "pathways",
                "summary": "Open, published pathways, filtered and paged (by title)",
                "parameters": [
                    _query(
                        "type",
                        {"enum": list(PATHWAY_TYPES)},
                        "Pathway type; repeat for several.",
                    ),
                    _query("sector", {"enum": list(SECTORS)}, "Sector; repeat for several."),
                    _query("level", {"type": "integer", "minimum": 0, "maximum": 8}, "Level."),
                    _query(
                        "borough",
                        {"type": "string"},
                        "Borough by ONS code (E09000028) or name (Southwark).",
                    ),
                    _query("organisation", {"type": "string"}, "Organisation by its slug."),
                    _query(
                        "q",
                        {"type": "string", "maxLength": 200},
                        "Words that must all appear in the title, summary, description, skills, "
                        "interests, reference or organisation name.",
                    ),
                    _query(
                        "disability_confident",
                        {"type": "boolean"},
                        "true for Disability Confident employers only (false for the others).",
                    ),
                    _query(
                        "updated_since",
                        {"type": "string", "format": "date-time"},
                        "Only pathways changed at or after this time (UTC unless it says), "
                        "like 2026-12-01 or 2026-12-01T09:30:00Z.",
                    ),
                    _query(
                        "sort",
                        {"enum": list(SORTS), "default": "title"},
                        "title; closing_soon (soonest first); newest (latest published first); "
                        "distance (nearest to postcode first); pay (best paid first, hourly pay "
                        "at 37.5 hours a week). Ties by title.",
                    ),
                    _query(
                        "postcode",
                        {"type": "string", "maxLength": 200},
                        "Where to measure from when sort=distance, like SE15 4QT or SE15.",
                    ),
                    _query("page", {"type": "integer", "minimum": 1, "default": 1}, "Page."),
                    _query(
                        "per_page",
                        {
                            "type": "integer",
                            "minimum": 1,
                            "maximum": PER_PAGE_MAX,
                            "default": PER_PAGE,
                        },
                        "Pathways per page.",
                    ),
                ],
                "responses": {
                    "200": _json("One page of pathways, with an ETag.", "PathwayPage"),
                    "304": _NOT_MODIFIED,
                    "400": _error(f"A filter or page number could not be used, {_UNUSABLE}."),
                    "414": _TOO_LONG,
                    "429": _TOO_MANY,
                },
            }
        },
        "/pathways/{ref}": {
            "get": {
                "operationId": "pathway",
                "summary": "One published pathway (closed ones too)",
                "parameters": [
                    {"name": "ref", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": _json("The pathway, with an ETag.", "Pathway"),
                    "304": _NOT_MODIFIED,
                    "400": _error(f"The reference has a character we cannot accept, {_UNUSABLE}."),
                    "404": _error("No published pathway has this reference."),
                    "414": _TOO_LONG,
                    "429": _TOO_MANY,
                },
            }
        },
        "/openapi.json": {
            "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": {"200": {"description": "The OpenAPI 3.1 document."}},
            }
        },
    },
    "components": {
        "schemas": {
            "Profile": _PROFILE,
            "MatchResult": _MATCH_RESULT,
            "LaterResult": _LATER_RESULT,
            "MatchResponse": {
                "type": "object",
                "required": ["results", "count", "later", "understood"],
                "additionalProperties": False,
                "properties": {
                    "results": {
                        "type": "array",
                        "maxItems": LIMIT_MAX,
                        "items": {"$ref": "#/components/schemas/MatchResult"},
                    },
                    "count": {"type": "integer", "minimum": 0},
                    "later": {
                        "type": "array",
                        "maxItems": 5,
                        "description": "Up to five pathways they match well but are too "
                        "young for, each with the age it opens and what they can do now.",
                        "items": {"$ref": "#/components/schemas/LaterResult"},
                    },
                    "understood": {
                        "type": "object",
                        "description": "What we read from their words: what they do not "
                        "want (pathways involving it are ranked below the rest) and the "
                        "working pattern they asked for.",
                        "required": ["not_wanted", "working_pattern"],
                        "additionalProperties": False,
                        "properties": {
                            "not_wanted": {"type": "array", "items": {"type": "string"}},
                            "working_pattern": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
            },
            "Pathway": _PATHWAY,
            "PathwayPage": _PATHWAY_PAGE,
            "Errors": _ERRORS,
        }
    },
}


def openapi_document(
    server: str = "/api/v1", match_limit: str = "60/minute", read_limit: str = "300/minute"
) -> dict[str, Any]:
    """The document, with the server URL the API is mounted at, and the access rules in force:
    the public rate limits, and API keys sent as `Authorization: Bearer KEY`."""
    document = copy.deepcopy(DOCUMENT)
    document["servers"] = [{"url": server}]
    document["components"]["securitySchemes"] = {
        "apiKey": {
            "type": "http",
            "scheme": "bearer",
            "description": "A partner's API key, from the service's operators "
            "(`careers api-keys create NAME --limit 600/minute`). Optional: without one you "
            "are counted by address at the public limits.",
        }
    }
    document["security"] = [{}, {"apiKey": []}]
    document["info"]["description"] += (
        f" Rate limits: without an API key, {match_limit} for /match and {read_limit} for the "
        "other endpoints, per address; with a key (`Authorization: Bearer KEY`), the key's "
        "own limit, or those limits per key. A key that is not valid or has been revoked "
        "gets 401."
    )
    limits = {"/match": match_limit}
    for path, item in document["paths"].items():
        for operation in item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            responses = operation["responses"]
            if "429" in responses:
                limit = limits.get(path, read_limit)
                responses["429"] = _error(
                    f"Too many requests: over {limit} from this address without a key, or over "
                    "the key's limit. Wait, then try again (see Retry-After)."
                )
                responses["401"] = _error("The API key is not valid or has been revoked.")
    return document
