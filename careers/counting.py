"""Which requests count as a person's view in the reach figures.

Not counted: known crawlers and scripts (by their User-Agent), prefetches and prerenders (the
browser fetching a page nobody has opened yet: `Sec-Purpose`, `Purpose`, `X-Moz`), and the same
pathway viewed again from the same browser session within REPEAT_WINDOW. What the session keeps
for this is the pathway references and when they were counted, for REPEAT_WINDOW at most.
"""

from __future__ import annotations

import re
import time

from flask import request, session

REPEAT_WINDOW = 30 * 60  # seconds
MAX_REMEMBERED = 50
_CRAWLER = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|"
    r"curl/|wget/|python-requests|python-urllib|httpx|aiohttp|go-http-client|java/|okhttp|"
    r"libwww|scrapy|phantomjs|lighthouse|pingdom|uptime|monitor",
    re.IGNORECASE,
)


def is_crawler(user_agent: str | None) -> bool:
    """A known crawler or script, or no User-Agent at all."""
    return not user_agent or bool(_CRAWLER.search(user_agent))


def is_prefetch() -> bool:
    purposes = " ".join(
        request.headers.get(name, "") for name in ("Sec-Purpose", "Purpose", "X-Moz", "X-Purpose")
    ).lower()
    return "prefetch" in purposes or "prerender" in purposes or "preview" in purposes


def counts_as_view(kind: str, ref: str) -> bool:
    """Whether this request is a person's first view of `ref` (for `kind`) in the window; when
    it is, the session remembers it so a reload or a back-and-forth is not counted again."""
    if is_crawler(request.headers.get("User-Agent")) or is_prefetch():
        return False
    now = int(time.time())
    seen = session.get("counted")
    seen = {k: v for k, v in seen.items() if isinstance(v, int)} if isinstance(seen, dict) else {}
    seen = {k: v for k, v in seen.items() if now - v < REPEAT_WINDOW}
    key = f"{kind}:{ref}"[:100]
    if key in seen:
        session["counted"] = seen
        return False
    seen[key] = now
    if len(seen) > MAX_REMEMBERED:
        seen = dict(sorted(seen.items(), key=lambda item: item[1])[-MAX_REMEMBERED:])
    session["counted"] = seen
    return True
