"""What one clinician link shows, and nothing more: its notes, its range, its subject."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from logbook.video import services
from tests.logbook.conftest import login

pytestmark = pytest.mark.django_db


def _note(client, token, video, text):
    url = reverse("share:note", kwargs={"token": token, "pk": video.pk})
    assert client.post(url, {"author_name": "", "text": text}).status_code == HTTPStatus.FOUND


def test_a_note_shows_only_on_the_link_it_was_left_on(
    client, owner, viewer, subject, episode, make_ready_video
):
    video = make_ready_video(episode)
    _a, token_a = services.share_link_create(subject=subject, user=owner, videos=[video])
    _b, token_b = services.share_link_create(subject=subject, user=owner, videos=[video])
    _note(client, token_a, video, "Seen by the neurologist on link A.")
    _note(client, token_b, video, "Seen by the GP on link B.")

    page_a = client.get(reverse("share:page", kwargs={"token": token_a})).content.decode()
    page_b = client.get(reverse("share:page", kwargs={"token": token_b})).content.decode()
    assert "Seen by the neurologist on link A." in page_a
    assert "Seen by the GP on link B." not in page_a
    assert "Seen by the GP on link B." in page_b
    assert "Seen by the neurologist on link A." not in page_b

    # The family sees every note, whichever link it came through.
    login(client, viewer)
    family = client.get(reverse("videos:detail", kwargs={"pk": video.pk})).content.decode()
    assert "Seen by the neurologist on link A." in family
    assert "Seen by the GP on link B." in family
