"""The timeline by night, members, medicines and the CSV rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from .. import nights
from ..models import Episode, Invitation, MedicineEvent, Membership, Night, Subject
from ..services import UNDO_WINDOW

NIGHTS_PER_PAGE = 7


@dataclass
class NightGroup:
    night_of: dt.date
    night: Night | None
    episodes: list[Episode] = field(default_factory=list)


def timeline_page(
    subject: Subject, *, filters: dict, page_number: str | int | None
) -> tuple[Page, list[NightGroup]]:
    """One page of nights (newest first) with their episodes and bedtimes.

    Queries: count of nights, the page of night dates, the episodes of those
    nights and the Night rows -- four, whatever the size of the log.
    """
    episodes = Episode.objects.filter(subject=subject).alive().filtered(**filters)
    night_dates = episodes.order_by("-night_of").values_list("night_of", flat=True).distinct()
    paginator = Paginator(night_dates, NIGHTS_PER_PAGE)
    page = paginator.get_page(page_number)
    dates = list(page.object_list)
    groups: list[NightGroup] = []
    if dates:
        night_rows = {
            n.night_of: n for n in Night.objects.filter(subject=subject, night_of__in=dates)
        }
        groups_by_date = {d: NightGroup(d, night_rows.get(d)) for d in dates}
        for episode in (
            episodes.filter(night_of__in=dates)
            .select_related("created_by", "updated_by")
            .order_by("started_at")
        ):
            episode.subject = subject
            group = groups_by_date[episode.night_of]
            bedtime = group.night.bedtime if group.night else None
            episode.minutes_after_bedtime = nights.minutes_after(bedtime, episode.started_at)
            group.episodes.append(episode)
        groups = [groups_by_date[d] for d in dates]
    return page, groups


def recently_deleted(subject: Subject, user) -> list[Episode]:
    """Episodes this user deleted within the undo window (for the Undo banner)."""
    return list(
        Episode.objects.filter(
            subject=subject,
            deleted_by=user,
            deleted_at__gte=timezone.now() - UNDO_WINDOW,
        ).order_by("-deleted_at")[:5]
    )


def members_page(subject: Subject) -> tuple[list[Membership], list[Invitation]]:
    members = list(
        Membership.objects.filter(subject=subject).select_related("user").order_by("created_at")
    )
    pending = list(
        Invitation.objects.filter(
            subject=subject,
            accepted_at__isnull=True,
            revoked_at__isnull=True,
            expires_at__gt=timezone.now(),
        )
        .select_related("invited_by", "requested_by")
        .order_by("-created_at")
    )
    return members, pending


def nights_recent(subject: Subject, *, limit: int) -> list[Night]:
    """The subject's latest bedtime records, newest first."""
    return list(Night.objects.filter(subject=subject).order_by("-night_of")[:limit])


def medicines_for(subject: Subject, *, start=None, end=None) -> list[MedicineEvent]:
    qs = MedicineEvent.objects.filter(subject=subject)
    if start:
        qs = qs.filter(date__gte=start)
    if end:
        qs = qs.filter(date__lte=end)
    return list(qs.select_related("created_by").order_by("date", "pk"))


def episodes_for_export(subject: Subject) -> QuerySet[Episode]:
    return (
        Episode.objects.filter(subject=subject)
        .alive()
        .select_related("created_by")
        .order_by("started_at")
    )


def subjects_with_data_for(user) -> QuerySet[Subject]:
    """The user's logbooks with nights and medicines prefetched (account export)."""
    return Subject.objects.visible_to(user).prefetch_related(
        Prefetch("nights", queryset=Night.objects.order_by("night_of")),
        Prefetch("medicines", queryset=MedicineEvent.objects.order_by("date", "pk")),
    )
