"""Two parents share a logbook at phone size: create, invite, quick log, refine, charts, PDF."""

import io
import re

from django.core import mail
from pypdf import PdfReader

from logbook.models import Episode, Subject
from tests.e2e.conftest import PHONE
from tests.e2e.helpers import log_in
from tests.factories import UserFactory


def quick_log_and_refine(page, base, subject, part_label):
    page.goto(base + "/logbook/")
    page.get_by_test_id(f"quick-log-{subject.pk}").click()
    page.wait_for_url(re.compile(r"/episodes/\d+/\?new=1$"))
    assert page.get_by_test_id("logged-heading").is_visible()
    page.get_by_text("Asleep", exact=True).click()
    page.get_by_text(part_label, exact=True).click()
    page.get_by_text("About 10 seconds", exact=True).click()
    page.get_by_test_id("save-episode").click()
    page.wait_for_url(re.compile(rf"/logbook/{subject.pk}/$"))


def test_parents_share_a_logbook_on_phones(live_server, browser, settings):
    settings.SITE_URL = live_server.url
    mum = UserFactory(email="mum@example.org", handle="mum_at_night")
    dad = UserFactory(email="dad@example.org", handle="dad_at_night")
    base = live_server.url

    mum_ctx = browser.new_context(**PHONE, accept_downloads=True, locale="en-GB")
    mum_ctx.set_default_timeout(15_000)
    page = mum_ctx.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(page, base, mum, mfa=False)
    page.goto(base + "/logbook/")
    page.get_by_test_id("new-logbook").click()
    page.locator("#id_display_name").fill("Lily")
    page.locator("#id_kind").select_option("child")
    page.locator("#id_birth_year").fill("2025")
    page.locator("form [type=submit]").last.click()
    page.wait_for_url(re.compile(r"/logbook/\d+/$"))
    subject = Subject.objects.get(display_name="Lily")

    # Invite the other parent by email.
    page.goto(base + f"/logbook/{subject.pk}/members/")
    page.locator("#id_email").fill("dad@example.org")
    page.get_by_test_id("send-invite").click()
    page.wait_for_url(re.compile(r"/members/$"))
    link = re.search(r"https?://\S+/logbook/invitations/\S+/", mail.outbox[-1].body).group(0)

    quick_log_and_refine(page, base, subject, "Arms")

    dad_ctx = browser.new_context(**PHONE, accept_downloads=True, locale="en-GB")
    dad_ctx.set_default_timeout(15_000)
    dad_page = dad_ctx.new_page()
    dad_page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    log_in(dad_page, base, dad, mfa=False)
    dad_page.goto(link)
    dad_page.get_by_test_id("accept-invitation").click()
    dad_page.wait_for_url(re.compile(rf"/logbook/{subject.pk}/$"))
    quick_log_and_refine(dad_page, base, subject, "Legs")

    episodes = list(Episode.objects.filter(subject=subject).order_by("pk"))
    assert [e.created_by for e in episodes] == [mum, dad]
    assert [e.body_parts for e in episodes] == [["arms"], ["legs"]]
    assert all(e.duration_seconds == 10 and e.sleep_state == "asleep" for e in episodes)

    # Both see the charts.
    for p in (page, dad_page):
        p.goto(base + f"/logbook/{subject.pk}/charts/")
        p.wait_for_selector("html[data-charts-ready=true]")
        assert "2 episodes on 1 of 90 nights." in p.get_by_test_id("charts-summary").inner_text()
        assert p.locator("#chart-per-night").bounding_box()["width"] <= 390

    # Mum downloads the report; the PDF opens and holds the figures.
    page.goto(base + f"/logbook/{subject.pk}/report/")
    assert page.get_by_test_id("fig-episodes").inner_text().strip() == "2"
    with page.expect_download() as info:
        page.get_by_test_id("report-pdf").click()
    pdf = PdfReader(io.BytesIO(open(info.value.path(), "rb").read()))  # noqa: SIM115
    text = "\n".join(p.extract_text() for p in pdf.pages)
    assert "Episode log: Lily" in text
    assert "Arms 1" in text
    assert "Legs 1" in text
    assert errors == []
    mum_ctx.close()
    dad_ctx.close()
