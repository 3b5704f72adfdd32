"""A parent uploads a clip from the episode page, watches it, shares it; the link is revoked."""

from __future__ import annotations

import os
import re

import pytest
from django.conf import settings as django_settings
from django.test import Client

from logbook.choices import Role
from logbook.video.models import Video
from logbook.video.services import sharing
from tests.factories import UserFactory
from tests.logbook.factories import EpisodeFactory, MembershipFactory, SubjectFactory
from tests.logbook.video.clipgen import make_clip


@pytest.fixture
def video_media(settings, tmp_path):
    root = tmp_path / "media"
    settings.VIDEO_UPLOAD_TMP_DIR = str(root / "uploads" / "tmp")
    settings.VIDEO_WORK_DIR = str(root / "uploads" / "work")
    settings.STORAGES = {
        **settings.STORAGES,
        "videos": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root), "base_url": None},
        },
    }
    settings.VIDEO_UPLOAD_CHUNK_BYTES = 16 * 1024  # several chunks, so progress moves
    return root


def _login(context, live_server, user):
    client = Client()
    client.force_login(user)
    cookie = client.cookies[django_settings.SESSION_COOKIE_NAME]
    context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


def _wait_playing(page):
    page.evaluate(
        "() => { const v = document.querySelector('video'); v.muted = true; return v.play(); }"
    )
    page.wait_for_function(
        "() => { const v = document.querySelector('video');"
        " return v.readyState >= 2 && v.currentTime > 0.2; }",
        timeout=15_000,
    )


def test_upload_watch_seek_share_and_revoke(
    live_server, browser, context, page, video_media, tmp_path
):
    owner = UserFactory()
    subject = SubjectFactory(created_by=owner)
    MembershipFactory(subject=subject, user=owner, role=Role.OWNER)
    episode = EpisodeFactory(subject=subject, created_by=owner)
    clip = make_clip(tmp_path / "night.mp4", seconds=4, size=(320, 180), bursts=[2.4]).path
    _login(context, live_server, owner)

    page.goto(f"{live_server.url}/logbook/{subject.pk}/episodes/{episode.pk}/")
    page.get_by_test_id("video-file").set_input_files(str(clip))
    page.get_by_test_id("video-upload-button").click()
    expect_progress = page.get_by_test_id("video-progress")
    expect_progress.wait_for(state="visible")
    page.wait_for_url(re.compile(r"/logbook/videos/[0-9a-f-]+/$"), timeout=30_000)
    video = Video.objects.get()
    assert page.get_by_test_id("video-status").get_attribute("data-status") == "ready"
    assert video.moments.count() == 1

    _wait_playing(page)
    moment = video.moments.get()
    page.locator(f'[data-seek="{moment.time_s}"]').first.click()
    page.wait_for_function(
        f"() => Math.abs(document.querySelector('video').currentTime - {moment.time_s - 1}) < 0.6"
    )
    page.locator('[data-testid="confirm-moment"]').first.click()
    page.locator('[data-testid="moment"][data-state="confirmed"]').wait_for()
    if os.environ.get("VIDEO_SCREENSHOTS"):  # for a person to look at the page
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=os.environ["VIDEO_SCREENSHOTS"] + "/video-phone.png", full_page=True)

    link, token = sharing.share_link_create(subject=subject, user=owner, videos=[video])
    clinician = browser.new_context()
    try:
        shared = clinician.new_page()
        shared.goto(f"{live_server.url}/s/{token}/")
        assert shared.get_by_test_id("shared-video").count() == 1
        if os.environ.get("VIDEO_SCREENSHOTS"):
            shared.screenshot(path=os.environ["VIDEO_SCREENSHOTS"] + "/shared.png", full_page=True)
        _wait_playing(shared)
        sharing.share_link_revoke(link=link)
        response = shared.goto(f"{live_server.url}/s/{token}/")
        assert response.status == 404
    finally:
        clinician.close()
    assert page.console_errors == []
