"""QuerySet methods of the forum. Who may see what is decided in forum.access."""

from __future__ import annotations

from django.db import models

PUBLISHED = "published"


class ThreadQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=PUBLISHED)


class PostQuerySet(models.QuerySet):
    def published(self):
        return self.filter(state=PUBLISHED, deleted_at__isnull=True)
