"""The notifications inbox, email preferences, one-click unsubscribe and digests."""

from http import HTTPStatus

from django.core import mail
from django.urls import reverse

from accounts.notification_models import EmailChoice, Notification
from accounts.notifications import services
from accounts.notifications.views import PREFERENCES_SAVED, UNSUBSCRIBE_INVALID
from tests.factories import UserFactory

INBOX_QUERIES = 4


def _notify(user, kind="reply", title="kind_helper replied to “Arms jerking”"):
    return services.notifications_send(
        user_ids=[user.pk], kind=kind, title=title, url="/forum/t/1/"
    )


def test_inbox_requires_login(client):
    response = client.get(reverse("notifications:inbox"))
    assert response.status_code == HTTPStatus.FOUND
    assert "/accounts/login/" in response["Location"]


def test_inbox_lists_only_own_notifications(client, user, other_user, django_assert_num_queries):
    _notify(user, title="For the member")
    _notify(other_user, title="For someone else")
    client.force_login(user)
    with django_assert_num_queries(INBOX_QUERIES):
        response = client.get(reverse("notifications:inbox"))
    text = response.content.decode()
    assert "For the member" in text
    assert "For someone else" not in text
    for i in range(10):
        _notify(user, title=f"More {i}")
    with django_assert_num_queries(INBOX_QUERIES):
        client.get(reverse("notifications:inbox"))


def test_opening_someone_elses_notification_is_404(client, user, other_user):
    _notify(other_user)
    note = Notification.objects.get(user=other_user)
    client.force_login(user)
    response = client.post(reverse("notifications:open", args=[note.pk]))
    assert response.status_code == HTTPStatus.NOT_FOUND
    note.refresh_from_db()
    assert note.read_at is None


def test_opening_marks_read_and_redirects(client, user):
    _notify(user)
    note = Notification.objects.get(user=user)
    client.force_login(user)
    response = client.post(reverse("notifications:open", args=[note.pk]))
    assert response["Location"] == "/forum/t/1/"
    note.refresh_from_db()
    assert note.read_at is not None


def test_mark_all_read(client, user):
    _notify(user)
    _notify(user, title="Second")
    client.force_login(user)
    client.post(reverse("notifications:mark_all_read"))
    assert not Notification.objects.filter(user=user, read_at__isnull=True).exists()


def test_immediate_email_has_one_click_unsubscribe(
    client, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    assert len(mail.outbox) == 1
    url = mail.outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    assert url in mail.outbox[0].body
    path = url.split("://", 1)[1].split("/", 1)[1]
    response = client.get("/" + path)
    assert response.status_code == HTTPStatus.OK
    assert 'data-testid="unsubscribed"' in response.content.decode()
    assert services.preference_for(user).replies == EmailChoice.OFF
    with django_capture_on_commit_callbacks(execute=True):
        _notify(user)
    assert len(mail.outbox) == 1  # no more email, but still in the inbox
    assert Notification.objects.filter(user=user).count() == 2


def test_tampered_unsubscribe_link(client):
    response = client.get(reverse("notifications:unsubscribe", args=["not-a-token"]))
    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert str(UNSUBSCRIBE_INVALID) in response.content.decode()


def test_preferences_page(client, user):
    client.force_login(user)
    response = client.get(reverse("notifications:preferences"))
    assert "Replies in threads you follow" in response.content.decode()
    response = client.post(
        reverse("notifications:preferences"),
        {"replies": "digest", "new_threads": "off", "outcomes": "immediate"},
        follow=True,
    )
    assert str(PREFERENCES_SAVED) in response.content.decode()
    pref = services.preference_for(user)
    assert (pref.replies, pref.new_threads, pref.outcome_reminder) == ("digest", "off", False)


def test_account_page_links_to_preferences(client, user):
    client.force_login(user)
    text = client.get(reverse("accounts:home")).content.decode()
    assert reverse("notifications:preferences") in text
    assert reverse("notifications:inbox") in text


def test_daily_digest_sends_once(user, django_capture_on_commit_callbacks):
    services.preference_update(
        user=user, replies="digest", new_threads="digest", outcomes="digest", outcome_reminder=True
    )
    _notify(user, title="First reply")
    _notify(user, kind="new_thread", title="A new thread")
    assert mail.outbox == []
    from accounts.notifications.tasks import digests_send_all

    with django_capture_on_commit_callbacks(execute=True):
        assert digests_send_all.delay().get() == 1
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "First reply" in body
    assert "A new thread" in body
    assert "/account/notifications/unsubscribe/" in body
    with django_capture_on_commit_callbacks(execute=True):
        assert services.digest_send(user_id=user.pk) == 0
    assert len(mail.outbox) == 1


def test_inactive_users_get_nothing(db):
    gone = UserFactory(is_active=False)
    assert _notify(gone) == 0
