"""Accessibility checked by a machine on every page the journeys visit.

Every browser context the e2e tests open is watched (see conftest.py): after a
page's `goto`, `reload` or `wait_for_url`, axe-core (from node_modules, like the
other assets) runs on the page in both themes (the server only sets
`data-bs-theme`, so flipping that attribute is what the cookie does) and at
phone (390 px) and desktop width. Each distinct page (its path with ids folded),
theme and width is checked once per session, so a journey that comes back to a
page costs nothing. Violations of impact "serious" or "critical" fail the test
that visited the page; the counts per page go to var/axe-summary.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SUMMARY = ROOT / "var" / "axe-summary.json"
FAILING_IMPACTS = frozenset({"serious", "critical"})
THEMES = ("dark", "light")
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
# The WCAG 2.x A/AA rules (2.2 included) and axe's best practices.
RUN_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
_ID_SEGMENT = re.compile(r"^(\d+|[0-9a-f-]{32,36}|[A-Za-z0-9_:-]{20,})$")


def page_key(url: str, status: int | None = None) -> str:
    """The page's path with ids and tokens folded: /logbook/12/ -> /logbook/*/."""
    parts = urlsplit(url).path.split("/")
    path = "/".join("*" if _ID_SEGMENT.match(p) else p for p in parts)
    return f"{path} [{status}]" if status and status >= 400 else path


def _summarise(violation: dict) -> str:
    targets = [", ".join(node["target"]) for node in violation["nodes"][:4]]
    return f"{violation['id']} ({violation['impact']}): {violation['help']} -> {targets}"


@dataclass
class AxeAudit:
    """Session-wide record of what was checked and what was found."""

    checked: dict[str, dict] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    source: str = ""

    def watch(self, page) -> None:
        """Check the page after every navigation the journey makes through these calls."""
        audit = self

        def wrap(name):
            original = getattr(page, name)

            def wrapped(*args, **kwargs):
                result = original(*args, **kwargs)
                status = getattr(result, "status", None) if name != "wait_for_url" else None
                audit.check(page, status=status)
                return result

            setattr(page, name, wrapped)

        for name in ("goto", "reload", "wait_for_url"):
            wrap(name)

    def _run(self, page) -> list[dict]:
        if not page.evaluate("() => typeof window.axe === 'object'"):
            if not self.source:
                self.source = AXE_JS.read_text(encoding="utf-8")
            page.evaluate(self.source + "\n;true")
        return page.evaluate(
            "async (options) => (await window.axe.run(document, options)).violations",
            RUN_OPTIONS,
        )

    def check(self, page, *, status: int | None = None) -> None:
        """Run axe on this page for each theme and width not yet checked."""
        page.wait_for_load_state("load")
        path = page_key(page.url, status)
        todo = [
            (width, theme)
            for width in WIDTHS
            for theme in THEMES
            if f"{path} {theme} {width}" not in self.checked
        ]
        if not todo:
            return
        # Colours are measured at once: no transition may be half-way.
        page.emulate_media(reduced_motion="reduce")
        original_size = page.viewport_size
        original_theme = page.evaluate("() => document.documentElement.dataset.bsTheme")
        for width, theme in todo:
            page.set_viewport_size(WIDTHS[width])
            page.evaluate("(t) => { document.documentElement.dataset.bsTheme = t; }", theme)
            violations = self._run(page)
            serious = [v for v in violations if v["impact"] in FAILING_IMPACTS]
            key = f"{path} {theme} {width}"
            self.checked[key] = {
                "violations": len(violations),
                "serious_or_critical": len(serious),
                "rules": sorted({v["id"] for v in violations}),
            }
            self.failures += [f"{key}: {_summarise(v)}" for v in serious]
        page.evaluate("(t) => { document.documentElement.dataset.bsTheme = t; }", original_theme)
        page.set_viewport_size(original_size)

    def take_failures(self) -> list[str]:
        failures, self.failures = self.failures, []
        return failures

    def write_summary(self) -> None:
        if not self.checked:
            return
        SUMMARY.parent.mkdir(exist_ok=True)
        SUMMARY.write_text(json.dumps(self.checked, indent=1, sort_keys=True) + "\n")
