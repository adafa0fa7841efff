"""Shortlists with no account: a list of pathway references kept in the browser's signed session
cookie, and "save or share" links that carry the shortlist and answers in a signed, compressed
token, so nothing is stored on the server.

What a saved link carries, and what it leaves out (and why):
- It carries the shortlist and the answers chosen from lists: skills and interests chips, the
  qualification option, GCSEs, age, distance, types, paid only, and the postcode *district*
  (SE15, not SE15 4QT).
- It never carries circumstances (care leaver, disability...): a link gets forwarded, pasted into
  chats and kept in browser history, and those are the answers that must never leave the page.
- It never carries the free-text "about" answer or the full postcode. A token is signed, not
  encrypted: anyone holding the link can decode it, and the link's path lands in access logs when
  it is opened. What someone wrote about themselves must not be in either. When a link is opened
  the person is asked to write a few words again (or their chips are enough to match).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from itsdangerous import BadSignature, URLSafeSerializer

from careers.services.geo import PostcodeError, outcode_of

__all__ = ["MAX_SHORTLIST", "SavedLink", "add", "dumps", "loads", "remove", "shareable_answers"]

MAX_SHORTLIST = 30
REF_MAX_CHARS = 80
SALT = "careers.shortlist.v1"

# Answers a link may carry, and their short keys inside the token (kept compact).
_KEYS = {
    "skills": "k",
    "interests": "i",
    "qualification": "q",
    "gcse_english_maths": "g",
    "age": "a",
    "postcode": "p",
    "distance": "d",
    "types": "t",
    "paid_only": "o",
}
_LISTS = {"skills", "interests", "types"}


@dataclass
class SavedLink:
    answers: dict[str, Any] = field(default_factory=dict)
    refs: list[str] = field(default_factory=list)


def add(refs: Iterable[str], ref: str) -> list[str]:
    """The shortlist with `ref` added at the end (once; the oldest dropped past the maximum)."""
    current = [r for r in refs if r != ref]
    current.append(ref[:REF_MAX_CHARS])
    return current[-MAX_SHORTLIST:]


def remove(refs: Iterable[str], ref: str) -> list[str]:
    return [r for r in refs if r != ref]


def shareable_answers(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers a link may carry: no circumstances, no free text, only the postcode district."""
    shared = {key: answers[key] for key in _KEYS if answers.get(key)}
    if "postcode" in shared:
        try:
            shared["postcode"] = outcode_of(str(shared["postcode"]))
        except PostcodeError:
            del shared["postcode"]
    return shared


def _serializer(secret_key: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret_key, salt=SALT)


def dumps(secret_key: str, answers: dict[str, Any], refs: Iterable[str]) -> str:
    """A signed, compressed token for a save-and-share link."""
    shared = shareable_answers(answers)
    body: dict[str, Any] = {_KEYS[key]: value for key, value in shared.items()}
    body["s"] = list(refs)[:MAX_SHORTLIST]
    return str(_serializer(secret_key).dumps(body))


def loads(secret_key: str, token: str) -> SavedLink | None:
    """The shortlist and answers in a token; None when it is not one of ours or was changed."""
    try:
        body = _serializer(secret_key).loads(token)
    except BadSignature:
        return None
    if not isinstance(body, dict):
        return None
    answers: dict[str, Any] = {}
    for key, short in _KEYS.items():
        value = body.get(short)
        if value is None:
            continue
        if key in _LISTS:
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                answers[key] = value
        elif key == "paid_only":
            answers[key] = value is True
        elif isinstance(value, str):
            answers[key] = value
    refs = body.get("s", [])
    if not isinstance(refs, list):
        refs = []
    clean = [r[:REF_MAX_CHARS] for r in refs if isinstance(r, str)][:MAX_SHORTLIST]
    return SavedLink(answers=answers, refs=clean)
