"""The logbook's section navigation, sized for a phone.

A parent comes for two things: logging an episode (the button above the tabs)
and the report for the doctor. On a phone the first tabs below stay in view and
the rest sit under "More"; from medium width up every tab shows in a wrapped row.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

register = template.Library()


@dataclass(frozen=True)
class Tab:
    label: str
    url: str
    active: bool


# (label, url name, who sees it: "all", "log" (owner or caregiver) or "owner")
PRIMARY = (
    (_("Timeline"), "logbook:timeline", "all"),
    (_("Report for the doctor"), "logbook:report", "all"),
)
MORE = (
    (_("Charts"), "logbook:charts", "all"),
    (_("Calendar"), "logbook:calendar", "all"),
    (_("Nights"), "logbook:nights", "all"),
    (_("Medicines"), "logbook:medicines", "all"),
    (_("Describe it"), "logbook:describe", "all"),
    (_("Add a video"), "videos:start", "log"),
    (_("Share with a clinician"), "videos:shares", "owner"),
    (_("Members"), "logbook:members", "all"),
)


def _tabs(rows, *, subject_id: int, path: str, can_log: bool, is_owner: bool) -> list[Tab]:
    allowed = {"all": True, "log": can_log, "owner": is_owner}
    tabs = []
    for label, name, who in rows:
        if allowed[who]:
            url = reverse(name, kwargs={"subject_id": subject_id})
            tabs.append(Tab(label=str(label), url=url, active=path == url))
    return tabs


@register.simple_tag(takes_context=True)
def logbook_tabs(context) -> dict:
    """{"primary": [...], "more": [...], "more_active": the active Tab under More or None}."""
    flags = {
        "subject_id": context["subject"].pk,
        "path": context["request"].path,
        "can_log": bool(context.get("can_log")),
        "is_owner": bool(context.get("is_owner")),
    }
    more = _tabs(MORE, **flags)
    return {
        "primary": _tabs(PRIMARY, **flags),
        "more": more,
        "more_active": next((tab for tab in more if tab.active), None),
    }
