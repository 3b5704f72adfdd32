"""Clinician share links: who creates them, what they show, logging, passcodes, revocation."""

from __future__ import annotations

import datetime as dt
import re
from http import HTTPStatus

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone

from logbook.video.models import ClinicianNote, ShareAccess, ShareLink
from logbook.video.services import sharing
from logbook.video.services.sharing import share_token_hash
from tests.logbook.conftest import login
from tests.logbook.factories import EpisodeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def video(make_ready_video, episode):
    return make_ready_video(episode)


def _create(subject, owner, video, **kwargs):
    today = timezone.localdate()
    kwargs.setdefault("report_start", today - dt.timedelta(days=27))
    kwargs.setdefault("report_end", today)
    return sharing.share_link_create(subject=subject, user=owner, videos=[video], **kwargs)


def test_owner_creates_a_link_through_the_page(client, owner, subject, video):
    login(client, owner)
    url = reverse("videos:shares", kwargs={"subject_id": subject.pk})
    today = timezone.localdate()
    response = client.post(
        url,
        {
            "label": "Dr Rivers",
            "include_report": "on",
            "report_start": (today - dt.timedelta(days=7)).isoformat(),
            "report_end": today.isoformat(),
            "videos": [str(video.pk)],
            "days": "14",
            "passcode": "",
        },
    )
    assert response.status_code == HTTPStatus.OK
    link = ShareLink.objects.get()
    token = re.search(r"/s/([\w-]+)/", response.content.decode()).group(1)
    assert link.token_hash == share_token_hash(token)
    assert token not in link.token_hash
    assert list(link.videos.all()) == [video]
    assert (link.expires_at - timezone.now()).days == 13  # 14 days minus a few ms


@pytest.mark.parametrize("who", ["caregiver", "viewer", "stranger"])
def test_only_owners_manage_links(client, subject, request, who):
    login(client, request.getfixturevalue(who))
    url = reverse("videos:shares", kwargs={"subject_id": subject.pk})
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_anonymous_owner_page_goes_to_login(client, subject):
    response = client.get(reverse("videos:shares", kwargs={"subject_id": subject.pk}))
    assert response.status_code == HTTPStatus.FOUND


def test_clinician_sees_report_and_video_and_is_logged(client, owner, subject, video):
    EpisodeFactory(subject=subject, created_by=owner)
    link, token = _create(subject, owner, video)
    response = client.get(
        reverse("share:page", kwargs={"token": token}), headers={"User-Agent": "ClinicBrowser/1"}
    )
    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert 'data-testid="report"' in html
    assert (
        reverse("share:media", kwargs={"token": token, "pk": video.pk, "kind": "web.mp4"}) in html
    )
    assert 'data-seek="0.8"' in html
    access = ShareAccess.objects.get()
    assert access.link == link
    assert access.ip_prefix == "127.0.0.0/24"
    assert access.user_agent == "ClinicBrowser/1"
    media = client.get(
        reverse("share:media", kwargs={"token": token, "pk": video.pk, "kind": "web.mp4"}),
        headers={"Range": "bytes=0-9"},
    )
    assert media.status_code == HTTPStatus.PARTIAL_CONTENT
    # The owner sees the access on their page.
    login(client, owner)
    page = client.get(reverse("videos:shares", kwargs={"subject_id": subject.pk}))
    assert "ClinicBrowser/1" in page.content.decode()


@pytest.mark.parametrize("count", [1, 3])
def test_share_page_query_count_does_not_grow(
    client, owner, subject, episode, make_ready_video, django_assert_num_queries, count
):
    videos = [make_ready_video(episode) for _ in range(count)]
    link, token = sharing.share_link_create(subject=subject, user=owner, videos=videos)
    url = reverse("share:page", kwargs={"token": token})
    # link, access insert (in a savepoint), videos, moments, notes, clinicians' notes
    with django_assert_num_queries(7):
        response = client.get(url)
    assert len(re.findall('data-testid="shared-video"', response.content.decode())) == count


@pytest.mark.parametrize("count", [1, 3])
def test_owner_page_query_count(client, owner, subject, video, django_assert_num_queries, count):
    for _ in range(count):
        link, token = _create(subject, owner, video)
        client.get(reverse("share:page", kwargs={"token": token}))
    login(client, owner)
    url = reverse("videos:shares", kwargs={"subject_id": subject.pk})
    with django_assert_num_queries(8):  # the ready videos are read once, by the form
        response = client.get(url)
    assert response.content.decode().count('data-testid="accesses"') == count


def test_video_not_chosen_is_404(client, owner, subject, episode, video, make_ready_video):
    other = make_ready_video(episode)
    _link, token = _create(subject, owner, video)
    url = reverse("share:media", kwargs={"token": token, "pk": other.pk, "kind": "web.mp4"})
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND


def test_revoked_expired_and_unknown_reveal_nothing(client, owner, subject, video):
    link, token = _create(subject, owner, video)
    page = reverse("share:page", kwargs={"token": token})
    media = reverse("share:media", kwargs={"token": token, "pk": video.pk, "kind": "web.mp4"})
    assert client.get(page).status_code == HTTPStatus.OK
    with time_machine.travel(timezone.now() + dt.timedelta(days=15)):
        expired = client.get(page)
        assert expired.status_code == HTTPStatus.NOT_FOUND
        assert subject.display_name not in expired.content.decode()
    sharing.share_link_revoke(link=link)
    for url in (page, media):
        response = client.get(url)
        assert response.status_code == HTTPStatus.NOT_FOUND
        assert subject.display_name not in response.content.decode()
    assert client.get("/s/not-a-real-token/").status_code == HTTPStatus.NOT_FOUND


def test_revoke_through_the_page(client, owner, subject, video):
    link, token = _create(subject, owner, video)
    login(client, owner)
    client.post(reverse("videos:share_revoke", kwargs={"subject_id": subject.pk, "pk": link.pk}))
    client.logout()
    assert client.get(reverse("share:page", kwargs={"token": token})).status_code == 404


def test_passcode_is_required_and_rate_limited(client, owner, subject, video, settings):
    settings.VIDEO_SHARE_PASSCODE_ATTEMPTS = 3
    _link, token = _create(subject, owner, video, passcode="blue-otter")
    url = reverse("share:page", kwargs={"token": token})
    media = reverse("share:media", kwargs={"token": token, "pk": video.pk, "kind": "web.mp4"})
    first = client.get(url)
    assert 'data-testid="report"' not in first.content.decode()
    assert client.get(media).status_code == HTTPStatus.NOT_FOUND
    for _ in range(3):
        wrong = client.post(url, {"passcode": "guess"})
        assert str(sharing.PASSCODE_WRONG) in wrong.content.decode()
    blocked = client.post(url, {"passcode": "blue-otter"})
    assert str(sharing.PASSCODE_TOO_MANY) in blocked.content.decode()
    from django.core.cache import cache

    cache.clear()
    opened = client.post(url, {"passcode": "blue-otter"})
    assert opened.status_code == HTTPStatus.FOUND
    assert 'data-testid="report"' in client.get(url).content.decode()
    assert client.get(media, headers={"Range": "bytes=0-1"}).status_code == 206


def test_clinician_note_appears_in_the_family_logbook(client, owner, viewer, subject, video):
    _link, token = _create(subject, owner, video)
    url = reverse("share:note", kwargs={"token": token, "pk": video.pk})
    response = client.post(
        url, {"author_name": "Dr Rivers", "text": "Looks like <b>benign</b> sleep starts."}
    )
    assert response.status_code == HTTPStatus.FOUND
    note = ClinicianNote.objects.get()
    assert note.video == video
    assert note.author_name == "Dr Rivers"
    login(client, viewer)
    page = client.get(reverse("videos:detail", kwargs={"pk": video.pk})).content.decode()
    assert "Looks like &lt;b&gt;benign&lt;/b&gt; sleep starts." in page
    assert "Dr Rivers" in page
