"""Writes of the notifications inbox: create (and email), read, preferences, digests."""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.notification_models import EmailChoice, Notification, NotificationPreference
from accounts.services import email_send

Kind = Notification.Kind

# Which preference decides the email for each kind of notification.
PREFERENCE_FIELD: dict[str, str] = {
    Kind.REPLY: "replies",
    Kind.NEW_THREAD: "new_threads",
    Kind.OUTCOME: "outcomes",
    Kind.REMINDER: "outcome_reminder",
}
UNSUBSCRIBE_ALL = "all"
UNSUBSCRIBE_SALT = "accounts.notifications.unsubscribe"
EMAIL_FIELDS = ("replies", "new_threads", "outcomes")


def preference_for(user: User) -> NotificationPreference:
    pref, _created = NotificationPreference.objects.get_or_create(user=user)
    return pref


def _email_mode(pref: NotificationPreference | None, kind: str) -> str:
    field = PREFERENCE_FIELD[kind]
    if pref is None:  # defaults, without a row
        pref = NotificationPreference()
    value = getattr(pref, field)
    if isinstance(value, bool):  # the reminder is on/off, sent straight away
        return EmailChoice.IMMEDIATE if value else EmailChoice.OFF
    return value


def unsubscribe_token(*, user_id: int, field: str) -> str:
    return signing.dumps({"u": user_id, "f": field}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(*, user_id: int, field: str) -> str:
    token = unsubscribe_token(user_id=user_id, field=field)
    return settings.SITE_URL + reverse("notifications:unsubscribe", kwargs={"token": token})


def _send_email(*, user: User, subject: str, template: str, context: dict, field: str) -> None:
    unsubscribe = unsubscribe_url(user_id=user.pk, field=field)
    context = {
        **context,
        "user": user,
        "site_url": settings.SITE_URL,
        "unsubscribe_url": unsubscribe,
        "preferences_url": settings.SITE_URL + reverse("notifications:preferences"),
    }
    email_send(
        to=[user.email],
        subject=subject,
        body=render_to_string(template, context),
        headers={"List-Unsubscribe": f"<{unsubscribe}>"},
    )


@transaction.atomic
def notification_send_now(*, user: User, kind: str, title: str, url: str, body: str) -> None:
    """An inbox notification that is always emailed at once.

    For moderation: a decision on the member's own post, or an urgent post for a
    moderator. It concerns their own words or someone's safety, so no
    preference switches it off.
    """
    if not user.is_active:
        return
    Notification.objects.create(user=user, kind=kind, title=title[:200], url=url)
    email_send(to=[user.email], subject=title[:150], body=body)


@transaction.atomic
def notifications_send(
    *, user_ids: Iterable[int], kind: str, title: str, url: str, actor: User | None = None
) -> int:
    """Put a notification in each member's inbox and email those who chose it.

    A reminder switched off is not created at all (it only exists to be seen).
    `actor` is the member the title names; the notification goes with their account.
    Returns the number of notifications created.
    """
    ids = sorted(set(user_ids))
    if not ids:
        return 0
    users = {u.pk: u for u in User.objects.filter(pk__in=ids, is_active=True)}
    prefs = {p.user_id: p for p in NotificationPreference.objects.filter(user_id__in=users)}
    now = timezone.now()
    rows, immediate = [], []
    for user_id, user in users.items():
        mode = _email_mode(prefs.get(user_id), kind)
        if kind == Kind.REMINDER and mode == EmailChoice.OFF:
            continue
        rows.append(
            Notification(
                user=user,
                actor=actor,
                kind=kind,
                title=title[:200],
                url=url,
                created_at=now,
                digest_pending=mode == EmailChoice.DIGEST,
            )
        )
        if mode == EmailChoice.IMMEDIATE:
            immediate.append(user)
    Notification.objects.bulk_create(rows)
    for user in immediate:
        _send_email(
            user=user,
            subject=title[:150],
            template="accounts/notifications_email.txt",
            context={"title": title, "url": settings.SITE_URL + url, "kind": kind},
            field=PREFERENCE_FIELD[kind],
        )
    return len(rows)


def notification_open(*, user: User, pk: int) -> Notification:
    """Mark one of the user's notifications read and return it (404 if not theirs)."""
    from django.shortcuts import get_object_or_404

    notification = get_object_or_404(Notification, pk=pk, user=user)
    if notification.read_at is None:
        notification.read_at = timezone.now()
        notification.save(update_fields=["read_at"])
    return notification


def notifications_mark_all_read(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def preference_update(
    *, user: User, replies: str, new_threads: str, outcomes: str, outcome_reminder: bool
) -> NotificationPreference:
    pref = preference_for(user)
    pref.replies = replies
    pref.new_threads = new_threads
    pref.outcomes = outcomes
    pref.outcome_reminder = outcome_reminder
    pref.updated_at = timezone.now()
    pref.full_clean()
    pref.save(
        update_fields=["replies", "new_threads", "outcomes", "outcome_reminder", "updated_at"]
    )
    return pref


def unsubscribe_apply(*, token: str) -> tuple[User, str] | None:
    """Switch off the email a signed link names (no login needed). None if invalid."""
    try:
        data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    user = User.objects.filter(pk=data.get("u")).first()
    field = data.get("f")
    if user is None or field not in (*PREFERENCE_FIELD.values(), UNSUBSCRIBE_ALL):
        return None
    pref = preference_for(user)
    fields = EMAIL_FIELDS if field == UNSUBSCRIBE_ALL else (field,)
    for name in fields:
        setattr(pref, name, False if name == "outcome_reminder" else EmailChoice.OFF)
    if field == UNSUBSCRIBE_ALL:
        pref.outcome_reminder = False
        fields = (*fields, "outcome_reminder")
    pref.updated_at = timezone.now()
    pref.save(update_fields=[*fields, "updated_at"])
    # Nothing waits for a digest the member no longer wants.
    Notification.objects.filter(user=user, digest_pending=True).filter(
        kind__in=[k for k, f in PREFERENCE_FIELD.items() if f in fields]
    ).update(digest_pending=False)
    return user, field


def digest_send(*, user_id: int) -> int:
    """Email one member today's digest of notifications waiting for it.

    Idempotent: the rows are claimed (digest_pending cleared) in the same
    transaction that queues the email, so a retry sends nothing twice.
    """
    with transaction.atomic():
        user = User.objects.filter(pk=user_id, is_active=True).first()
        if user is None:
            return 0
        pending = list(
            Notification.objects.select_for_update()
            .filter(user_id=user_id, digest_pending=True)
            .order_by("created_at")
        )
        if not pending:
            return 0
        Notification.objects.filter(pk__in=[n.pk for n in pending]).update(digest_pending=False)
        _send_email(
            user=user,
            subject=_("Your daily Hypnic digest: %(count)s updates") % {"count": len(pending)},
            template="accounts/notifications_digest.txt",
            context={
                "items": [{"title": n.title, "url": settings.SITE_URL + n.url} for n in pending],
            },
            field=UNSUBSCRIBE_ALL,
        )
    return len(pending)


def digest_user_ids() -> list[int]:
    return list(
        Notification.objects.filter(digest_pending=True)
        .values_list("user_id", flat=True)
        .distinct()
        .order_by("user_id")
    )
