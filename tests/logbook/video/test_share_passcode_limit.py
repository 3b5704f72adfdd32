"""Share-link passcodes: long enough, and wrong guesses limited atomically."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from logbook.video.models import ShareAccess, ShareLink
from logbook.video.services import sharing
from tests.conftest import run_concurrently
from tests.logbook.conftest import login


def _report_link(subject, owner, passcode):
    today = timezone.localdate()
    return sharing.share_link_create(
        subject=subject,
        user=owner,
        videos=[],
        report_start=today - dt.timedelta(days=13),
        report_end=today,
        passcode=passcode,
    )


@pytest.mark.django_db(transaction=True)
def test_twelve_concurrent_wrong_guesses_check_at_most_five(subject, owner, settings):
    settings.VIDEO_SHARE_PASSCODE_ATTEMPTS = 5
    link, _token = _report_link(subject, owner, "violet-heron-42")

    def guess(i):
        sharing.share_passcode_check(link=link, passcode=f"guess-{i}", ip="203.0.113.9")

    results = run_concurrently(guess, 12)
    messages = [exc.messages[0] for exc in results if isinstance(exc, ValidationError)]
    assert len(messages) == 12
    assert messages.count(str(sharing.PASSCODE_WRONG)) == 5
    assert messages.count(str(sharing.PASSCODE_TOO_MANY)) == 7
    assert ShareAccess.objects.filter(link=link, what="wrong passcode").count() == 5
    with pytest.raises(ValidationError) as refused:  # even the right one waits now
        sharing.share_passcode_check(link=link, passcode="violet-heron-42", ip="203.0.113.9")
    assert refused.value.messages == [str(sharing.PASSCODE_TOO_MANY)]


@pytest.mark.django_db
def test_right_passcodes_do_not_use_up_the_attempts(subject, owner, settings):
    settings.VIDEO_SHARE_PASSCODE_ATTEMPTS = 2
    link, _token = _report_link(subject, owner, "violet-heron-42")
    for _ in range(4):
        sharing.share_passcode_check(link=link, passcode="violet-heron-42", ip="203.0.113.9")
    for _ in range(2):
        with pytest.raises(ValidationError, match="not right"):
            sharing.share_passcode_check(link=link, passcode="nope-nope", ip="203.0.113.9")


@pytest.mark.django_db
def test_short_passcodes_are_refused_with_a_clear_message(client, subject, owner):
    with pytest.raises(ValidationError) as short:
        _report_link(subject, owner, "12345")
    assert short.value.messages == [str(sharing.PASSCODE_TOO_SHORT)]
    login(client, owner)
    today = timezone.localdate()
    response = client.post(
        reverse("videos:shares", kwargs={"subject_id": subject.pk}),
        {
            "label": "Dr Rivers",
            "include_report": "on",
            "report_start": (today - dt.timedelta(days=7)).isoformat(),
            "report_end": today.isoformat(),
            "days": "14",
            "passcode": "otter",
        },
    )
    assert response.status_code == HTTPStatus.OK
    assert str(sharing.PASSCODE_TOO_SHORT) in response.content.decode().replace("&#x27;", "'")
    assert not ShareLink.objects.exists()
    _report_link(subject, owner, "")  # no passcode at all is still allowed
    _report_link(subject, owner, "123456")
