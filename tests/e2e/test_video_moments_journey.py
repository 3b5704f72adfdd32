"""A parent adds a moment by hand, confirms one, dismisses one; the clinician plays the reel."""

from __future__ import annotations

import pytest

from logbook.choices import Role
from logbook.video.choices import VideoStatus
from logbook.video.media.transcode import transcode
from logbook.video.models import Moment, Video
from logbook.video.services import sharing
from tests.e2e.test_video_journey import _login, video_media  # noqa: F401 - a fixture
from tests.factories import UserFactory
from tests.logbook.factories import EpisodeFactory, MembershipFactory, SubjectFactory
from tests.logbook.video.clipgen import make_clip

SECONDS = 14.0


@pytest.fixture
def ready_video(video_media, tmp_path):  # noqa: F811 - the imported fixture
    owner = UserFactory()
    subject = SubjectFactory(created_by=owner)
    MembershipFactory(subject=subject, user=owner, role=Role.OWNER)
    episode = EpisodeFactory(subject=subject, created_by=owner)
    clip = make_clip(tmp_path / "night.mp4", seconds=SECONDS, size=(320, 180), audio=True).path
    video = Video.objects.create(
        subject=subject,
        episode=episode,
        uploaded_by=owner,
        status=VideoStatus.READY,
        duration_s=SECONDS,
        width=320,
        height=180,
        motion_strip=[0.1] * 20,
    )
    folder = video_media / "videos" / str(video.pk)
    folder.mkdir(parents=True)
    transcode(clip, folder / "web.mp4", folder / "poster.jpg")
    Video.objects.filter(pk=video.pk).update(
        web_file=f"videos/{video.pk}/web.mp4", poster_file=f"videos/{video.pk}/poster.jpg"
    )
    # Two proposals: one near the start (its reel window is clamped to 0-3 s), one
    # near the end (10.8-14 s). Which windows the reel holds shows in its length.
    Moment.objects.bulk_create([Moment(video=video, time_s=1.0), Moment(video=video, time_s=12.8)])
    return owner, Video.objects.get(pk=video.pk)


def _moment(page, time_s: float):
    return page.locator('[data-testid="moment"]', has=page.locator(f'[data-seek="{time_s}"]'))


def test_add_confirm_dismiss_then_the_reel_on_the_share_page(
    live_server, browser, context, page, ready_video
):
    owner, video = ready_video
    _login(context, live_server, owner)
    page.goto(f"{live_server.url}/logbook/videos/{video.pk}/")
    page.wait_for_function("() => document.querySelector('video').readyState >= 1")
    # Pause the player at 6.5 s and add a moment there.
    page.evaluate(
        "() => { const v = document.querySelector('video'); v.pause(); v.currentTime = 6.5; }"
    )
    page.wait_for_function(
        "() => Math.abs(document.querySelector('video').currentTime - 6.5) < 0.05"
    )
    page.get_by_test_id("add-moment").click()
    page.locator('[data-testid="moment"][data-kind="added"]').wait_for()
    added = Moment.objects.get(video=video, origin="added")
    assert added.time_s == pytest.approx(6.5, abs=0.05)
    assert _moment(page, added.time_s).get_by_test_id("moment-kind").inner_text() == (
        "Added by hand"
    )

    _moment(page, 1.0).get_by_test_id("confirm-moment").click()
    page.locator('[data-testid="moment"][data-state="confirmed"][data-kind="confirmed"]').wait_for()
    _moment(page, 12.8).get_by_test_id("dismiss-moment").click()
    page.locator('[data-testid="moment"][data-kind="dismissed"]').wait_for()
    page.reload()
    kinds = page.locator('[data-testid="moment"]').evaluate_all(
        "items => items.map(i => i.dataset.kind)"
    )
    assert kinds == ["confirmed", "added", "dismissed"]
    assert (
        page.get_by_test_id("moment-counts")
        .inner_text()
        .startswith("2 proposed by the analysis, 1 confirmed, 1 added by hand.")
    )

    # The doctor's report lists the video with the same counts.
    page.goto(f"{live_server.url}/logbook/{video.subject_id}/report/")
    cells = page.get_by_test_id("report-video").locator("td").all_inner_texts()
    # 14 s long; 2 proposed, 1 confirmed, 1 added; standing moments at 1.0 and 6.5 s
    assert cells[1:] == ["14 s", "2", "1", "1", "5.5 s"]

    video.refresh_from_db()
    assert video.reel_moments == 2  # confirmed at 1.0 and added at 6.5: 0-3 s and 4.5-8.5 s
    _link, token = sharing.share_link_create(subject=video.subject, user=owner, videos=[video])
    clinician = browser.new_context()
    try:
        shared = clinician.new_page()
        shared.goto(f"{live_server.url}/s/{token}/")
        card = shared.get_by_test_id("shared-video")
        first = card.locator("video").first
        assert first.get_attribute("data-testid") == "reel-player"  # the reel comes first
        assert first.get_attribute("data-moments") == "2"
        first.evaluate("v => { v.muted = true; return v.play(); }")
        shared.wait_for_function(
            "() => { const v = document.querySelector('[data-testid=reel-player]');"
            " return v.readyState >= 2 && v.currentTime > 0.2; }",
            timeout=15_000,
        )
        duration = first.evaluate("v => v.duration")
        # 3 s + 4 s: two windows. Proposals only would be 3 + 3.2, all three 10.2.
        assert duration == pytest.approx(7.0, abs=0.3)
        assert "1 confirmed, 1 added by hand" in card.get_by_test_id("moment-counts").inner_text()
    finally:
        clinician.close()
    assert page.console_errors == []
