"""The people side of a verdict: sanctions, slow mode and first posts reviewed."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from forum.models import PostState
from forum.moderation import HOLD, PUBLISH, PUBLISH_URGENT, REFUSE, moderate, policy
from forum.moderation.models import MemberStanding, ThreadModeration
from forum.moderation.services import community
from forum.moderation.trust import Trust, trust_level
from forum.services import posting
from tests.forum import factories as forum_factories

from .factories import URGENT_REPLY, published_posts

CALM = "We filmed the jerks for our GP and she said it looked like benign sleep myoclonus."


def test_member_in_good_standing_publishes(helper_user):
    assert moderate(CALM, author=helper_user, kind="reply").action == PUBLISH


def test_banned_member_is_refused_with_a_clear_message(helper_user, mod):
    community.member_sanction(moderator=mod, user=helper_user, kind="ban", reason="slurs")
    verdict = moderate(CALM, author=helper_user, kind="reply")
    assert verdict.action == REFUSE
    assert str(policy.BANNED) in verdict.reasons


@pytest.mark.parametrize(("kind", "message"), [("suspend", "suspended"), ("silence", "paused")])
def test_suspended_or_silenced_member_is_refused_until_then(helper_user, mod, kind, message):
    community.member_sanction(moderator=mod, user=helper_user, kind=kind, reason="r", days=2)
    verdict = moderate(CALM, author=helper_user, kind="reply")
    assert verdict.action == REFUSE
    assert any(message in reason for reason in verdict.reasons)


def test_sanction_over_lets_the_member_post_again(helper_user):
    MemberStanding.objects.create(
        user=helper_user, silenced_until=timezone.now() - timedelta(minutes=1)
    )
    assert moderate(CALM, author=helper_user, kind="reply").action == PUBLISH


def test_reinstate_lifts_everything(helper_user, mod):
    community.member_sanction(moderator=mod, user=helper_user, kind="ban", reason="r")
    community.member_sanction(moderator=mod, user=helper_user, kind="reinstate", reason="appeal")
    assert moderate(CALM, author=helper_user, kind="reply").action == PUBLISH


def test_banned_member_cannot_reply_through_the_forum(thread, helper_user, mod):
    community.member_sanction(moderator=mod, user=helper_user, kind="ban", reason="r")
    with pytest.raises(ValidationError) as exc:
        posting.post_reply(author=helper_user, thread=thread, body=CALM)
    assert str(policy.BANNED) in exc.value.messages
    assert thread.posts.count() == 1


def test_slow_mode_refuses_a_second_reply_within_the_period(thread, helper_user, mod):
    community.thread_slow_mode_set(moderator=mod, thread=thread, seconds=600, reason="heated")
    forum_factories.reply(helper_user, thread, CALM)
    verdict = moderate(
        "And another thing about bedtimes.", author=helper_user, kind="reply", thread=thread
    )
    assert verdict.action == REFUSE
    assert "slow mode" in verdict.reasons[-1]
    # Another thread, or slow mode off: fine.
    community.thread_slow_mode_set(moderator=mod, thread=thread, seconds=0)
    assert moderate("And another.", author=helper_user, kind="reply", thread=thread).action == (
        PUBLISH
    )


def test_slow_mode_lets_the_first_reply_through_and_spares_moderators(thread, helper_user, mod):
    ThreadModeration.objects.create(thread=thread, slow_mode_seconds=600)
    assert moderate(CALM, author=helper_user, kind="reply", thread=thread).action == PUBLISH
    forum_factories.reply(mod, thread, "Please keep it kind, everyone.")
    assert moderate("Thanks all.", author=mod, kind="reply", thread=thread).action == PUBLISH


def test_first_posts_are_held_for_a_new_member(settings, helper_user, thread):
    settings.MODERATION_HOLD_FIRST_POSTS = 1
    post = forum_factories.reply(helper_user, thread, CALM)
    assert post.state == PostState.HELD
    assert str(policy.FIRST_POSTS) in post.moderation_reasons


def test_first_posts_rule_lifted_after_an_approved_post(settings, helper_user, thread):
    settings.MODERATION_HOLD_FIRST_POSTS = 1
    published_posts(helper_user, thread, 1)
    assert trust_level(helper_user) == Trust.NEW_MEMBER
    assert forum_factories.reply(helper_user, thread, CALM).state == PostState.PUBLISHED


def test_first_posts_rule_never_delays_an_emergency(settings, helper_user):
    settings.MODERATION_HOLD_FIRST_POSTS = 1
    assert moderate(URGENT_REPLY, author=helper_user, kind="reply").action == PUBLISH_URGENT


def test_policy_only_tightens_a_held_verdict(settings, helper_user):
    settings.MODERATION_HOLD_FIRST_POSTS = 1
    verdict = moderate("give him 0.5 mg of clonazepam", author=helper_user, kind="reply")
    assert verdict.action == HOLD
    assert str(policy.FIRST_POSTS) not in verdict.reasons


def test_a_moderators_explanation_is_published_not_held_in_their_own_queue(thread, mod):
    """A moderator explaining a hidden dose remark quotes words the engine would hold."""
    text = (
        "We hid the sentence that said to give him 5 mg of melatonin: changes like that "
        "are for your own doctor. " + forum_factories.HELD_TEXT
    )
    assert moderate(text, author=None, kind="reply").action == HOLD  # the engine holds it
    post = posting.post_reply(author=mod, thread=thread, body=text).post
    assert post.state == PostState.PUBLISHED
    assert post.moderation["findings"]  # kept for the record


def test_a_moderators_spam_is_still_refused(thread, mod):
    spam = "Buy cheap magnesium pills online, 50% off today only, use discount code SLEEP20"
    assert moderate(spam, author=mod, kind="reply").action == REFUSE
