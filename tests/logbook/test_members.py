"""Invitations by email, roles, leaving, and the last-owner rule."""

import datetime as dt
import re

import pytest
import time_machine
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from logbook import services
from logbook.choices import Role
from logbook.models import Invitation, Membership
from tests.factories import UserFactory


def invite(client, subject, owner, django_capture_on_commit_callbacks, email="dad@example.org"):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("logbook:invite", kwargs={"subject_id": subject.pk}),
            {"email": email, "role": Role.CAREGIVER},
        )
    assert response.status_code == 302
    link = re.search(r"https?://\S+/logbook/invitations/\S+/", mail.outbox[-1].body).group(0)
    return link.split("/logbook/", 1)[1]


def test_owner_invites_by_email_and_invitee_joins_once(
    client, subject, owner, django_capture_on_commit_callbacks
):
    path = "/logbook/" + invite(client, subject, owner, django_capture_on_commit_callbacks)
    assert mail.outbox[-1].to == ["dad@example.org"]
    assert owner.handle in mail.outbox[-1].body
    invitation = Invitation.objects.get(subject=subject)
    assert path.rstrip("/").split("/")[-1] not in invitation.token_hash  # only a hash stored

    dad = UserFactory(email="dad@example.org")
    client.force_login(dad)
    page = client.get(path).content.decode()
    assert "dad@example.org" in page
    assert subject.display_name in page
    response = client.post(path)
    assert response.status_code == 302
    assert Membership.objects.get(subject=subject, user=dad).role == Role.CAREGIVER

    other = UserFactory()
    client.force_login(other)
    response = client.post(path)
    assert response.status_code == 404
    assert escape(str(services.INVITATION_INVALID_MESSAGE)) in response.content.decode()
    assert not Membership.objects.filter(subject=subject, user=other).exists()


def test_invitation_needs_login_and_a_verified_email(
    client, subject, owner, django_capture_on_commit_callbacks
):
    path = "/logbook/" + invite(client, subject, owner, django_capture_on_commit_callbacks)
    client.logout()
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    unverified = UserFactory(email="dad@example.org", verified=False)
    EmailAddress.objects.create(user=unverified, email=unverified.email, verified=False)
    client.force_login(unverified)
    response = client.post(path)
    assert escape(str(services.INVITATION_VERIFY_FIRST)) in response.content.decode()
    assert not Membership.objects.filter(user=unverified).exists()


def test_invitation_expires_after_seven_days(subject, owner):
    _invitation, token = services.invitation_create(
        subject=subject, invited_by=owner, email="x@example.org", role=Role.VIEWER
    )
    joiner = UserFactory(email="x@example.org")
    with (
        time_machine.travel(timezone.now() + dt.timedelta(days=7, minutes=1)),
        pytest.raises(ValidationError) as exc,
    ):
        services.invitation_accept(token=token, user=joiner)
    assert exc.value.messages == [str(services.INVITATION_EXPIRED_MESSAGE)]


def test_revoked_invitation_cannot_be_used(client, subject, owner):
    invitation, token = services.invitation_create(
        subject=subject, invited_by=owner, email="x@example.org", role=Role.VIEWER
    )
    client.force_login(owner)
    client.post(
        reverse("logbook:invitation_revoke", kwargs={"subject_id": subject.pk, "pk": invitation.pk})
    )
    with pytest.raises(ValidationError):
        services.invitation_accept(token=token, user=UserFactory())


def test_last_owner_cannot_leave_or_step_down(client, subject, owner):
    mine = Membership.objects.get(subject=subject, user=owner)
    client.force_login(owner)
    response = client.post(
        reverse("logbook:member_remove", kwargs={"subject_id": subject.pk, "pk": mine.pk}),
        follow=True,
    )
    assert str(services.LAST_OWNER_MESSAGE) in response.content.decode()
    with pytest.raises(ValidationError):
        services.membership_set_role(membership=mine, role=Role.VIEWER)
    assert Membership.objects.get(pk=mine.pk).role == Role.OWNER


def test_owner_hands_over_then_leaves(client, subject, owner, caregiver):
    theirs = Membership.objects.get(subject=subject, user=caregiver)
    client.force_login(owner)
    client.post(
        reverse("logbook:member_role", kwargs={"subject_id": subject.pk, "pk": theirs.pk}),
        {"role": Role.OWNER},
    )
    mine = Membership.objects.get(subject=subject, user=owner)
    response = client.post(
        reverse("logbook:member_remove", kwargs={"subject_id": subject.pk, "pk": mine.pk})
    )
    assert response["Location"] == reverse("logbook:index")
    assert not Membership.objects.filter(subject=subject, user=owner).exists()
    assert Membership.objects.get(pk=theirs.pk).role == Role.OWNER


def test_owner_removes_a_member_who_then_gets_404(client, subject, owner, viewer):
    theirs = Membership.objects.get(subject=subject, user=viewer)
    client.force_login(owner)
    client.post(
        reverse("logbook:member_remove", kwargs={"subject_id": subject.pk, "pk": theirs.pk})
    )
    client.force_login(viewer)
    assert (
        client.get(reverse("logbook:timeline", kwargs={"subject_id": subject.pk})).status_code
        == 404
    )
