"""Messages, the audit log and notifications shared by the moderation services."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.notification_models import Notification
from accounts.notifications.services import notification_send_now
from accounts.permissions import MODERATOR, is_moderator

from ..models import (
    AuditLog,
)

NOT_HELD = _("This post is not waiting for review any more.")
NOT_A_MODERATOR = _("Only moderators can do that.")
NOT_CURATOR = _("Only moderators and medical reviewers can attach curated answers.")
ALREADY_FLAGGED = _("You have already reported this post. Thank you.")
OWN_POST_FLAG = _("You can't report your own post.")
CANNOT_FLAG = _("Only published posts can be reported.")
UNVERIFIED_FLAG = _("Please verify your email address before reporting posts.")
EMPTY_BODY = _("The post can't be empty.")
REJECT_NEEDS_REASON = _("Choose a reason template or write a reason for the author.")
UNKNOWN_DECISION = _("Unknown decision.")

APPROVED_TITLE = _("Your post in “%(thread)s” is published")
EDITED_TITLE = _("A moderator edited and published your post in “%(thread)s”")
REJECTED_TITLE = _("Your post in “%(thread)s” was not published")
URGENT_TITLE = _("Urgent: a post in “%(thread)s” may describe an emergency")

# Kind of the notifications this app puts in inboxes.
NOTIFICATION_KIND = Notification.Kind.MODERATION

WATCHED_VERSION_KEY = "moderation:watched:version"
WATCHED_LIST_KEY = "moderation:watched:{version}"
WATCHED_TTL = 24 * 3600

APPROVE, EDIT_APPROVE, REJECT = "approve", "edit_approve", "reject"


# ------------------------------------------------------------------ audit log


def audit_record(
    *,
    actor: User | None,
    action: str,
    target_type: str,
    target_id: int | None,
    reason: str = "",
    extra: dict | None = None,
) -> AuditLog:
    """Append one row to the audit log (there is no update or delete path)."""
    return AuditLog.objects.create(
        actor=actor,
        action=action,
        target_type=target_type,
        target_id=target_id,
        reason=str(reason)[:2000],
        extra=extra or {},
    )


def audit_forget_user(user: User) -> None:
    """Account deletion hook: the audit trail about a member keeps what was decided
    and why, but no longer their handle (rows point at a user id that is gone)."""
    rows = AuditLog.objects.filter(target_type="user", target_id=user.pk, extra__has_key="handle")
    for row in rows:
        row.extra.pop("handle")
        row.save(update_fields=["extra"])


# ------------------------------------------------------------------ notifications


def _notify(*, user: User | None, title: str, url: str, body: str) -> None:
    """In-app notification and an immediate email to one member."""
    if user is None:
        return
    notification_send_now(user=user, kind=NOTIFICATION_KIND, title=title, url=url, body=body)


def _moderators() -> list[User]:
    return list(User.objects.filter(groups__name=MODERATOR, is_active=True).distinct())


def _require_moderator(user: User) -> None:
    if not is_moderator(user):
        raise ValidationError(NOT_A_MODERATOR)
