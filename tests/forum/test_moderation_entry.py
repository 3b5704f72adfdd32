"""Nothing bypasses the moderation entry point: every write path of member text
calls forum.moderation.moderate, and a held-worthy text ends up held."""

import ast
import inspect
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError

from forum.models import Outcome, Post, PostState, Thread
from forum.moderation import combine, moderate
from forum.services import posting

from . import factories

SPAM_TEXT = "Buy cheap magnesium pills online, 50% off today only, use discount code SLEEP20"
TEXT_FIELDS = {"body", "title"}
MODEL_NAMES = {"Post", "Thread", "Outcome"}


def _functions_writing_text():
    """Service functions that construct a Post/Thread/Outcome or assign .body/.title."""
    root = Path(inspect.getfile(posting)).parent
    found = {}
    for path in sorted(root.glob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            writes = False
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and getattr(sub.func, "id", "") in MODEL_NAMES:
                    writes = True
                if isinstance(sub, ast.Assign):
                    for target in sub.targets:
                        if isinstance(target, ast.Attribute) and target.attr in TEXT_FIELDS:
                            writes = True
            if writes:
                calls = {
                    getattr(s.func, "id", getattr(s.func, "attr", ""))
                    for s in ast.walk(node)
                    if isinstance(s, ast.Call)
                }
                found[f"{path.name}:{node.name}"] = "moderate" in calls
    return found


def test_every_service_writing_text_calls_moderate():
    found = _functions_writing_text()
    assert set(found) >= {
        "posting.py:thread_create",
        "posting.py:post_reply",
        "posting.py:post_edit",
        "posting.py:outcome_save",
    }
    assert [name for name, calls in found.items() if not calls] == []


def test_new_thread_with_held_title_is_held(asker):
    thread = factories.thread(asker, title="Give him 5 mg of melatonin, trust me")
    assert thread.state == PostState.HELD
    assert thread.posts.get().state == PostState.HELD


def test_new_thread_with_held_body_is_held(asker):
    thread = factories.thread(asker, body=factories.HELD_TEXT)
    post = thread.posts.get()
    assert (thread.state, post.state) == (PostState.HELD, PostState.HELD)
    assert post.moderation_reasons
    assert post.moderation["action"] == "hold"


def test_reply_held(thread, helper_user):
    post = factories.reply(helper_user, thread, factories.HELD_TEXT)
    assert post.state == PostState.HELD
    thread.refresh_from_db()
    assert thread.reply_count == 0


def test_edit_of_published_post_is_held_again(thread, helper_user):
    post = factories.reply(helper_user, thread)
    assert post.state == PostState.PUBLISHED
    posting.post_edit(editor=helper_user, post=post, body=factories.HELD_TEXT)
    post.refresh_from_db()
    assert post.state == PostState.HELD
    assert post.revisions.get().body.startswith("We saw the same")


def test_title_edit_is_moderated(thread, asker):
    opening = thread.posts.get(position=1)
    posting.post_edit(
        editor=asker, post=opening, body=opening.body, title="Give him 5 mg of melatonin"
    )
    thread.refresh_from_db()
    assert thread.state == PostState.HELD


def test_outcome_held(thread, asker):
    outcome, verdict = posting.outcome_save(
        author=asker, thread=thread, conclusion="benign", body=factories.HELD_TEXT
    )
    assert outcome.state == PostState.HELD
    assert verdict.action == "hold"


def test_urgent_reply_published_with_flag(thread, helper_user):
    post = factories.reply(helper_user, thread, factories.URGENT_TEXT)
    assert (post.state, post.urgent) == (PostState.PUBLISHED, True)


@pytest.mark.parametrize("path", ["thread", "reply", "edit", "outcome"])
def test_refused_text_saves_nothing(path, thread, asker, helper_user):
    before = (Thread.objects.count(), Post.objects.count(), Outcome.objects.count())
    opening = thread.posts.get(position=1)
    write = {
        "thread": lambda: factories.thread(asker, body=SPAM_TEXT),
        "reply": lambda: factories.reply(helper_user, thread, SPAM_TEXT),
        "edit": lambda: posting.post_edit(editor=asker, post=opening, body=SPAM_TEXT),
        "outcome": lambda: posting.outcome_save(
            author=asker, thread=thread, conclusion="other", body=SPAM_TEXT
        ),
    }[path]
    with pytest.raises(posting.PostRefused) as exc:
        write()
    assert str(posting.REFUSED) in exc.value.messages
    assert (Thread.objects.count(), Post.objects.count(), Outcome.objects.count()) == before
    opening.refresh_from_db()
    assert opening.body == factories.CALM_BODY


def test_refused_is_a_validation_error():
    assert issubclass(posting.PostRefused, ValidationError)


def test_combine_keeps_urgent_over_hold(db):
    verdict = combine(
        moderate(factories.HELD_TEXT, author=None, kind="body"),
        moderate(factories.URGENT_TEXT, author=None, kind="body"),
    )
    assert verdict.action == "publish_urgent"
    assert verdict.urgent


def test_duplicate_of_own_recent_post_is_held(thread, helper_user):
    body = "Has anyone tried a warm bath before bed? It seemed to calm things down for us."
    assert factories.reply(helper_user, thread, body).state == PostState.PUBLISHED
    assert factories.reply(helper_user, thread, body).state == PostState.HELD


def test_unknown_kind_is_a_programming_error(db):
    with pytest.raises(ValueError):
        moderate("hello", author=None, kind="signature")
