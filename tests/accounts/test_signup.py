from http import HTTPStatus

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.forms import HANDLE_TAKEN
from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "new.parent@example.org",
    "handle": "Owl_Parent",
    "password1": "correct-horse-battery-9",
    "password2": "correct-horse-battery-9",
    "locale": "en-US",
    "time_zone": "America/Chicago",
}


def test_signup_creates_unverified_user_and_queues_verification_email(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_signup"), SIGNUP)

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="new.parent@example.org")
    assert (user.handle, user.locale, user.time_zone) == ("Owl_Parent", "en-US", "America/Chicago")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["new.parent@example.org"]
    assert "/accounts/confirm-email/" in mail.outbox[0].body


def test_unverified_user_cannot_log_in_until_verified(client):
    client.post(reverse("account_signup"), SIGNUP)
    client.logout()
    response = client.post(
        reverse("account_login"),
        {"login": SIGNUP["email"], "password": SIGNUP["password1"]},
    )
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session


def test_verification_link_then_login_shows_account_page(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), SIGNUP)
    link = next(
        line for line in mail.outbox[0].body.splitlines() if "/accounts/confirm-email/" in line
    )
    path = link[link.index("/accounts/confirm-email/") :].strip()
    client.post(path)
    assert EmailAddress.objects.get(email=SIGNUP["email"]).verified

    response = client.post(
        reverse("account_login"),
        {"login": SIGNUP["email"], "password": SIGNUP["password1"]},
        follow=True,
    )
    assert response.request["PATH_INFO"] == reverse("accounts:home")
    assert "Owl_Parent" in response.content.decode()
    assert "911" in response.content.decode()


@pytest.mark.parametrize("taken", ["owl_parent", "OWL_PARENT"])
def test_handle_is_unique_ignoring_case(client, taken):
    UserFactory(handle=taken)
    response = client.post(reverse("account_signup"), SIGNUP)
    assert response.status_code == HTTPStatus.OK
    assert str(HANDLE_TAKEN) in response.content.decode()
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


@pytest.mark.parametrize("handle", ["ab", "moderator", "has space", "a" * 31, "x@y.com"])
def test_bad_handles_are_refused_with_a_message(client, handle):
    response = client.post(reverse("account_signup"), {**SIGNUP, "handle": handle})
    assert response.status_code == HTTPStatus.OK
    assert 'id="error_1_id_handle"' in response.content.decode()
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


def test_signup_is_rate_limited(client, settings):
    # allauth's default limit for sign-ups is 20 a minute per IP.
    for i in range(21):
        response = client.post(
            reverse("account_signup"),
            {**SIGNUP, "email": f"flood{i}@example.org", "handle": f"flood_{i}"},
        )
    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
