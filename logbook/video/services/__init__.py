"""Every write of episode videos: `<noun>_<verb>`, keyword-only, atomic.

Callers fetch objects through selectors (membership and role are checked
there); these functions enforce what does not depend on who asks.
"""

from .moments import (
    MOMENT_NOT_ADDED,
    MOMENT_OUTSIDE,
    MOMENT_STATES,
    MOMENT_TAKEN,
    moment_add,
    moment_counts,
    moment_move,
    moment_remove,
    moment_set_state,
    video_apply_to_episode,
    video_delete,
)
from .processing import (
    PROCESSING_FAILED,
    video_fail,
    video_process,
)
from .reel import reel_times, video_reel_make
from .sharing import (
    NOTE_EMPTY,
    PASSCODE_TOO_MANY,
    PASSCODE_TOO_SHORT,
    PASSCODE_WRONG,
    SHARE_NOTHING_CHOSEN,
    SHARE_VIDEO_OUTSIDE_RANGE,
    clinician_note_add,
    share_access_log,
    share_link_create,
    share_link_revoke,
    share_passcode_check,
)
from .uploads import (
    UPLOAD_BAD_RANGE,
    UPLOAD_EMPTY,
    UPLOAD_REQUEST_INVALID,
    UPLOAD_TOO_LARGE,
    UploadOffsetError,
    upload_append,
    upload_finish,
    upload_start,
    uploads_clean_stale,
)

__all__ = [
    "MOMENT_NOT_ADDED",
    "MOMENT_OUTSIDE",
    "MOMENT_STATES",
    "MOMENT_TAKEN",
    "NOTE_EMPTY",
    "PASSCODE_TOO_MANY",
    "PASSCODE_TOO_SHORT",
    "PASSCODE_WRONG",
    "PROCESSING_FAILED",
    "SHARE_NOTHING_CHOSEN",
    "SHARE_VIDEO_OUTSIDE_RANGE",
    "UPLOAD_BAD_RANGE",
    "UPLOAD_EMPTY",
    "UPLOAD_REQUEST_INVALID",
    "UPLOAD_TOO_LARGE",
    "UploadOffsetError",
    "clinician_note_add",
    "moment_add",
    "moment_counts",
    "moment_move",
    "moment_remove",
    "moment_set_state",
    "reel_times",
    "share_access_log",
    "share_link_create",
    "share_link_revoke",
    "share_passcode_check",
    "upload_append",
    "upload_finish",
    "upload_start",
    "uploads_clean_stale",
    "video_apply_to_episode",
    "video_delete",
    "video_fail",
    "video_process",
    "video_reel_make",
]
