"""The feeds' HTTP client: urllib3 with timeouts, and retries with back-off on 429 and 5xx that
honour Retry-After. One client per sync; `get` returns the body or raises FeedError."""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import urllib3
from urllib3.util.retry import Retry

log = logging.getLogger("careers.feeds")

RETRY_STATUSES = (429, 500, 502, 503, 504)
USER_AGENT = "london-health-care-pathways-feeds/1.0"


class FeedError(RuntimeError):
    """The source could not be read (after retries): the sync fails and changes nothing."""


def with_params(url: str, params: Mapping[str, str | int]) -> str:
    """The URL with these query parameters added (or replacing the URL's own)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({key: str(value) for key, value in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


class FeedClient:
    def __init__(
        self,
        timeout: float = 30.0,
        retries: int = 4,
        backoff: float = 0.5,
        max_retry_after: int = 120,
    ) -> None:
        self.retry = Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            backoff_factor=backoff,
            backoff_max=max_retry_after,
            status_forcelist=RETRY_STATUSES,
            allowed_methods=frozenset({"GET"}),
            respect_retry_after_header=True,
            retry_after_max=max_retry_after,  # an hour-long Retry-After is cut short
            raise_on_status=False,
        )
        self.timeout = urllib3.Timeout(connect=min(timeout, 10.0), read=timeout)
        self.pool = urllib3.PoolManager(retries=self.retry, timeout=self.timeout)

    def get(self, url: str, headers: Mapping[str, str] | None = None) -> bytes:
        """GET the URL; the body of a 2xx answer, or FeedError saying what went wrong."""
        sent = {"User-Agent": USER_AGENT, **(headers or {})}
        started = time.monotonic()
        try:
            response = self.pool.request("GET", url, headers=sent, preload_content=True)
        except urllib3.exceptions.MaxRetryError as exc:
            raise FeedError(f"{_safe(url)} could not be reached: {exc.reason}") from exc
        except urllib3.exceptions.HTTPError as exc:
            raise FeedError(f"{_safe(url)} could not be read: {exc}") from exc
        history = response.retries.history if response.retries else ()
        if history:
            log.info("%s answered after %d retries", _safe(url), len(history))
        if not 200 <= response.status < 300:
            raise FeedError(
                f"{_safe(url)} answered {response.status} "
                f"after {len(history)} retries in {time.monotonic() - started:.1f} s"
            )
        return bytes(response.data)

    def close(self) -> None:
        self.pool.clear()


def _safe(url: str) -> str:
    """The URL without its query (which can hold search terms) for messages and logs."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(query="", fragment=""))
