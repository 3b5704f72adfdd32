"""Reads of the notifications inbox, always the requesting member's own."""

from __future__ import annotations

from django.core.paginator import Page, Paginator

from accounts.notification_models import Notification

PAGE_SIZE = 30


def notifications_page(*, user, page: int | str | None) -> Page:
    qs = Notification.objects.filter(user=user).order_by("-created_at", "-pk")
    return Paginator(qs, PAGE_SIZE).get_page(page)


def unread_count(*, user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()
