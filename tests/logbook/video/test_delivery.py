"""Serving private video bytes: access, HTTP Range (206/416), nginx, and S3 signed URLs."""

from __future__ import annotations

import socket
import urllib.parse
import urllib.request
from http import HTTPStatus

import pytest
from django.urls import reverse

from logbook.video import files
from logbook.video.delivery import RangeNotSatisfiable, parse_range
from tests.logbook.conftest import login


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (None, None),
        ("bytes=0-99", (0, 99)),
        ("bytes=100-", (100, 999)),
        ("bytes=-100", (900, 999)),
        ("bytes=-5000", (0, 999)),
        ("bytes=990-2000", (990, 999)),
        ("bytes=5-4", None),
        ("bytes=0-1,5-6", None),
        ("items=0-1", None),
        ("bytes=-", None),
    ],
)
def test_parse_range(header, expected):
    assert parse_range(header, 1000) == expected


@pytest.mark.parametrize("header", ["bytes=1000-", "bytes=5000-6000", "bytes=-0"])
def test_unsatisfiable_ranges(header):
    with pytest.raises(RangeNotSatisfiable):
        parse_range(header, 1000)


@pytest.fixture
def video(make_ready_video, episode):
    return make_ready_video(episode)


def _url(video, kind="web.mp4"):
    return reverse("videos:media", kwargs={"pk": video.pk, "kind": kind})


@pytest.mark.django_db
def test_anonymous_stranger_member(client, video, stranger, viewer):
    assert client.get(_url(video)).status_code == HTTPStatus.FOUND
    login(client, stranger)
    assert client.get(_url(video)).status_code == HTTPStatus.NOT_FOUND
    login(client, viewer)
    response = client.get(_url(video))
    assert response.status_code == HTTPStatus.OK
    assert response["Accept-Ranges"] == "bytes"
    assert response["Content-Type"] == "video/mp4"
    body = b"".join(response.streaming_content)
    assert body == files.local_path(video.web_file).read_bytes()
    assert int(response["Content-Length"]) == len(body)


@pytest.mark.django_db
def test_range_gives_206_with_the_right_bytes(client, video, viewer):
    login(client, viewer)
    data = files.local_path(video.web_file).read_bytes()
    response = client.get(_url(video), headers={"Range": "bytes=100-1099"})
    assert response.status_code == HTTPStatus.PARTIAL_CONTENT
    assert response["Content-Range"] == f"bytes 100-1099/{len(data)}"
    assert response["Content-Length"] == "1000"
    assert b"".join(response.streaming_content) == data[100:1100]
    tail = client.get(_url(video), headers={"Range": "bytes=-10"})
    assert b"".join(tail.streaming_content) == data[-10:]
    bad = client.get(_url(video), headers={"Range": f"bytes={len(data)}-"})
    assert bad.status_code == HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE
    assert bad["Content-Range"] == f"bytes */{len(data)}"


@pytest.mark.django_db
def test_poster_is_served(client, video, viewer):
    login(client, viewer)
    response = client.get(_url(video, "poster.jpg"))
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"
    assert client.get(_url(video, "motion.json")).status_code == HTTPStatus.NOT_FOUND


@pytest.mark.django_db
def test_nginx_gets_an_internal_redirect(client, video, viewer, settings):
    settings.MEDIA_DELIVERY = "nginx"
    settings.MEDIA_ACCEL_PREFIX = "/_protected/"
    login(client, viewer)
    response = client.get(_url(video))
    assert response.status_code == HTTPStatus.OK
    assert response["X-Accel-Redirect"] == f"/_protected/videos/{video.pk}/web.mp4"
    assert response.content == b""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def s3_server(monkeypatch):
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port())
    server.start()
    host, port = server.get_host_and_port()
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    yield f"http://{host}:{port}"
    server.stop()


@pytest.mark.django_db
def test_s3_redirects_to_a_short_lived_signed_url(
    client, settings, s3_server, episode, viewer, processed_files
):
    import boto3

    boto3.client("s3", endpoint_url=s3_server, region_name="us-east-1").create_bucket(
        Bucket="hypnic-test"
    )
    settings.VIDEO_STORAGE = "s3"
    settings.VIDEO_SIGNED_URL_SECONDS = 60
    settings.STORAGES = {
        **settings.STORAGES,
        "videos": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "hypnic-test",
                "endpoint_url": s3_server,
                "region_name": "us-east-1",
                "querystring_auth": True,
                "querystring_expire": 60,
                "file_overwrite": True,
                "signature_version": "s3v4",
            },
        },
    }
    from logbook.video.choices import VideoStatus
    from logbook.video.models import Video

    video = Video.objects.create(
        subject=episode.subject, episode=episode, status=VideoStatus.READY, duration_s=3
    )
    name = f"videos/{video.pk}/web.mp4"
    files.put(name, processed_files["web.mp4"])  # through django-storages into moto
    Video.objects.filter(pk=video.pk).update(web_file=name)

    login(client, viewer)
    response = client.get(_url(video))
    assert response.status_code == HTTPStatus.FOUND
    signed = response["Location"]
    query = urllib.parse.parse_qs(urllib.parse.urlparse(signed).query)
    assert signed.startswith(s3_server)
    assert query["X-Amz-Expires"] == ["60"]
    with urllib.request.urlopen(signed) as fetched:  # noqa: S310 - loopback moto server
        assert fetched.read() == processed_files["web.mp4"].read_bytes()
    ranged = urllib.request.Request(signed, headers={"Range": "bytes=0-9"})  # noqa: S310
    with urllib.request.urlopen(ranged) as fetched:  # noqa: S310
        assert fetched.status == HTTPStatus.PARTIAL_CONTENT
    assert query["X-Amz-Signature"]
    assert query["X-Amz-Algorithm"] == ["AWS4-HMAC-SHA256"]
    # Deleting the video deletes the object in the bucket.
    from django.test import TestCase

    from logbook.video.services import moments

    with TestCase.captureOnCommitCallbacks(execute=True):
        moments.video_delete(video=video)
    assert not files.video_storage().exists(name)
