"""The one guard for every CSV this service writes (OWASP CSV injection).

A cell that starts with =, +, -, @, a tab or a line break is run as a formula by spreadsheets
(`=HYPERLINK(...)`), so `safe_cell` puts an apostrophe in front; spreadsheets show the text.
Numbers are written as they are. `unguard` takes the apostrophe off again when one of our own
CSVs is imported, so an export and import give back the same text.
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: Any) -> Any:
    """The value as a CSV cell that spreadsheets will not run; numbers stay numbers."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def safe_row(values: Any) -> list[Any]:
    return [safe_cell(value) for value in values]


def unguard(text: str) -> str:
    """A cell as it was before `safe_cell` guarded it."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
