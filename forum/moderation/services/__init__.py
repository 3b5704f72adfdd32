"""Every write of moderation (`<noun>_<verb>`, keyword-only arguments).

Each moderator action writes one AuditLog row in the same transaction, so the
log can never miss an action that happened (or show one that rolled back).

rules.py: watched words; review.py: the queue's decisions and urgent alerts;
community.py: flags, curated answers, member standing and slow mode;
common.py: messages, the audit log and notifications.
"""

from .common import (
    ALREADY_FLAGGED,
    APPROVE,
    APPROVED_TITLE,
    CANNOT_FLAG,
    EDIT_APPROVE,
    EDITED_TITLE,
    EMPTY_BODY,
    NOT_A_MODERATOR,
    NOT_CURATOR,
    NOT_HELD,
    NOTIFICATION_KIND,
    OWN_POST_FLAG,
    REJECT,
    REJECT_NEEDS_REASON,
    REJECTED_TITLE,
    UNKNOWN_DECISION,
    UNVERIFIED_FLAG,
    URGENT_TITLE,
    audit_forget_user,
    audit_record,
)
from .community import (
    curated_answer_attach,
    curated_answer_detach,
    curated_answer_save,
    flag_create,
    member_sanction,
    staff_note_add,
    thread_slow_mode_set,
)
from .review import (
    post_approve,
    post_edit_and_approve,
    post_reject,
    post_saved_hook,
    posts_decide_bulk,
    review_open,
    urgent_alert_send,
)
from .rules import watched_rule_delete, watched_rule_save, watched_rules_active

__all__ = [
    "ALREADY_FLAGGED",
    "APPROVE",
    "APPROVED_TITLE",
    "CANNOT_FLAG",
    "EDITED_TITLE",
    "EDIT_APPROVE",
    "EMPTY_BODY",
    "NOTIFICATION_KIND",
    "NOT_A_MODERATOR",
    "NOT_CURATOR",
    "NOT_HELD",
    "OWN_POST_FLAG",
    "REJECT",
    "REJECTED_TITLE",
    "REJECT_NEEDS_REASON",
    "UNKNOWN_DECISION",
    "UNVERIFIED_FLAG",
    "URGENT_TITLE",
    "audit_forget_user",
    "audit_record",
    "curated_answer_attach",
    "curated_answer_detach",
    "curated_answer_save",
    "flag_create",
    "member_sanction",
    "post_approve",
    "post_edit_and_approve",
    "post_reject",
    "post_saved_hook",
    "posts_decide_bulk",
    "review_open",
    "staff_note_add",
    "thread_slow_mode_set",
    "urgent_alert_send",
    "watched_rule_delete",
    "watched_rule_save",
    "watched_rules_active",
]
