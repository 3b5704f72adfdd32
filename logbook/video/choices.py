"""Fixed vocabularies of episode videos."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class VideoStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting to be processed")
    PROCESSING = "processing", _("Processing")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Could not be processed")


class MomentState(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    CONFIRMED = "confirmed", _("Confirmed")
    DISMISSED = "dismissed", _("Dismissed")


class MomentOrigin(models.TextChoices):
    DETECTED = "detected", _("Proposed by the motion analysis")
    ADDED = "added", _("Added by hand")
