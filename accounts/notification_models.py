"""The notifications inbox and email preferences (imported by accounts.models).

Other apps create notifications through accounts.notifications.services; they
never touch these rows directly.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

__all__ = ["EmailChoice", "Notification", "NotificationPreference"]


class EmailChoice(models.TextChoices):
    IMMEDIATE = "immediate", _("Email me straight away")
    DIGEST = "digest", _("One email a day (daily digest)")
    OFF = "off", _("No email (inbox only)")


class Notification(models.Model):
    class Kind(models.TextChoices):
        REPLY = "reply", _("New reply in a thread you follow")
        NEW_THREAD = "new_thread", _("New thread in a category you follow")
        OUTCOME = "outcome", _("Outcome update in a thread you follow")
        REMINDER = "reminder", _("Reminder to post an outcome update")
        MODERATION = "moderation", _("Moderation: a decision on your post, or an urgent post")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    # The member whose act the title names ("<handle> replied ..."): deleting
    # their account deletes the notification, so no one else's inbox keeps
    # their name.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    title = models.CharField(max_length=200)
    url = models.CharField(max_length=300)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    # Waiting for tomorrow's digest email (the user chose "digest" for this kind).
    digest_pending = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "-created_at"], name="acc_notif_user_created"),
            models.Index(
                fields=["user"], condition=Q(read_at__isnull=True), name="acc_notif_unread"
            ),
            models.Index(
                fields=["user"], condition=Q(digest_pending=True), name="acc_notif_digest"
            ),
        ]

    def __str__(self) -> str:
        return self.title


class NotificationPreference(models.Model):
    """Email per kind of notification. In-app notifications follow what the member
    follows; email defaults favour what they asked for and nothing else."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preference"
    )
    replies = models.CharField(
        _("Replies in threads you follow"),
        max_length=10,
        choices=EmailChoice.choices,
        default=EmailChoice.IMMEDIATE,
    )
    new_threads = models.CharField(
        _("New threads in categories you follow"),
        max_length=10,
        choices=EmailChoice.choices,
        default=EmailChoice.DIGEST,
    )
    outcomes = models.CharField(
        _("Outcome updates in threads you follow"),
        max_length=10,
        choices=EmailChoice.choices,
        default=EmailChoice.IMMEDIATE,
    )
    outcome_reminder = models.BooleanField(
        _("Remind me once, some weeks after I ask, to post what the doctor concluded"),
        default=True,
    )
    updated_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"preferences of {self.user_id}"
