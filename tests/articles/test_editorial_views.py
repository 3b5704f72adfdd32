"""Staff pages: roles, MFA, the editor form, the review page, publishing."""

from http import HTTPStatus

import pytest
from django.core import mail
from django.urls import reverse

from accounts.permissions import MFA_REQUIRED_MESSAGE
from articles import workflow
from articles.models import Article
from articles.rendering import UNKNOWN_CITATION_ERROR
from articles.services import _base, review
from tests.conftest import staff_log_in
from tests.factories import UserFactory

from .conftest import article_form_data
from .factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _urls(article):
    return {
        "dashboard": reverse("articles:editorial"),
        "new": reverse("articles:editorial_new"),
        "article": reverse("articles:editorial_article", args=[article.pk]),
        "edit": reverse("articles:editorial_edit", args=[article.pk]),
        "review": reverse("articles:editorial_review", args=[article.pk]),
    }


@pytest.mark.parametrize("name", ["dashboard", "new", "article", "edit", "review"])
def test_anonymous_is_sent_to_login(client, draft, name):
    response = client.get(_urls(draft)[name])
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))


@pytest.mark.parametrize("name", ["dashboard", "new", "article", "edit", "review"])
def test_members_are_refused(client, draft, name):
    client.force_login(UserFactory())
    assert client.get(_urls(draft)[name]).status_code == HTTPStatus.FORBIDDEN


@pytest.mark.parametrize("group", ["Editor", "Medical reviewer"])
def test_staff_without_totp_must_set_it_up(client, draft, group):
    client.force_login(UserFactory(groups=[group]))
    response = client.get(reverse("articles:editorial"), follow=False)
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("mfa_activate_totp")
    followed = client.get(reverse("articles:editorial"), follow=True)
    assert str(MFA_REQUIRED_MESSAGE) in followed.content.decode()


def test_roles_split_editing_and_reviewing(editor_client, reviewer, client, draft):
    assert editor_client.get(_urls(draft)["review"]).status_code == HTTPStatus.FORBIDDEN
    staff_log_in(client, reviewer)
    assert client.get(_urls(draft)["edit"]).status_code == HTTPStatus.FORBIDDEN
    assert client.get(_urls(draft)["new"]).status_code == HTTPStatus.FORBIDDEN
    assert client.get(_urls(draft)["article"]).status_code == HTTPStatus.OK


def test_unknown_article_is_404(editor_client):
    response = editor_client.get(reverse("articles:editorial_article", args=[999999]))
    assert response.status_code == HTTPStatus.NOT_FOUND


def test_dashboard_lists_work_by_state(editor_client, editor, django_assert_num_queries):
    ArticleFactory(author=editor, title="Draft one")
    ArticleFactory(author=editor, title="Waiting review", status=workflow.IN_REVIEW)
    editor_client.get(reverse("articles:editorial"))
    with django_assert_num_queries(4):
        response = editor_client.get(reverse("articles:editorial"))
    page = response.content.decode()
    assert "Draft one" in page
    assert "Waiting review" in page
    ArticleFactory.create_batch(5, author=editor)
    with django_assert_num_queries(4):
        editor_client.get(reverse("articles:editorial"))


def test_editor_creates_a_draft_through_the_form(editor_client, editor):
    response = editor_client.post(reverse("articles:editorial_new"), article_form_data())
    article = Article.objects.get(slug="sleep-starts")
    assert response["Location"] == reverse("articles:editorial_article", args=[article.pk])
    assert article.author == editor
    assert article.status == workflow.DRAFT
    assert article.key_points == ["One", "Two"]
    assert article.tags == ["basics", "adults"]
    page = editor_client.get(response["Location"]).content.decode()
    assert "Send for medical review" in page
    assert 'href="#source-1"' in page


def test_form_shows_citation_errors(editor_client):
    response = editor_client.post(
        reverse("articles:editorial_new"),
        article_form_data(body="## A\n\nClaim [^ghost] [^nhs].\n"),
    )
    assert response.status_code == HTTPStatus.OK
    assert UNKNOWN_CITATION_ERROR.format(key="ghost") in response.content.decode()
    assert not Article.objects.exists()


def test_editing_a_published_article_asks_what_changed(editor_client, published):
    url = reverse("articles:editorial_edit", args=[published.pk])
    data = article_form_data(slug=published.slug, body="## A\n\nNew text [^nhs].\n")
    response = editor_client.post(url, data)
    assert response.status_code == HTTPStatus.OK
    assert "This field is required." in response.content.decode()
    response = editor_client.post(url, {**data, "change_note": "Rewrote section A"})
    assert response.status_code == HTTPStatus.FOUND
    published.refresh_from_db()
    assert published.title == "Sleep starts"
    assert published.slug != "sleep-starts"  # the slug never changes
    assert published.revisions.get().note == "Rewrote section A"


def test_reviewer_requests_changes_then_approves(
    client, editor, reviewer, django_capture_on_commit_callbacks
):
    article = ArticleFactory(author=editor, status=workflow.IN_REVIEW)
    staff_log_in(client, reviewer)
    url = reverse("articles:editorial_review", args=[article.pk])
    page = client.get(url).content.decode()
    assert "Request changes" in page
    assert "Approve" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "request_changes", "comment": "Cite NICE for referral."})
    article.refresh_from_db()
    assert article.status == workflow.CHANGES_REQUESTED
    assert mail.outbox[0].to == [editor.email]
    review.article_submit_for_review(article=article, user=editor)
    response = client.post(url, {"action": "approve"})
    assert response.status_code == HTTPStatus.FOUND
    article.refresh_from_db()
    assert article.status == workflow.APPROVED
    assert article.reviewer == reviewer


def test_reviewer_cannot_approve_own_article(client):
    both = UserFactory(groups=["Editor", "Medical reviewer"])
    article = ArticleFactory(author=both, status=workflow.IN_REVIEW)
    staff_log_in(client, both)
    response = client.post(
        reverse("articles:editorial_review", args=[article.pk]), {"action": "approve"}, follow=True
    )
    assert str(_base.SELF_APPROVAL_ERROR) in response.content.decode()
    article.refresh_from_db()
    assert article.status == workflow.IN_REVIEW


def test_publishing_an_unreviewed_article_is_refused_with_the_reason(editor_client, draft):
    response = editor_client.post(
        reverse("articles:editorial_publish", args=[draft.pk]), {}, follow=True
    )
    assert workflow.TRANSITION_ERRORS[workflow.PUBLISH] in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == workflow.DRAFT


def test_editor_publishes_an_approved_article(editor_client, editor, client):
    article = ArticleFactory(
        author=editor, status=workflow.APPROVED, reviewer=UserFactory(groups=["Medical reviewer"])
    )
    editor_client.post(reverse("articles:editorial_publish", args=[article.pk]), {})
    article.refresh_from_db()
    assert article.status == workflow.PUBLISHED
    client.logout()
    assert client.get(article.get_absolute_url()).status_code == HTTPStatus.OK


def test_editorial_pages_query_counts_stay_flat(
    client, editor, reviewer, published, django_assert_num_queries
):
    from articles.models import ReviewComment, Source

    staff_log_in(client, editor)
    url = reverse("articles:editorial_article", args=[published.pk])
    client.get(url)
    with django_assert_num_queries(10):
        client.get(url)
    for n in range(2, 6):
        Source.objects.create(article=published, key=f"s{n}", title=f"S{n}", order=n)
        ReviewComment.objects.create(article=published, author=reviewer, body=f"Note {n}")
    with django_assert_num_queries(10):
        page = client.get(url).content.decode()
    assert "Note 5" in page
    staff_log_in(client, reviewer)
    review_url = reverse("articles:editorial_review", args=[published.pk])
    client.get(review_url)
    with django_assert_num_queries(6):
        page = client.get(review_url).content.decode()
    assert "Confirm review" in page
