"""What a newcomer trips over (issue 13), tried in the real browser: an invited second
caregiver signs up on a phone, a parent shares the report with a clinician, and a
reader opens a new article's discussion."""

from __future__ import annotations

import re

from django.core import mail

from articles.services import review
from logbook import services as logbook_services
from logbook.choices import Role
from logbook.models import Membership
from tests.articles.factories import ArticleFactory
from tests.conftest import activate_totp, staff_client
from tests.e2e.conftest import PHONE
from tests.e2e.helpers import log_in, small_targets
from tests.factories import UserFactory
from tests.logbook.factories import EpisodeFactory, MembershipFactory

NEW_PASSWORD = "tidal-lantern-harbour-31"


def _link(body: str, path: str) -> str:
    return re.search(rf"https?://\S+{path}\S*", body).group(0)


def test_invited_caregiver_signs_up_on_a_phone_and_arrives_at_join(live_server, browser, settings):
    settings.SITE_URL = live_server.url
    base = live_server.url
    owner = MembershipFactory(role=Role.OWNER, subject__display_name="Lily")
    subject = owner.subject
    EpisodeFactory(subject=subject, created_by=owner.user)
    _, token = logbook_services.invitation_create(
        subject=subject, invited_by=owner.user, email="gran@example.org", role=Role.CAREGIVER
    )
    invitation = _link(mail.outbox[-1].body, "/logbook/invitations/")
    assert token in invitation

    context = browser.new_context(**PHONE, locale="en-GB", timezone_id="Europe/Dublin")
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        # The link asks to log in; the newcomer signs up instead.
        page.goto(invitation)
        page.wait_for_url(re.compile(r"/accounts/login/\?next="))
        page.get_by_role("link", name="Sign up").first.click()
        page.wait_for_url(re.compile(r"/accounts/signup/\?next="))
        zone = page.locator("#id_time_zone")
        # Item 9: the browser's zone is first (and chosen); no legacy aliases.
        assert zone.locator("option").first.get_attribute("value") == "Europe/Dublin"
        assert zone.input_value() == "Europe/Dublin"
        assert zone.locator('option[value="GB-Eire"], option[value="Factory"]').count() == 0
        page.get_by_label("Email").fill("gran@example.org")
        page.get_by_label("Public handle").fill("gran_at_night")
        page.locator("#id_password1").fill(NEW_PASSWORD)
        page.locator("#id_password2").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Sign Up").click()
        page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))

        # Item 3: the email names the site.
        verification = mail.outbox[-1].body
        assert "Hello from Hypnic!" in verification
        page.goto(_link(verification, "/accounts/confirm-email/"))
        page.get_by_role("button", name="Confirm").click()
        page.wait_for_url(re.compile(r"/accounts/login/"))
        page.locator("#id_login").fill("gran@example.org")
        page.locator("#id_password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Sign In").click()

        # Item 4: straight to "Join this logbook".
        page.wait_for_url(re.compile(r"/logbook/invitations/"))
        page.get_by_test_id("accept-invitation").click()
        page.wait_for_url(re.compile(rf"/logbook/{subject.pk}/$"))
        assert Membership.objects.filter(subject=subject, user__handle="gran_at_night").exists()

        # Item 6: the export does not ask for the password just typed.
        page.goto(base + "/account/export/")
        page.wait_for_url(re.compile(r"/account/export/$"))
        assert "reauthenticate" not in page.url

        # Item 7: next time, log-in lands on the logbook: logging is one tap.
        page.goto(base + "/accounts/logout/")
        page.get_by_role("button", name="Sign Out").click()
        page.goto(base + "/accounts/login/")
        page.locator("#id_login").fill("gran@example.org")
        page.locator("#id_password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Sign In").click()
        page.wait_for_url(re.compile(rf"/logbook/{subject.pk}/$"))
        assert page.get_by_test_id("quick-log").is_visible()

        # Item 8: the report tab is on screen at 390 px, without scrolling sideways.
        report = page.get_by_test_id("logbook-tabs").get_by_role(
            "link", name="Report for the doctor"
        )
        box = report.bounding_box()
        assert report.is_visible()
        assert 0 <= box["x"] <= box["x"] + box["width"] <= 390
        page.get_by_test_id("logbook-more").click()
        page.get_by_test_id("logbook-tabs").get_by_role("link", name="Charts").last.click()
        page.wait_for_url(re.compile(rf"/logbook/{subject.pk}/charts/$"))

        # Touch targets: 44 px for what a parent taps at night.
        page.goto(base + f"/logbook/{subject.pk}/")
        small = small_targets(page, "#main", 44)
        assert small == [], small
        page.get_by_test_id("quick-log").click()
        page.wait_for_url(re.compile(r"/episodes/\d+/\?new=1$"))
        assert small_targets(page, ".logbook-refine, [data-testid=logbook-tabs]", 44) == []
        assert small_targets(page, "#main", 24) == []
    finally:
        context.close()
    assert errors == []


def test_parent_shares_the_report_with_the_forms_own_dates(live_server, browser):
    base = live_server.url
    owner = MembershipFactory(role=Role.OWNER)
    EpisodeFactory(subject=owner.subject, created_by=owner.user)
    context = browser.new_context(locale="en-GB")
    context.set_default_timeout(15_000)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        log_in(page, base, owner.user, mfa=False)
        page.goto(base + f"/logbook/{owner.subject.pk}/shares/")
        start, end = page.locator("#id_report_start"), page.locator("#id_report_end")
        # Item 2: the browser shows the default dates (an ISO value), not a blank.
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", start.input_value())
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", end.input_value())
        defaults = (start.input_value(), end.input_value())
        page.locator("#id_passcode").fill("otter-42")
        page.locator("#id_days").fill("")  # a mistake: the form comes back
        page.get_by_test_id("share-create").click()
        page.wait_for_url(re.compile(r"/shares/$"))
        assert page.locator("#id_days").evaluate("e => e.classList.contains('is-invalid')")
        assert (start.input_value(), end.input_value()) == defaults
        assert page.locator("#id_passcode").input_value() == "otter-42"
        page.locator("#id_days").fill("14")
        page.get_by_test_id("share-create").click()
        page.wait_for_url(re.compile(r"/shares/$"))
        url = page.get_by_test_id("share-url").input_value()
        assert "/s/" in url

        # Item 9: a Copy button that copies.
        page.get_by_test_id("copy-share-url").click()
        page.get_by_text("Copied.").wait_for()
        assert page.evaluate("() => navigator.clipboard.readText()") == url
    finally:
        context.close()
    assert errors == []


def test_a_second_article_published_minutes_later_has_a_discussion(live_server, page):
    # Publishing is a staff power: the editor as a session that passed MFA sees them.
    editor = staff_client(UserFactory(groups=["Editor"], handle="editor_two")).staff_user
    reviewer = UserFactory(groups=["Medical reviewer"], handle="reviewer_two")
    activate_totp(reviewer)
    for slug, title in (("first-night", "The first night"), ("second-night", "A second night")):
        article = ArticleFactory(
            author=editor, reviewer=reviewer, status="approved", slug=slug, title=title
        )
        review.article_publish(article=article, user=editor)

    reader = UserFactory(handle="reader_two")
    log_in(page, live_server.url, reader, mfa=False)
    page.goto(live_server.url + "/articles/second-night/")
    page.wait_for_load_state("networkidle")  # htmx has loaded the discussion block
    assert page.console_errors == []
    page.goto(live_server.url + "/articles/second-night/discussion/")
    page.wait_for_url(re.compile(r"/forum/t/\d+/"))
    assert page.get_by_test_id("thread-title").inner_text() == "A second night"
    assert page.console_errors == []
