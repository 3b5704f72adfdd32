from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from accounts.permissions import MFA_REQUIRED_MESSAGE, moderator_required, needs_mfa
from tests.conftest import activate_totp
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_staff_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Moderator", "Editor", "Medical reviewer"} <= names


@pytest.mark.parametrize("group", ["Moderator", "Editor", "Medical reviewer"])
def test_staff_without_mfa_is_sent_to_set_it_up(client, group):
    staff = UserFactory(groups=[group], is_staff=True)
    assert needs_mfa(staff)
    client.force_login(staff)
    response = client.get(reverse("accounts:home"))
    assert "Set it up now" in response.content.decode()
    admin = client.get(reverse("admin:index"))
    assert admin.status_code == HTTPStatus.FOUND
    assert admin["Location"].startswith(reverse("admin:login"))


def test_staff_with_totp_reaches_admin(client):
    staff = UserFactory(groups=["Moderator"], is_staff=True, is_superuser=True)
    activate_totp(staff)
    assert not needs_mfa(staff)
    client.force_login(staff)
    response = client.get(reverse("admin:index"))
    assert response.status_code == HTTPStatus.OK
    assert "Hypnic administration" in response.content.decode()


def test_member_does_not_need_mfa(user):
    assert not needs_mfa(user)


def test_mfa_message_is_plain_language():
    assert "two-factor" in str(MFA_REQUIRED_MESSAGE)


@moderator_required
def staff_view(request):
    return HttpResponse("staff only")


def _request(user):
    request = RequestFactory().get("/staff/")
    request.user = user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def test_role_required_refuses_members(user):
    with pytest.raises(PermissionDenied):
        staff_view(_request(user))


def test_role_required_sends_staff_without_mfa_to_setup(moderator):
    response = staff_view(_request(moderator))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("mfa_activate_totp")


def test_role_required_admits_staff_with_mfa(moderator):
    activate_totp(moderator)
    assert staff_view(_request(moderator)).content == b"staff only"
