"""The editorial workflow through services: transitions, roles, revisions, emails."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from articles import workflow
from articles.content import SourceData
from articles.models import Article, ArticleRevision, ReviewComment
from articles.services import _base, editing, review
from tests.conftest import staff_client
from tests.factories import UserFactory

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db

NHS = SourceData("nhs", "Hypnic jerks", "NHS", 2024, "https://www.nhs.uk/", "")


def _content(**overrides):
    data = {
        "title": "Sleep starts",
        "summary": "What they are.",
        "key_points": ["One", "Two"],
        "body": "## What\n\nA jerk [^nhs].\n",
        "tags": ["Basics", "adults", "basics"],
        "audience": "Adults",
        "sources": [NHS],
    }
    data.update(overrides)
    return data


def test_create_renders_body_toc_and_sources(editor):
    article = editing.article_create(editor=editor, slug="sleep-starts", **_content())
    assert article.status == workflow.DRAFT
    assert article.author == editor
    assert 'href="#source-1"' in article.body_html
    assert article.toc == [{"level": 2, "id": "what", "title": "What"}]
    assert article.tags == ["basics", "adults"]
    assert list(article.sources.values_list("key", "order")) == [("nhs", 1)]
    assert Article.objects.filter(search_vector="jerk").exists()


def test_create_refuses_unknown_citations_with_the_editor_message(editor):
    with pytest.raises(ValidationError) as excinfo:
        editing.article_create(
            editor=editor, slug="x", **_content(body="Claim [^missing] [^nhs].\n")
        )
    assert "Citation [^missing] does not match any source key." in excinfo.value.messages
    assert not Article.objects.filter(slug="x").exists()


def test_only_editors_create(reviewer):
    with pytest.raises(PermissionDenied):
        editing.article_create(editor=reviewer, slug="x", **_content())


def _through_review(article, editor, reviewer):
    review.article_submit_for_review(article=article, user=editor)
    return review.article_approve(article=article, reviewer=reviewer)


def test_full_workflow_with_requested_changes(editor, reviewer, django_capture_on_commit_callbacks):
    article = editing.article_create(editor=editor, slug="flow", **_content())
    review.article_submit_for_review(article=article, user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        review.article_request_changes(
            article=article, reviewer=reviewer, comment="Add the NHS advice on caffeine."
        )
    article.refresh_from_db()
    assert article.status == workflow.CHANGES_REQUESTED
    assert ReviewComment.objects.get(article=article).body == "Add the NHS advice on caffeine."
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [editor.email]
    assert "Add the NHS advice on caffeine." in mail.outbox[0].body
    assert "Changes requested: Sleep starts" in mail.outbox[0].subject

    editing.article_update(article=article, editor=editor, **_content(title="Sleep starts v2"))
    review.article_submit_for_review(article=article, user=editor)
    article = review.article_approve(article=article, reviewer=reviewer)
    assert article.status == workflow.APPROVED
    assert article.reviewer == reviewer
    assert article.last_reviewed_at is not None
    today = timezone.localdate()
    assert article.next_review_due.year == today.year + 1
    assert article.next_review_due.month == today.month

    article = review.article_publish(article=article, user=editor)
    assert article.status == workflow.PUBLISHED
    assert article.published_at is not None
    revision = ArticleRevision.objects.get(article=article)
    assert (revision.number, revision.note, revision.title) == (
        1,
        _base.FIRST_PUBLISHED_NOTE,
        "Sleep starts v2",
    )


@pytest.mark.parametrize(
    ("status", "call", "message"),
    [
        (workflow.DRAFT, "approve", workflow.TRANSITION_ERRORS[workflow.APPROVE]),
        (workflow.DRAFT, "publish", workflow.TRANSITION_ERRORS[workflow.PUBLISH]),
        (workflow.IN_REVIEW, "publish", workflow.TRANSITION_ERRORS[workflow.PUBLISH]),
        (workflow.PUBLISHED, "submit", workflow.TRANSITION_ERRORS[workflow.SUBMIT]),
        (workflow.APPROVED, "changes", workflow.TRANSITION_ERRORS[workflow.REQUEST_CHANGES]),
    ],
)
def test_illegal_transitions_are_refused_with_clear_messages(
    editor, reviewer, status, call, message
):
    extra = {"published_at": timezone.now()} if status == workflow.PUBLISHED else {}
    article = ArticleFactory(author=editor, status=status, **extra)
    calls = {
        "approve": lambda: review.article_approve(article=article, reviewer=reviewer),
        "publish": lambda: review.article_publish(article=article, user=editor),
        "submit": lambda: review.article_submit_for_review(article=article, user=editor),
        "changes": lambda: review.article_request_changes(
            article=article, reviewer=reviewer, comment="x"
        ),
    }
    with pytest.raises(ValidationError) as excinfo:
        calls[call]()
    assert excinfo.value.messages == [message]
    article.refresh_from_db()
    assert article.status == status


def test_editor_cannot_approve_own_article_even_as_a_reviewer(reviewer):
    both = staff_client(UserFactory(groups=["Editor", "Medical reviewer"])).staff_user
    article = ArticleFactory(author=both, status=workflow.IN_REVIEW)
    with pytest.raises(PermissionDenied) as excinfo:
        review.article_approve(article=article, reviewer=both)
    assert str(excinfo.value) == str(_base.SELF_APPROVAL_ERROR)
    review.article_approve(article=article, reviewer=reviewer)


def test_approval_needs_a_medical_reviewer(editor):
    other_editor = staff_client(UserFactory(groups=["Editor"])).staff_user
    article = ArticleFactory(author=editor, status=workflow.IN_REVIEW)
    with pytest.raises(PermissionDenied):
        review.article_approve(article=article, reviewer=other_editor)


def test_request_changes_needs_a_comment(editor, reviewer):
    article = ArticleFactory(author=editor, status=workflow.IN_REVIEW)
    with pytest.raises(ValidationError) as excinfo:
        review.article_request_changes(article=article, reviewer=reviewer, comment="  ")
    assert excinfo.value.message_dict == {"comment": [str(_base.COMMENT_REQUIRED)]}


def test_editing_a_published_article_needs_a_note_and_records_a_revision(editor, reviewer):
    article = editing.article_create(editor=editor, slug="rev", **_content())
    _through_review(article, editor, reviewer)
    article = review.article_publish(article=article, user=editor)
    version = article.version
    with pytest.raises(ValidationError) as excinfo:
        editing.article_update(article=article, editor=editor, **_content(title="New"))
    assert excinfo.value.message_dict == {"change_note": [str(_base.CHANGE_NOTE_REQUIRED)]}

    article = editing.article_update(
        article=article,
        editor=editor,
        change_note="Added a caffeine section",
        **_content(title="New", body="## What\n\nA jerk [^nhs].\n\n## Caffeine\n\nLess.\n"),
    )
    assert article.status == workflow.PUBLISHED
    assert article.version > version
    assert article.updated_at >= article.published_at
    revisions = list(article.revisions.values_list("number", "note", "title"))
    assert revisions == [
        (2, "Added a caffeine section", "New"),
        (1, "First published", "Sleep starts"),
    ]


def test_editing_an_approved_article_withdraws_the_approval(editor, reviewer):
    article = editing.article_create(editor=editor, slug="ap", **_content())
    _through_review(article, editor, reviewer)
    article = editing.article_update(article=article, editor=editor, **_content(title="Changed"))
    assert article.status == workflow.DRAFT
    with pytest.raises(ValidationError):
        review.article_publish(article=article, user=editor)


def test_scheduling_publishes_later_through_the_beat_task(editor, reviewer, time_machine):
    from articles.tasks import articles_publish_due_task

    article = editing.article_create(editor=editor, slug="sched", **_content())
    _through_review(article, editor, reviewer)
    when = timezone.now() + datetime.timedelta(hours=2)
    article = review.article_publish(article=article, user=editor, publish_at=when)
    assert article.status == workflow.SCHEDULED
    assert articles_publish_due_task.delay().get() == 0

    time_machine.move_to(when + datetime.timedelta(minutes=1))
    assert articles_publish_due_task.delay().get() == 1
    article.refresh_from_db()
    assert article.status == workflow.PUBLISHED
    assert article.published_at >= when
    assert article.revisions.count() == 1


def test_scheduling_in_the_past_is_refused(editor, reviewer):
    article = editing.article_create(editor=editor, slug="past", **_content())
    _through_review(article, editor, reviewer)
    with pytest.raises(ValidationError) as excinfo:
        review.article_publish(
            article=article, user=editor, publish_at=timezone.now() - datetime.timedelta(hours=1)
        )
    assert excinfo.value.message_dict == {"publish_at": [str(_base.SCHEDULE_PAST_ERROR)]}


def test_review_reminders_go_to_editors_once_per_due_date(
    editor, reviewer, django_capture_on_commit_callbacks
):
    from articles.tasks import review_reminders_task

    from .factories import PublishedArticleFactory

    today = timezone.localdate()
    due = PublishedArticleFactory(
        author=editor, reviewer=reviewer, next_review_due=today - datetime.timedelta(days=1)
    )
    PublishedArticleFactory(author=editor, reviewer=reviewer)  # not due
    other_editor = UserFactory(groups=["Editor"])
    with django_capture_on_commit_callbacks(execute=True):
        assert review_reminders_task.delay().get() == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted([editor.email, other_editor.email])
    assert due.title in mail.outbox[0].body
    assert f"/articles/editorial/{due.pk}/" in mail.outbox[0].body
    with django_capture_on_commit_callbacks(execute=True):
        assert review_reminders_task.delay().get() == 0
    assert len(mail.outbox) == 2

    review.article_review_confirm(article=due, reviewer=reviewer)
    due.refresh_from_db()
    assert due.next_review_due > today
    assert due.revisions.filter(note="Medical review confirmed").exists()
