"""Learning from moderators, end to end: decisions become examples, retraining is guarded,
the dashboard shows the active model.

The corpus is a small one written for these tests (tests/forum/moderation/corpus), read
through the same setting as the real one, so training takes seconds.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.urls import reverse

from forum.models import PostState
from forum.moderation.engine import corpus, evaluation, training
from forum.moderation.learning import active_model, active_version
from forum.moderation.models import (
    AuditLog,
    ModerationExample,
    ModerationModel,
    ReasonTemplate,
)
from forum.moderation.services import review
from forum.moderation.services.learning import ModelRefused, model_store, model_train
from tests.factories import UserFactory
from tests.forum import factories as forum_factories

from .factories import DOSE_REPLY, held_reply, published_posts

pytestmark = pytest.mark.django_db

FIXTURE = Path(__file__).with_name("corpus")
# A regimen for someone else's child in words the small corpus has never seen, and with
# no verb of giving or treating that the rules read ("Rub lavender oil on his feet" is
# held by the rules alone).
REGIMEN = "A bowl of cut onions under the cot each night and the twitching goes, works every time."


@pytest.fixture
def small_corpus(monkeypatch):
    monkeypatch.setenv(corpus.ENV, str(FIXTURE))
    return FIXTURE


@pytest.fixture
def first_model(small_corpus, django_capture_on_commit_callbacks):
    """A model trained on the small corpus, active (as after a first training)."""
    model = training.train(corpus.load("train"), corpus.load("dev"), version="fixture-v0")
    with django_capture_on_commit_callbacks(execute=True):
        return model_store(
            model=model,
            train_rows=len(corpus.load("train")),
            test_result=evaluation.score(corpus.load("test"), model),
            activate=True,
        )


def test_the_active_model_is_loaded_from_the_database(first_model):
    assert active_version() == "fixture-v0"
    assert active_model().version == "fixture-v0"


@override_settings(MODERATION_HOLD_FIRST_POSTS=1)
def test_a_model_trained_from_a_moderators_decision_changes_the_verdict_it_got_wrong(
    first_model, mod_client, mod, thread, django_capture_on_commit_callbacks
):
    trusted = UserFactory(handle="long_time_member")
    published_posts(trusted, thread, 3)
    # The model lets the regimen through: a trusted member's post is published.
    wrong = forum_factories.reply(trusted, thread, REGIMEN)
    assert wrong.state == PostState.PUBLISHED

    # A new member posts it; first posts are held, and a moderator rejects it as advice.
    newcomer = UserFactory(handle="new_here")
    held = forum_factories.reply(newcomer, thread, REGIMEN)
    assert held.state == PostState.HELD
    template = ReasonTemplate.objects.create(
        title="Regimen for someone else's child",
        text="Please tell your own story instead of telling others what to do.",
        category="medication_directive",
    )
    mod_client.post(reverse("moderation:reject", args=[held.pk]), {"reject-template": template.pk})
    held.refresh_from_db()
    assert held.state == PostState.REJECTED
    example = ModerationExample.objects.get()
    assert (example.text, example.labels, example.decision) == (
        REGIMEN,
        ["medication_directive"],
        "rejected",
    )

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("moderation_train", stdout=out)
    assert "activated" in out.getvalue()
    new = ModerationModel.objects.get(is_active=True)
    assert new.version != "fixture-v0"
    assert new.decisions == 1
    assert AuditLog.objects.filter(action="model_activated", target_id=new.pk).exists()

    # The same words from the trusted member are now held for a moderator.
    again = forum_factories.reply(trusted, thread, REGIMEN)
    assert again.state == PostState.HELD
    assert "medication_directive" in again.moderation["categories"]


def test_approving_a_held_post_keeps_it_as_an_allowed_example(first_model, mod, thread):
    post = held_reply(UserFactory(), thread)
    review.post_approve(moderator=mod, post=post)
    example = ModerationExample.objects.get()
    assert (example.text, example.labels, example.decision) == (post.body, [], "approved")


def test_edit_and_approve_keeps_both_texts(first_model, mod, thread):
    post = held_reply(UserFactory(), thread)
    review.post_edit_and_approve(moderator=mod, post=post, body="Ask your own doctor.")
    examples = {e.text: e.labels for e in ModerationExample.objects.all()}
    assert examples["Ask your own doctor."] == []
    assert "dose_advice" in examples[DOSE_REPLY]


def test_a_worse_model_is_refused_and_the_active_one_stays(
    first_model, mod, django_capture_on_commit_callbacks
):
    # Careless decisions: every problem post called fine, every fine post called a problem.
    everything = [
        "contact",
        "diagnosis",
        "dose_advice",
        "incivility",
        "medication_directive",
        "spam",
    ]
    for row in corpus.load("train") + corpus.load("test"):
        labels = [] if row["labels"] else everything
        ModerationExample.objects.create(text=row["text"], labels=labels, decision="rejected")
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ModelRefused):
        model_train(actor=mod)
    assert active_version() == "fixture-v0"
    refused = ModerationModel.objects.get(is_active=False)
    assert refused.note.startswith("refused:")
    assert AuditLog.objects.filter(action="model_refused", target_id=refused.pk).exists()
    with pytest.raises(CommandError, match="not activated"):
        call_command("moderation_train")


def test_the_dashboard_shows_the_active_model(first_model, mod_client):
    ModerationExample.objects.create(text="fine text", labels=[], decision="approved")
    page = mod_client.get(reverse("moderation:queue")).content.decode()
    assert "fixture-v0" in page
    summary = first_model.test_figures["summary"]
    assert f"advice recall {summary['individual_advice_recall']:.3f}" in page
    assert re.search(r'data-testid="model-decisions">\s*1\s*<', page)


def test_the_dashboard_names_the_shipped_model_before_any_training(mod_client, settings):
    settings.MODERATION_USE_SHIPPED_MODEL = True
    page = mod_client.get(reverse("moderation:queue")).content.decode()
    assert "shipped default" in page


def test_without_any_model_the_dashboard_says_the_rules_decide(mod_client):
    page = mod_client.get(reverse("moderation:queue")).content.decode()
    assert "No model: the rules decide alone." in page
