"""An emergency is published at once with the banner and moderators are alerted once."""

from django.core import mail

from accounts.notification_models import Notification
from forum.models import PostState
from forum.moderation.models import UrgentAlert
from forum.moderation.services.review import urgent_alert_send
from tests.forum import factories as forum_factories

from .factories import URGENT_REPLY


def test_urgent_reply_published_with_banner_and_moderators_alerted(
    client, thread, helper_user, mod, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        post = forum_factories.reply(helper_user, thread, URGENT_REPLY)
    assert (post.state, post.urgent) == (PostState.PUBLISHED, True)
    note = Notification.objects.get(user=mod)
    assert note.title.startswith("Urgent:")
    assert any(mod.email in m.to and m.subject.startswith(("Urgent", "[")) for m in mail.outbox)
    client.force_login(helper_user)
    page = client.get(thread.get_absolute_url()).content.decode()
    assert 'data-testid="urgent-banner"' in page


def test_alert_is_sent_once(thread, helper_user, mod, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post = forum_factories.reply(helper_user, thread, URGENT_REPLY)
    assert urgent_alert_send(post_id=post.pk) is False
    assert UrgentAlert.objects.filter(post=post).count() == 1
    assert Notification.objects.filter(user=mod).count() == 1


def test_calm_post_alerts_nobody(thread, helper_user, mod, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        forum_factories.reply(helper_user, thread)
    assert not Notification.objects.filter(user=mod).exists()
