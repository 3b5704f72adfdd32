"""The fixed vocabularies of the logbook (the words a doctor asks about)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SubjectKind(models.TextChoices):
    CHILD = "child", _("A child")
    PARTNER = "partner", _("A partner")
    SELF = "self", _("Myself")
    OTHER = "other", _("Someone else")


class Role(models.TextChoices):
    OWNER = "owner", _("Owner")
    CAREGIVER = "caregiver", _("Caregiver")
    VIEWER = "viewer", _("Viewer")


# Higher rank can do everything a lower rank can.
ROLE_RANK = {Role.VIEWER: 1, Role.CAREGIVER: 2, Role.OWNER: 3}


def roles_at_least(role: str) -> list[str]:
    return [r for r, rank in ROLE_RANK.items() if rank >= ROLE_RANK[role]]


class SleepState(models.TextChoices):
    FALLING_ASLEEP = "falling_asleep", _("Falling asleep")
    ASLEEP = "asleep", _("Asleep")
    WAKING = "waking", _("Waking up")
    AWAKE = "awake", _("Awake")


class BodyPart(models.TextChoices):
    FINGERS = "fingers", _("Fingers")
    HANDS = "hands", _("Hands")
    ARMS = "arms", _("Arms")
    SHOULDERS = "shoulders", _("Shoulders")
    TOES = "toes", _("Toes")
    FEET = "feet", _("Feet")
    LEGS = "legs", _("Legs")
    HEAD_NECK = "head_neck", _("Head / neck")
    FACE = "face", _("Face")
    EYES = "eyes", _("Eyes")
    LIPS = "lips", _("Lips")
    TORSO = "torso", _("Torso")
    WHOLE_BODY = "whole_body", _("Whole body")


class Side(models.TextChoices):
    LEFT = "left", _("Left")
    RIGHT = "right", _("Right")
    BOTH = "both", _("Both sides")
    UNSURE = "unsure", _("Not sure")


class Pattern(models.TextChoices):
    SINGLE = "single", _("A single jerk")
    CLUSTER = "cluster", _("A cluster of jerks")


class Intensity(models.IntegerChoices):
    SLIGHT = 1, _("1 – barely visible")
    MILD = 2, _("2 – mild twitch")
    MODERATE = 3, _("3 – clear jerk")
    STRONG = 4, _("4 – strong jerk")
    VIOLENT = 5, _("5 – throws the body")


class WokenStop(models.TextChoices):
    YES = "yes", _("Yes, it stopped")
    NO = "no", _("No, it went on")
    NOT_TRIED = "not_tried", _("Not tried")


class YesNoUnsure(models.TextChoices):
    YES = "yes", _("Yes")
    NO = "no", _("No")
    UNSURE = "unsure", _("Not sure")


class Sign(models.TextChoices):
    CRYING = "crying", _("Crying")
    BREATHING_PAUSE = "breathing_pause", _("Breathing pause")
    COLOUR_CHANGE = "colour_change", _("Colour change")
    SITTING_UP = "sitting_up", _("Sitting up")
    TALKING = "talking", _("Talking")
    STIFFENING = "stiffening", _("Stiffening")


class Trigger(models.TextChoices):
    OVERTIRED = "overtired", _("Overtired")
    ILLNESS = "illness", _("Illness or fever")
    CAFFEINE = "caffeine", _("Caffeine")
    NEW_MEDICINE = "new_medicine", _("New medicine")
    STRESS = "stress", _("Stress")
    LATE_BEDTIME = "late_bedtime", _("Late bedtime")


class MedicineChange(models.TextChoices):
    STARTED = "started", _("Started")
    CHANGED = "changed", _("Changed")
    STOPPED = "stopped", _("Stopped")


# Quick duration choices on the night-time screen (seconds).
DURATION_QUICK_CHOICES = [
    ("", _("Not sure")),
    ("3", _("A second or two")),
    ("10", _("About 10 seconds")),
    ("30", _("About 30 seconds")),
    ("60", _("About a minute")),
    ("180", _("2–5 minutes")),
    ("600", _("Longer than 5 minutes")),
]

# Duration buckets for charts: (key, label, lower bound inclusive, upper exclusive).
DURATION_BUCKETS = [
    ("lt10s", _("under 10 s"), 0, 10),
    ("lt1m", _("10–59 s"), 10, 60),
    ("lt5m", _("1–5 min"), 60, 300),
    ("ge5m", _("over 5 min"), 300, None),
]
