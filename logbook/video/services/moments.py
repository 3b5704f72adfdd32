"""Confirming the proposed moments and turning them into the episode's figures."""

from __future__ import annotations

import math
import statistics

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from logbook import services as logbook_services
from logbook.models import Episode

from ..choices import MomentOrigin, MomentState
from ..models import Moment, Video

MOMENT_STATES = (MomentState.PROPOSED, MomentState.CONFIRMED, MomentState.DISMISSED)
NO_MOMENTS = _("There are no moments to use: confirm at least one first.")
MOMENT_OUTSIDE = _("That time is not inside the video.")
MOMENT_TAKEN = _("There is already a moment at that time.")
MOMENT_NOT_ADDED = _("Only a moment you added can be removed; dismiss a proposed one instead.")


def _reel_later(video: Video) -> None:
    """Re-make the reel once the change is committed (the reel follows the moments)."""
    from ..tasks import video_reel_task

    video_id = str(video.pk)
    transaction.on_commit(lambda: video_reel_task.delay(video_id))


def _checked_time(video: Video, time_s: float, *, moving: Moment | None = None) -> float:
    try:
        value = round(float(time_s), 2)
    except (TypeError, ValueError) as exc:
        raise ValidationError(MOMENT_OUTSIDE) from exc
    if not (0.0 <= value <= (video.duration_s or 0.0)):
        raise ValidationError(MOMENT_OUTSIDE)
    others = Moment.objects.filter(video=video, time_s=value)
    if moving is not None:
        others = others.exclude(pk=moving.pk)
    if others.exists():
        raise ValidationError(MOMENT_TAKEN)
    return value


@transaction.atomic
def moment_set_state(*, moment: Moment, state: str) -> Moment:
    if state not in MomentState.values:
        raise ValidationError(_("Unknown state."))
    moment.state = state
    moment.save(update_fields=["state"])
    _reel_later(moment.video)
    return moment


@transaction.atomic
def moment_add(*, video: Video, time_s: float) -> Moment:
    """A moment the caregiver saw and the analysis missed (confirmed from the start)."""
    value = _checked_time(video, time_s)
    moment = Moment.objects.create(
        video=video,
        time_s=value,
        score=0.0,
        state=MomentState.CONFIRMED,
        origin=MomentOrigin.ADDED,
    )
    _reel_later(video)
    return moment


@transaction.atomic
def moment_move(*, moment: Moment, time_s: float) -> Moment:
    """Put a moment at a better time (a detected one becomes confirmed: someone looked)."""
    moment.time_s = _checked_time(moment.video, time_s, moving=moment)
    if moment.origin == MomentOrigin.DETECTED:
        moment.state = MomentState.CONFIRMED
    moment.save(update_fields=["time_s", "state"])
    _reel_later(moment.video)
    return moment


@transaction.atomic
def moment_remove(*, moment: Moment) -> None:
    """Remove a moment added by hand (proposals are dismissed, so the count stays true)."""
    if moment.origin != MomentOrigin.ADDED:
        raise ValidationError(MOMENT_NOT_ADDED)
    video = moment.video
    moment.delete()
    _reel_later(video)


def moment_counts(moments: list[Moment]) -> dict:
    """Per video: proposed, confirmed and added counts and the median interval (s).

    ``proposed`` counts everything the analysis proposed (whatever became of it);
    ``confirmed`` those the family confirmed; ``added`` those added by hand. The
    interval is over the moments that stand (confirmed and added, or before any is
    chosen, the proposals still open).
    """
    detected = [m for m in moments if m.origin == MomentOrigin.DETECTED]
    added = [m for m in moments if m.origin == MomentOrigin.ADDED]
    confirmed = [m for m in detected if m.state == MomentState.CONFIRMED]
    chosen = confirmed + added
    standing = chosen or [m for m in detected if m.state == MomentState.PROPOSED]
    times = sorted(m.time_s for m in standing)
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    return {
        "proposed": len(detected),
        "confirmed": len(confirmed),
        "added": len(added),
        "dismissed": sum(m.state == MomentState.DISMISSED for m in moments),
        "median_interval_s": round(statistics.median(gaps), 1) if gaps else None,
    }


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
