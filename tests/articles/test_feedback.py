"""'Was this helpful?': one answer per visitor, htmx thank-you, tallies for editors."""

import pytest
from django.urls import reverse

from articles.models import Feedback
from articles.services._base import FEEDBACK_DUPLICATE_ERROR
from articles.views.public import FEEDBACK_THANKS
from tests.factories import UserFactory

from .factories import ArticleFactory

pytestmark = pytest.mark.django_db


def _url(article):
    return reverse("articles:feedback", args=[article.slug])


def test_anonymous_feedback_once_per_visitor_with_htmx_thanks(client, published):
    response = client.post(
        _url(published), {"helpful": "no", "reason": "missing"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert str(FEEDBACK_THANKS) in html
    assert "<form" not in html
    feedback = Feedback.objects.get()
    assert (feedback.helpful, feedback.reason, feedback.user) == (False, "missing", None)
    assert feedback.visitor_id

    # The same browser (signed cookie) cannot answer twice, and the page knows it.
    again = client.post(_url(published), {"helpful": "yes"}, HTTP_HX_REQUEST="true")
    assert str(FEEDBACK_DUPLICATE_ERROR) in again.content.decode()
    assert Feedback.objects.count() == 1
    page = client.get(published.get_absolute_url()).content.decode()
    assert 'data-testid="feedback-form"' not in page
    assert 'data-testid="feedback-thanks"' in page


def test_another_browser_may_answer(client, published):
    client.post(_url(published), {"helpful": "yes"})
    client.cookies.clear()
    client.post(_url(published), {"helpful": "yes"})
    assert Feedback.objects.count() == 2


def test_member_feedback_is_per_account_across_browsers(client, published):
    member = UserFactory()
    client.force_login(member)
    client.post(_url(published), {"helpful": "yes", "reason": "clear", "comment": "Thanks!"})
    client.cookies.clear()
    client.force_login(member)
    response = client.post(_url(published), {"helpful": "no"}, follow=True)
    assert str(FEEDBACK_DUPLICATE_ERROR) in response.content.decode()
    assert list(Feedback.objects.values_list("user", "helpful", "comment")) == [
        (member.pk, True, "Thanks!")
    ]


def test_feedback_needs_yes_or_no_and_a_published_article(client, published, draft):
    response = client.post(_url(published), {"helpful": "maybe"}, HTTP_HX_REQUEST="true")
    assert "Please choose yes or no." in response.content.decode()
    assert client.post(_url(draft), {"helpful": "yes"}).status_code == 404
    assert not Feedback.objects.exists()


def test_editors_see_tallies_and_reasons(editor_client, published, editor):
    for helpful, reason, comment in [
        (True, "clear", ""),
        (True, "", ""),
        (False, "outdated", "The NHS link moved"),
    ]:
        Feedback.objects.create(
            article=published,
            visitor_id=f"v{reason}{helpful}",
            helpful=helpful,
            reason=reason,
            comment=comment,
        )
    ArticleFactory(author=editor)
    page = editor_client.get(
        reverse("articles:editorial_article", args=[published.pk])
    ).content.decode()
    assert "2 yes, 1 no" in page
    assert "It seems out of date or wrong (no): 1" in page
    assert "The NHS link moved" in page
    board = editor_client.get(reverse("articles:editorial")).content.decode()
    assert "<td>2 / 1</td>" in board
    assert "The NHS link moved" in board
