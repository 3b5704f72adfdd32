"""A visitor signs up, verifies by email, logs in and sees the account page."""

import re

from django.core import mail

from accounts.models import User


def test_visitor_signs_up_verifies_and_reaches_account_page(live_server, page):
    page.goto(live_server.url + "/")
    assert "Hypnic" in page.title()
    page.get_by_role("link", name="Sign up").click()

    page.get_by_label("Email").fill("dana@example.org")
    page.get_by_label("Public handle").fill("dana_at_night")
    page.locator("#id_password1").fill("slow-river-lantern-42")
    page.locator("#id_password2").fill("slow-river-lantern-42")
    page.get_by_label("Country or region").select_option("en-US")
    page.get_by_role("button", name="Sign Up").click()

    page.wait_for_url(re.compile(r"/accounts/confirm-email/$"))
    assert "verify" in page.content().lower()
    assert len(mail.outbox) == 1
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[0].body).group(0)

    page.goto(link.replace("http://testserver", live_server.url))
    page.get_by_role("button", name="Confirm").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))

    page.locator("#id_login").fill("dana@example.org")
    page.locator("#id_password").fill("slow-river-lantern-42")
    page.get_by_role("button", name="Sign In").click()

    page.wait_for_url(live_server.url + "/account/")
    assert page.get_by_test_id("handle").inner_text().strip() == "dana_at_night"
    assert (
        page.locator("footer [data-emergency-number]").get_attribute("data-emergency-number")
        == "911"
    )
    assert User.objects.get(email="dana@example.org").handle == "dana_at_night"
    assert page.console_errors == []


def test_night_theme_toggle_is_remembered(live_server, page):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("data-bs-theme") == "dark"
    page.get_by_role("button", name="Night theme").click()
    assert page.locator("html").get_attribute("data-bs-theme") == "light"
    page.reload()
    assert page.locator("html").get_attribute("data-bs-theme") == "light"
