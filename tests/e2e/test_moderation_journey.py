"""A stranger's dose advice: live warning, posted anyway, held; a moderator (TOTP)
edits and approves it with a reason; the author is told. An emergency shows the
urgent-care banner at once."""

import re

from django.core import mail

from accounts.notification_models import Notification
from forum.models import Post, PostState
from forum.moderation.services.common import NOTIFICATION_KIND
from tests.conftest import activate_totp
from tests.e2e.helpers import log_in
from tests.factories import UserFactory
from tests.forum import factories as forum_factories

ADVICE = "give him 0.5 mg of clonazepam before bed"
EDITED = "Our neurologist prescribed clonazepam for our son; please ask your own doctor."
URGENT = "My baby is not breathing and her lips are blue, she won't wake up"


def test_advice_is_nudged_held_edited_approved_and_emergency_gets_banner(
    live_server, browser, page
):
    base = live_server.url
    asker = UserFactory(handle="night_parent")
    thread = forum_factories.thread(asker)
    author = UserFactory(handle="well_meaning_gran")
    moderator = UserFactory(handle="mod_e2e", groups=["Moderator"])
    activate_totp(moderator)

    # The author types dose advice: the composer names the rule before posting.
    log_in(page, base, author, mfa=False)
    page.goto(base + thread.get_absolute_url())
    page.locator("#id_body").fill(ADVICE)
    warning = page.get_by_test_id("nudge-warning")
    warning.wait_for()
    assert "No doses for someone else" in warning.inner_text()
    assert "0.5 mg" in warning.locator("mark").first.inner_text()
    # ...posts anyway, and sees it waiting for review.
    page.get_by_test_id("submit-reply").click()
    page.get_by_test_id("held").wait_for()
    post = Post.objects.get(thread=thread, author=author)
    assert post.state == PostState.HELD

    # The moderator signs in through the real TOTP step and edits + approves.
    moderator_page = browser.new_context(locale="en-GB").new_page()
    log_in(moderator_page, base, moderator, mfa=True)
    moderator_page.goto(base + "/moderation/queue/")
    item = moderator_page.get_by_test_id("queue-item").first
    assert "0.5 mg" in item.locator("mark").first.inner_text()
    item.get_by_role("link", name=thread.title).click()
    moderator_page.locator("#id_edit-body").fill(EDITED)
    moderator_page.locator("#id_edit-reason").fill("Removed a dose for someone else's child.")
    moderator_page.get_by_test_id("edit-approve").click()
    moderator_page.wait_for_url(re.compile(r"/moderation/queue/$"))
    assert "Nothing is waiting for review" in moderator_page.content()
    moderator_page.context.close()

    post.refresh_from_db()
    assert (post.state, post.body) == (PostState.PUBLISHED, EDITED)
    note = Notification.objects.get(user=author, kind=NOTIFICATION_KIND)
    assert "edited and published" in note.title
    assert any(author.email in m.to and "Removed a dose" in m.body for m in mail.outbox)
    page.goto(base + "/account/notifications/")
    assert "edited and published" in page.content()

    # An emergency: published at once with the urgent-care banner.
    page.goto(base + thread.get_absolute_url())
    page.locator("#id_body").fill(URGENT)
    page.get_by_test_id("nudge-urgent").wait_for()
    page.get_by_test_id("submit-reply").click()
    banner = page.get_by_test_id("urgent-banner").first
    banner.wait_for()
    assert "999" in banner.inner_text()
    assert page.console_errors == []
