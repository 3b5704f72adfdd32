"""Forum views, thin: parse, call a selector or a service, render.

reading.py serves pages anyone may read; posting.py the member's writes.
"""

from .posting import (
    ask,
    follow_category,
    follow_thread,
    outcome,
    post_delete,
    post_edit,
    post_history,
    preview,
    react,
    reply,
    thread_flags,
)
from .reading import category, index, post, profile, search, similar, thread

__all__ = [
    "ask",
    "category",
    "follow_category",
    "follow_thread",
    "index",
    "outcome",
    "post",
    "post_delete",
    "post_edit",
    "post_history",
    "preview",
    "profile",
    "react",
    "reply",
    "search",
    "similar",
    "thread",
    "thread_flags",
]
