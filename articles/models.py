from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import workflow
from .managers import ArticleQuerySet

SLUG_RULES = _("Lower-case letters, numbers and hyphens, e.g. when-to-see-a-doctor.")
slug_validator = RegexValidator(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", SLUG_RULES)
tag_validator = RegexValidator(r"^[a-z0-9]+(?:-[a-z0-9]+)*$", _("Tags: lower case and hyphens."))


class Byline(models.Model):
    """How an editor or reviewer is presented on articles (falls back to handle/about)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="byline"
    )
    display_name = models.CharField(_("name shown on articles"), max_length=80)
    credentials = models.CharField(_("credentials"), max_length=120, blank=True)
    bio = models.TextField(_("short bio"), max_length=600, blank=True)

    def __str__(self) -> str:
        return self.display_name


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = workflow.DRAFT, _("Draft")
        IN_REVIEW = workflow.IN_REVIEW, _("In review")
        CHANGES_REQUESTED = workflow.CHANGES_REQUESTED, _("Changes requested")
        APPROVED = workflow.APPROVED, _("Approved")
        SCHEDULED = workflow.SCHEDULED, _("Scheduled")
        PUBLISHED = workflow.PUBLISHED, _("Published")

    slug = models.SlugField(_("slug"), max_length=80, unique=True, validators=[slug_validator])
    title = models.CharField(_("title"), max_length=160)
    summary = models.TextField(_("summary"), max_length=600)
    key_points = models.JSONField(_("key points"), default=list, blank=True)
    body = models.TextField(_("body (Markdown)"))
    body_html = models.TextField(editable=False, blank=True)
    toc = models.JSONField(editable=False, default=list, blank=True)
    tags = ArrayField(
        models.CharField(max_length=40, validators=[tag_validator]), default=list, blank=True
    )
    audience = models.CharField(_("audience"), max_length=120, blank=True)
    related = models.ManyToManyField("self", symmetrical=False, blank=True)
    # Services always set an author; NULL only once that account was deleted (the
    # article stays, credited to the editorial team).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="articles_written",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles_reviewed",
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.DRAFT)
    publish_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the published text last changed.")
    )
    last_reviewed_at = models.DateTimeField(null=True, blank=True)
    next_review_due = models.DateField(null=True, blank=True)
    review_reminder_sent_for = models.DateField(null=True, blank=True, editable=False)
    # Bumped by every service write: part of the page cache key.
    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    modified_at = models.DateTimeField(auto_now=True)
    search_vector = SearchVectorField(null=True, editable=False)
    # The forum thread holding this article's discussion (forum.Thread id; no FK so the
    # forum's schema stays free to change, the service checks it).
    discussion_thread_id = models.BigIntegerField(null=True, blank=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "title"]
        indexes = [
            GinIndex(fields=["tags"], name="articles_tags_gin"),
            GinIndex(fields=["search_vector"], name="articles_search_gin"),
            models.Index(fields=["status", "publish_at"], name="articles_status_publish_at"),
            models.Index(fields=["status", "next_review_due"], name="articles_status_review_due"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status=workflow.SCHEDULED) | Q(publish_at__isnull=False),
                name="articles_scheduled_has_publish_at",
            ),
            models.CheckConstraint(
                condition=~Q(status=workflow.PUBLISHED) | Q(published_at__isnull=False),
                name="articles_published_has_published_at",
            ),
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True) | ~Q(reviewer=models.F("author")),
                name="articles_reviewer_is_not_author",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("articles:detail", kwargs={"slug": self.slug})

    @property
    def is_published(self) -> bool:
        return self.status == workflow.PUBLISHED


class Source(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="sources")
    key = models.CharField(max_length=60)
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    url = models.URLField(max_length=500, blank=True)
    doi = models.CharField(max_length=120, blank=True)
    order = models.PositiveSmallIntegerField(help_text="1-based: the number shown in the text.")

    class Meta:
        ordering = ["article", "order"]
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="articles_source_key_unique"),
            models.UniqueConstraint(
                fields=["article", "order"], name="articles_source_order_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"[{self.order}] {self.title}"

    @property
    def doi_url(self) -> str:
        return f"https://doi.org/{self.doi}" if self.doi else ""


class ArticleRevision(models.Model):
    """A snapshot of every published change, with what changed and who did it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=160)
    summary = models.TextField()
    body = models.TextField()
    note = models.CharField(_("what changed"), max_length=300)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["article", "number"], name="articles_revision_number_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.article_id} r{self.number}: {self.note}"


class ReviewComment(models.Model):
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="review_comments")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("what needs to change"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.body[:60]


class Feedback(models.Model):
    """'Was this helpful?': one answer per visitor (account, or signed visitor cookie)."""

    class Reason(models.TextChoices):
        NONE = "", _("No reason given")
        CLEAR = "clear", _("Clear and easy to read")
        ANSWERED = "answered", _("It answered my question")
        UNCLEAR = "unclear", _("Hard to understand")
        MISSING = "missing", _("Something I need is missing")
        OUTDATED = "outdated", _("It seems out of date or wrong")
        OTHER = "other", _("Something else")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="article_feedback",
    )
    visitor_id = models.CharField(max_length=64, blank=True)
    helpful = models.BooleanField()
    reason = models.CharField(max_length=20, choices=Reason.choices, blank=True)
    comment = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["article", "user"],
                condition=Q(user__isnull=False),
                name="articles_feedback_one_per_user",
            ),
            models.UniqueConstraint(
                fields=["article", "visitor_id"],
                condition=Q(user__isnull=True),
                name="articles_feedback_one_per_visitor",
            ),
            models.CheckConstraint(
                condition=Q(user__isnull=False) | ~Q(visitor_id=""),
                name="articles_feedback_has_visitor",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}: {'yes' if self.helpful else 'no'}"
