"""forum.access: each predicate agrees with its Q, for every reader and state.

The single path (a predicate on one object, used by the shared page cache and
views) and the bulk path (the Q, used by selectors) must never disagree.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from forum import access
from forum.models import Outcome, Post, PostState, Thread
from forum.services import posting
from tests.conftest import staff_client
from tests.factories import UserFactory

from . import factories

READERS = ["anonymous", "author", "other", "moderator"]
STATES = [PostState.PUBLISHED, PostState.HELD, PostState.REJECTED, PostState.REMOVED]


@pytest.fixture
def readers(asker):
    return {
        "anonymous": AnonymousUser(),
        "author": asker,
        "other": UserFactory(handle="someone_else"),
        # Staff powers need a session that passed MFA: the user as that session sees it.
        "moderator": staff_client(
            UserFactory(handle="a_moderator", groups=["Moderator"])
        ).staff_user,
    }


@pytest.fixture
def objects(thread, asker):
    """One thread, its opening post and an outcome, whose state each test sets."""
    posting.outcome_save(
        author=asker, thread=thread, conclusion="benign", body="The doctor said it is benign."
    )
    return thread, thread.posts.get(position=1), Outcome.objects.get(thread=thread)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("reader", READERS)
def test_predicates_match_their_q(objects, readers, reader, state):
    thread, post, outcome = objects
    user = readers[reader]
    Thread.objects.filter(pk=thread.pk).update(state=state)
    Post.objects.filter(pk=post.pk).update(state=state)
    Outcome.objects.filter(pk=outcome.pk).update(state=state)
    thread.refresh_from_db()
    post.refresh_from_db()
    outcome.refresh_from_db()
    cases = [
        (access.can_see_thread(user, thread), Thread, access.threads_visible_q(user), thread),
        (access.can_see_post(user, post), Post, access.posts_visible_q(user), post),
        (access.can_see_outcome(user, outcome), Outcome, access.outcomes_visible_q(user), outcome),
    ]
    for allowed, model, q, obj in cases:
        assert model.objects.filter(q, pk=obj.pk).exists() == allowed, (model, reader, state)


@pytest.mark.parametrize("reader", READERS)
def test_who_sees_what(objects, readers, reader):
    thread, post, _outcome = objects
    user = readers[reader]
    Post.objects.filter(pk=post.pk).update(state=PostState.HELD)
    post.refresh_from_db()
    expected_held = reader in ("author", "moderator")
    assert access.can_see_post(user, post) == expected_held
    Post.objects.filter(pk=post.pk).update(state=PostState.REJECTED)
    post.refresh_from_db()
    assert access.can_see_post(user, post) == (reader == "moderator")


def test_perms_for_a_closed_thread(thread, asker, helper_user):
    moderator = staff_client(UserFactory(groups=["Moderator"])).staff_user
    reply = factories.reply(helper_user, thread)
    thread.closed = True
    member, author, mod = (
        access.ForumPerms(helper_user, thread),
        access.ForumPerms(asker, thread),
        access.ForumPerms(moderator, thread),
    )
    anonymous = access.ForumPerms(AnonymousUser(), thread)
    assert not member.can_reply
    assert member.closed_to_me
    assert mod.can_reply
    assert not mod.closed_to_me
    assert not anonymous.can_reply
    assert not anonymous.can_follow
    assert member.can_edit(reply)
    assert not author.can_edit(reply)
    assert author.can_react(reply)
    assert not member.can_react(reply)
    assert author.can_report(reply)
    assert not member.can_report(reply)
    assert not member.can_quote(reply)
    assert mod.can_quote(reply)
    assert author.is_author
    assert author.can_post_outcome
    assert not member.can_post_outcome


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("reader", READERS)
def test_thread_get_for_agrees_with_the_predicate_for_every_reader(objects, readers, reader, state):
    """thread_get_for has two paths (SQL compiled once for members who do not
    moderate, the ORM for the others): both show a thread exactly when
    can_see_thread does, with the same category, author, outcome and marks."""
    from django.http import Http404

    from forum.models import Follow, ThreadRead
    from forum.selectors import thread_get_for

    thread, _post, outcome = objects
    user = readers[reader]
    Thread.objects.filter(pk=thread.pk).update(state=state)
    thread.refresh_from_db()
    if user.is_authenticated:
        Follow.objects.get_or_create(user=user, thread=thread)  # the author follows already
        ThreadRead.objects.update_or_create(
            user=user, thread=thread, defaults={"last_read_position": 7}
        )
    if not access.can_see_thread(user, thread):
        with pytest.raises(Http404):
            thread_get_for(user=user, pk=thread.pk)
        return
    got = thread_get_for(user=user, pk=thread.pk)
    assert (got.pk, got.title, got.state, got.version) == (
        thread.pk,
        thread.title,
        thread.state,
        thread.version,
    )
    assert got.category.name == thread.category.name
    assert got.author.handle == thread.author.handle
    assert got.outcome.body == outcome.body
    assert got.outcome.thread is got
    if user.is_authenticated:
        assert (got.following, got.last_read_position) == (True, 7)


def test_thread_get_for_a_thread_whose_author_left_and_has_no_outcome(thread, helper_user):
    from forum.selectors import thread_get_for

    Thread.objects.filter(pk=thread.pk).update(author=None)
    got = thread_get_for(user=helper_user, pk=thread.pk)
    assert got.author is None
    assert getattr(got, "outcome", None) is None
    assert (got.following, got.last_read_position) == (False, None)
