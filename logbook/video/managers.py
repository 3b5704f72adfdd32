"""QuerySet methods of episode videos: the access filter lives here, in one place."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from logbook.models import Subject


class VideoQuerySet(models.QuerySet):
    def visible_to(self, user, *, role: str = "viewer") -> VideoQuerySet:
        """Videos of logbooks where `user` is a member with `role`, on live episodes."""
        subjects = Subject.objects.visible_to(user, role=role).values("pk")
        return self.filter(subject__in=subjects, episode__deleted_at__isnull=True)


class ShareLinkQuerySet(models.QuerySet):
    def active(self) -> ShareLinkQuerySet:
        return self.filter(revoked_at__isnull=True, expires_at__gt=timezone.now())
