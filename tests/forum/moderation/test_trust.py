"""Trust levels are the one rule for newcomers: every consumer follows its boundaries.

Each test sets a member just below and just at a boundary of
forum.moderation.trust and checks the consumer (posting limits, the first-posts
hold, report weight, the moderator pages) switches exactly there.
"""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from forum import limits
from forum.models import Post, PostState
from forum.moderation import trust
from forum.moderation.models import Flag
from forum.moderation.services import community
from forum.moderation.trust import Trust, trust_for_count, trust_level
from forum.services import posting
from tests.factories import UserFactory
from tests.forum import factories as forum_factories

from .factories import published_posts

LINK_REPLY = "This page helped us: https://example.org/sleep-jerks"


@pytest.mark.parametrize(
    ("count", "level"),
    [
        (0, Trust.NEWCOMER),
        (1, Trust.NEW_MEMBER),
        (2, Trust.NEW_MEMBER),
        (3, Trust.MEMBER),
        (4, Trust.MEMBER),
        (5, Trust.TRUSTED),
        (19, Trust.TRUSTED),
        (20, Trust.REGULAR),
    ],
)
def test_levels_follow_approved_posts(count, level):
    assert trust_for_count(count) == level


def test_only_published_posts_count(helper_user, thread):
    published_posts(helper_user, thread, 3)
    held = forum_factories.reply(helper_user, thread, "A held one.")
    Post.objects.filter(pk=held.pk).update(state=PostState.HELD)
    assert trust_level(helper_user) == Trust.MEMBER


def test_moderators_have_the_top_level(mod):
    assert trust_level(mod) == Trust.REGULAR
    assert not trust.is_new_member(trust_level(mod))


def _boundary_user(thread, level: Trust, *, below: bool):
    user = UserFactory()
    published_posts(user, thread, trust.APPROVED_POSTS_FOR[level] - (1 if below else 0))
    return user


@pytest.mark.parametrize("below", [True, False])
def test_links_open_up_exactly_at_member(thread, below):
    author = _boundary_user(thread, Trust.MEMBER, below=below)
    if below:
        with pytest.raises(ValidationError) as exc:
            posting.post_reply(author=author, thread=thread, body=LINK_REPLY)
        assert str(limits.NEW_MEMBER_NO_LINKS) in exc.value.messages
    else:
        result = posting.post_reply(author=author, thread=thread, body=LINK_REPLY)
        assert result.post.state == PostState.PUBLISHED


@pytest.mark.parametrize("below", [True, False])
def test_the_rate_limit_widens_exactly_at_member(thread, below):
    author = _boundary_user(thread, Trust.MEMBER, below=below)
    new_member_limit, member_limit = limits.LIMITS["post"][1].count, limits.LIMITS["post"][0].count
    allowed = new_member_limit if below else member_limit
    for i in range(allowed):
        result = posting.post_reply(author=author, thread=thread, body=f"Night {i}: {i} jerks")
        # Keep the level where it was (as if each reply waited for review).
        Post.objects.filter(pk=result.post.pk).update(state=PostState.HELD)
    with pytest.raises(ValidationError) as exc:
        posting.post_reply(author=author, thread=thread, body="One more night log.")
    assert str(limits.RATE_LIMITED) in exc.value.messages


@pytest.mark.parametrize("below", [True, False])
def test_first_posts_are_held_only_for_newcomers(settings, thread, below):
    settings.MODERATION_HOLD_FIRST_POSTS = 1
    author = _boundary_user(thread, Trust.NEW_MEMBER, below=below)
    post = forum_factories.reply(author, thread, "We saw the same at bedtime, it settled.")
    assert post.state == (PostState.HELD if below else PostState.PUBLISHED)


@pytest.mark.parametrize("below", [True, False])
def test_reports_count_from_trusted(thread, below):
    reporter = _boundary_user(thread, trust.FLAGS_COUNT_FROM, below=below)
    post = thread.posts.order_by("position").first()
    flag = community.flag_create(reporter=reporter, post=post, reason="spam")
    assert Flag.objects.get(pk=flag.pk).trusted is (not below)


def test_the_member_page_shows_the_level_and_its_name(mod_client, thread):
    member = _boundary_user(thread, Trust.TRUSTED, below=False)
    page = mod_client.get(reverse("moderation:member", args=[member.handle]))
    standing = page.content.decode()
    assert f"{Trust.TRUSTED.value} ({Trust.TRUSTED.label})" in standing
