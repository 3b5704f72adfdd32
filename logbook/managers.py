"""QuerySet methods of the logbook: access filters live here, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models

from .choices import roles_at_least

if TYPE_CHECKING:
    pass


class SubjectQuerySet(models.QuerySet["Subject"]):
    def visible_to(self, user, *, role: str = "viewer") -> SubjectQuerySet:
        """Subjects where `user` is a member with at least `role`."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(
            memberships__user=user, memberships__role__in=roles_at_least(role)
        ).annotate(my_role=models.F("memberships__role"))


class EpisodeQuerySet(models.QuerySet["Episode"]):
    def alive(self) -> EpisodeQuerySet:
        return self.filter(deleted_at__isnull=True)

    def in_nights(self, start=None, end=None) -> EpisodeQuerySet:
        qs = self
        if start:
            qs = qs.filter(night_of__gte=start)
        if end:
            qs = qs.filter(night_of__lte=end)
        return qs

    def filtered(self, *, start=None, end=None, body_part=None, sleep_state=None):
        """The timeline/chart filters, all in SQL (GIN index on body_parts)."""
        qs = self.in_nights(start, end)
        if body_part:
            qs = qs.filter(body_parts__contains=[body_part])
        if sleep_state:
            qs = qs.filter(sleep_state=sleep_state)
        return qs
