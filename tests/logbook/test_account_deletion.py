"""Deleting an account: the page names the shared logbooks that go and who loses them,
and exactly those logbooks go."""

from __future__ import annotations

from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.services import user_delete
from logbook.choices import Role
from logbook.models import Membership, Subject
from tests.factories import PASSWORD, UserFactory

from .factories import MembershipFactory, SubjectFactory

pytestmark = pytest.mark.django_db


def _delete_page(client, user) -> str:
    client.post(reverse("account_login"), {"login": user.email, "password": PASSWORD})
    response = client.get(reverse("accounts:delete"))
    assert response.status_code == HTTPStatus.OK
    return response.content.decode()


def test_the_page_names_the_shared_logbook_and_who_loses_it(
    client, owner, caregiver, viewer, subject
):
    kept = SubjectFactory(created_by=owner, display_name="Kept by the co-owner")
    MembershipFactory(subject=kept, user=owner, role=Role.OWNER)
    MembershipFactory(subject=kept, user=caregiver, role=Role.OWNER)
    page = _delete_page(client, owner)
    assert 'data-testid="deletion-warnings"' in page
    assert f"“{subject.display_name}” is deleted" in page
    assert f"{caregiver.handle} (caregiver)" in page
    assert f"{viewer.handle} (viewer)" in page
    assert "Kept by the co-owner" not in page


def test_no_warning_for_a_logbook_nobody_else_sees(client):
    alone = MembershipFactory(role=Role.OWNER)
    assert 'data-testid="deletion-warnings"' not in _delete_page(client, alone.user)


def test_deletion_removes_the_sole_owned_logbooks_only(owner, caregiver, subject):
    kept = SubjectFactory(created_by=owner)
    MembershipFactory(subject=kept, user=owner, role=Role.OWNER)
    MembershipFactory(subject=kept, user=caregiver, role=Role.OWNER)
    user_delete(user=owner)
    assert not Subject.objects.filter(pk=subject.pk).exists()
    assert Subject.objects.filter(pk=kept.pk).exists()
    assert list(Membership.objects.filter(subject=kept).values_list("user", flat=True)) == [
        caregiver.pk
    ]
    assert UserFactory._meta.model.objects.filter(pk=caregiver.pk).exists()
