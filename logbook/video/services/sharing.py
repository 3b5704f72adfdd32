"""Clinician share links: create, revoke, log each access, passcodes, notes.

Only a SHA-256 of the link's token is stored (the owner sees the link once);
the passcode is hashed with Django's password hashers, and wrong guesses are
rate-limited per link in the cache (shared by every web process).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import secrets

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.limits import Limit, limit_consume, limit_refund
from logbook.models import Subject

from ..choices import VideoStatus
from ..models import ClinicianNote, ShareAccess, ShareLink, Video

SHARE_NOTHING_CHOSEN = _("Choose a date range for the report, at least one video, or both.")
SHARE_BAD_RANGE = _("The report's end date must be on or after its start date.")
SHARE_BAD_DAYS = _("A link can last from 1 to {days} days.")
SHARE_VIDEO_OUTSIDE_RANGE = _(
    "Some chosen videos are of episodes outside the report's dates. Widen the dates, untick "
    "those videos, or share them in a link without the report."
)
PASSCODE_WRONG = _("That passcode is not right.")
PASSCODE_TOO_MANY = _("Too many wrong passcodes. Please wait 15 minutes and try again.")
NOTE_EMPTY = _("Please write a note first.")
PASSCODE_MIN_LENGTH = 6
PASSCODE_TOO_SHORT = _(
    "A passcode needs at least 6 characters, so that it can't be guessed in a few tries."
)

PASSCODE_WINDOW_SECONDS = 15 * 60


def passcode_validate(passcode: str) -> None:
    """A share link's passcode is optional; when set, it must be long enough."""
    if passcode and len(passcode) < PASSCODE_MIN_LENGTH:
        raise ValidationError(PASSCODE_TOO_SHORT, code="passcode_too_short")


def share_token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def share_link_create(
    *,
    subject: Subject,
    user,
    videos: list[Video],
    report_start: dt.date | None = None,
    report_end: dt.date | None = None,
    days: int | None = None,
    passcode: str = "",
    label: str = "",
) -> tuple[ShareLink, str]:
    """A new link; returns it and the raw token (shown once, never stored)."""
    days = settings.VIDEO_SHARE_DEFAULT_DAYS if days is None else days
    if not 1 <= days <= settings.VIDEO_SHARE_MAX_DAYS:
        raise ValidationError(str(SHARE_BAD_DAYS).format(days=settings.VIDEO_SHARE_MAX_DAYS))
    has_range = report_start is not None and report_end is not None
    if (report_start is None) != (report_end is None) or (not has_range and not videos):
        raise ValidationError(SHARE_NOTHING_CHOSEN)
    if has_range and report_end < report_start:
        raise ValidationError(SHARE_BAD_RANGE)
    passcode_validate(passcode)
    if any(v.subject_id != subject.pk or v.status != VideoStatus.READY for v in videos):
        raise ValidationError(_("Only this logbook's ready videos can be shared."))
    token = secrets.token_urlsafe(24)
    link = ShareLink(
        subject=subject,
        created_by=user,
        label=label.strip(),
        token_hash=share_token_hash(token),
        passcode_hash=make_password(passcode) if passcode else "",
        report_start=report_start,
        report_end=report_end,
        expires_at=timezone.now() + dt.timedelta(days=days),
    )
    link.full_clean()
    in_scope = Video.objects.filter(link.videos_in_scope(), pk__in=[v.pk for v in videos])
    if in_scope.count() != len({v.pk for v in videos}):
        raise ValidationError(SHARE_VIDEO_OUTSIDE_RANGE)
    link.save()
    link.videos.set(videos)
    return link, token


@transaction.atomic
def share_link_revoke(*, link: ShareLink) -> ShareLink:
    """Immediate: every request checks revoked_at."""
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


def _ip_prefix(ip: str) -> str:
    """The network, not the address: /24 for IPv4, /48 for IPv6."""
    try:
        addr = ipaddress.ip_address(ip)
    except ValueError:
        return ""
    bits = 24 if addr.version == 4 else 48
    return str(ipaddress.ip_network(f"{addr}/{bits}", strict=False))


@transaction.atomic
def share_access_log(*, link: ShareLink, ip: str, user_agent: str, what: str = "page") -> None:
    ShareAccess.objects.create(
        link=link, ip_prefix=_ip_prefix(ip), user_agent=user_agent[:120], what=what[:20]
    )


def share_passcode_check(*, link: ShareLink, passcode: str, ip: str) -> None:
    """Raise ValidationError unless ``passcode`` opens ``link`` (rate-limited per link)."""
    key = f"video:share-pass:{link.pk}"
    limit = Limit(settings.VIDEO_SHARE_PASSCODE_ATTEMPTS, PASSCODE_WINDOW_SECONDS)
    if not limit_consume(key, limit):  # counted before the check, so guesses can't race
        raise ValidationError(PASSCODE_TOO_MANY)
    if check_password(passcode, link.passcode_hash):
        limit_refund(key)  # only wrong guesses use up the link's attempts
    else:
        share_access_log(link=link, ip=ip, user_agent="", what="wrong passcode")
        raise ValidationError(PASSCODE_WRONG)


@transaction.atomic
def clinician_note_add(
    *, link: ShareLink, video: Video, text: str, author_name: str = ""
) -> ClinicianNote:
    text = text.strip()
    if not text:
        raise ValidationError(NOTE_EMPTY)
    note = ClinicianNote(video=video, link=link, text=text, author_name=author_name.strip())
    note.full_clean()
    note.save()
    return note
