"""Articles for `make bench`: the six starter articles plus filler, read anonymously.

Idempotent: the importer updates by slug, filler is added only once. The article page
is measured warm (the harness hits it repeatedly): anonymous readers are served from
the version-keyed fragment cache, so it should sit close to the baseline page.
"""

from __future__ import annotations

from bench.harness import Page

FILLER = 200
EDITOR_EMAIL = "bench-editor@example.org"
REVIEWER_EMAIL = "bench-reviewer@example.org"


def _staff(email: str, handle: str, group: str):
    from django.contrib.auth.models import Group

    from accounts.models import User

    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email, password=None, handle=handle, locale="en-GB", time_zone="Europe/London"
        )
    user.groups.add(Group.objects.get(name=group))
    return user


def seed(bench_user) -> list[Page]:
    from django.utils import timezone

    from articles import workflow
    from articles.demo import articles_import_directory
    from articles.models import Article, Source
    from articles.rendering import render_article
    from articles.services import _base

    editor = _staff(EDITOR_EMAIL, "bench_editor", "Editor")
    reviewer = _staff(REVIEWER_EMAIL, "bench_reviewer", "Medical reviewer")
    articles_import_directory(author=editor, reviewer=reviewer, publish=True)

    if not Article.objects.filter(slug__startswith="bench-filler-").exists():
        body = "## Section\n\nFiller text about sleep starts [^src].\n\n### More\n\nMore text.\n"
        rendered = render_article(body, ["src"])
        now = timezone.now()
        rows = Article.objects.bulk_create(
            Article(
                slug=f"bench-filler-{i}",
                title=f"Bench filler article {i}",
                summary="A filler article for the benchmark.",
                key_points=["One", "Two"],
                body=body,
                body_html=rendered.html,
                toc=rendered.toc_data,
                tags=["bench", "basics" if i % 2 else "babies"],
                audience="Everyone",
                author=editor,
                reviewer=reviewer,
                status=workflow.PUBLISHED,
                published_at=now,
                updated_at=now,
                last_reviewed_at=now,
                next_review_due=now.date().replace(year=now.year + 1),
            )
            for i in range(FILLER)
        )
        Source.objects.bulk_create(
            Source(article=a, key="src", title="A source", publisher="NHS", year=2024, order=1)
            for a in rows
        )
        for article in rows[:5]:
            _base.article_search_refresh(article=article)

    return [
        Page("articles list", "/articles/"),
        Page("articles list (tag)", "/articles/?tag=babies"),
        Page("article page", "/articles/what-is-sleep-myoclonus/"),
    ]
