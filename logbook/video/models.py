"""Episode videos, their detected moments, resumable uploads and clinician share links.

Stored files are named from the video's UUID (``videos/<uuid>/web.mp4`` ...), so a
rerun of the processing job overwrites instead of duplicating, and deleting a row
knows every file it owns (see signals.py). The uploaded original holds the
phone's GPS position and device: it is deleted once the stripped copy exists.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from logbook.models import Episode, Subject

from .choices import MomentOrigin, MomentState, VideoStatus
from .managers import ShareLinkQuerySet, VideoQuerySet

USER = settings.AUTH_USER_MODEL

WEB_NAME = "web.mp4"
POSTER_NAME = "poster.jpg"
MOTION_NAME = "motion.json"
REEL_NAME = "reel.mp4"
ORIGINAL_NAME = "original"


def video_folder(video_id: uuid.UUID | str) -> str:
    return f"videos/{video_id}/"


class Video(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="videos")
    episode = models.ForeignKey(Episode, on_delete=models.CASCADE, related_name="videos")
    uploaded_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=VideoStatus.choices, default=VideoStatus.QUEUED
    )
    error = models.CharField(_("why it failed"), max_length=300, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Storage names (empty until the file exists). The original goes after processing.
    original_file = models.CharField(max_length=200, blank=True)
    web_file = models.CharField(max_length=200, blank=True)
    poster_file = models.CharField(max_length=200, blank=True)
    motion_file = models.CharField(max_length=200, blank=True)
    # The highlight reel: every confirmed moment (or, before any is confirmed, every
    # proposal) with REEL_PAD_S either side, one MP4; empty until made.
    reel_file = models.CharField(max_length=200, blank=True)
    reel_moments = models.PositiveIntegerField(default=0)
    reel_duration_s = models.FloatField(null=True, blank=True)
    upload_bytes = models.BigIntegerField(default=0)
    size_bytes = models.BigIntegerField(default=0)
    duration_s = models.FloatField(null=True, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    fps = models.FloatField(null=True, blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), null=True, blank=True)
    motion_strip = models.JSONField(default=list, blank=True)
    motion_summary = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    processed_at = models.DateTimeField(null=True, blank=True)

    objects = VideoQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        indexes = [models.Index(fields=["episode", "created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=VideoStatus.values), name="logbook_video_status_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"video {self.pk} ({self.status})"

    @property
    def folder(self) -> str:
        return video_folder(self.pk)

    def stored_names(self) -> list[str]:
        """Every file this row may own, including ones a killed job may have written."""
        names = {
            self.original_file,
            self.web_file,
            self.poster_file,
            self.motion_file,
            self.reel_file,
        }
        names |= {
            self.folder + n for n in (WEB_NAME, POSTER_NAME, MOTION_NAME, ORIGINAL_NAME, REEL_NAME)
        }
        return sorted(n for n in names if n)

    @property
    def is_ready(self) -> bool:
        return self.status == VideoStatus.READY

    @property
    def is_pending(self) -> bool:
        return self.status in (VideoStatus.QUEUED, VideoStatus.PROCESSING)


class Moment(models.Model):
    """A jerk at a time in the video.

    Detected moments start as proposals that the caregiver confirms or dismisses;
    moments added by hand are the caregiver's own and start confirmed.
    """

    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="moments")
    time_s = models.FloatField()
    score = models.FloatField(default=1.0)
    state = models.CharField(
        max_length=10, choices=MomentState.choices, default=MomentState.PROPOSED
    )
    origin = models.CharField(
        max_length=10, choices=MomentOrigin.choices, default=MomentOrigin.DETECTED
    )

    class Meta:
        ordering = ["time_s"]
        constraints = [
            models.UniqueConstraint(fields=["video", "time_s"], name="logbook_moment_unique"),
            models.CheckConstraint(
                condition=Q(state__in=MomentState.values), name="logbook_moment_state_valid"
            ),
            models.CheckConstraint(
                condition=Q(origin__in=MomentOrigin.values), name="logbook_moment_origin_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"moment {self.time_s:.2f}s of {self.video_id}"

    @property
    def kind(self) -> str:
        """proposed / confirmed / added / dismissed: what the pages tell apart."""
        if self.state == MomentState.DISMISSED:
            return "dismissed"
        if self.origin == MomentOrigin.ADDED:
            return "added"
        return self.state


class UploadSession(models.Model):
    """A resumable upload in progress: bytes land in a local temp file, chunk by chunk."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="+")
    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="+")
    # Null: "start from a video" -- the episode is created when the upload is accepted.
    episode = models.ForeignKey(
        Episode, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    size_bytes = models.BigIntegerField()
    received_bytes = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(received_bytes__gte=0) & Q(received_bytes__lte=models.F("size_bytes")),
                name="logbook_upload_received_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"upload {self.pk} {self.received_bytes}/{self.size_bytes}"


class ShareLink(models.Model):
    """A clinician's link to a report and chosen videos. Only a hash of the token is kept."""

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="share_links")
    created_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    label = models.CharField(_("who is it for (only you see this)"), max_length=80, blank=True)
    token_hash = models.CharField(max_length=64, unique=True)
    passcode_hash = models.CharField(max_length=200, blank=True)
    report_start = models.DateField(_("report from"), null=True, blank=True)
    report_end = models.DateField(_("report to"), null=True, blank=True)
    videos = models.ManyToManyField(Video, blank=True, related_name="share_links")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = ShareLinkQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(report_start__isnull=True)
                | Q(report_end__isnull=True)
                | Q(report_end__gte=models.F("report_start")),
                name="logbook_share_range_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"share link {self.pk} of {self.subject_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()

    @property
    def has_report(self) -> bool:
        return self.report_start is not None and self.report_end is not None

    def videos_in_scope(self) -> Q:
        """Which videos the link may show: with a report, only episodes of its period.

        The one rule for creating a link (its chosen videos) and for reading it.
        """
        if not self.has_report:
            return Q()
        return Q(episode__night_of__gte=self.report_start, episode__night_of__lte=self.report_end)


class ShareAccess(models.Model):
    """One opening of a share link (what the owner sees). IP truncated, agent shortened."""

    link = models.ForeignKey(ShareLink, on_delete=models.CASCADE, related_name="accesses")
    at = models.DateTimeField(default=timezone.now)
    ip_prefix = models.CharField(max_length=50, blank=True)
    user_agent = models.CharField(max_length=120, blank=True)
    what = models.CharField(max_length=20, default="page")

    class Meta:
        ordering = ["-at"]
        indexes = [models.Index(fields=["link", "-at"])]

    def __str__(self) -> str:
        return f"access to {self.link_id} at {self.at:%Y-%m-%d %H:%M}"


class ClinicianNote(models.Model):
    """A note the clinician leaves on a shared video; shown in the family's logbook."""

    video = models.ForeignKey(Video, on_delete=models.CASCADE, related_name="notes")
    link = models.ForeignKey(
        ShareLink, null=True, blank=True, on_delete=models.SET_NULL, related_name="notes"
    )
    author_name = models.CharField(_("your name (optional)"), max_length=80, blank=True)
    text = models.TextField(_("note"), max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"note on {self.video_id}"
