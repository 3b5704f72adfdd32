"""Every write of episode videos: `<noun>_<verb>`, keyword-only, atomic.

Callers fetch objects through selectors (membership and role are checked
there); these functions enforce what does not depend on who asks.
"""

from .moments import MOMENT_STATES, moment_set_state, video_apply_to_episode, video_delete
from .processing import (
    PROCESSING_FAILED,
    video_fail,
    video_process,
)
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
    "MOMENT_STATES",
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
    "moment_set_state",
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
]
