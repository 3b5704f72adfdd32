"""Thin views of the logbook: parse, call a selector or a service, render."""

from .episodes import episode_create, episode_delete, episode_edit, episode_restore, quick_log
from .members import (
    invitation_accept,
    invitation_confirm,
    invitation_decline,
    invitation_revoke,
    invite,
    member_remove,
    member_role,
    members,
)
from .records import medicine_delete, medicines, nights
from .reports import charts, describe, export_csv, report, report_pdf
from .subjects import calendar, index, subject_create, subject_delete, subject_edit, timeline

__all__ = [
    "calendar",
    "charts",
    "describe",
    "episode_create",
    "episode_delete",
    "episode_edit",
    "episode_restore",
    "export_csv",
    "index",
    "invitation_accept",
    "invitation_confirm",
    "invitation_decline",
    "invitation_revoke",
    "invite",
    "medicine_delete",
    "medicines",
    "member_remove",
    "member_role",
    "members",
    "nights",
    "quick_log",
    "report",
    "report_pdf",
    "subject_create",
    "subject_delete",
    "subject_edit",
    "timeline",
]
