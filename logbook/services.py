"""Every write of the logbook: `<noun>_<verb>`, keyword-only, atomic.

Callers fetch objects through selectors (which enforce membership and role);
the services enforce the invariants that do not depend on who asks (last
owner, single-use invitations, the undo window) and record who wrote what.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.services import email_send

from . import nights
from .choices import Role
from .episode_fields import EPISODE_FIELDS
from .models import (
    INVITED,
    UNVERIFIED,
    Episode,
    Invitation,
    MedicineEvent,
    Membership,
    Night,
    Subject,
)

LAST_OWNER_MESSAGE = _(
    "A logbook needs at least one owner. Make someone else an owner before you leave or step down."
)
INVITATION_INVALID_MESSAGE = _(
    "This invitation link is not valid. It may have been used, revoked or mistyped. "
    "Ask the logbook's owner for a new one."
)
INVITATION_EXPIRED_MESSAGE = _(
    "This invitation has expired. Ask the logbook's owner to send a new one."
)
INVITATION_UNVERIFIED_MESSAGE = _(
    "Please verify your email address before joining a logbook. "
    "Check your inbox for our confirmation email."
)
INVITATION_NOT_FOR_YOU = _(
    "You have an invitation. Log in with the email address it was sent to, then open this "
    "link again."
)
INVITATION_VERIFY_FIRST = _(
    "This invitation was sent to an address on your account that is not verified yet. "
    "Verify it with the link in our confirmation email (or ask for a new one in your email "
    "settings), then open this link again."
)
INVITATION_REQUEST_SENT = _(
    "Your request is with the logbook's owner. You will be able to open the logbook once "
    "they confirm it."
)
INVITATION_REQUEST_TAKEN = _(
    "Someone has already asked to join with this invitation. Please ask the logbook's owner "
    "for an invitation of your own."
)
INVITATION_NO_REQUEST = _("There is no request waiting on this invitation.")
ALREADY_MEMBER_MESSAGE = _("You are already a member of this logbook.")
UNDO_EXPIRED_MESSAGE = _(
    "It is too late to undo this. Deleted episodes can be restored for 10 minutes."
)
EPISODE_IN_FUTURE_MESSAGE = _("The start time is in the future. Please check the date and time.")
BIRTH_IN_FUTURE_MESSAGE = _("The birth month is in the future.")

INVITATION_DAYS = 7
UNDO_WINDOW = dt.timedelta(minutes=10)

SUBJECT_FIELDS = ("display_name", "kind", "birth_year", "birth_month", "time_zone", "notes")


def subject_bump(*, subject: Subject) -> None:
    """Invalidate cached aggregates of a subject (a new cache key version)."""
    Subject.objects.filter(pk=subject.pk).update(version=F("version") + 1)


def _check_birth(subject: Subject) -> None:
    today = timezone.localdate()
    if subject.birth_year and (subject.birth_year, subject.birth_month or 1) > (
        today.year,
        today.month,
    ):
        raise ValidationError({"birth_year": BIRTH_IN_FUTURE_MESSAGE})


@transaction.atomic
def subject_create(
    *,
    user,
    display_name: str,
    kind: str,
    time_zone: str | None = None,
    birth_year: int | None = None,
    birth_month: int | None = None,
    notes: str = "",
) -> Subject:
    """A new logbook, owned by `user`. The time zone defaults to the user's."""
    subject = Subject(
        display_name=display_name,
        kind=kind,
        time_zone=time_zone or user.time_zone,
        birth_year=birth_year,
        birth_month=birth_month,
        notes=notes,
        created_by=user,
    )
    _check_birth(subject)
    subject.full_clean()
    subject.save()
    Membership.objects.create(subject=subject, user=user, role=Role.OWNER)
    return subject


@transaction.atomic
def subject_update(*, subject: Subject, **fields: Any) -> Subject:
    unknown = set(fields) - set(SUBJECT_FIELDS)
    if unknown:
        raise TypeError(f"not subject fields: {sorted(unknown)}")
    tz_changed = "time_zone" in fields and fields["time_zone"] != subject.time_zone
    for name, value in fields.items():
        setattr(subject, name, value)
    _check_birth(subject)
    subject.full_clean()
    subject.version = F("version") + 1
    subject.save(update_fields=[*fields, "version"])
    subject.refresh_from_db(fields=["version"])
    if tz_changed:
        # Nights are wall-clock nights in the subject's zone: recompute them.
        episodes = list(Episode.objects.filter(subject=subject).only("pk", "started_at"))
        for episode in episodes:
            episode.night_of = nights.night_of(episode.started_at, subject.time_zone)
        Episode.objects.bulk_update(episodes, ["night_of"], batch_size=1000)
    return subject


@transaction.atomic
def subject_delete(*, subject: Subject) -> None:
    subject.delete()


def _episode_clean(episode: Episode) -> None:
    if episode.started_at and episode.started_at > timezone.now() + dt.timedelta(minutes=5):
        raise ValidationError({"started_at": EPISODE_IN_FUTURE_MESSAGE})
    if episode.pattern != "cluster":
        episode.cluster_count = None
        episode.cluster_interval_seconds = None
    episode.body_parts = sorted(set(episode.body_parts or []))
    episode.signs = sorted(set(episode.signs or []))
    episode.triggers = sorted(set(episode.triggers or []))
    episode.night_of = nights.night_of(episode.started_at, episode.subject.time_zone)
    episode.full_clean()


@transaction.atomic
def episode_create(*, subject: Subject, user, **fields: Any) -> Episode:
    """Log an episode. With no fields this is the one-tap "episode now"."""
    unknown = set(fields) - set(EPISODE_FIELDS)
    if unknown:
        raise TypeError(f"not episode fields: {sorted(unknown)}")
    now = timezone.now()
    fields.setdefault("started_at", now)
    episode = Episode(
        subject=subject, created_by=user, updated_by=user, created_at=now, updated_at=now, **fields
    )
    _episode_clean(episode)
    episode.save()
    subject_bump(subject=subject)
    return episode


@transaction.atomic
def episode_update(*, episode: Episode, user, **fields: Any) -> Episode:
    unknown = set(fields) - set(EPISODE_FIELDS)
    if unknown:
        raise TypeError(f"not episode fields: {sorted(unknown)}")
    for name, value in fields.items():
        setattr(episode, name, value)
    episode.updated_by = user
    episode.updated_at = timezone.now()
    _episode_clean(episode)
    episode.save(
        update_fields=[
            *fields,
            "night_of",
            "cluster_count",
            "cluster_interval_seconds",
            "updated_by",
            "updated_at",
        ]
    )
    subject_bump(subject=episode.subject)
    return episode


@transaction.atomic
def episode_delete(*, episode: Episode, user) -> Episode:
    """Soft delete: hidden everywhere at once, restorable for UNDO_WINDOW."""
    episode.deleted_at = timezone.now()
    episode.deleted_by = user
    episode.save(update_fields=["deleted_at", "deleted_by"])
    subject_bump(subject=episode.subject)
    return episode


@transaction.atomic
def episode_restore(*, episode: Episode, user) -> Episode:
    if episode.deleted_at is None:
        return episode
    if timezone.now() - episode.deleted_at > UNDO_WINDOW:
        raise ValidationError(UNDO_EXPIRED_MESSAGE)
    episode.deleted_at = None
    episode.deleted_by = None
    episode.updated_by = user
    episode.updated_at = timezone.now()
    episode.save(update_fields=["deleted_at", "deleted_by", "updated_by", "updated_at"])
    subject_bump(subject=episode.subject)
    return episode


def episodes_purge_deleted(*, older_than: dt.timedelta = dt.timedelta(days=1)) -> int:
    """Remove soft-deleted episodes for good once the undo window is long past."""
    count, _detail = Episode.objects.filter(deleted_at__lt=timezone.now() - older_than).delete()
    return count


@transaction.atomic
def night_set(
    *,
    subject: Subject,
    user,
    night_of: dt.date,
    bedtime: dt.datetime | None,
    wake_time: dt.datetime | None,
    notes: str = "",
) -> Night:
    night = Night.objects.select_for_update().filter(subject=subject, night_of=night_of).first()
    if night is None:
        night = Night(subject=subject, night_of=night_of)
    night.bedtime = bedtime
    night.wake_time = wake_time
    night.notes = notes
    night.updated_by = user
    night.updated_at = timezone.now()
    if bedtime and wake_time and wake_time <= bedtime:
        raise ValidationError({"wake_time": _("The wake time must be after the bedtime.")})
    night.full_clean()
    night.save()
    subject_bump(subject=subject)
    return night


@transaction.atomic
def medicine_create(
    *, subject: Subject, user, date: dt.date, name: str, change: str, note: str = ""
) -> MedicineEvent:
    event = MedicineEvent(
        subject=subject, date=date, name=name.strip(), change=change, note=note, created_by=user
    )
    event.full_clean()
    event.save()
    subject_bump(subject=subject)
    return event


@transaction.atomic
def medicine_delete(*, event: MedicineEvent) -> None:
    subject = event.subject
    event.delete()
    subject_bump(subject=subject)


# --- members and invitations -------------------------------------------------


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invitation_create(
    *, subject: Subject, invited_by, email: str, role: str
) -> tuple[Invitation, str]:
    """Create an invitation and email its link. Returns it and the raw token (never stored)."""
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        subject=subject,
        email=email.strip(),
        role=role,
        token_hash=token_hash(token),
        invited_by=invited_by,
        expires_at=timezone.now() + dt.timedelta(days=INVITATION_DAYS),
    )
    invitation.full_clean()
    invitation.save()
    link = settings.SITE_URL + reverse("logbook:invitation_accept", kwargs={"token": token})
    context = {
        "invitation": invitation,
        "link": link,
        "inviter": invited_by,
        "days": INVITATION_DAYS,
    }
    email_send(
        to=[invitation.email],
        subject=str(_("You are invited to share a Hypnic logbook")),
        body=render_to_string("logbook/email/invitation.txt", context),
    )
    return invitation, token


def invitation_find(*, token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("subject", "invited_by")
        .filter(token_hash=token_hash(token))
        .first()
    )


def _invitation_locked(**lookup) -> Invitation:
    """The invitation, row-locked, if it can still be used; else ValidationError."""
    invitation = Invitation.objects.select_for_update().filter(**lookup).first()
    if invitation is None or invitation.accepted_at or invitation.revoked_at:
        raise ValidationError(INVITATION_INVALID_MESSAGE)
    if invitation.expires_at <= timezone.now():
        raise ValidationError(INVITATION_EXPIRED_MESSAGE)
    return invitation


def _invitation_use(invitation: Invitation, user) -> Membership:
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])
    membership, created = Membership.objects.get_or_create(
        subject_id=invitation.subject_id, user=user, defaults={"role": invitation.role}
    )
    membership.created = created
    return membership


@transaction.atomic
def invitation_accept(*, token: str, user) -> Membership:
    """Join the logbook with the invited address, verified on ``user``'s account.

    Single use: a second accept (or a revoked link) fails. Anyone else holding the
    link may only ask the owner (invitation_request).
    """
    invitation = _invitation_locked(token_hash=token_hash(token))
    standing = invitation.standing_of(user)
    if standing == UNVERIFIED:
        raise ValidationError(INVITATION_VERIFY_FIRST)
    if standing != INVITED:
        raise ValidationError(INVITATION_NOT_FOR_YOU)
    return _invitation_use(invitation, user)


@transaction.atomic
def invitation_request(*, token: str, user) -> Invitation:
    """Ask the owner to let ``user`` in with their own verified address instead.

    One request per invitation at a time; the owner is emailed and confirms or
    declines on the members page. Nothing about the logbook is shown before that.
    """
    invitation = _invitation_locked(token_hash=token_hash(token))
    if not EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=True).exists():
        raise ValidationError(INVITATION_UNVERIFIED_MESSAGE)
    if invitation.requested_by_id == user.pk:
        return invitation
    if invitation.requested_by_id is not None:
        raise ValidationError(INVITATION_REQUEST_TAKEN)
    invitation.requested_by = user
    invitation.requested_at = timezone.now()
    invitation.save(update_fields=["requested_by", "requested_at"])
    owner = invitation.invited_by
    if owner is not None:
        link = settings.SITE_URL + reverse(
            "logbook:members", kwargs={"subject_id": invitation.subject_id}
        )
        email_send(
            to=[owner.email],
            subject=str(_("Someone asks to join your Hypnic logbook")),
            body=render_to_string(
                "logbook/email/invitation_request.txt",
                {"invitation": invitation, "requester": user, "link": link},
            ),
        )
    return invitation


@transaction.atomic
def invitation_request_confirm(*, invitation: Invitation) -> Membership:
    """The owner lets the requester in: the invitation is used by them."""
    invitation = _invitation_locked(pk=invitation.pk)
    if invitation.requested_by is None:
        raise ValidationError(INVITATION_NO_REQUEST)
    return _invitation_use(invitation, invitation.requested_by)


@transaction.atomic
def invitation_request_decline(*, invitation: Invitation) -> Invitation:
    """The owner says no: the request goes, the invitation still waits for its address."""
    invitation = _invitation_locked(pk=invitation.pk)
    if invitation.requested_by_id is None:
        raise ValidationError(INVITATION_NO_REQUEST)
    invitation.requested_by = None
    invitation.requested_at = None
    invitation.save(update_fields=["requested_by", "requested_at"])
    return invitation


@transaction.atomic
def invitation_revoke(*, invitation: Invitation) -> Invitation:
    if invitation.accepted_at is None and invitation.revoked_at is None:
        invitation.revoked_at = timezone.now()
        invitation.save(update_fields=["revoked_at"])
    return invitation


def _owners_locked(subject_id: int) -> list[Membership]:
    return list(
        Membership.objects.select_for_update().filter(subject_id=subject_id, role=Role.OWNER)
    )


@transaction.atomic
def membership_set_role(*, membership: Membership, role: str) -> Membership:
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    owners = _owners_locked(membership.subject_id)
    if membership.role == Role.OWNER and role != Role.OWNER and len(owners) <= 1:
        raise ValidationError(LAST_OWNER_MESSAGE)
    membership.role = role
    membership.save(update_fields=["role"])
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership) -> None:
    """Remove a member (the owner revokes, or a member leaves). Entries keep their author."""
    owners = _owners_locked(membership.subject_id)
    if membership.role == Role.OWNER and len(owners) <= 1:
        raise ValidationError(LAST_OWNER_MESSAGE)
    membership.delete()


@transaction.atomic
def user_logbooks_delete(user) -> None:
    """Account deletion hook: logbooks the user alone owns go; other memberships end.

    Episodes the user logged in logbooks that stay keep their row with the
    author set to NULL (shown as "former caregiver").
    """
    from .selectors.access import sole_owned_subjects

    list(Membership.objects.select_for_update().filter(user=user))  # lock them first
    going = list(sole_owned_subjects(user).values_list("pk", flat=True))
    Subject.objects.filter(pk__in=going).delete()
    Membership.objects.filter(user=user).delete()
    # Invitations addressed to the user, or accepted by them, hold their address.
    addresses = {
        user.email,
        *EmailAddress.objects.filter(user=user).values_list("email", flat=True),
    }
    Invitation.objects.annotate(address=Lower("email")).filter(
        Q(accepted_by=user) | Q(address__in=[a.lower() for a in addresses])
    ).delete()
