"""The editorial state machine. Pure: no Django, tested without a database.

draft -> in_review -> approved -> published (or scheduled -> published)
              \\-> changes_requested -> in_review ...
Editing an approved or scheduled article sends it back to draft: a medical
reviewer approved a text, not whatever it later becomes. Editing a published
article keeps it published and records a revision with a "what changed" note.
"""

from __future__ import annotations

DRAFT = "draft"
IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
APPROVED = "approved"
SCHEDULED = "scheduled"
PUBLISHED = "published"
STATUSES = (DRAFT, IN_REVIEW, CHANGES_REQUESTED, APPROVED, SCHEDULED, PUBLISHED)

SUBMIT = "submit"
REQUEST_CHANGES = "request_changes"
APPROVE = "approve"
PUBLISH = "publish"
SCHEDULE = "schedule"
UNSCHEDULE = "unschedule"
CONFIRM_REVIEW = "confirm_review"

# action -> (statuses it may start from, status it ends in; None = unchanged)
TRANSITIONS: dict[str, tuple[frozenset[str], str | None]] = {
    SUBMIT: (frozenset({DRAFT, CHANGES_REQUESTED}), IN_REVIEW),
    REQUEST_CHANGES: (frozenset({IN_REVIEW}), CHANGES_REQUESTED),
    APPROVE: (frozenset({IN_REVIEW}), APPROVED),
    PUBLISH: (frozenset({APPROVED, SCHEDULED}), PUBLISHED),
    SCHEDULE: (frozenset({APPROVED, SCHEDULED}), SCHEDULED),
    UNSCHEDULE: (frozenset({SCHEDULED}), APPROVED),
    CONFIRM_REVIEW: (frozenset({PUBLISHED}), None),
}

# User-facing refusals (tests reuse them).
TRANSITION_ERRORS: dict[str, str] = {
    SUBMIT: "Only a draft or an article with requested changes can be sent for review.",
    REQUEST_CHANGES: "Changes can only be requested on an article that is in review.",
    APPROVE: "Only an article that is in review can be approved.",
    PUBLISH: "Only an approved article can be published: send it for medical review first.",
    SCHEDULE: "Only an approved article can be scheduled: send it for medical review first.",
    UNSCHEDULE: "Only a scheduled article can be unscheduled.",
    CONFIRM_REVIEW: "Only a published article can have its review confirmed.",
}


class TransitionError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def next_status(current: str, action: str) -> str:
    """The status after `action`, or TransitionError with the editor-facing reason."""
    allowed_from, target = TRANSITIONS[action]
    if current not in allowed_from:
        raise TransitionError(TRANSITION_ERRORS[action])
    return target or current


def status_after_edit(current: str) -> str:
    """Editing keeps drafts, reviews and published articles; approvals are withdrawn."""
    return DRAFT if current in (APPROVED, SCHEDULED) else current


def allowed_actions(current: str) -> list[str]:
    return [action for action, (sources, _) in TRANSITIONS.items() if current in sources]
