"""The video page, the episode page's videos block, moments and the analyze_video command."""

from __future__ import annotations

import json
from http import HTTPStatus

import pytest
from django.core.management import call_command
from django.urls import reverse

from logbook.video.choices import MomentState
from tests.logbook.conftest import login

pytestmark = pytest.mark.django_db


@pytest.fixture
def video(make_ready_video, episode):
    return make_ready_video(episode)


def test_video_page_access(client, video, stranger, viewer):
    url = reverse("videos:detail", kwargs={"pk": video.pk})
    assert client.get(url).status_code == HTTPStatus.FOUND
    login(client, stranger)
    assert client.get(url).status_code == HTTPStatus.NOT_FOUND
    login(client, viewer)
    html = client.get(url).content.decode()
    assert reverse("videos:media", kwargs={"pk": video.pk, "kind": "web.mp4"}) in html
    assert 'data-seek="0.8"' in html
    assert 'data-seek="2.3"' in html
    assert 'id="motion-strip-data"' in html
    assert 'data-testid="confirm-moment"' not in html  # a viewer cannot change moments
    assert 'data-testid="delete-video"' not in html


@pytest.mark.parametrize("moments", [2, 12])
def test_video_page_query_count(client, owner, video, django_assert_num_queries, moments):
    from logbook.video.models import Moment

    Moment.objects.bulk_create([Moment(video=video, time_s=10 + i) for i in range(moments - 2)])
    login(client, owner)
    url = reverse("videos:detail", kwargs={"pk": video.pk})
    # session+user, video, subject (role), moments, notes
    with django_assert_num_queries(6):
        response = client.get(url)
    assert response.content.decode().count('data-testid="moment"') == moments


def test_episode_page_shows_the_videos_block(
    client, owner, episode, video, django_assert_num_queries
):
    login(client, owner)
    url = reverse(
        "logbook:episode_edit", kwargs={"subject_id": episode.subject_id, "pk": episode.pk}
    )
    html = client.get(url).content.decode()
    assert 'data-testid="episode-videos"' in html
    assert reverse("videos:detail", kwargs={"pk": video.pk}) in html
    assert 'capture="environment"' in html


def test_confirm_dismiss_and_use_moments(client, owner, episode, video):
    login(client, owner)
    first, second = video.moments.all()
    url = reverse("videos:moment_state", kwargs={"pk": video.pk, "moment_pk": first.pk})
    response = client.post(url, {"state": "confirmed"}, headers={"HX-Request": "true"})
    assert response.status_code == HTTPStatus.OK
    assert 'data-state="confirmed"' in response.content.decode()
    client.post(
        reverse("videos:moment_state", kwargs={"pk": video.pk, "moment_pk": second.pk}),
        {"state": "confirmed"},
    )
    client.post(reverse("videos:apply", kwargs={"pk": video.pk}))
    episode.refresh_from_db()
    assert (episode.pattern, episode.cluster_count, episode.cluster_interval_seconds) == (
        "cluster",
        2,
        2,
    )
    second.refresh_from_db()
    client.post(
        reverse("videos:moment_state", kwargs={"pk": video.pk, "moment_pk": second.pk}),
        {"state": MomentState.DISMISSED},
    )
    client.post(reverse("videos:apply", kwargs={"pk": video.pk}))
    episode.refresh_from_db()
    assert (episode.pattern, episode.cluster_count) == ("single", None)


def test_viewer_cannot_change_moments(client, viewer, video):
    login(client, viewer)
    moment = video.moments.first()
    url = reverse("videos:moment_state", kwargs={"pk": video.pk, "moment_pk": moment.pk})
    assert client.post(url, {"state": "confirmed"}).status_code == HTTPStatus.NOT_FOUND


def test_status_poll_reloads_when_done(client, owner, video):
    login(client, owner)
    url = reverse("videos:status", kwargs={"pk": video.pk}) + "?was=processing"
    response = client.get(url)
    assert response["HX-Refresh"] == "true"
    assert 'data-status="ready"' in response.content.decode()


def test_analyze_video_command_prints_json(cluster_clip, capsys):
    call_command("analyze_video", str(cluster_clip))
    data = json.loads(capsys.readouterr().out)
    assert data["duration_s"] == pytest.approx(4.0, abs=0.1)
    assert data["fps"] == pytest.approx(30.0)
    assert set(data["motion"]) >= {"frames", "mean", "p95", "max"}
    centres = [0.95, 2.15, 3.35]
    assert len(data["moments_s"]) == 3
    assert all(abs(t - c) <= 0.5 for t, c in zip(data["moments_s"], centres, strict=True))
