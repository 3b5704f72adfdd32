"""Every read a logbook page shows, filtered by what the user may see.

Someone else's logbook (or an action above your role) is a 404, never a 403.
"""

from .access import (
    episode_get_for,
    invitation_get_for,
    landing_for,
    medicine_get_for,
    membership_get_for,
    sole_owned_subjects,
    subject_get_for,
    subjects_for,
)
from .stats import (
    calendar_counts,
    chart_data,
    flag_counts_all_time,
    report_data,
    stats_for_range,
)
from .timeline import (
    episodes_for_export,
    medicines_for,
    members_page,
    nights_recent,
    recently_deleted,
    timeline_page,
)

__all__ = [
    "calendar_counts",
    "chart_data",
    "episode_get_for",
    "episodes_for_export",
    "flag_counts_all_time",
    "invitation_get_for",
    "landing_for",
    "medicine_get_for",
    "medicines_for",
    "members_page",
    "nights_recent",
    "membership_get_for",
    "sole_owned_subjects",
    "recently_deleted",
    "report_data",
    "stats_for_range",
    "subject_get_for",
    "subjects_for",
    "timeline_page",
]
