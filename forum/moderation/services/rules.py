"""Watched words: saved in the database, read from a versioned list in Redis."""

from __future__ import annotations

from django.core.cache import cache
from django.db import transaction

from accounts.models import User
from forum.moderation import engine

from ..models import (
    WatchedRule,
)
from .common import (
    WATCHED_LIST_KEY,
    WATCHED_TTL,
    WATCHED_VERSION_KEY,
    _require_moderator,
    audit_record,
)

# ------------------------------------------------------------------ watched rules


def _watched_version() -> int:
    version = cache.get(WATCHED_VERSION_KEY)
    if version is None:
        cache.add(WATCHED_VERSION_KEY, 1, timeout=None)
        version = cache.get(WATCHED_VERSION_KEY) or 1
    return version


def _watched_bump() -> None:
    def bump() -> None:
        try:
            cache.incr(WATCHED_VERSION_KEY)
        except ValueError:
            cache.add(WATCHED_VERSION_KEY, 2, timeout=None)

    transaction.on_commit(bump)


def watched_rules_active() -> list[engine.WatchedRule]:
    """The active watched rules, from the shared cache (keyed by a version that
    every edit bumps), so every process applies an edit on its next post."""
    key = WATCHED_LIST_KEY.format(version=_watched_version())
    rows = cache.get(key)
    if rows is None:
        rows = list(
            WatchedRule.objects.filter(active=True)
            .order_by("pk")
            .values_list("pattern", "is_regex", "action", "article_slug", "note")
        )
        cache.set(key, rows, timeout=WATCHED_TTL)
    return [engine.WatchedRule(*row) for row in rows]


@transaction.atomic
def watched_rule_save(
    *,
    actor: User,
    pattern: str,
    is_regex: bool,
    action: str,
    article_slug: str = "",
    note: str = "",
    active: bool = True,
    rule: WatchedRule | None = None,
) -> WatchedRule:
    _require_moderator(actor)
    created = rule is None
    rule = rule or WatchedRule(created_by=actor)
    rule.pattern = pattern.strip()
    rule.is_regex = is_regex
    rule.action = action
    rule.article_slug = article_slug
    rule.note = note
    rule.active = active
    rule.full_clean()
    rule.save()
    audit_record(
        actor=actor,
        action="rule_create" if created else "rule_update",
        target_type="watched_rule",
        target_id=rule.pk,
        extra={"pattern": rule.pattern, "action": rule.action, "active": rule.active},
    )
    _watched_bump()
    return rule


@transaction.atomic
def watched_rule_delete(*, actor: User, rule: WatchedRule) -> None:
    _require_moderator(actor)
    audit_record(
        actor=actor,
        action="rule_delete",
        target_type="watched_rule",
        target_id=rule.pk,
        extra={"pattern": rule.pattern, "action": rule.action},
    )
    rule.delete()
    _watched_bump()
