"""An article's comments are the forum's posts: one partial, one renderer, one ForumPerms.

The discussion under an article is rendered by forum.rendering with
templates/forum/_post.html and asks forum.access.ForumPerms, so a held comment,
the edit/report links and the reaction buttons follow exactly the thread page's
rules. No forum, article or moderation template compares ids or state strings.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from articles.services import reader as services_reader
from forum.models import Post, PostState, Thread
from forum.services.posting import post_reply
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

HELD_TEXT = "Write to me on reader@example.org to talk."


@pytest.fixture
def thread(published):
    services_reader.article_discussion_ensure(article=published)
    published.refresh_from_db()
    return Thread.objects.get(pk=published.discussion_thread_id)


def _discussion(client, article) -> str:
    url = reverse("articles:discussion", args=[article.slug])
    return client.get(url, HTTP_HX_REQUEST="true").content.decode()


def _thread_page(client, thread) -> str:
    return client.get(thread.get_absolute_url()).content.decode()


def _post_block(html: str, text: str) -> str:
    """The <article> of the post holding `text`."""
    for block in re.findall(r'<article class="card mb-3 forum-post.*?</article>', html, re.S):
        if text in block:
            return block
    raise AssertionError(f"no post with {text!r}")


def _footer(block: str) -> str:
    """A post's footer, without the CSRF token (masked differently on each request)."""
    footer = re.search(r"<footer.*?</footer>", block, re.S).group(0)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", footer)


def test_comments_use_the_forum_post_partial_with_the_same_footers(client, published, thread):
    writer, reader = UserFactory(), UserFactory()
    post_reply(author=writer, thread=thread, body="The bedtime routine part helped us.")
    client.force_login(reader)
    comments, forum_page = _discussion(client, published), _thread_page(client, thread)
    text = "The bedtime routine part helped us."
    other = _post_block(comments, text)
    assert 'data-testid="post"' in other
    # The reader may react to and report someone else's comment, not edit it.
    assert reverse("moderation:flag", args=[Post.objects.get(author=writer).pk]) in other
    assert "hx-post" in other
    assert 'data-testid="edit-post"' not in other
    # Same footer as on the forum thread page (both joined by forum.rendering).
    assert _footer(other) == _footer(_post_block(forum_page, text))


def test_own_comment_can_be_edited_not_reported(client, published, thread):
    writer = UserFactory()
    post_reply(author=writer, thread=thread, body="We tried the earlier bedtime too.")
    client.force_login(writer)
    own = _post_block(_discussion(client, published), "We tried the earlier bedtime too.")
    assert 'data-testid="edit-post"' in own
    assert reverse("moderation:flag", args=[Post.objects.get(author=writer).pk]) not in own


def test_a_held_comment_is_shown_to_its_author_only(client, published, thread):
    writer = UserFactory()
    post_reply(author=writer, thread=thread, body=HELD_TEXT)
    assert Post.objects.get(author=writer).state == PostState.HELD
    assert HELD_TEXT not in _discussion(client, published)
    client.force_login(UserFactory())
    assert HELD_TEXT not in _discussion(client, published)
    client.force_login(writer)
    held = _post_block(_discussion(client, published), HELD_TEXT)
    assert 'data-testid="held"' in held


def test_no_comments_yet(client, published, thread):
    assert "No comments yet." in _discussion(client, published)


CHECKED = ("forum", "articles", "moderation")
# `{% if post.state == "held" %}`, `{% if post.author_id == user.pk %}` and the like.
COMPARISON = re.compile(
    r"\{%[^%]*?(?:\.state|_id|\.pk|\.id)\s*(?:==|!=)[^%]*%\}"
    r"|\{%[^%]*(?:==|!=)\s*[\w.]*(?:\.state|_id|\.pk|\.id)\b[^%]*%\}"
)


def test_no_forum_or_article_template_compares_ids_or_states():
    root = Path(settings.BASE_DIR) / "templates"
    found = [
        f"{path.relative_to(root)}: {match.group(0)}"
        for folder in CHECKED
        for path in sorted((root / folder).rglob("*.html"))
        for match in COMPARISON.finditer(path.read_text())
    ]
    assert found == []


def test_the_comparison_check_can_fail():
    assert COMPARISON.search('{% if post.state == "held" %}')
    assert COMPARISON.search("{% if user.pk == post.author_id %}")
    assert not COMPARISON.search("{% if held %}")
