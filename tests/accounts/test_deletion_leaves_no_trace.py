"""After an account is deleted, no column of any model holds its email, handle or
private text (public posts stay, as by a former member, and never held these)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.apps import apps
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.db.models.functions import Cast
from django.utils import timezone

from accounts import services as account_services
from forum.moderation.services import community as moderation_community
from forum.services import community
from logbook import services as logbook_services
from logbook.choices import Role
from tests.factories import UserFactory
from tests.forum import factories as forum_factories
from tests.logbook.factories import EpisodeFactory, MembershipFactory, SubjectFactory

pytestmark = pytest.mark.django_db

EMAIL = "zebra.quill@example.net"
HANDLE = "zebra_quill"
PRIVATE = "Quokkamarmalade"  # only ever typed into private places
TEXT_FIELDS = (models.CharField, models.TextField, models.JSONField, ArrayField)


def _holding(needle: str) -> list[str]:
    """'app.Model.field' for every text-ish column of every model holding `needle`."""
    found = []
    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if not isinstance(field, TEXT_FIELDS):
                continue
            as_text = Cast(field.name, models.TextField())
            rows = model._base_manager.annotate(_as_text=as_text)
            if rows.filter(_as_text__icontains=needle).exists():
                found.append(f"{model._meta.label}.{field.name}")
    return found


def _member_with_content_everywhere(moderator, run_on_commit):
    user = UserFactory(email=EMAIL, handle=HANDLE, about=f"Mum of two. {PRIVATE} profile.")
    # Their own logbook, with private words in every free-text place.
    own = logbook_services.subject_create(
        user=user, display_name=f"{PRIVATE} Junior", kind="child", notes=f"{PRIVATE} notes"
    )
    logbook_services.episode_create(
        subject=own,
        user=user,
        started_at=timezone.now() - dt.timedelta(hours=2),
        duration_seconds=20,
        sleep_state="asleep",
        body_parts=["arms"],
        stopped_when_woken="yes",
        notes=f"{PRIVATE} episode",
    )
    logbook_services.medicine_create(
        subject=own,
        user=user,
        date=timezone.localdate(),
        name="Melatonin",
        change="started",
        note=f"{PRIVATE} medicine",
    )
    # Invited to, and caregiving in, another family's logbook.
    other_owner = UserFactory(handle="other_owner")
    theirs = SubjectFactory(created_by=other_owner)
    MembershipFactory(subject=theirs, user=other_owner, role=Role.OWNER)
    _invitation, token = logbook_services.invitation_create(
        subject=theirs, invited_by=other_owner, email=EMAIL, role=Role.CAREGIVER
    )
    logbook_services.invitation_accept(token=token, user=user)
    EpisodeFactory(subject=theirs, created_by=user)
    # An invitation they sent from their own logbook to someone else.
    logbook_services.invitation_create(
        subject=own, invited_by=user, email="grandma@example.net", role=Role.VIEWER
    )
    # The forum: a thread another member follows, answered by them.
    follower = UserFactory(handle="follower_f")
    thread = forum_factories.thread(follower)
    community.follow_set(user=follower, thread=thread, on=True)
    with run_on_commit(execute=True):  # followers are told once the reply commits
        forum_factories.reply(user, thread)
    # Moderation about them.
    moderation_community.member_sanction(
        moderator=moderator, user=user, kind="silence", reason="heated", days=1
    )
    moderation_community.staff_note_add(author=moderator, user=user, text="Calmer now.")
    return user, follower


def test_deleting_an_account_leaves_no_email_handle_or_private_text(
    moderator, django_capture_on_commit_callbacks
):
    user, follower = _member_with_content_everywhere(moderator, django_capture_on_commit_callbacks)
    assert _holding(EMAIL), "the scan must see the email before deletion"
    assert _holding(HANDLE)
    assert _holding(PRIVATE)
    assert follower.notifications.filter(title__contains=HANDLE).exists()

    account_services.user_delete(user=user)

    assert _holding(EMAIL) == []
    assert _holding(HANDLE) == []
    assert _holding(PRIVATE) == []
