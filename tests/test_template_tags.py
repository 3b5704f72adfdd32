"""No template tag reads data: views fetch through selectors and pass it in.

A template tag that runs a query hides it from the view's pinned query count and
from the selector that decides who may see what; one that imports a view turns the
arrows around. This reads every template tag module's imports.
"""

from __future__ import annotations

import ast
from pathlib import Path

from django.conf import settings

APPS = ("accounts", "logbook", "forum", "articles")
# Modules whose import means the tag reads data or reaches into a view.
READS = ("views", "selectors", "models", "managers", "hooks", "related", "rendering")
READ_MODULES = ("django.db", "django.core.cache")


def _tag_modules() -> list[Path]:
    root = Path(settings.BASE_DIR)
    return sorted(p for app in APPS for p in (root / app).rglob("templatetags/*.py"))


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            names.extend(f"{module}.{alias.name}" for alias in node.names)
    return names


def _reads(name: str) -> bool:
    parts = name.lstrip(".").split(".")
    return any(part in READS for part in parts) or name.startswith(READ_MODULES)


def test_no_template_tag_imports_a_view_or_a_reader():
    modules = _tag_modules()
    assert modules, "no template tag modules found"
    offenders = {
        str(path.relative_to(settings.BASE_DIR)): [n for n in _imports(path) if _reads(n)]
        for path in modules
    }
    assert {path: names for path, names in offenders.items() if names} == {}


def test_the_check_recognises_a_reader():
    assert _reads("forum.related.related_for_thread")
    assert _reads("..selectors.videos_for_episode")
    assert _reads("logbook.views.common.subject_context")
    assert _reads("django.core.cache.cache")
    assert not _reads("django.template")
    assert not _reads("articles.bylines")
