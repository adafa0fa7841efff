"""Near-duplicate grouping: one role offered at several sites shows once, at the nearest site,
with "also at N other sites"."""

from __future__ import annotations

import re

from careers.matching.types import PathwayRecord

_SITE_SUFFIX = re.compile(r"\s+[–—-]\s+.*$|\s*\([^)]*\)|\s*,\s+.*$")


def base_title(title: str) -> str:
    """'Porter – Kingston Hospital (nights)' -> 'porter': the role without its site."""
    text = _SITE_SUFFIX.sub("", title.strip())
    text = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    return text or title.lower()


def group_key(record: PathwayRecord) -> tuple[str, str, str]:
    """Pathways sharing organisation, type and role are near-duplicates of one another."""
    return (record.organisation.lower(), record.type, base_title(record.title))
