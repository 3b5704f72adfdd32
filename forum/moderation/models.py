"""The moderators' data: watched rules, flags, curated answers, member standing,
staff notes, slow mode, urgent alerts, reason templates, the audit log, and what the
engine learns from (moderators' decisions as labelled examples, trained models).

Rows are written only through forum.moderation.services.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from forum.moderation import engine
from forum.moderation.engine.categories import CODES

CATEGORY_CHOICES = [(code, code.replace("_", " ")) for code in CODES]

PATTERN_MAX = 200
REGEX_INVALID = _("This regular expression does not compile: %(error)s")
REGEX_TOO_LONG = _("Keep patterns under %(max)s characters.")
ARTICLE_SLUG_REQUIRED = _("Choose the article to link (its slug).")


class WatchedRule(models.Model):
    """A word or pattern moderators watch; edits apply on the next post (no restart)."""

    class Action(models.TextChoices):
        REQUIRE_APPROVAL = engine.RULE_REQUIRE_APPROVAL, _("Require approval")
        FLAG = engine.RULE_FLAG, _("Flag for moderators (publish)")
        REFUSE = engine.RULE_REFUSE, _("Refuse")
        LINK_ARTICLE = engine.RULE_LINK_ARTICLE, _("Link an article")

    pattern = models.CharField(_("word, phrase or pattern"), max_length=PATTERN_MAX)
    is_regex = models.BooleanField(_("regular expression"), default=False)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    article_slug = models.SlugField(_("article slug"), blank=True)
    note = models.CharField(_("note shown to the author"), max_length=200, blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["pattern", "pk"]

    def __str__(self) -> str:
        return self.pattern

    def clean(self) -> None:
        if len(self.pattern) > PATTERN_MAX:
            raise ValidationError({"pattern": REGEX_TOO_LONG % {"max": PATTERN_MAX}})
        if self.is_regex:
            try:
                re.compile(self.pattern, re.IGNORECASE)
            except re.error as exc:
                raise ValidationError({"pattern": REGEX_INVALID % {"error": exc}}) from None
        if self.action == self.Action.LINK_ARTICLE and not self.article_slug:
            raise ValidationError({"article_slug": ARTICLE_SLUG_REQUIRED})

    def as_engine_rule(self) -> engine.WatchedRule:
        return engine.WatchedRule(
            pattern=self.pattern,
            is_regex=self.is_regex,
            action=self.action,
            article_slug=self.article_slug,
            note=self.note,
        )


class ReasonTemplate(models.Model):
    """A kind, standard explanation sent to an author whose post was rejected."""

    title = models.CharField(_("title"), max_length=80, unique=True)
    text = models.TextField(_("text for the author"), max_length=2000)
    position = models.PositiveSmallIntegerField(default=0)
    # What a rejection with this template teaches the model (blank: what the engine saw).
    category = models.CharField(
        _("category it stands for"), max_length=30, choices=CATEGORY_CHOICES, blank=True
    )

    class Meta:
        ordering = ["position", "title"]

    def __str__(self) -> str:
        return self.title


class AuditLog(models.Model):
    """Every moderator action: who, what, when, why. Append-only (no update paths)."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=40)
    target_type = models.CharField(max_length=40)
    target_id = models.BigIntegerField(null=True, blank=True)
    reason = models.TextField(blank=True)
    extra = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["-created_at"], name="moderation_audit_created"),
            models.Index(fields=["target_type", "target_id"], name="moderation_audit_target"),
        ]

    def __str__(self) -> str:
        return f"{self.action} {self.target_type}:{self.target_id}"


class Review(models.Model):
    """When a post entered the queue and when (and how) a moderator decided.

    Kept apart from forum.Post so the queue's median time to a decision is one
    SQL aggregate (percentile_cont over decided_at - held_at).
    """

    post = models.OneToOneField("forum.Post", on_delete=models.CASCADE, related_name="review")
    held_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision = models.CharField(max_length=20, blank=True)

    class Meta:
        indexes = [models.Index(fields=["decided_at"], name="moderation_review_decided")]

    def __str__(self) -> str:
        return f"review of {self.post_id}"


class Flag(models.Model):
    class Reason(models.TextChoices):
        ADVICE = "advice", _("Gives medical advice to someone else")
        CONTACT = "contact", _("Shares contact details")
        UNKIND = "unkind", _("Unkind or insulting")
        SPAM = "spam", _("Spam or advertising")
        URGENT = "urgent", _("Someone may be in danger")
        OTHER = "other", _("Something else")

    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="flags")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_flags"
    )
    reason = models.CharField(_("reason"), max_length=10, choices=Reason.choices)
    text = models.CharField(_("anything to add"), max_length=500, blank=True)
    # Trust level of the reporter when they flagged (only trusted flags hide a post).
    trusted = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "reporter"], name="moderation_flag_once"),
        ]
        indexes = [
            models.Index(
                fields=["post"], condition=Q(resolved_at__isnull=True), name="moderation_flag_open"
            ),
        ]

    def __str__(self) -> str:
        return f"flag on {self.post_id}"


class CuratedAnswer(models.Model):
    """A kind, standard reply for a common situation, reusable across threads."""

    title = models.CharField(_("title"), max_length=120, unique=True)
    situation = models.CharField(
        _("situation"), max_length=200, help_text=_("For example: “is this a seizure?”")
    )
    body = models.TextField(_("answer (Markdown)"), max_length=5000)
    body_html = models.TextField()
    article_slugs = ArrayField(models.SlugField(), default=list, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    @property
    def article_links(self) -> list[tuple[str, str]]:
        """(slug, a readable label) for each linked article."""
        return [(slug, slug.replace("-", " ").capitalize()) for slug in self.article_slugs]


class ThreadCuratedAnswer(models.Model):
    thread = models.ForeignKey(
        "forum.Thread", on_delete=models.CASCADE, related_name="curated_links"
    )
    answer = models.ForeignKey(CuratedAnswer, on_delete=models.CASCADE, related_name="links")
    attached_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    order = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["thread", "answer"], name="moderation_curated_once"),
        ]

    def __str__(self) -> str:
        return f"{self.answer_id} on {self.thread_id}"


class MemberStanding(models.Model):
    """Trust and sanctions of one member (a row exists once anything was recorded)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_standing"
    )
    silenced_until = models.DateTimeField(null=True, blank=True)
    suspended_until = models.DateTimeField(null=True, blank=True)
    banned = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"standing of {self.user_id}"


class StaffNote(models.Model):
    """A note about a member, written by staff, read by staff only."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="moderation_notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("note"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"note on {self.user_id}"


class ThreadModeration(models.Model):
    """Per-thread moderation settings (slow mode for a heated thread)."""

    thread = models.OneToOneField(
        "forum.Thread", on_delete=models.CASCADE, related_name="moderation_settings"
    )
    slow_mode_seconds = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"slow mode {self.slow_mode_seconds}s on {self.thread_id}"


class UrgentAlert(models.Model):
    """Moderators were alerted about this urgent post (once per post)."""

    post = models.OneToOneField("forum.Post", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"urgent alert for {self.post_id}"


class ModerationExample(models.Model):
    """A moderator's decision kept as a labelled example for the next training."""

    class Decision(models.TextChoices):
        APPROVED = "approved", _("approved as fine")
        EDITED = "edited", _("edited and approved")
        REJECTED = "rejected", _("rejected")
        FLAG_UPHELD = "flag_upheld", _("flag upheld")

    post = models.ForeignKey(
        "forum.Post", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    text = models.TextField()
    labels = ArrayField(models.CharField(max_length=30, choices=CATEGORY_CHOICES), default=list)
    decision = models.CharField(max_length=20, choices=Decision.choices)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"{self.decision} {self.labels}"


class ModerationModel(models.Model):
    """A trained model artefact (NumPy arrays, never pickled code) and its figures.

    Stored in the database so every web host reads the same model; at most one is
    active. ``test_figures`` are the frozen test split's, used to refuse a worse model.
    """

    version = models.CharField(max_length=40, unique=True)
    artefact = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    is_active = models.BooleanField(default=False)
    test_figures = models.JSONField(default=dict, blank=True)
    train_rows = models.PositiveIntegerField(default=0)
    decisions = models.PositiveIntegerField(default=0)
    note = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    activated_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_active"],
                condition=Q(is_active=True),
                name="moderation_one_active_model",
            ),
        ]

    def __str__(self) -> str:
        return self.version
