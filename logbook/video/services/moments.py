"""Confirming the proposed moments and turning them into the episode's figures."""

from __future__ import annotations

import math
import statistics

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from logbook import services as logbook_services
from logbook.models import Episode

from ..choices import MomentState
from ..models import Moment, Video

MOMENT_STATES = (MomentState.PROPOSED, MomentState.CONFIRMED, MomentState.DISMISSED)
NO_MOMENTS = _("There are no moments to use: confirm at least one first.")


@transaction.atomic
def moment_set_state(*, moment: Moment, state: str) -> Moment:
    if state not in MomentState.values:
        raise ValidationError(_("Unknown state."))
    moment.state = state
    moment.save(update_fields=["state"])
    return moment


def moments_to_pattern(times: list[float]) -> dict:
    """Episode fields from jerk times: count and median interval (whole seconds)."""
    times = sorted(times)
    if not times:
        raise ValidationError(NO_MOMENTS)
    if len(times) == 1:
        return {"pattern": "single", "cluster_count": None, "cluster_interval_seconds": None}
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    return {
        "pattern": "cluster",
        "cluster_count": len(times),
        "cluster_interval_seconds": min(
            3600, max(1, math.floor(statistics.median(gaps) + 0.5 + 1e-9))
        ),
    }


@transaction.atomic
def video_apply_to_episode(*, video: Video, episode: Episode, user) -> Episode:
    """Fill the episode's count and interval from the confirmed moments.

    With none confirmed, the proposals the family did not dismiss are used.
    """
    moments = list(video.moments.exclude(state=MomentState.DISMISSED))
    confirmed = [m.time_s for m in moments if m.state == MomentState.CONFIRMED]
    times = confirmed or [m.time_s for m in moments]
    return logbook_services.episode_update(episode=episode, user=user, **moments_to_pattern(times))


@transaction.atomic
def video_delete(*, video: Video) -> None:
    """Delete the video; its stored files go when the transaction commits (signals.py)."""
    video.delete()
