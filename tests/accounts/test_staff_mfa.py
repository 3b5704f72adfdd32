"""One login door (allauth's) and one staff rule: this session passed MFA."""

from http import HTTPStatus
from urllib.parse import urlencode

import pytest
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.contrib.messages.storage.fallback import FallbackStorage
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from accounts.permissions import (
    MFA_REQUIRED_MESSAGE,
    is_moderator,
    moderator_required,
    needs_mfa,
    staff_session_active,
)
from tests.conftest import activate_totp, staff_log_in, totp_code
from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/moderation/queue/"
TOO_MANY = "Too many failed login attempts"


def _superuser():
    user = UserFactory(groups=["Moderator"], is_staff=True, is_superuser=True)
    activate_totp(user)
    return user


def _reauthenticate_url(next_url: str) -> str:
    return f"{reverse('mfa_reauthenticate')}?{urlencode({'next': next_url})}"


def test_staff_groups_exist():
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Moderator", "Editor", "Medical reviewer"} <= names


def test_admin_login_takes_no_password(client):
    superuser = _superuser()
    response = client.post(
        reverse("admin:login"), {"username": superuser.email, "password": PASSWORD}
    )
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))
    assert SESSION_KEY not in client.session
    admin = client.get(reverse("admin:index"))
    assert admin.status_code == HTTPStatus.FOUND
    assert "Hypnic administration" not in admin.content.decode()


def test_admin_login_is_allauths_door_with_next(client):
    response = client.get(reverse("admin:login") + "?next=/admin/accounts/user/")
    assert response["Location"] == (
        reverse("account_login") + "?" + urlencode({"next": "/admin/accounts/user/"})
    )
    elsewhere = client.get(reverse("admin:login") + "?next=https://evil.example/")
    assert "evil.example" not in elsewhere["Location"]


def test_twelve_wrong_passwords_then_the_right_one_is_refused(client):
    superuser = _superuser()
    door = client.get(reverse("admin:index"), follow=True)
    assert door.redirect_chain[-1][0].startswith(reverse("account_login"))
    login = door.redirect_chain[-1][0]
    for attempt in range(12):
        wrong = client.post(login, {"login": superuser.email, "password": f"wrong-{attempt}"})
        assert wrong.status_code == HTTPStatus.OK
    right = client.post(login, {"login": superuser.email, "password": PASSWORD})
    assert right.status_code == HTTPStatus.OK
    assert TOO_MANY in right.content.decode()
    assert SESSION_KEY not in client.session
    assert client.get(reverse("admin:index")).status_code == HTTPStatus.FOUND


def test_the_real_door_with_totp_opens_the_admin(client):
    superuser = _superuser()
    marked = staff_log_in(client, superuser)
    assert staff_session_active(marked)
    assert is_moderator(marked)
    response = client.get(reverse("admin:index"))
    assert response.status_code == HTTPStatus.OK
    assert "Hypnic administration" in response.content.decode()
    assert client.get(QUEUE).status_code == HTTPStatus.OK


def test_a_session_without_the_mfa_step_has_no_staff_power_until_it_passes_it(client):
    superuser = _superuser()
    client.force_login(superuser)  # a session that never passed MFA
    admin = client.get(reverse("admin:index"), follow=True)
    assert admin.redirect_chain[-1][0] == _reauthenticate_url(reverse("admin:index"))
    assert "Hypnic administration" not in admin.content.decode()
    queue = client.get(QUEUE)
    assert queue["Location"] == _reauthenticate_url(QUEUE)
    assert not is_moderator(client.get(reverse("accounts:home")).wsgi_request.user)

    passed = client.post(_reauthenticate_url(QUEUE), {"code": totp_code(superuser)})
    assert passed["Location"] == QUEUE
    assert "Hypnic administration" in client.get(reverse("admin:index")).content.decode()
    assert client.get(QUEUE).status_code == HTTPStatus.OK


def test_staff_who_set_up_totp_after_a_password_login_must_still_pass_the_step(client):
    staff = UserFactory(groups=["Moderator"])
    response = client.post(reverse("account_login"), {"login": staff.email, "password": PASSWORD})
    assert response.status_code == HTTPStatus.FOUND  # no authenticator: password only
    assert client.get(QUEUE)["Location"] == reverse("mfa_activate_totp")
    activate_totp(staff)
    assert client.get(QUEUE)["Location"] == _reauthenticate_url(QUEUE)
    client.post(_reauthenticate_url(QUEUE), {"code": totp_code(staff)})
    assert client.get(QUEUE).status_code == HTTPStatus.OK


@pytest.mark.parametrize("group", ["Moderator", "Editor", "Medical reviewer"])
def test_staff_without_mfa_is_sent_to_set_it_up(client, group):
    staff = UserFactory(groups=[group], is_staff=True)
    assert needs_mfa(staff)
    client.force_login(staff)
    response = client.get(reverse("accounts:home"))
    assert "Set it up now" in response.content.decode()
    admin = client.get(reverse("admin:index"), follow=True)
    assert reverse("mfa_activate_totp") in [url for url, _ in admin.redirect_chain]


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


def test_role_required_sends_staff_without_mfa_to_setup():
    response = staff_view(_request(UserFactory(groups=["Moderator"])))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("mfa_activate_totp")


def test_an_authenticator_alone_is_not_a_staff_session():
    staff = UserFactory(groups=["Moderator"])
    activate_totp(staff)
    response = staff_view(_request(staff))
    assert response["Location"] == _reauthenticate_url("/staff/")


def test_role_required_admits_a_staff_session(moderator):
    assert staff_view(_request(moderator)).content == b"staff only"
