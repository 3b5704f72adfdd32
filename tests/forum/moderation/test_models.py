"""Each model rule: watched-rule validation, seeded reason templates, one flag each."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError

from forum.moderation.models import (
    ARTICLE_SLUG_REQUIRED,
    PATTERN_MAX,
    CuratedAnswer,
    Flag,
    ReasonTemplate,
    WatchedRule,
)

pytestmark = pytest.mark.django_db


def test_invalid_regex_is_refused_on_save():
    rule = WatchedRule(pattern="(unclosed", is_regex=True, action="flag")
    with pytest.raises(ValidationError) as exc:
        rule.full_clean()
    assert "does not compile" in str(exc.value.message_dict["pattern"])


def test_same_text_as_a_plain_phrase_is_fine():
    WatchedRule(pattern="(unclosed", is_regex=False, action="flag").full_clean()


def test_pattern_length_is_capped():
    rule = WatchedRule(pattern="a" * (PATTERN_MAX + 1), is_regex=False, action="flag")
    with pytest.raises(ValidationError):
        rule.full_clean()


def test_link_article_rule_needs_an_article():
    rule = WatchedRule(pattern="seizure", action="link_article")
    with pytest.raises(ValidationError) as exc:
        rule.full_clean()
    assert exc.value.message_dict["article_slug"] == [str(ARTICLE_SLUG_REQUIRED)]


def test_rule_becomes_an_engine_rule():
    rule = WatchedRule(pattern="miracle", is_regex=False, action="refuse", note="cures")
    assert rule.as_engine_rule().action == "refuse"


def test_reason_templates_are_seeded():
    titles = set(ReasonTemplate.objects.values_list("title", flat=True))
    assert {
        "Individual dose advice",
        "Diagnosing someone else",
        "Contact details",
        "Incivility",
        "Duplicate",
    } <= titles


def test_one_flag_per_reporter_and_post(thread, helper_user):
    post = thread.posts.get()
    Flag.objects.create(post=post, reporter=helper_user, reason="advice")
    with pytest.raises(IntegrityError):
        Flag.objects.create(post=post, reporter=helper_user, reason="spam")


def test_curated_answer_article_links_are_readable():
    answer = CuratedAnswer(article_slugs=["is-it-a-seizure"])
    assert answer.article_links == [("is-it-a-seizure", "Is it a seizure")]
