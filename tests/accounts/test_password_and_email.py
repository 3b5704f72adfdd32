import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_password_reset_sends_a_link_that_sets_a_new_password(
    client, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_reset_password"), {"email": user.email})
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject.startswith("[Hypnic]")
    line = next(x for x in mail.outbox[0].body.splitlines() if "/password/reset/key/" in x)
    path = line[line.index("/accounts/") :].strip()
    form_url = client.get(path)["Location"]
    response = client.post(
        form_url, {"password1": "brand-new-secret-77", "password2": "brand-new-secret-77"}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("brand-new-secret-77")


def test_password_change(user_client, user, password):
    response = user_client.post(
        reverse("account_change_password"),
        {
            "oldpassword": password,
            "password1": "another-secret-88",
            "password2": "another-secret-88",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("another-secret-88")


def test_adding_an_email_sends_verification(
    user_client, user, password, django_capture_on_commit_callbacks
):
    user_client.post(reverse("account_reauthenticate"), {"password": password})
    with django_capture_on_commit_callbacks(execute=True):
        user_client.post(
            reverse("account_email"), {"action_add": "", "email": "second@example.org"}
        )
    address = EmailAddress.objects.get(email="second@example.org")
    assert address.user == user
    assert not address.verified
    assert mail.outbox[-1].to == ["second@example.org"]
