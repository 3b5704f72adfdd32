"""Emergencies told as thread updates: the red-flag layer reads a follow-up against the
thread's earlier posts (pure engine tests first, then one through the forum's reply)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from forum.models import Post, PostState
from forum.moderation.engine import PUBLISH, PUBLISH_URGENT, evaluate
from forum.moderation.engine.categories.emergency.thread import assess_update
from forum.moderation.engine.corpus import THREAD_AUTHOR_POSTS, with_thread
from forum.selectors import thread_context_texts
from forum.services import posting
from tests.forum import factories as forum_factories

FIT_NOW = (
    "My 3 year old is on the sofa having a fit, arms stiff and jerking, he's never done this "
    "before and his lips look a bit grey"
)
FIT_STARTING = "My daughter is having a fit on the floor, her arms are jerking, started 2 mins ago"
HEAD_KNOCK = "He banged his head on the coffee table an hour ago, cried straight away, seems ok"
FEVER = "Our 2 year old has a temp of 39.6 tonight and is very grizzly"
BENIGN = "My baby jerks in her sleep every night as she drifts off, the GP says it's benign"
DREAM = "I dreamt last night that my son stopped breathing in his cot and woke up in a state"


@pytest.mark.parametrize(
    ("earlier", "update"),
    [
        (FIT_NOW, "third one starting now"),
        (FIT_NOW, "still the same, not coming back to us"),
        (FIT_STARTING, "it's been 6 minutes"),
        (FIT_STARTING, "another one started before she came round"),
        (HEAD_KNOCK, "he's been sick twice since tea and keeps nodding off on the settee"),
        (FEVER, "she screams when I bend her neck and the light is hurting her eyes"),
    ],
)
def test_an_update_of_an_earlier_emergency_gets_the_banner(earlier, update):
    alone = evaluate(update)
    in_thread = evaluate(update, thread_texts=[earlier])
    # Alone, at most a doubtful banner (a stiff neck without a fever): nobody is alerted.
    assert alone.action == PUBLISH
    assert not alone.alert
    assert in_thread.urgent
    assert in_thread.alert
    assert in_thread.action == PUBLISH_URGENT
    assert "emergency" in in_thread.categories
    (finding,) = [f for f in in_thread.findings if f.category == "emergency"]
    assert all(0 <= a < b <= len(update) for a, b in finding.spans)


@pytest.mark.parametrize(
    ("earlier", "update"),
    [
        (FIT_STARTING, "ok it stopped after a minute, she's asleep now and breathing normally"),
        (FIT_NOW, "He came round before they got here, colour is back and he's talking to me"),
        (FIT_NOW, "Is he ok? Thinking of you, please update when you can"),
        (FIT_NOW, "Call 999 right now and put him on his side, don't wait for replies"),
        (HEAD_KNOCK, "Update: no sickness, not sleepy, running around and eating as normal"),
        (FEVER, "still has the temp but she's drinking, no rash and bending her neck fine"),
        (BENIGN, "still happening every night, maybe five jerks and then she settles"),
        (DREAM, "happened again tonight, the same dream, he's fine and asleep next to me"),
        (
            "How long should a seizure last before you call an ambulance? Asking in general",
            "so if it's been 5 minutes and they're still jerking you call, got it",
        ),
        (
            "Two years ago my son had a ten minute fit, paramedics came and he was fine",
            "it's been two years now and nothing since, just the small sleep jerks",
        ),
    ],
)
def test_a_resolved_negated_or_general_update_gets_no_banner(earlier, update):
    assert assess_update(update, [earlier]) == ([], [])
    verdict = evaluate(update, thread_texts=[earlier])
    assert not verdict.urgent
    assert verdict.action == PUBLISH


def test_the_same_text_without_a_thread_is_judged_as_before():
    for text in ("third one starting now", "it's been 6 minutes", "still the same"):
        assert evaluate(text) == evaluate(text, thread_texts=())
        assert assess_update(text, []) == ([], [])


def test_a_red_flag_of_its_own_is_found_with_or_without_the_thread():
    text = "he's still not breathing properly and his lips are blue"
    assert evaluate(text).action == PUBLISH_URGENT
    assert evaluate(text, thread_texts=[BENIGN]).action == PUBLISH_URGENT


def test_corpus_threads_give_the_authors_own_earlier_posts_the_opening_if_theirs():
    rows = [
        {"id": "1", "thread": "t", "author": "u1", "text": "opening"},
        {"id": "2", "thread": "t", "author": "u2", "text": "other reply"},
        {"id": "3", "thread": "t", "author": "u1", "text": "first update"},
        {"id": "4", "thread": "t", "author": "u2", "text": "second reply"},
        {"id": "5", "thread": "t", "author": "u1", "text": "second update"},
        {"id": "6", "text": "no thread"},
    ]
    contexts = {row["id"]: earlier for row, _history, earlier, _replied in with_thread(rows)}
    assert contexts == {
        "1": [],
        "2": [],
        "3": ["opening"],
        "4": ["other reply"],
        "5": ["opening", "first update"],
        "6": [],
    }


# --------------------------------------------------------------------------- the site


def test_reply_gets_urgent_guidance_because_of_the_opening_post(
    asker, helper_user, mod, django_capture_on_commit_callbacks
):
    thread = forum_factories.thread(asker, title="Fit on the sofa, help", body=FIT_NOW)
    update = "third one starting now"
    with django_capture_on_commit_callbacks(execute=True):
        post = forum_factories.reply(asker, thread, update)
    post.refresh_from_db()
    assert (post.state, post.urgent) == (PostState.PUBLISHED, True)
    assert post.moderation["urgent"] is True
    assert "emergency" in post.moderation["categories"]
    assert any("call your local emergency number" in r for r in post.moderation_reasons)
    # The same words under a calm thread are an ordinary reply.
    calm = forum_factories.thread(asker, title="Sleep jerks question", body=BENIGN)
    other = forum_factories.reply(helper_user, calm, update)
    assert other.urgent is False
    assert "emergency" not in other.moderation["categories"]


def test_a_helpers_advice_under_an_emergency_is_held_as_advice_not_read_as_an_update(
    asker, helper_user
):
    """Someone else's emergency is not read into a reply: its words about the jerks
    starting again are advice for the reader, held as such, not a new sign of the fit."""
    thread = forum_factories.thread(asker, title="Fit on the sofa, help", body=FIT_NOW)
    reply = forum_factories.reply(
        helper_user,
        thread,
        "Give him half a melatonin gummy tonight and he'll be asleep before the jerks get "
        "going again, we do it every other night.",
    )
    reply.refresh_from_db()
    assert (reply.state, reply.urgent) == (PostState.HELD, False)
    assert "emergency" not in reply.moderation["categories"]
    assert {"dose_advice", "medication_directive"} & set(reply.moderation["categories"])
    # The same words from the parent who opened the thread are read with their emergency.
    own = forum_factories.reply(
        asker, thread, "she's floppy now and they go floppy when deeply asleep?"
    )
    assert own.urgent is True


def test_an_edit_is_read_against_the_thread_above_it(asker, helper_user):
    """Editing a calm reply into "it's starting again" under a fit happening now gets
    the urgent guidance, as the same words would as a new reply; the same edit far
    from the opening post's situation does not (the opening post is the context)."""
    thread = forum_factories.thread(asker, title="Fit on the sofa, help", body=FIT_NOW)
    reply = forum_factories.reply(asker, thread, "Thanks everyone, we're waiting now.")
    assert reply.urgent is False
    result = posting.post_edit(editor=asker, post=reply, body="third one starting now")
    reply.refresh_from_db()
    assert result.verdict.urgent is True
    assert (reply.state, reply.urgent) == (PostState.PUBLISHED, True)
    calm = forum_factories.thread(asker, title="Sleep jerks question", body=BENIGN)
    other = forum_factories.reply(helper_user, calm, "Thanks, that helps.")
    posting.post_edit(editor=helper_user, post=other, body="third one starting now")
    other.refresh_from_db()
    assert other.urgent is False


def test_thread_context_is_the_authors_own_posts_the_opening_if_theirs_in_one_query(
    asker, helper_user, django_assert_num_queries
):
    thread = forum_factories.thread(asker, title="Fit on the sofa, help", body=FIT_NOW)
    for n in range(THREAD_AUTHOR_POSTS + 1):
        forum_factories.reply(helper_user, thread, f"Thinking of you both, message {n}.")
    forum_factories.reply(asker, thread, "We rang them, they're coming.")
    with django_assert_num_queries(1):
        texts = thread_context_texts(thread=thread, author=helper_user)
    # a helper's reply is not read as an update of someone else's emergency
    assert texts == [
        f"Thinking of you both, message {n}." for n in range(1, THREAD_AUTHOR_POSTS + 1)
    ]
    assert thread_context_texts(thread=thread, author=asker) == [
        FIT_NOW,
        "We rang them, they're coming.",
    ]
    # Posts older than the window are not read as the situation now.
    Post.objects.filter(thread=thread).update(created_at=timezone.now() - timedelta(days=2))
    assert thread_context_texts(thread=thread, author=asker) == []
