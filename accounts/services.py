"""Every write of accounts: named <noun>_<verb>, keyword-only arguments."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from . import hooks
from .text_checks import text_problems

if TYPE_CHECKING:
    from .models import User

logger = logging.getLogger(__name__)


# What other people lose when this account goes (e.g. a shared logbook), told on the
# deletion page before the member confirms: each function returns sentences.
def deletion_warnings(user: User) -> list[str]:
    """What deleting the account ends, in sentences (the apps' DELETION_WARNING hooks)."""
    return [
        sentence for warning in hooks.values(hooks.DELETION_WARNING) for sentence in warning(user)
    ]


def message_to_dict(msg: EmailMultiAlternatives) -> dict:
    """A rendered message as JSON-safe data, so a Celery task can carry it."""
    return {
        "subject": str(msg.subject),
        "body": str(msg.body),
        "from_email": msg.from_email,
        "to": list(msg.to),
        "alternatives": [
            [content, mimetype] for content, mimetype in getattr(msg, "alternatives", [])
        ],
        "headers": dict(msg.extra_headers),
    }


def email_queue(*, message: dict) -> None:
    """Queue one email for the worker once the current transaction commits."""
    from .tasks import send_email

    transaction.on_commit(lambda: send_email.delay(message))


def email_send(
    *,
    to: list[str],
    subject: str,
    body: str,
    html: str | None = None,
    headers: dict[str, str] | None = None,
) -> None:
    """Build and queue an email (used by every app; delivery is a task)."""
    prefix = getattr(settings, "ACCOUNT_EMAIL_SUBJECT_PREFIX", "")
    email_queue(
        message={
            "subject": f"{prefix}{subject}",
            "body": body,
            "from_email": settings.DEFAULT_FROM_EMAIL,
            "to": to,
            "alternatives": [[html, "text/html"]] if html else [],
            "headers": headers or {},
        }
    )


def email_deliver(*, message: dict) -> None:
    msg = EmailMultiAlternatives(
        subject=message["subject"],
        body=message["body"],
        from_email=message.get("from_email") or settings.DEFAULT_FROM_EMAIL,
        to=message["to"],
        headers=message.get("headers") or {},
        connection=get_connection(),
    )
    for content, mimetype in message.get("alternatives", []):
        msg.attach_alternative(content, mimetype)
    msg.send()


PROFILE_TEXT_REFUSED = _(
    "Your “about you” text can't be shown as it is. Other members see it, so it "
    "follows the community guidelines:"
)


def user_update_profile(
    *, user: User, handle: str, time_zone: str, locale: str, about: str
) -> User:
    """Save the profile. Public text passes the same moderation as posts."""
    if about.strip():
        problems = text_problems(about, author=user, kind="profile")
        if problems:
            raise ValidationError({"about": [PROFILE_TEXT_REFUSED, *problems]})
    user.handle = handle
    user.time_zone = time_zone
    user.locale = locale
    user.about = about
    user.full_clean(exclude=["password"])
    user.save(update_fields=["handle", "time_zone", "locale", "about"])
    return user


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete an account and everything private it owns.

    Public forum posts are kept, detached from the account and shown as by a
    "former member" (forum's USER_DELETING hook), so threads others answered
    still make sense; private logbooks the user alone owns are deleted with
    their files (logbook's hook). See docs/architecture.md.
    """
    for hook in hooks.values(hooks.USER_DELETING):
        hook(user)
    logger.info("account deleted: user id %s", user.pk)
    user.delete()
