"""Feeds: real adverts synced from Find an apprenticeship (faa.py) and NHS Jobs (nhs_jobs.py).

Each source module fetches its pages through the shared HTTP client (http.py) and maps each
advert to a pathway interchange record (common.Candidate), keeping only London health and care
adverts; sync.py writes them through the interchange format and closes what a complete sync no
longer sees. docs/feeds.md is the operators' guide.
"""

from careers.feeds.common import SOURCE_NAMES, SOURCES
from careers.feeds.http import FeedClient, FeedError
from careers.feeds.sync import SyncResult, apply_mapped, last_runs, sync

__all__ = [
    "SOURCES",
    "SOURCE_NAMES",
    "FeedClient",
    "FeedError",
    "SyncResult",
    "apply_mapped",
    "last_runs",
    "sync",
]
