"""An article from draft to reader: editor and reviewer (both with TOTP, through the
real MFA step), a requested change, approval, publication, feedback and a moderated
comment from a reader."""

import re

from allauth.account.models import EmailAddress

from articles.models import Article, Feedback
from forum.models import Post
from tests.conftest import activate_totp
from tests.e2e.helpers import log_in
from tests.factories import PASSWORD, UserFactory

SOURCES = "nhs | Hypnic jerks | NHS | 2024 | https://www.nhs.uk/conditions/ | "


def test_article_goes_from_draft_to_reader(live_server, browser, page):
    base = live_server.url
    editor = UserFactory(groups=["Editor"], handle="editor_e2e")
    reviewer = UserFactory(groups=["Medical reviewer"], handle="reviewer_e2e")
    reader = UserFactory(handle="reader_e2e")
    for staff in (editor, reviewer):
        activate_totp(staff)
    assert EmailAddress.objects.filter(user=reader, verified=True).exists()

    editor_ctx = browser.new_context(locale="en-GB")
    editor_page = editor_ctx.new_page()
    reviewer_ctx = browser.new_context(locale="en-GB")
    reviewer_page = reviewer_ctx.new_page()
    try:
        # The editor drafts and sends it for review.
        log_in(editor_page, base, editor, mfa=True)
        editor_page.goto(base + "/articles/editorial/new/")
        editor_page.locator("#id_slug").fill("night-starts")
        editor_page.locator("#id_title").fill("Night starts explained")
        editor_page.locator("#id_summary").fill("Why you jump as you fall asleep.")
        editor_page.locator("#id_key_points").fill("Common\nUsually harmless")
        editor_page.locator("#id_tags").fill("basics, adults")
        editor_page.locator("#id_audience").fill("Adults")
        editor_page.locator("#id_body").fill(
            "## What happens\n\nA jerk as sleep begins [^nhs].\n\n## What helps\n\nRest.\n"
        )
        editor_page.locator("#id_sources").fill(SOURCES)
        editor_page.locator("#article-save").click()
        editor_page.wait_for_url(re.compile(r"/articles/editorial/\d+/$"))
        article = Article.objects.get(slug="night-starts")
        editor_page.locator("#submit-review").click()
        assert editor_page.get_by_test_id("status").inner_text().strip() == "In review"

        # The reviewer asks for a change.
        log_in(reviewer_page, base, reviewer, mfa=True)
        reviewer_page.goto(base + f"/articles/editorial/{article.pk}/review/")
        reviewer_page.locator("#id_comment").fill("Please mention caffeine as a trigger.")
        reviewer_page.locator("#request-changes").click()
        reviewer_page.wait_for_url(re.compile(rf"/articles/editorial/{article.pk}/$"))
        assert "Changes requested" in reviewer_page.get_by_test_id("status").inner_text()

        # The editor sees the request, fixes the text and resubmits.
        editor_page.reload()
        assert "caffeine" in editor_page.get_by_test_id("review-comments").inner_text()
        editor_page.locator("#edit-article").click()
        editor_page.locator("#id_body").fill(
            "## What happens\n\nA jerk as sleep begins [^nhs].\n\n"
            "## What helps\n\nRest, and less caffeine late in the day.\n"
        )
        editor_page.locator("#article-save").click()
        editor_page.locator("#submit-review").click()

        # The reviewer approves; the editor publishes.
        reviewer_page.goto(base + f"/articles/editorial/{article.pk}/review/")
        reviewer_page.locator("#approve").click()
        assert "Approved" in reviewer_page.get_by_test_id("status").inner_text()
        editor_page.reload()
        editor_page.locator("#publish-article").click()
        assert "Published" in editor_page.get_by_test_id("status").inner_text()
        assert editor_page.get_by_test_id("public-link").is_visible()
    finally:
        editor_ctx.close()
        reviewer_ctx.close()

    # An anonymous reader finds it, leaves feedback (htmx), then logs in and comments.
    page.goto(base + "/articles/")
    page.get_by_role("link", name="Night starts explained").click()
    page.wait_for_url(re.compile(r"/articles/night-starts/$"))
    assert "less caffeine" in page.get_by_test_id("article").inner_text()
    assert "Medically reviewed by reviewer_e2e" in page.get_by_test_id("reviewed-by").inner_text()
    assert page.locator('script[type="application/ld+json"]').count() == 1
    page.locator("#feedback-reason").select_option("clear")
    page.locator("#feedback-yes").click()
    page.get_by_test_id("feedback-thanks").wait_for()
    assert Feedback.objects.get().helpful is True

    page.get_by_role("link", name="Log in to comment").click()
    page.locator("#id_login").fill(reader.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(re.compile(r"/articles/night-starts/"))
    page.locator("#comment-body").fill("Does my son's jerking at night mean epilepsy?")
    page.locator("#comment-submit").click()
    page.get_by_test_id("ask-offer").wait_for()
    assert "/forum/ask/?body=" in page.locator("#ask-instead").get_attribute("href")

    page.locator("#comment-body").fill(
        "This helped me a lot. Email me at reader@example.com to chat about it."
    )
    page.locator("#comment-submit").click()
    verdict = page.get_by_test_id("comment-verdict")
    verdict.wait_for()
    assert verdict.get_attribute("data-action") == "hold"
    post = Post.objects.get(author=reader)
    assert post.state == "held"
    assert post.moderation["kind"] == "reply"
    assert page.get_by_test_id("comments").get_by_test_id("held").is_visible()
    assert page.console_errors == []
