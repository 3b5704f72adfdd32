"""Every write of articles (`<noun>_<verb>`, keyword-only arguments).

editing.py writes article text; review.py runs the medical review workflow and
publishing; reader.py holds readers' writes (feedback, comments) and the forum
discussion thread. Rules live here and in the pure `workflow` and `rendering`
modules, never in views.
"""

from ._base import (
    CHANGE_NOTE_REQUIRED,
    COMMENT_REQUIRED,
    EDITOR_ROLE_ERROR,
    FEEDBACK_DUPLICATE_CODE,
    FEEDBACK_DUPLICATE_ERROR,
    FEEDBACK_UNPUBLISHED_ERROR,
    FIRST_PUBLISHED_NOTE,
    IMPORTED_NOTE,
    REVIEW_INTERVAL_MONTHS,
    REVIEWER_ROLE_ERROR,
    SCHEDULE_PAST_ERROR,
    SELF_APPROVAL_ERROR,
    SLUG_TAKEN_ERROR,
    article_search_refresh,
)
from .editing import article_create, article_import, article_update, articles_link_related
from .reader import (
    EMPTY_COMMENT_ERROR,
    NO_DISCUSSION_ERROR,
    CommentOutcome,
    article_comment_post,
    article_discussion_ensure,
    feedback_record,
)
from .review import (
    article_approve,
    article_publish,
    article_request_changes,
    article_review_confirm,
    article_submit_for_review,
    article_unschedule,
    articles_publish_due,
    review_reminders_send,
)

__all__ = [
    "CHANGE_NOTE_REQUIRED",
    "COMMENT_REQUIRED",
    "EDITOR_ROLE_ERROR",
    "EMPTY_COMMENT_ERROR",
    "FEEDBACK_DUPLICATE_CODE",
    "FEEDBACK_DUPLICATE_ERROR",
    "FEEDBACK_UNPUBLISHED_ERROR",
    "FIRST_PUBLISHED_NOTE",
    "IMPORTED_NOTE",
    "NO_DISCUSSION_ERROR",
    "REVIEWER_ROLE_ERROR",
    "REVIEW_INTERVAL_MONTHS",
    "SCHEDULE_PAST_ERROR",
    "SELF_APPROVAL_ERROR",
    "SLUG_TAKEN_ERROR",
    "CommentOutcome",
    "article_approve",
    "article_comment_post",
    "article_create",
    "article_discussion_ensure",
    "article_import",
    "article_publish",
    "article_request_changes",
    "article_review_confirm",
    "article_search_refresh",
    "article_submit_for_review",
    "article_unschedule",
    "article_update",
    "articles_link_related",
    "articles_publish_due",
    "feedback_record",
    "review_reminders_send",
]
