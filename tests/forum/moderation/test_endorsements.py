"""A bare endorsement ("+1", "this x100", "what she said") is read with the post it
answers: under advice it is held like the advice, under anything else it is a kind word."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command

from forum.models import Post, PostState
from forum.moderation.engine import ENDORSED_RULE, HOLD, PUBLISH, evaluate
from forum.moderation.engine.artefact import default_model
from forum.moderation.engine.categories.advice_context import endorses
from forum.moderation.engine.corpus import with_thread
from forum.selectors import replied_text
from tests.forum import factories as forum_factories

DOSE = "Give her 5 ml of the Piriton syrup half an hour before bed, works every time."
DIRECTIVE = "Take him off the melatonin for a fortnight and see if the twitching settles."
CALM = "We filmed ours for the paediatrician and she said it was normal for his age."


@pytest.fixture(scope="module")
def model():
    return default_model()


@pytest.mark.parametrize(
    "reply",
    [
        *("+1", "this!!", "THIS x100", "^^ what she said", "seconded", "ditto x2"),
        *("Correct.", "spot on, hun", "She's dead right x", "Exactly."),
    ],
)
def test_a_bare_endorsement_of_advice_is_held_as_that_advice(model, reply):
    verdict = evaluate(reply, replied_text=DOSE, model=model)
    assert verdict.action == HOLD
    assert verdict.categories == {"dose_advice"}
    (finding,) = verdict.findings
    assert finding.rule == ENDORSED_RULE
    start, end = finding.spans[0]
    assert reply[start:end].strip() == reply.strip()


@pytest.mark.parametrize("reply", ["+1", "ditto", "yep this", "THIS x100"])
def test_an_endorsement_of_a_kind_word_is_no_advice_whatever_its_words_suggest(model, reply):
    """Alone, the model reads "+1" as advice (most "+1"s it learnt from answer advice);
    with the answered post known, that post decides."""
    assert evaluate(reply, model=model).categories & {
        "dose_advice",
        "medication_directive",
        "diagnosis",
    }
    assert evaluate(reply, replied_text=CALM, model=model).action == PUBLISH


def test_the_endorsed_category_is_the_answered_posts(model):
    verdict = evaluate("this, 100 times", replied_text=DIRECTIVE, model=model)
    assert verdict.action == HOLD
    assert verdict.categories == {"medication_directive"}


@pytest.mark.parametrize(
    "reply",
    [
        "agreed, but check with her GP before any of it",
        "+1 to asking the pharmacist instead",
        "this is so hard, sending hugs",
        "second night in a row for us too",
        "same here",
        "what she said? I'm lost",
    ],
)
def test_a_disagreement_or_a_reply_of_its_own_is_no_endorsement(model, reply):
    assert endorses(reply) is None
    assert evaluate(reply, replied_text=DOSE, model=model).action == PUBLISH


def test_an_endorsement_of_a_calm_post_is_a_kind_word(model):
    assert endorses("+1, so true") is not None
    assert evaluate("+1, so true", replied_text=CALM, model=model).action == PUBLISH


def test_a_reply_with_advice_of_its_own_keeps_its_own_finding(model):
    own = "+1, and give her 2 drops of the vitamin D every morning as well"
    verdict = evaluate(own, replied_text=DOSE, model=model)
    assert verdict.action == HOLD
    assert all(f.rule != ENDORSED_RULE for f in verdict.findings)


def test_corpus_threads_give_the_reply_to_post_else_the_row_above():
    rows = [
        {"id": "1", "thread": "t", "author": "u1", "text": "opening"},
        {"id": "2", "thread": "t", "author": "u2", "reply_to": "1", "text": "second"},
        {"id": "3", "thread": "t", "author": "u3", "reply_to": "1", "text": "third"},
        {"id": "4", "thread": "t", "author": "u4", "text": "fourth"},
        {"id": "5", "text": "no thread"},
    ]
    replied = {row["id"]: r for row, _history, _earlier, r in with_thread(rows)}
    assert replied == {"1": None, "2": "opening", "3": "opening", "4": "third", "5": None}


@pytest.mark.django_db
def test_moderate_jsonl_reads_an_endorsement_with_its_reply_to(tmp_path):
    lines = [
        {"id": "a", "thread": "t", "author": "u1", "text": CALM},
        {"id": "b", "thread": "t", "author": "u2", "reply_to": "a", "text": DOSE},
        {"id": "c", "thread": "t", "author": "u3", "reply_to": "a", "text": "+1"},
        {"id": "d", "thread": "t", "author": "u4", "reply_to": "b", "text": "+1"},
    ]
    path = tmp_path / "posts.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    out = io.StringIO()
    call_command("moderate", "--jsonl", str(path), stdout=out)
    rows = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert [rows[k]["action"] for k in "abcd"] == ["publish", "hold", "publish", "hold"]
    assert rows["d"]["categories"] == ["dose_advice"]


@pytest.mark.django_db
def test_in_the_site_an_endorsement_is_read_with_the_published_post_above(asker, helper_user):
    thread = forum_factories.thread(asker, title="Jerks as she falls asleep", body=CALM)
    advice = forum_factories.reply(helper_user, thread, DOSE)
    assert advice.state == PostState.HELD
    # A held post is not on the page, so nobody can be agreeing with it yet.
    assert replied_text(thread=thread) == CALM
    first = forum_factories.reply(asker, thread, "this!!")
    assert first.state == PostState.PUBLISHED
    # Once the advice is up (say, a moderator let it through), "+1" under it is held too.
    Post.objects.filter(pk=advice.pk).update(state=PostState.PUBLISHED)
    assert replied_text(thread=thread) == "this!!"
    Post.objects.filter(pk=first.pk).update(deleted_at=advice.created_at)
    assert replied_text(thread=thread) == DOSE
    second = forum_factories.reply(asker, thread, "+1 to this")
    second.refresh_from_db()
    assert second.state == PostState.HELD
    assert "dose_advice" in second.moderation["categories"]
