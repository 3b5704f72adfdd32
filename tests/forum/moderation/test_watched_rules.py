"""Watched words edited in the site apply to the very next post, no restart."""

from http import HTTPStatus

from django.urls import reverse

from forum.models import PostState
from forum.moderation import REFUSE, moderate
from forum.moderation.models import AuditLog, WatchedRule
from forum.moderation.services import rules
from tests.forum import factories as forum_factories

TEXT = "Has anyone tried the miracle cure from the health shop for night jerks?"


def test_rule_created_in_the_site_applies_to_the_next_post(
    mod_client, thread, helper_user, django_capture_on_commit_callbacks
):
    assert forum_factories.reply(helper_user, thread, TEXT).state == PostState.PUBLISHED
    rules.watched_rules_active()  # the list is now cached
    with django_capture_on_commit_callbacks(execute=True):
        response = mod_client.post(
            reverse("moderation:rules"),
            {
                "pattern": "miracle cure",
                "action": "require_approval",
                "note": "cure claims",
                "active": "on",
            },
        )
    assert response.status_code == HTTPStatus.FOUND
    post = forum_factories.reply(helper_user, thread, TEXT + " Asking again.")
    assert post.state == PostState.HELD
    assert any("cure claims" in reason for reason in post.moderation_reasons)
    assert AuditLog.objects.get(action="rule_create").extra["pattern"] == "miracle cure"


def test_rule_edits_and_deletes_apply_too(mod, helper_user, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        rule = rules.watched_rule_save(
            actor=mod, pattern=r"snake\s+oil", is_regex=True, action="refuse"
        )
    assert moderate("snake   oil please", author=helper_user, kind="reply").action == REFUSE
    with django_capture_on_commit_callbacks(execute=True):
        rules.watched_rule_save(
            actor=mod,
            rule=rule,
            pattern=rule.pattern,
            is_regex=True,
            action="refuse",
            active=False,
        )
    assert moderate("snake   oil please", author=helper_user, kind="reply").action != REFUSE
    with django_capture_on_commit_callbacks(execute=True):
        rules.watched_rule_delete(actor=mod, rule=rule)
    assert not WatchedRule.objects.exists()
    assert [r.action for r in AuditLog.objects.order_by("pk")] == [
        "rule_create",
        "rule_update",
        "rule_delete",
    ]


def test_bad_regex_shows_a_clear_error(mod_client):
    response = mod_client.post(
        reverse("moderation:rules"), {"pattern": "[oops", "is_regex": "on", "action": "flag"}
    )
    assert response.status_code == HTTPStatus.OK
    assert "does not compile" in response.content.decode()
    assert not WatchedRule.objects.exists()


def test_rules_page(mod_client, mod, django_assert_num_queries):
    rules.watched_rule_save(actor=mod, pattern="snake oil", is_regex=False, action="flag")
    with django_assert_num_queries(3):
        body = mod_client.get(reverse("moderation:rules")).content.decode()
    assert "snake oil" in body


def test_rules_page_is_for_moderators(user_client):
    assert user_client.get(reverse("moderation:rules")).status_code == HTTPStatus.FORBIDDEN
