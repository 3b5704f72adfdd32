"""Demo content for `make run`, and the importer shared with `manage.py import_articles`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from accounts.models import User

from .content import CONTENT_DIR, load_directory
from .models import Article, Byline
from .services import editing, reader

DEMO_EDITOR = "editor@example.com"
DEMO_REVIEWER = "reviewer@example.com"
DEMO_BYLINES = {
    DEMO_EDITOR: (
        "Sam (Hypnic editor)",
        "",
        "Sam edits Hypnic's articles and keeps them up to date and sourced.",
    ),
    DEMO_REVIEWER: (
        "Dr Amara",
        "paediatric neurologist (demo)",
        "Amara checks every article for medical accuracy before it is published.",
    ),
}


def articles_import_directory(
    *, author: User, reviewer: User | None, publish: bool, directory: Path = CONTENT_DIR
) -> dict[str, str]:
    """Import every article file (idempotent: updates by slug). Returns slug -> outcome."""
    outcomes: dict[str, str] = {}
    all_data = load_directory(directory)
    for data in all_data:
        _, outcome = editing.article_import(
            data=data, author=author, reviewer=reviewer, publish=publish
        )
        outcomes[data.slug] = outcome
    editing.articles_link_related(links={d.slug: d.related for d in all_data})
    return outcomes


def seed_articles(write: Callable[[str], None]) -> None:
    editor = User.objects.get(email=DEMO_EDITOR)
    reviewer = User.objects.get(email=DEMO_REVIEWER)
    for user in (editor, reviewer):
        name, credentials, bio = DEMO_BYLINES[user.email]
        Byline.objects.get_or_create(
            user=user, defaults={"display_name": name, "credentials": credentials, "bio": bio}
        )
    outcomes = articles_import_directory(author=editor, reviewer=reviewer, publish=True)
    # `make run` may have no Celery worker yet: open the discussion threads here (idempotent).
    for article in Article.objects.published().filter(slug__in=list(outcomes)):
        reader.article_discussion_ensure(article=article)
    counts = {o: sum(1 for v in outcomes.values() if v == o) for o in set(outcomes.values())}
    write(f"  articles: {len(outcomes)} published ({counts})")
