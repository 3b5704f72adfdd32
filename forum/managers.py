"""QuerySet methods of the forum: who may see which thread and post."""

from __future__ import annotations

from django.db import models
from django.db.models import Q

PUBLISHED = "published"


class ThreadQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=PUBLISHED)

    def visible_to(self, user, *, moderator: bool = False):
        """Published threads; a held one only for its author and moderators."""
        if moderator:
            return self.all()
        if user is not None and user.is_authenticated:
            return self.filter(Q(state=PUBLISHED) | Q(author=user))
        return self.published()


class PostQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=PUBLISHED, deleted_at__isnull=True)

    def visible_to(self, user, *, moderator: bool = False):
        """What a reader sees: published posts (deleted ones show as a stub),
        plus the reader's own held posts; moderators see everything."""
        if moderator:
            return self.all()
        if user is not None and user.is_authenticated:
            return self.filter(Q(state=PUBLISHED) | Q(author=user, state="held"))
        return self.filter(state=PUBLISHED)
