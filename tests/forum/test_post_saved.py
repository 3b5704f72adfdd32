"""The consequences of a post are listed once: forum.services.posting.post_saved.

Every write path of the posting service calls it once; each consequence (review
queue, urgent alert, counts and versions, notifications) is checked through what
it leaves behind. Moderation has no after-save hook for the forum to call back.
"""

import ast
import inspect

from accounts.notification_models import Notification
from forum import moderation
from forum.models import Follow, PostState, Thread
from forum.moderation.models import Review, UrgentAlert
from forum.services import posting
from tests.conftest import staff_client
from tests.factories import UserFactory

from . import factories

WRITE_PATHS = ("thread_create", "post_reply", "post_edit", "post_set_state")
URGENT = "My son is not breathing properly and his lips are blue, he won't wake up."


def test_each_write_path_calls_post_saved_once():
    tree = ast.parse(inspect.getsource(posting))
    functions = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    for name in WRITE_PATHS:
        calls = [
            node
            for node in ast.walk(functions[name])
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "post_saved"
        ]
        assert len(calls) == 1, name


def test_moderation_has_no_after_save_hook():
    assert not hasattr(moderation, "post_saved")


def _follower(thread):
    follower = UserFactory()
    Follow.objects.create(user=follower, thread=thread)
    return follower


def test_a_published_reply_bumps_versions_and_tells_followers(
    thread, helper_user, django_capture_on_commit_callbacks
):
    follower = _follower(thread)
    before = Thread.objects.values_list("version", "category__version").get(pk=thread.pk)
    with django_capture_on_commit_callbacks(execute=True):
        post = factories.reply(helper_user, thread)
    thread.refresh_from_db()
    after = Thread.objects.values_list("version", "category__version").get(pk=thread.pk)
    assert after[0] > before[0]
    assert after[1] > before[1]
    assert (thread.reply_count, thread.last_poster_id) == (1, helper_user.pk)
    assert Notification.objects.filter(user=follower).count() == 1
    assert not Review.objects.filter(post=post).exists()


def test_a_held_reply_opens_a_review_and_tells_nobody_until_approved(
    thread, helper_user, django_capture_on_commit_callbacks
):
    follower = _follower(thread)
    with django_capture_on_commit_callbacks(execute=True):
        post = factories.reply(helper_user, thread, factories.HELD_TEXT)
    assert post.state == PostState.HELD
    assert Review.objects.get(post=post).decided_at is None
    assert not Notification.objects.filter(user=follower).exists()
    with django_capture_on_commit_callbacks(execute=True):
        posting.post_set_state(post=post, state=PostState.PUBLISHED)
    assert Notification.objects.filter(user=follower).count() == 1


def test_an_urgent_reply_alerts_moderators_once(
    thread, helper_user, django_capture_on_commit_callbacks
):
    moderator = staff_client(UserFactory(groups=["Moderator"])).staff_user
    with django_capture_on_commit_callbacks(execute=True):
        post = factories.reply(helper_user, thread, URGENT)
    assert (post.state, post.urgent) == (PostState.PUBLISHED, True)
    assert UrgentAlert.objects.filter(post=post).count() == 1
    assert Notification.objects.filter(user=moderator).count() == 1


def test_a_new_thread_bumps_its_category_and_its_author_follows(
    asker, django_capture_on_commit_callbacks
):
    category = factories.category("newborns-and-babies")
    with django_capture_on_commit_callbacks(execute=True):
        thread = factories.thread(asker)
    before = category.version
    category.refresh_from_db()
    assert category.version == before + 1
    assert Follow.objects.filter(user=asker, thread=thread).exists()
