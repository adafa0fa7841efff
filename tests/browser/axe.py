"""axe-core (from npm) in the browser: WCAG 2.0, 2.1 and 2.2 A and AA rules.

    from tests.browser.axe import assert_no_violations
    assert_no_violations(desktop_page)            # the page as it is now

The script is evaluated through the DevTools protocol, which the page's Content Security Policy
does not govern, so the tests run against the real CSP (no bypass_csp needed).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

AXE_JS = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def _axe_source() -> str:
    if not AXE_JS.exists():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `make install` (npm ci).")
    return AXE_JS.read_text()


def violations(page: Any, tags: list[str] | None = None) -> list[dict[str, Any]]:
    """Run axe on the page and return its violations (an empty list when it passes)."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(f"() => {{ {_axe_source()}\n;window.axe = axe; }}")
    result: dict[str, Any] = page.evaluate(
        "async (tags) => await window.axe.run(document, "
        "{runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        tags or WCAG_TAGS,
    )
    return list(result["violations"])


def describe(found: list[dict[str, Any]]) -> str:
    lines = []
    for violation in found:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary']}")
    return "\n".join(lines)


def assert_no_violations(page: Any, tags: list[str] | None = None) -> None:
    found = violations(page, tags)
    assert not found, f"axe found {len(found)} problem(s) on {page.url}:\n{describe(found)}"
