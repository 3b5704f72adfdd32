"""Every read a video page shows, filtered by what the asker may see.

Members go through logbook membership (VideoQuerySet.visible_to); a clinician
goes through an active share link. Anything else is an Http404, never a 403.
"""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from accounts.hooks import Section
from logbook.choices import Role
from logbook.models import Episode, Subject
from logbook.selectors.access import subject_get_for

from .choices import VideoStatus
from .models import ClinicianNote, ShareAccess, ShareLink, UploadSession, Video
from .services.moments import moment_counts
from .services.sharing import share_token_hash

ACCESS_SHOWN = 10


def video_get_for(user, pk, *, role: str = Role.VIEWER) -> Video:
    """A video of a logbook the user belongs to with ``role``; subject.my_role is set."""
    video = (
        Video.objects.visible_to(user, role=role)
        .select_related("episode", "uploaded_by")
        .filter(pk=pk)
        .first()
    )
    if video is None:
        raise Http404
    video.subject = subject_get_for(user, video.subject_id, role=role)
    video.episode.subject = video.subject
    return video


def video_page_get_for(user, pk) -> Video:
    """A video with its moments and clinicians' notes, for its page (fixed queries)."""
    video = video_get_for(user, pk)
    video.moment_list = list(video.moments.all())
    video.note_list = list(video.notes.all())
    return video


def videos_for_episode(episode: Episode) -> list[Video]:
    """The episode's videos (the caller fetched the episode through a selector)."""
    return list(
        Video.objects.filter(episode=episode)
        .annotate(moment_count=Count("moments", filter=~Q(moments__state="dismissed")))
        .annotate(note_count=Count("notes", distinct=True))
        .order_by("created_at")
    )


def upload_session_get_for(user, pk) -> UploadSession:
    """The user's own upload, while they may still write to its logbook."""
    session = UploadSession.objects.select_related("subject", "episode").filter(pk=pk, user=user)
    session = session.first() if user.is_authenticated else None
    if session is None:
        raise Http404
    subject_get_for(user, session.subject_id, role=Role.CAREGIVER)
    return session


def ready_videos(subject: Subject) -> QuerySet[Video]:
    """The subject's playable videos (a queryset, for forms choosing among them)."""
    return (
        Video.objects.filter(
            subject=subject, status=VideoStatus.READY, episode__deleted_at__isnull=True
        )
        .select_related("episode")
        .order_by("-episode__started_at", "created_at")
    )


def report_videos_section(subject: Subject, *, start, end) -> Section | None:
    """The report's "Videos" section: each playable video of nights start..end with
    its moment counts (proposed, confirmed, added, median interval); None if there are none.

    The caller fetched ``subject`` through a selector (the report's own access check).
    """
    videos = list(
        ready_videos(subject)
        .filter(episode__night_of__range=(start, end))
        .prefetch_related("moments")
        .order_by("episode__started_at", "created_at")
    )
    if not videos:
        return None
    for video in videos:
        video.counts = moment_counts(list(video.moments.all()))
    return Section(template="logbook/video/_report_videos.html", context={"videos": videos})


def share_links_for_owner(subject: Subject) -> list[ShareLink]:
    """The subject's links with their latest accesses, counts, videos and notes."""
    return list(
        ShareLink.objects.filter(subject=subject)
        .annotate(access_count=Count("accesses", distinct=True))
        .prefetch_related(
            Prefetch("videos", queryset=Video.objects.select_related("episode")),
            Prefetch(
                "accesses",
                queryset=ShareAccess.objects.order_by("-at"),
                to_attr="access_list",
            ),
            Prefetch("notes", queryset=ClinicianNote.objects.select_related("video")),
        )
    )


def share_link_get_for_owner(user, subject_pk: int, pk: int) -> ShareLink:
    subject = subject_get_for(user, subject_pk, role=Role.OWNER)
    link = ShareLink.objects.filter(subject=subject, pk=pk).first()
    if link is None:
        raise Http404
    link.subject = subject
    return link


def share_link_by_token(token: str) -> ShareLink:
    """An active link (not expired, not revoked) or Http404 -- nothing else is said."""
    if not token or len(token) > 100:
        raise Http404
    link = (
        ShareLink.objects.active()
        .select_related("subject")
        .filter(token_hash=share_token_hash(token))
        .first()
    )
    if link is None:
        raise Http404
    return link


def shared_videos(link: ShareLink) -> list[Video]:
    """The link's videos; ``video.link_notes`` holds only the notes left through this link.

    Notes belong to the link they were left on: another clinician with another link
    to the same video does not read them (the family sees all, on the video page).
    """
    return list(
        link.videos.filter(status=VideoStatus.READY, episode__deleted_at__isnull=True)
        .filter(link.videos_in_scope())
        .select_related("episode")
        .prefetch_related(
            "moments",
            Prefetch(
                "notes", queryset=ClinicianNote.objects.filter(link=link), to_attr="link_notes"
            ),
        )
        .order_by("episode__started_at", "created_at")
    )


def shared_video_get(link: ShareLink, pk) -> Video:
    video = (
        link.videos.filter(status=VideoStatus.READY, episode__deleted_at__isnull=True)
        .filter(link.videos_in_scope(), pk=pk)
        .first()
    )
    if video is None:
        raise Http404
    return video
