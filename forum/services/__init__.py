"""Every write of the forum (`<noun>_<verb>`, keyword-only arguments).

posting.py stores member text (each path passes forum.moderation.moderate);
community.py holds the writes around it.
"""

from .community import (
    follow_set,
    outcome_notify_followers,
    outcome_reminders_send,
    post_notify_followers,
    reaction_toggle,
    thread_mark_read,
    thread_set_flags,
    user_detach,
)
from .posting import (
    PostRefused,
    PostResult,
    outcome_save,
    post_delete,
    post_edit,
    post_reply,
    post_set_state,
    thread_create,
    thread_refresh,
)

__all__ = [
    "PostRefused",
    "PostResult",
    "follow_set",
    "outcome_notify_followers",
    "outcome_reminders_send",
    "outcome_save",
    "post_delete",
    "post_edit",
    "post_notify_followers",
    "post_reply",
    "post_set_state",
    "reaction_toggle",
    "thread_create",
    "thread_mark_read",
    "thread_refresh",
    "thread_set_flags",
    "user_detach",
]
