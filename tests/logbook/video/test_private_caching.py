"""Private responses say `Cache-Control: private, no-store` (accounts.middleware)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

from logbook.video.services import sharing
from tests.logbook.conftest import login

pytestmark = pytest.mark.django_db


def _never_stored(response) -> bool:
    directives = {d.strip() for d in response.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= directives


def test_member_pages_exports_and_media_are_never_stored(client, owner, subject, episode):
    login(client, owner)
    ids = {"subject_id": subject.pk}
    for url in (
        reverse("logbook:timeline", kwargs=ids),
        reverse("logbook:report", kwargs=ids),
        reverse("logbook:export_csv", kwargs=ids),
        reverse("accounts:home"),
        reverse("accounts:export"),
        reverse("forum:index"),
        reverse("articles:index"),
    ):
        response = client.get(url)
        assert response.status_code < 400, url
        assert _never_stored(response), (url, response.get("Cache-Control"))


def test_share_page_and_its_media_are_never_stored_without_an_account(
    client, owner, subject, make_ready_video, episode
):
    video = make_ready_video(episode)
    today = timezone.localdate()
    _link, token = sharing.share_link_create(
        subject=subject,
        user=owner,
        videos=[video],
        report_start=today - dt.timedelta(days=13),
        report_end=today,
    )
    page = client.get(reverse("share:page", kwargs={"token": token}))
    assert page.status_code == 200
    assert _never_stored(page)
    media = client.get(
        reverse("share:media", kwargs={"token": token, "pk": video.pk, "kind": "web.mp4"}),
        headers={"Range": "bytes=0-1"},
    )
    assert media.status_code == 206
    assert _never_stored(media)
    wrong = client.get(reverse("share:page", kwargs={"token": "not-a-token"}))
    assert wrong.status_code == 404
    assert _never_stored(wrong)


def test_public_pages_for_visitors_stay_cacheable(client, db):
    response = client.get(reverse("articles:index"))
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
