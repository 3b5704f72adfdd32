"""Reads about accounts that other apps ask (one definition each)."""

from __future__ import annotations

from allauth.account.models import EmailAddress


def has_verified_email(user) -> bool:
    """Whether `user` has at least one verified email address (needed to post or flag)."""
    return bool(user.is_authenticated) and (
        EmailAddress.objects.filter(user=user, verified=True).exists()
    )
