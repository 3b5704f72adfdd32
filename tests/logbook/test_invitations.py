"""An invitation belongs to the address it was sent to.

Only an account on which that address is verified may accept it. Anyone else
holding the link learns nothing about the logbook (no child's name, no invited
address) and may only ask the owner to let them in with their own verified
address; the owner confirms or declines.
"""

from http import HTTPStatus

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse
from django.utils.html import escape

from logbook import services
from logbook.choices import Role
from logbook.models import Invitation, Membership
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INVITED = "dad@example.org"


@pytest.fixture
def sent(subject, owner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation, token = services.invitation_create(
            subject=subject, invited_by=owner, email=INVITED, role=Role.CAREGIVER
        )
    return invitation, reverse("logbook:invitation_accept", kwargs={"token": token})


def _text(response) -> str:
    return response.content.decode()


def _private_bits(subject, owner) -> list[str]:
    return [subject.display_name, INVITED, owner.handle, "caregiver"]


def test_another_verified_account_cannot_accept_and_sees_nothing_private(
    client, subject, owner, sent
):
    invitation, path = sent
    other = UserFactory(email="someone.else@example.org")
    client.force_login(other)
    page = client.get(path)
    assert page.status_code == HTTPStatus.OK
    assert escape(str(services.INVITATION_NOT_FOR_YOU)) in _text(page)
    for private in _private_bits(subject, owner):
        assert private not in _text(page)

    refused = client.post(path, {"action": "join"})
    assert escape(str(services.INVITATION_NOT_FOR_YOU)) in _text(refused)
    for private in _private_bits(subject, owner):
        assert private not in _text(refused)
    assert not Membership.objects.filter(subject=subject, user=other).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_at is None


@pytest.mark.parametrize("spelling", [INVITED, "Dad@Example.ORG"])
def test_the_invited_address_verified_accepts(client, subject, owner, sent, spelling):
    _invitation, path = sent
    dad = UserFactory(email=spelling)
    client.force_login(dad)
    page = _text(client.get(path))
    assert subject.display_name in page
    assert owner.handle in page
    response = client.post(path, {"action": "join"})
    assert response.status_code == HTTPStatus.FOUND
    assert Membership.objects.get(subject=subject, user=dad).role == Role.CAREGIVER


def test_a_second_verified_address_on_the_account_also_works(client, subject, sent):
    _invitation, path = sent
    dad = UserFactory(email="dad.work@example.org")
    EmailAddress.objects.create(user=dad, email=INVITED, verified=True, primary=False)
    client.force_login(dad)
    assert client.post(path, {"action": "join"}).status_code == HTTPStatus.FOUND
    assert Membership.objects.filter(subject=subject, user=dad).exists()


def test_the_invited_address_unverified_is_told_to_verify(client, subject, owner, sent):
    _invitation, path = sent
    dad = UserFactory(email="dad.work@example.org")
    EmailAddress.objects.create(user=dad, email=INVITED, verified=False, primary=False)
    client.force_login(dad)
    page = _text(client.get(path))
    assert escape(str(services.INVITATION_VERIFY_FIRST)) in page
    assert reverse("account_email") in page
    assert subject.display_name not in page
    refused = _text(client.post(path, {"action": "join"}))
    assert escape(str(services.INVITATION_VERIFY_FIRST)) in refused
    assert not Membership.objects.filter(subject=subject, user=dad).exists()


def test_owner_confirms_a_request_from_another_address(
    client, subject, owner, sent, django_capture_on_commit_callbacks
):
    invitation, path = sent
    mum = UserFactory(email="mum@example.org")
    client.force_login(mum)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        asked = client.post(path, {"action": "request"})
    assert escape(str(services.INVITATION_REQUEST_SENT)) in _text(asked)
    assert subject.display_name not in _text(asked)
    assert not Membership.objects.filter(subject=subject, user=mum).exists()
    # The owner is told, and sees the request with the address it comes from.
    assert mail.outbox[-1].to == [owner.email]
    assert "mum@example.org" in mail.outbox[-1].body
    assert escape(str(services.INVITATION_REQUEST_SENT)) in _text(client.get(path))

    confirm = reverse(
        "logbook:invitation_confirm", kwargs={"subject_id": subject.pk, "pk": invitation.pk}
    )
    assert client.post(confirm).status_code == HTTPStatus.NOT_FOUND  # not the owner
    client.force_login(owner)
    members = _text(client.get(reverse("logbook:members", kwargs={"subject_id": subject.pk})))
    assert mum.handle in members
    assert "mum@example.org" in members
    client.post(confirm)
    assert Membership.objects.get(subject=subject, user=mum).role == Role.CAREGIVER
    invitation.refresh_from_db()
    assert invitation.accepted_by == mum
    # Used: nobody else can take it, not even the invited address.
    dad = UserFactory(email=INVITED)
    client.force_login(dad)
    assert client.post(path, {"action": "join"}).status_code == HTTPStatus.NOT_FOUND
    assert not Membership.objects.filter(subject=subject, user=dad).exists()


def test_owner_declines_a_request_and_the_invitation_still_waits(client, subject, owner, sent):
    invitation, path = sent
    stranger = UserFactory()
    client.force_login(stranger)
    client.post(path, {"action": "request"})
    second = UserFactory()
    client.force_login(second)
    taken = _text(client.post(path, {"action": "request"}))
    assert escape(str(services.INVITATION_REQUEST_TAKEN)) in taken
    assert Invitation.objects.get(pk=invitation.pk).requested_by == stranger

    client.force_login(owner)
    client.post(
        reverse(
            "logbook:invitation_decline", kwargs={"subject_id": subject.pk, "pk": invitation.pk}
        )
    )
    invitation.refresh_from_db()
    assert invitation.requested_by is None
    assert not Membership.objects.filter(subject=subject, user=stranger).exists()
    dad = UserFactory(email=INVITED)
    client.force_login(dad)
    assert client.post(path, {"action": "join"}).status_code == HTTPStatus.FOUND
    assert Membership.objects.filter(subject=subject, user=dad).exists()
