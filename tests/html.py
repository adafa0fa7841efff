"""Read a response as a person sees it: parse the HTML and select with CSS."""

from __future__ import annotations

from collections import Counter
from typing import Any

from bs4 import BeautifulSoup


def page(response: Any) -> BeautifulSoup:
    data = response.data if hasattr(response, "data") else response
    text = data.decode() if isinstance(data, bytes) else str(data)
    return BeautifulSoup(text, "html.parser")


def text_of(soup: BeautifulSoup, selector: str) -> str:
    element = soup.select_one(selector)
    assert element is not None, f"nothing on the page matches {selector!r}"
    return " ".join(element.get_text(" ").split())


def assert_well_formed_page(response: Any, title_contains: str | None = None) -> BeautifulSoup:
    """One h1, no duplicate ids, a title; the checks every page test makes."""
    soup = page(response)
    assert len(soup.select("h1")) == 1, "a page has exactly one h1"
    ids = Counter(tag["id"] for tag in soup.select("[id]"))
    duplicates = [i for i, n in ids.items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    assert soup.title is not None and soup.title.string
    if title_contains:
        assert title_contains in soup.title.string
    return soup
