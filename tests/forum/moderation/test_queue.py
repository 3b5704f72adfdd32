"""The review queue: who may see it, what it shows, and each decision end to end."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.notification_models import Notification
from forum.models import Post, PostRevision, PostState
from forum.moderation.models import AuditLog, ReasonTemplate, Review
from forum.moderation.selectors import highlight, queue_stats
from forum.moderation.services import common, community, review
from tests.conftest import staff_log_in
from tests.factories import UserFactory

from .factories import CONTACT_REPLY, DOSE_REPLY, held_reply

QUEUE = reverse("moderation:queue")


# ------------------------------------------------------------------ permissions


def test_anonymous_goes_to_login(client, db):
    response = client.get(QUEUE)
    assert response.status_code == HTTPStatus.FOUND
    assert reverse("account_login") in response.url


def test_member_is_forbidden(user_client):
    assert user_client.get(QUEUE).status_code == HTTPStatus.FORBIDDEN


def test_moderator_without_mfa_is_sent_to_set_it_up(client, db):
    client.force_login(UserFactory(groups=["Moderator"]))
    response = client.get(QUEUE)
    assert response.status_code == HTTPStatus.FOUND
    assert response.url == reverse("mfa_activate_totp")


def test_medical_reviewer_is_not_a_moderator(client, reviewer):
    staff_log_in(client, reviewer)
    assert client.get(QUEUE).status_code == HTTPStatus.FORBIDDEN


def test_moderator_with_mfa_sees_the_queue(mod_client):
    response = mod_client.get(QUEUE)
    assert response.status_code == HTTPStatus.OK
    assert "Nothing is waiting for review" in response.content.decode()


@pytest.mark.parametrize(
    "name", ["moderation:approve", "moderation:edit_approve", "moderation:reject"]
)
def test_member_cannot_decide(user_client, thread, helper_user, name):
    post = held_reply(helper_user, thread)
    response = user_client.post(
        reverse(name, args=[post.pk]), {"edit-body": "x", "edit-reason": "x", "approve-reason": ""}
    )
    assert response.status_code == HTTPStatus.FORBIDDEN
    post.refresh_from_db()
    assert post.state == PostState.HELD


# ------------------------------------------------------------------ content


def test_queue_shows_reasons_highlighted_spans_and_history(mod_client, thread, helper_user):
    held_reply(helper_user, thread)
    body = mod_client.get(QUEUE).content.decode()
    assert "<mark>0.5 mg</mark>" in body
    assert "suggested for someone else" in body  # the engine's reason
    assert "kind_helper" in body
    assert "trust level 0" in body


def test_highlight_escapes_user_text():
    html = highlight("<b>give</b> 5 mg & <script>", [(12, 16)])
    assert html == "&lt;b&gt;give&lt;/b&gt; <mark>5 mg</mark> &amp; &lt;script&gt;"


def test_queue_query_count_does_not_grow(mod_client, thread, django_assert_num_queries):
    authors = [UserFactory() for _ in range(3)]
    held_reply(authors[0], thread)
    # 10: the page, its items, and the active moderation model for the dashboard box.
    with django_assert_num_queries(10):
        mod_client.get(QUEUE)
    for author in authors[1:]:
        held_reply(author, thread, CONTACT_REPLY)
        held_reply(author, thread, DOSE_REPLY + " and again tomorrow")
    with django_assert_num_queries(10):
        response = mod_client.get(QUEUE)
    assert response.content.decode().count('data-testid="queue-item"') == 5


def test_item_page_shows_author_history_and_notes(mod_client, mod, thread, helper_user):
    post = held_reply(helper_user, thread)
    community.staff_note_add(author=mod, user=helper_user, text="Means well, gave doses before.")
    body = mod_client.get(reverse("moderation:item", args=[post.pk])).content.decode()
    assert "Means well, gave doses before." in body
    assert "<mark>0.5 mg</mark>" in body
    assert "Approve and publish" in body


def test_item_page_query_count(mod_client, thread, helper_user, django_assert_num_queries):
    post = held_reply(helper_user, thread)
    with django_assert_num_queries(8):
        mod_client.get(reverse("moderation:item", args=[post.pk]))


# ------------------------------------------------------------------ decisions end to end


def _other_sees(client, other, post) -> bool:
    client.force_login(other)
    return client.get(post.get_absolute_url(), follow=True).status_code == HTTPStatus.OK


def test_held_reply_approved_becomes_visible_and_author_is_told(
    client, mod, thread, helper_user, other_user, django_capture_on_commit_callbacks
):
    post = held_reply(helper_user, thread)
    assert not _other_sees(client, other_user, post)
    client.force_login(helper_user)
    own = client.get(thread.get_absolute_url()).content.decode()
    assert "Waiting for review." in own

    staff_log_in(client, mod)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("moderation:approve", args=[post.pk]), {"approve-reason": ""}
        )
    assert response.status_code == HTTPStatus.FOUND
    post.refresh_from_db()
    assert post.state == PostState.PUBLISHED
    assert _other_sees(client, other_user, post)
    note = Notification.objects.get(user=helper_user, kind=common.NOTIFICATION_KIND)
    assert "is published" in note.title
    assert note.url == post.get_absolute_url()
    assert any(helper_user.email in m.to and "is published" in m.subject for m in mail.outbox)
    row = AuditLog.objects.get(action="approve")
    assert (row.actor, row.target_type, row.target_id) == (mod, "post", post.pk)
    assert Review.objects.get(post=post).decision == "approve"


def test_edit_and_approve_publishes_the_moderators_text(
    client, mod, thread, helper_user, django_capture_on_commit_callbacks
):
    post = held_reply(helper_user, thread)
    staff_log_in(client, mod)
    new_text = "Our neurologist chose the dose for our son; please ask yours."
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("moderation:edit_approve", args=[post.pk]),
            {"edit-body": new_text, "edit-reason": "Removed the dose for someone else."},
        )
    post.refresh_from_db()
    assert (post.state, post.body) == (PostState.PUBLISHED, new_text)
    assert new_text in post.body_html
    assert PostRevision.objects.get(post=post).body == DOSE_REPLY
    email = next(m for m in mail.outbox if helper_user.email in m.to)
    assert "Removed the dose for someone else." in email.body
    assert AuditLog.objects.get(action="edit_approve").reason == (
        "Removed the dose for someone else."
    )


def test_reject_with_template_tells_author_and_hides_post(
    client, mod, thread, helper_user, other_user, django_capture_on_commit_callbacks
):
    post = held_reply(helper_user, thread)
    template = ReasonTemplate.objects.get(title="Individual dose advice")
    staff_log_in(client, mod)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("moderation:reject", args=[post.pk]),
            {"reject-template": template.pk, "reject-reason": "Thanks for wanting to help."},
        )
    post.refresh_from_db()
    assert post.state == PostState.REJECTED
    assert not _other_sees(client, other_user, post)
    email = next(m for m in mail.outbox if helper_user.email in m.to)
    assert template.text in email.body
    assert DOSE_REPLY in email.body  # they get their text back
    guidelines = next(line for line in email.body.splitlines() if "guidelines" in line)
    assert guidelines.endswith(reverse("community_guidelines"))
    assert f"/forum/t/{thread.pk}/" not in guidelines
    assert Notification.objects.filter(user=helper_user, title__contains="not published").exists()
    row = AuditLog.objects.get(action="reject")
    assert template.text in row.reason
    assert row.extra["template"] == template.title


def test_reject_without_any_reason_is_refused(mod_client, thread, helper_user):
    post = held_reply(helper_user, thread)
    response = mod_client.post(reverse("moderation:reject", args=[post.pk]), {"reject-reason": ""})
    assert response.status_code == HTTPStatus.OK
    assert str(common.REJECT_NEEDS_REASON) in response.content.decode()
    post.refresh_from_db()
    assert post.state == PostState.HELD


def test_deciding_twice_is_refused(mod, thread, helper_user):
    post = held_reply(helper_user, thread)
    review.post_approve(moderator=mod, post=post)
    with pytest.raises(Exception, match="not waiting"):
        review.post_approve(moderator=mod, post=post)
    assert AuditLog.objects.filter(action="approve").count() == 1


def test_bulk_approve_and_reject(mod_client, thread, django_capture_on_commit_callbacks):
    authors = [UserFactory() for _ in range(3)]
    posts = [held_reply(a, thread) for a in authors]
    with django_capture_on_commit_callbacks(execute=True):
        mod_client.post(
            reverse("moderation:queue_bulk"),
            {"decision": "approve", "posts": [posts[0].pk, posts[1].pk]},
        )
    template = ReasonTemplate.objects.get(title="Duplicate")
    mod_client.post(
        reverse("moderation:queue_bulk"),
        {"decision": "reject", "posts": [posts[2].pk], "template": template.pk},
    )
    states = dict(Post.objects.filter(pk__in=[p.pk for p in posts]).values_list("pk", "state"))
    assert [states[p.pk] for p in posts] == ["published", "published", "rejected"]
    assert AuditLog.objects.filter(action__in=["approve", "reject"]).count() == 3


def test_bulk_reject_needs_a_reason(mod_client, thread, helper_user):
    post = held_reply(helper_user, thread)
    mod_client.post(reverse("moderation:queue_bulk"), {"decision": "reject", "posts": [post.pk]})
    post.refresh_from_db()
    assert post.state == PostState.HELD


def test_median_time_to_decision(mod, mod_client, thread):
    now = timezone.now()
    for minutes in (10, 30, 200):
        post = held_reply(UserFactory(), thread)
        Review.objects.filter(post=post).update(held_at=now - timedelta(minutes=minutes))
        review.post_approve(moderator=mod, post=post)
    stats = queue_stats()
    assert stats["decided"] == 3
    assert abs(stats["median"].total_seconds() - 30 * 60) < 5
    body = mod_client.get(QUEUE).content.decode()
    assert "30 min" in body


def test_author_edit_of_a_held_post_stays_in_the_queue(thread, helper_user):
    from forum.services.posting import post_edit

    post = held_reply(helper_user, thread)
    post_edit(editor=helper_user, post=post, body="Ask your own doctor about a dose, please.")
    post.refresh_from_db()
    assert post.state == PostState.HELD
    assert Review.objects.get(post=post).decided_at is None


def test_held_question_approved_publishes_the_thread(client, mod, asker, other_user):
    from tests.forum import factories as forum_factories

    thread = forum_factories.thread(asker, body="Your son has epilepsy, I am sure of it.")
    post = thread.posts.get()
    assert post.state == PostState.HELD
    client.force_login(other_user)
    assert client.get(thread.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND
    review.post_approve(moderator=mod, post=post)
    thread.refresh_from_db()
    assert thread.state == PostState.PUBLISHED
    assert client.get(thread.get_absolute_url()).status_code == HTTPStatus.OK


def test_rejected_question_points_the_author_to_the_guidelines(mod, asker):
    from tests.forum import factories as forum_factories

    thread = forum_factories.thread(asker, body="Email me at parent@example.com for the details")
    post = thread.posts.get()
    template = ReasonTemplate.objects.get(title="Contact details")
    review.post_reject(moderator=mod, post=post, template=template)
    note = Notification.objects.get(user=asker)
    assert note.url == reverse("community_guidelines")
    thread.refresh_from_db()
    assert thread.state == PostState.REJECTED
