"""{% episode_videos %}: the videos block of an episode page."""

from django import template

from logbook.views.common import subject_context

from ..selectors import videos_for_episode
from ..views.uploads import upload_context

register = template.Library()


@register.inclusion_tag("logbook/video/_episode_videos_block.html", takes_context=True)
def episode_videos(context, episode):
    """Tolerant: renders nothing useful without a saved episode and its subject."""
    subject = context.get("subject")
    if episode is None or not getattr(episode, "pk", None) or subject is None:
        return {"show": False}
    return {
        "show": True,
        **subject_context(subject),
        **upload_context(subject, episode),
        "episode": episode,
        "videos": videos_for_episode(episode),
        "csrf_token": context.get("csrf_token"),
        "request": context.get("request"),
    }
