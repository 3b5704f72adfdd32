"""A bed partner signs up, asks (warning signs first, similar threads while typing),
gets a reply notification, marks the reply helpful, posts an outcome; search finds it."""

import re

from django.core import mail

from accounts.models import User
from forum.models import Category, Thread
from forum.services import posting
from tests.factories import UserFactory

TITLE = "My husband kicks hard every night just as he falls asleep"


def _sign_up(page, live_server, email, handle, password):
    page.goto(live_server.url + "/accounts/signup/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Public handle").fill(handle)
    page.locator("#id_password1").fill(password)
    page.locator("#id_password2").fill(password)
    page.get_by_label("Country or region").select_option("en-US")
    page.get_by_role("button", name="Sign Up").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(link.replace("http://testserver", live_server.url))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(live_server.url + "/account/")


def test_bed_partner_asks_gets_reply_and_posts_outcome(live_server, page, browser):
    elder = UserFactory(handle="spare_room_sam")
    posting.thread_create(
        author=elder,
        category=Category.objects.get(slug="bed-partners"),
        title="Husband kicks in his sleep every night, what helps?",
        body="He jerks awake and kicks me several times a night. Separate duvets helped a bit.",
        enforce_limits=False,
    )

    _sign_up(page, live_server, "robin@example.org", "robin_awake", "quiet-harbour-lamp-77")

    # Ask: the warning-sign step comes first.
    page.goto(live_server.url + "/forum/")
    page.get_by_test_id("ask-question").click()
    for name in ("awake", "long", "colour", "wake"):
        page.locator(f"#id_{name}_1").check()  # "Yes" is the second choice
        page.locator(f"#id_{name}_0").check()  # ...then "No"
    page.locator("#id_colour_1").check()
    page.get_by_test_id("signs-continue").click()
    guidance = page.get_by_test_id("urgent-guidance")
    assert "911" in guidance.inner_text()
    page.get_by_test_id("continue-anyway").click()

    # Similar threads appear while the title is typed.
    page.locator("#id_category").select_option(label="Bed partners")
    page.locator("#id_title").press_sequentially("husband kicks every night", delay=20)
    similar = page.get_by_test_id("similar-threads")
    similar.wait_for()
    assert "Husband kicks in his sleep" in similar.inner_text()
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_body").fill("He doesn't wake up. **Should I wake him** or let it pass?")
    page.get_by_test_id("preview").locator("strong").wait_for()
    page.get_by_test_id("submit-question").click()
    page.wait_for_url(re.compile(r"/forum/t/\d+/"))
    assert page.get_by_test_id("thread-title").inner_text() == TITLE

    # Another member replies; the asker is notified.
    asker = User.objects.get(handle="robin_awake")
    thread = Thread.objects.get(title=TITLE)
    helper = UserFactory(handle="kicked_in_kent_2")
    posting.post_reply(
        author=helper,
        thread=thread,
        body="We moved to separate duvets and a bigger bed; his GP also checked his iron.",
        enforce_limits=False,
    )
    page.goto(live_server.url + "/account/notifications/")
    page.get_by_test_id("notification").first.click()
    page.wait_for_url(re.compile(r"/forum/t/\d+/\?page=1#post-2"))
    reply = page.locator("#post-2")
    reply.get_by_test_id("react-helpful").click()
    reply.locator('[data-testid="react-helpful"][aria-pressed="true"]').wait_for()
    assert thread.posts.get(position=2).helpful_count == 1

    # The outcome update goes to the top of the thread.
    page.get_by_test_id("post-outcome").click()
    page.get_by_label("Something else").check()
    page.get_by_label("Your update").fill(
        "The sleep clinic said it was periodic limb movements; he is much calmer now."
    )
    page.get_by_test_id("save-outcome").click()
    page.wait_for_url(re.compile(r"/forum/t/\d+/$"))
    assert "Something else" in page.get_by_test_id("outcome").inner_text()
    assert asker.notifications.filter(kind="reply").count() == 1

    # Search finds the thread.
    page.goto(live_server.url + "/search/?q=husband+kicks+asleep")
    results = page.get_by_test_id("search-results")
    assert TITLE in results.inner_text()
    assert page.console_errors == []

    # A visitor searches with the search box. Results are cached for everyone, and a
    # new reply shows in the same search at once.
    visitor = browser.new_page()
    visitor.goto(live_server.url + "/search/")
    visitor.get_by_label("Search for").fill("weighted blanket")
    visitor.get_by_label("Search for").press("Enter")
    visitor.wait_for_url(re.compile(r"/search/\?q=weighted\+blanket"))
    assert "Nothing found" in visitor.get_by_test_id("search-results").inner_text()
    posting.post_reply(
        author=elder,
        thread=thread,
        body="A weighted blanket did nothing for my husband's kicks, sadly.",
        enforce_limits=False,
    )
    visitor.reload()
    found = visitor.get_by_test_id("search-results")
    assert TITLE in found.inner_text()
    assert found.locator("mark", has_text="weighted").count() >= 1
    visitor.close()
