"""The community forum: categories, threads, posts, reactions, follows, outcomes.

Every text a member writes is a Post (the question itself is the thread's first
post, position 1) or an Outcome, and reaches the database only through
forum.services, which passes it through forum.moderation.moderate first.
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .managers import PostQuerySet, ThreadQuerySet

TITLE_MAX = 150
BODY_MAX = 10_000
SEARCH_CONFIG = "english"


class PostState(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Waiting for review")
    REJECTED = "rejected", _("Rejected")
    REMOVED = "removed", _("Removed")


class Category(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(_("name"), max_length=80, unique=True)
    description = models.TextField(_("description"), max_length=500)
    position = models.PositiveSmallIntegerField(default=0)
    # Bumped with every change to one of its threads: keys the category page cache.
    version = models.PositiveIntegerField(default=1)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("forum:category", kwargs={"slug": self.slug})


class Thread(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="threads")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_threads",
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    is_question = models.BooleanField(default=True)
    # Mirrors the opening post's state: a held question is a held thread.
    state = models.CharField(max_length=10, choices=PostState.choices, default=PostState.HELD)
    urgent = models.BooleanField(default=False)
    pinned = models.BooleanField(default=False)
    closed = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    last_poster = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Highest position handed out (the opening post is 1); replies are 2..n.
    post_count = models.PositiveIntegerField(default=0)
    # Published, not deleted replies (what lists show).
    reply_count = models.PositiveIntegerField(default=0)
    # Bumped on every change to the thread or its posts (forum.services.versions):
    # keys the thread page caches.
    version = models.PositiveIntegerField(default=1)
    outcome_reminder_sent_at = models.DateTimeField(null=True, blank=True)
    title_vector = models.GeneratedField(
        expression=SearchVector("title", weight="A", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = ThreadQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(
                fields=["category", "state", "-pinned", "-last_activity_at"],
                name="forum_thread_category_list",
            ),
            models.Index(fields=["state", "-last_activity_at"], name="forum_thread_recent"),
            GinIndex(fields=["title_vector"], name="forum_thread_title_fts"),
            GinIndex(fields=["title"], opclasses=["gin_trgm_ops"], name="forum_thread_title_trgm"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("forum:thread", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.state == PostState.PUBLISHED

    @property
    def is_held(self) -> bool:
        return self.state == PostState.HELD

    @property
    def has_unread(self) -> bool:
        """Posts the member has not seen (needs `last_read_position`, annotated by the
        forum's selectors for a member; None when never opened)."""
        return self.unread(self.post_count, getattr(self, "last_read_position", None))

    @staticmethod
    def unread(post_count: int, read_position: int | None) -> bool:
        """A thread the member opened once has posts past where they stopped."""
        return read_position is not None and post_count > read_position


class Post(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="forum_posts",
    )
    position = models.PositiveIntegerField()
    body = models.TextField(_("message"), max_length=BODY_MAX)
    # Rendered and sanitized at write time (accounts.markdown).
    body_html = models.TextField()
    state = models.CharField(max_length=10, choices=PostState.choices, default=PostState.HELD)
    urgent = models.BooleanField(default=False)
    # What the moderation entry point said, for the author and the review queue.
    moderation_reasons = models.JSONField(default=list, blank=True)
    moderation = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    helpful_count = models.PositiveIntegerField(default=0)
    me_too_count = models.PositiveIntegerField(default=0)
    search_vector = models.GeneratedField(
        expression=SearchVector("body", config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    objects = PostQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["thread", "position"], name="forum_post_position"),
            models.CheckConstraint(condition=Q(position__gte=1), name="forum_post_position_gte_1"),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="forum_post_fts"),
            models.Index(fields=["author", "state"], name="forum_post_author_state"),
            models.Index(fields=["state", "-created_at"], name="forum_post_state_created"),
        ]

    def __str__(self) -> str:
        return f"{self.thread_id}#{self.position}"

    def get_absolute_url(self) -> str:
        return reverse("forum:post", kwargs={"pk": self.pk})

    @property
    def is_opening(self) -> bool:
        return self.position == 1

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class PostRevision(models.Model):
    """The text a post had before an edit; moderators can read the history."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    title = models.CharField(max_length=TITLE_MAX, blank=True)
    body = models.TextField()
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"revision of {self.post_id}"


class Reaction(models.Model):
    class Kind(models.TextChoices):
        HELPFUL = "helpful", _("Helpful")
        ME_TOO = "me_too", _("Me too")

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="reactions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_reactions"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user", "kind"], name="forum_reaction_once"),
        ]
        indexes = [models.Index(fields=["user", "post"], name="forum_reaction_user_post")]

    def __str__(self) -> str:
        return f"{self.kind} on {self.post_id}"


class Follow(models.Model):
    """A member follows either one thread or a whole category."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="forum_follows"
    )
    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    category = models.ForeignKey(
        Category, null=True, blank=True, on_delete=models.CASCADE, related_name="follows"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(thread__isnull=False) & Q(category__isnull=True))
                | (Q(thread__isnull=True) & Q(category__isnull=False)),
                name="forum_follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=Q(thread__isnull=False),
                name="forum_follow_thread_once",
            ),
            models.UniqueConstraint(
                fields=["user", "category"],
                condition=Q(category__isnull=False),
                name="forum_follow_category_once",
            ),
        ]

    def __str__(self) -> str:
        return f"follow {self.thread_id or ''}{self.category_id or ''}"


class ThreadRead(models.Model):
    """How far a member has read a thread, so it opens at the first unread post."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    last_read_position = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "thread"], name="forum_thread_read_once"),
        ]

    def __str__(self) -> str:
        return f"read {self.thread_id} to {self.last_read_position}"


class Outcome(models.Model):
    """What the doctor concluded, posted by the question's author; pinned on top."""

    class Conclusion(models.TextChoices):
        BENIGN = "benign", _("Benign sleep myoclonus")
        EPILEPSY = "epilepsy", _("Epilepsy")
        OTHER = "other", _("Something else")
        UNKNOWN = "unknown", _("Not yet known")

    thread = models.OneToOneField(Thread, on_delete=models.CASCADE, related_name="outcome")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    conclusion = models.CharField(_("what the doctor concluded"), max_length=10, choices=Conclusion)
    body = models.TextField(_("your update"), max_length=BODY_MAX)
    body_html = models.TextField()
    state = models.CharField(max_length=10, choices=PostState.choices, default=PostState.HELD)
    moderation_reasons = models.JSONField(default=list, blank=True)
    moderation = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"outcome of {self.thread_id}: {self.conclusion}"
