"""The article files: `import_articles`, the demo seeder and the bench scenario."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from accounts.demo_content import seed_accounts
from articles import workflow
from articles.content import CONTENT_DIR, load_directory
from articles.demo import seed_articles
from articles.models import Article, ArticleRevision, Source
from articles.services import _base

pytestmark = pytest.mark.django_db


def test_import_command_is_idempotent_and_updates_by_slug(editor, reviewer, tmp_path):
    out = StringIO()
    call_command("import_articles", "--author", editor.email, stdout=out)
    assert "6 article(s) processed." in out.getvalue()
    assert Article.objects.filter(status=workflow.DRAFT).count() == 6
    assert Source.objects.filter(article__slug="what-is-sleep-myoclonus").count() == 6
    first = Article.objects.get(slug="what-is-sleep-myoclonus")
    assert first.related.count() == 5
    version = first.version

    out = StringIO()
    call_command("import_articles", "--author", editor.email, stdout=out)
    assert out.getvalue().count("unchanged") == 6
    first.refresh_from_db()
    assert first.version == version

    # A changed file updates the article with the same slug.
    data = next(a for a in load_directory() if a.slug == "what-is-sleep-myoclonus")
    path = tmp_path / "what-is-sleep-myoclonus.md"
    original = (CONTENT_DIR / "what-is-sleep-myoclonus.md").read_text(encoding="utf-8")
    path.write_text(
        original.replace(data.title, "What is sleep myoclonus, really?"), encoding="utf-8"
    )
    call_command(
        "import_articles", "--author", editor.email, "--directory", str(tmp_path), stdout=StringIO()
    )
    first.refresh_from_db()
    assert first.title == "What is sleep myoclonus, really?"
    assert Article.objects.filter(slug="what-is-sleep-myoclonus").count() == 1


def test_import_command_publishes_with_a_reviewer_only(editor, reviewer):
    with pytest.raises(CommandError, match="--reviewer"):
        call_command("import_articles", "--author", editor.email, "--publish")
    call_command(
        "import_articles",
        "--author",
        editor.email,
        "--reviewer",
        reviewer.email,
        "--publish",
        stdout=StringIO(),
    )
    published = Article.objects.published()
    assert published.count() == 6
    assert {a.reviewer_id for a in published} == {reviewer.pk}
    assert ArticleRevision.objects.filter(note=_base.FIRST_PUBLISHED_NOTE).count() == 6


def test_demo_seeder_publishes_with_the_demo_editor_and_reviewer():
    seed_accounts(lambda _: None)
    lines: list[str] = []
    seed_articles(lines.append)
    seed_articles(lines.append)
    articles = Article.objects.published().select_related("author", "reviewer")
    assert articles.count() == 6
    assert {(a.author.handle, a.reviewer.handle) for a in articles} == {("editor_sam", "dr_amara")}
    assert all(a.discussion_thread_id for a in articles)
    assert "unchanged" in lines[-1]


def test_bench_scenario_is_idempotent(user, client):
    from bench.scenarios import articles as scenario

    pages = scenario.seed(user)
    count = Article.objects.count()
    assert scenario.seed(user) == pages
    assert Article.objects.count() == count == 6 + scenario.FILLER
    for bench_page in pages:
        response = client.get(bench_page.path)
        assert response.status_code == 200, bench_page.path


def test_deleting_an_editor_keeps_their_articles(published, editor):
    from accounts.services import user_delete

    user_delete(user=editor)
    published.refresh_from_db()
    assert published.author is None
    from articles.bylines import byline_name

    assert byline_name(published.author) == "the Hypnic editorial team"


def test_export_holds_the_members_feedback(published):
    import json

    from accounts.exporting import export_zip
    from articles.exporting import export_articles
    from articles.models import Feedback
    from tests.factories import UserFactory

    member = UserFactory()
    Feedback.objects.create(article=published, user=member, helpful=False, reason="unclear")
    rows = json.loads(export_articles(member)["feedback.json"])
    assert rows[0]["article"] == published.slug
    assert rows[0]["reason"] == "unclear"
    assert export_zip(member)
