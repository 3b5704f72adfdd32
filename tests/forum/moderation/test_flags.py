"""Reports from members: one each, and enough trusted ones hide a post until reviewed."""

from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from forum.models import PostState
from forum.moderation import policy
from forum.moderation.models import AuditLog, Flag, Review
from forum.moderation.services import common, community, review
from tests.factories import UserFactory

from .factories import published_posts


def _trusted(thread, n=1):
    users = [UserFactory() for _ in range(n)]
    for user in users:
        published_posts(user, thread, 5)  # Trust.TRUSTED
    return users


def test_trusted_flags_hide_the_post_at_the_threshold(settings, thread, helper_user):
    settings.MODERATION_FLAG_THRESHOLD = 3
    post = thread.posts.get()
    reporters = _trusted(thread, 3)
    for reporter in reporters[:2]:
        community.flag_create(reporter=reporter, post=post, reason="advice")
    post.refresh_from_db()
    assert post.state == PostState.PUBLISHED
    community.flag_create(reporter=reporters[2], post=post, reason="contact", text="a number")
    post.refresh_from_db()
    assert post.state == PostState.HELD
    assert str(policy.COMMUNITY_FLAGS) in post.moderation_reasons
    assert Review.objects.get(post=post).decided_at is None
    assert AuditLog.objects.get(action="auto_hide").target_id == post.pk


def test_untrusted_flags_never_hide(settings, thread):
    settings.MODERATION_FLAG_THRESHOLD = 2
    post = thread.posts.get()
    for _ in range(3):
        community.flag_create(reporter=UserFactory(), post=post, reason="unkind")
    post.refresh_from_db()
    assert post.state == PostState.PUBLISHED
    assert Flag.objects.filter(post=post, trusted=False).count() == 3


def test_approving_a_flagged_post_resolves_its_flags(settings, mod, thread):
    settings.MODERATION_FLAG_THRESHOLD = 1
    post = thread.posts.get()
    community.flag_create(reporter=_trusted(thread)[0], post=post, reason="spam")
    review.post_approve(moderator=mod, post=post)
    assert not Flag.objects.filter(post=post, resolved_at__isnull=True).exists()


@pytest.mark.parametrize(
    ("who", "message"),
    [("author", common.OWN_POST_FLAG), ("unverified", common.UNVERIFIED_FLAG)],
)
def test_who_cannot_flag(thread, asker, who, message):
    reporter = asker if who == "author" else UserFactory(verified=False)
    with pytest.raises(ValidationError) as exc:
        community.flag_create(reporter=reporter, post=thread.posts.get(), reason="spam")
    assert exc.value.messages == [str(message)]


def test_flag_twice(thread, helper_user):
    post = thread.posts.get()
    community.flag_create(reporter=helper_user, post=post, reason="spam")
    with pytest.raises(ValidationError) as exc:
        community.flag_create(reporter=helper_user, post=post, reason="unkind")
    assert exc.value.messages == [str(common.ALREADY_FLAGGED)]


def test_flag_page_anonymous_goes_to_login(client, thread):
    url = reverse("moderation:flag", args=[thread.posts.get().pk])
    response = client.get(url)
    assert response.status_code == HTTPStatus.FOUND
    assert reverse("account_login") in response.url


def test_flag_page_for_someone_elses_held_post_is_404(client, thread, helper_user, other_user):
    from .factories import held_reply

    post = held_reply(helper_user, thread)
    client.force_login(other_user)
    assert client.get(reverse("moderation:flag", args=[post.pk])).status_code == 404


def test_member_reports_a_post(client, thread, helper_user):
    post = thread.posts.get()
    client.force_login(helper_user)
    url = reverse("moderation:flag", args=[post.pk])
    page = client.get(url).content.decode()
    assert "Gives medical advice to someone else" in page
    response = client.post(url, {"reason": "contact", "text": "there is a phone number"})
    assert response.status_code == HTTPStatus.FOUND
    flag = Flag.objects.get(post=post)
    assert (flag.reporter, flag.reason, flag.text) == (
        helper_user,
        "contact",
        "there is a phone number",
    )
    again = client.post(url, {"reason": "spam"})
    assert str(common.ALREADY_FLAGGED) in again.content.decode()
