"""Reactions, follows, notifications to followers, outcome updates and reminders."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from accounts.notification_models import Notification
from forum import limits
from forum.models import Follow, Outcome, Reaction, Thread
from forum.services import community, posting
from tests.factories import UserFactory

from . import factories


def test_one_reaction_of_each_kind_per_user(thread, helper_user, asker):
    post = factories.reply(helper_user, thread)
    assert community.reaction_toggle(user=asker, post=post, kind="helpful") is True
    assert community.reaction_toggle(user=asker, post=post, kind="me_too") is True
    post.refresh_from_db()
    assert (post.helpful_count, post.me_too_count) == (1, 1)
    assert community.reaction_toggle(user=asker, post=post, kind="helpful") is False
    post.refresh_from_db()
    assert post.helpful_count == 0
    assert Reaction.objects.filter(post=post, user=asker).count() == 1


def test_no_reaction_to_own_post(thread, asker):
    with pytest.raises(ValidationError) as exc:
        community.reaction_toggle(user=asker, post=thread.posts.get(), kind="helpful")
    assert str(community.OWN_POST_REACTION) in exc.value.messages


def test_react_view_htmx_returns_buttons(client, thread, helper_user, asker):
    post = factories.reply(helper_user, thread)
    client.force_login(asker)
    url = reverse("forum:react", args=[post.pk, "helpful"])
    response = client.post(url, HTTP_HX_REQUEST="true")
    assert response.status_code == HTTPStatus.OK
    assert 'aria-pressed="true"' in response.content.decode()
    assert client.post(reverse("forum:react", args=[post.pk, "love"])).status_code == 404


def test_asker_follows_own_thread_and_gets_reply_notification(
    thread, asker, helper_user, django_capture_on_commit_callbacks
):
    assert Follow.objects.filter(user=asker, thread=thread).exists()
    with django_capture_on_commit_callbacks(execute=True):
        post = factories.reply(helper_user, thread)
    note = Notification.objects.get(user=asker)
    assert note.kind == "reply"
    assert "kind_helper replied" in note.title
    assert note.url == post.get_absolute_url()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [asker.email]
    assert "/account/notifications/unsubscribe/" in message.body
    assert message.extra_headers["List-Unsubscribe"].startswith("<http")
    assert not Notification.objects.filter(user=helper_user).exists()


def test_held_reply_notifies_only_when_published(
    thread, asker, helper_user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post = factories.reply(helper_user, thread, factories.HELD_TEXT)
    assert not Notification.objects.filter(user=asker).exists()
    with django_capture_on_commit_callbacks(execute=True):
        posting.post_set_state(post=post, state="published")
    assert Notification.objects.filter(user=asker, kind="reply").count() == 1


def test_category_followers_hear_of_new_threads(
    asker, helper_user, django_capture_on_commit_callbacks
):
    community.follow_set(user=helper_user, category=factories.category("children"), on=True)
    with django_capture_on_commit_callbacks(execute=True):
        factories.thread(asker, slug="children", title="Jerks in my son's legs after football")
    note = Notification.objects.get(user=helper_user)
    assert note.kind == "new_thread"
    assert note.digest_pending
    assert mail.outbox == []


def test_follow_views(client, thread, helper_user):
    client.force_login(helper_user)
    client.post(reverse("forum:follow_thread", args=[thread.pk]), {"on": "1"})
    assert Follow.objects.filter(user=helper_user, thread=thread).exists()
    client.post(reverse("forum:follow_thread", args=[thread.pk]), {"on": "0"})
    assert not Follow.objects.filter(user=helper_user, thread=thread).exists()
    response = client.post(reverse("forum:follow_category", args=["bed-partners"]), {"on": "1"})
    assert response.status_code == HTTPStatus.FOUND
    assert Follow.objects.filter(user=helper_user, category__slug="bed-partners").exists()


def test_outcome_update_pinned_and_followers_told(
    client, thread, asker, helper_user, django_capture_on_commit_callbacks
):
    community.follow_set(user=helper_user, thread=thread, on=True)
    client.force_login(asker)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("forum:outcome", args=[thread.pk]),
            {"conclusion": "benign", "body": "Our paediatrician watched the videos: benign."},
        )
    assert response.status_code == HTTPStatus.FOUND
    assert Outcome.objects.get(thread=thread).conclusion == "benign"
    note = Notification.objects.get(user=helper_user, kind="outcome")
    assert "Benign sleep myoclonus" in note.title
    client.logout()
    text = client.get(thread.get_absolute_url()).content.decode()
    assert 'data-testid="outcome"' in text
    assert "Benign sleep myoclonus" in text
    assert text.index('data-testid="outcome"') < text.index('id="post-1"')


def test_only_the_asker_posts_the_outcome(client, thread, helper_user):
    with pytest.raises(ValidationError) as exc:
        posting.outcome_save(author=helper_user, thread=thread, conclusion="other", body="x")
    assert str(posting.ONLY_AUTHOR_OUTCOME) in exc.value.messages
    client.force_login(helper_user)
    assert client.get(reverse("forum:outcome", args=[thread.pk])).status_code == 404


def test_outcome_reminder_once_and_opt_out(thread, asker, django_capture_on_commit_callbacks):
    Thread.objects.filter(pk=thread.pk).update(created_at=timezone.now() - timedelta(weeks=5))
    with django_capture_on_commit_callbacks(execute=True):
        assert community.outcome_reminders_send() == 1
        assert community.outcome_reminders_send() == 0
    assert Notification.objects.get(user=asker).kind == "reminder"
    assert len(mail.outbox) == 1

    other = factories.thread(UserFactory(), title="Another question about jerks in sleep")
    from accounts.notifications.services import preference_for

    pref = preference_for(other.author)
    pref.outcome_reminder = False
    pref.save()
    Thread.objects.filter(pk=other.pk).update(created_at=timezone.now() - timedelta(weeks=5))
    assert community.outcome_reminders_send() == 0
    assert Thread.objects.get(pk=other.pk).outcome_reminder_sent_at is not None


def test_closed_thread_refuses_replies(thread, helper_user, moderator):
    community.thread_set_flags(moderator=moderator, thread=thread, closed=True)
    with pytest.raises(ValidationError) as exc:
        factories.reply(helper_user, thread)
    assert str(posting.THREAD_CLOSED) in exc.value.messages


def test_new_members_cannot_post_links(thread, helper_user):
    with pytest.raises(ValidationError) as exc:
        posting.post_reply(
            author=helper_user, thread=thread, body="See https://example.org/sleep for more."
        )
    assert str(limits.NEW_MEMBER_NO_LINKS) in exc.value.messages


def test_rate_limit(thread, helper_user):
    most = limits.LIMITS["post"][0].count
    errors = []
    for i in range(most + 1):
        try:
            posting.post_reply(author=helper_user, thread=thread, body=f"Night {i} log: {i} jerks")
        except ValidationError as exc:
            errors = exc.messages
            break
    assert str(limits.RATE_LIMITED) in errors
    assert thread.posts.filter(author=helper_user).count() <= most


def test_unverified_members_cannot_post(thread):
    unverified = UserFactory(verified=False)
    with pytest.raises(ValidationError) as exc:
        factories.reply(unverified, thread)
    assert str(posting.UNVERIFIED) in exc.value.messages


def test_account_deletion_keeps_posts_as_former_member(client, thread, asker, helper_user):
    post = factories.reply(helper_user, thread)
    # The hook accounts.services.user_delete runs before the row goes (follows,
    # reactions and notifications then go with the user by CASCADE).
    community.user_detach(helper_user)
    post.refresh_from_db()
    assert post.author is None
    assert "Former member" in client.get(thread.get_absolute_url()).content.decode()
    assert Follow._meta.get_field("user").remote_field.on_delete.__name__ == "CASCADE"


def test_export_contains_posts(thread, asker):
    from forum.exporting import export_forum

    files = export_forum(asker)
    assert factories.CALM_TITLE in files["posts.md"]
    assert '"started_thread": true' in files["posts.json"]


def test_the_outcome_prompt_waits_as_long_as_the_reminder(client, thread, asker):
    """Seconds after asking there is only a quiet link; once the reminder would be
    due, the page asks for the outcome too."""
    client.force_login(asker)
    prompt = "Did you find out what it was?"
    fresh = client.get(thread.get_absolute_url()).content.decode()
    assert prompt not in fresh
    assert reverse("forum:outcome", args=[thread.pk]) in fresh  # still possible
    old = timezone.now() - community.OUTCOME_REMINDER_AFTER - timedelta(hours=1)
    Thread.objects.filter(pk=thread.pk).update(created_at=old)
    assert prompt in client.get(thread.get_absolute_url()).content.decode()
