"""Logbooks (subjects), their members and invitations, episodes, nights, medicines.

Invariants live in the database (unique and check constraints). Every write
goes through services.py; every read a view shows through selectors.
A future Video model points at Episode with a ForeignKey (on_delete=CASCADE).
"""

from __future__ import annotations

import datetime as dt

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import validate_time_zone

from . import flags, nights
from .choices import (
    BodyPart,
    Intensity,
    MedicineChange,
    Pattern,
    Role,
    Side,
    Sign,
    SleepState,
    SubjectKind,
    Trigger,
    WokenStop,
    YesNoUnsure,
)
from .managers import EpisodeQuerySet, SubjectQuerySet

USER = settings.AUTH_USER_MODEL

# Invitation.standing_of: what the holder of an invitation link is to its address.
INVITED, UNVERIFIED, OTHER = "invited", "unverified", "other"


class Subject(models.Model):
    """The person observed: one logbook. The display name is private to members."""

    # Set by SubjectQuerySet.visible_to(): the reader's role in this logbook.
    my_role: str

    display_name = models.CharField(_("name (only members see it)"), max_length=60)
    kind = models.CharField(_("who is this"), max_length=10, choices=SubjectKind.choices)
    birth_year = models.PositiveSmallIntegerField(
        _("birth year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    birth_month = models.PositiveSmallIntegerField(
        _("birth month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )
    time_zone = models.CharField(_("time zone"), max_length=64, validators=[validate_time_zone])
    notes = models.TextField(_("notes"), max_length=2000, blank=True)
    # Bumped on every write to the subject's episodes/nights/medicines: the key
    # of cached chart and report aggregates.
    version = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = SubjectQuerySet.as_manager()

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(birth_month__isnull=True) | Q(birth_year__isnull=False),
                name="logbook_subject_month_needs_year",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    def age_months(self, today: dt.date | None = None) -> int | None:
        return nights.age_in_months(
            self.birth_year, self.birth_month, today or timezone.localdate()
        )

    def local_today(self) -> dt.date:
        return nights.night_of(timezone.now(), self.time_zone)


class Membership(models.Model):
    # Set by invitation_accept: whether accepting made a new membership.
    created: bool

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(USER, on_delete=models.CASCADE, related_name="logbook_memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["subject", "user"], name="logbook_membership_unique"),
            models.CheckConstraint(
                condition=Q(role__in=Role.values), name="logbook_membership_role_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.role} of {self.subject_id}"


class Invitation(models.Model):
    """A single-use, expiring invitation. Only a hash of the token is stored."""

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    role = models.CharField(
        _("role"),
        max_length=10,
        choices=[(Role.CAREGIVER, Role.CAREGIVER.label), (Role.VIEWER, Role.VIEWER.label)],
    )
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = models.ForeignKey(USER, null=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    # Someone holding the link with another address asks the owner to let them in.
    requested_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["subject", "accepted_at", "revoked_at"])]

    def __str__(self) -> str:
        return f"invitation {self.pk} to {self.subject_id}"

    def standing_of(self, user) -> str:
        """How ``user`` relates to the invited address (the one rule for page and service).

        INVITED: the address is verified on the account. UNVERIFIED: it is on the
        account, not verified yet. OTHER: anyone else holding the link.
        """
        addresses = EmailAddress.objects.filter(user=user, email__iexact=self.email)
        verified = list(addresses.values_list("verified", flat=True))
        if any(verified):
            return INVITED
        return UNVERIFIED if verified else OTHER

    @property
    def is_pending(self) -> bool:
        return (
            self.accepted_at is None
            and self.revoked_at is None
            and self.expires_at > timezone.now()
        )


class Episode(models.Model):
    """One observed episode. `night_of` is computed by the service from started_at."""

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="episodes")
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    night_of = models.DateField(_("night of"))
    duration_seconds = models.PositiveIntegerField(
        _("duration (seconds)"), null=True, blank=True, validators=[MaxValueValidator(6 * 3600)]
    )
    sleep_state = models.CharField(
        _("sleep state"), max_length=16, choices=SleepState.choices, blank=True
    )
    body_parts = ArrayField(
        models.CharField(max_length=16, choices=BodyPart.choices),
        verbose_name=_("body parts"),
        default=list,
        blank=True,
    )
    side = models.CharField(_("side"), max_length=8, choices=Side.choices, blank=True)
    pattern = models.CharField(_("pattern"), max_length=8, choices=Pattern.choices, blank=True)
    cluster_count = models.PositiveIntegerField(
        _("about how many jerks"), null=True, blank=True, validators=[MaxValueValidator(10000)]
    )
    cluster_interval_seconds = models.PositiveIntegerField(
        _("about how many seconds apart"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(3600)],
    )
    intensity = models.PositiveSmallIntegerField(
        _("intensity"), choices=Intensity.choices, null=True, blank=True
    )
    stopped_when_woken = models.CharField(
        _("did it stop when woken?"), max_length=10, choices=WokenStop.choices, blank=True
    )
    woke_up = models.BooleanField(_("woke up"), null=True, blank=True)
    responsive = models.CharField(
        _("responsive during it?"), max_length=8, choices=YesNoUnsure.choices, blank=True
    )
    signs = ArrayField(
        models.CharField(max_length=16, choices=Sign.choices),
        verbose_name=_("other signs"),
        default=list,
        blank=True,
    )
    triggers = ArrayField(
        models.CharField(max_length=16, choices=Trigger.choices),
        verbose_name=_("possible triggers"),
        default=list,
        blank=True,
    )
    filmed = models.BooleanField(_("I filmed this"), default=False)
    notes = models.TextField(_("notes"), max_length=2000, blank=True)

    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Soft delete, so "Undo" can bring it back; every read uses .alive().
    deleted_at = models.DateTimeField(null=True, blank=True)
    deleted_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = EpisodeQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        indexes = [
            models.Index(
                fields=["subject", "night_of"],
                name="logbook_ep_subject_night",
                condition=Q(deleted_at__isnull=True),
            ),
            models.Index(fields=["subject", "-started_at"], name="logbook_ep_subject_started"),
            GinIndex(fields=["body_parts"], name="logbook_ep_body_parts_gin"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(intensity__isnull=True) | Q(intensity__gte=1, intensity__lte=5),
                name="logbook_episode_intensity_1_5",
            ),
        ]

    def __str__(self) -> str:
        return f"episode {self.pk} of {self.subject_id} at {self.started_at:%Y-%m-%d %H:%M}"

    @property
    def is_red_flag(self) -> bool:
        return flags.is_red_flag(self)

    def body_part_labels(self) -> list[str]:
        return [str(BodyPart(p).label) for p in self.body_parts if p in BodyPart.values]

    def sign_labels(self) -> list[str]:
        return [str(Sign(p).label) for p in self.signs if p in Sign.values]

    def trigger_labels(self) -> list[str]:
        return [str(Trigger(p).label) for p in self.triggers if p in Trigger.values]


class Night(models.Model):
    """Optional bedtime and wake time of one night of a subject."""

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="nights")
    night_of = models.DateField(_("night of"))
    bedtime = models.DateTimeField(_("fell asleep at"), null=True, blank=True)
    wake_time = models.DateTimeField(_("woke up at"), null=True, blank=True)
    notes = models.CharField(_("notes"), max_length=300, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-night_of"]
        constraints = [
            models.UniqueConstraint(fields=["subject", "night_of"], name="logbook_night_unique"),
            models.CheckConstraint(
                condition=Q(bedtime__isnull=True)
                | Q(wake_time__isnull=True)
                | Q(wake_time__gt=models.F("bedtime")),
                name="logbook_night_wake_after_bed",
            ),
        ]

    def __str__(self) -> str:
        return f"night of {self.night_of} ({self.subject_id})"


class MedicineEvent(models.Model):
    """The family's record of a medicine started, changed or stopped. Never advice."""

    subject = models.ForeignKey(Subject, on_delete=models.CASCADE, related_name="medicines")
    date = models.DateField(_("date"))
    name = models.CharField(_("medicine"), max_length=100)
    change = models.CharField(_("what happened"), max_length=10, choices=MedicineChange.choices)
    note = models.CharField(_("note"), max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-date", "-pk"]
        indexes = [models.Index(fields=["subject", "date"])]

    def __str__(self) -> str:
        return f"{self.name} {self.change} {self.date}"
