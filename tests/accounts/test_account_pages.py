import io
import json
import zipfile
from http import HTTPStatus

import pytest
from django.urls import reverse

from accounts.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "name", ["accounts:home", "accounts:profile", "accounts:export", "accounts:delete"]
)
def test_account_pages_need_login(client, name):
    response = client.get(reverse(name))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_login"))


def test_account_page_shows_own_details_only(user_client, user, other_user):
    body = user_client.get(reverse("accounts:home")).content.decode()
    assert user.handle in body
    assert user.email in body
    assert other_user.email not in body


def test_profile_edit_changes_handle_and_locale(user_client, user):
    response = user_client.post(
        reverse("accounts:profile"),
        {
            "handle": "new_handle",
            "locale": "en-AU",
            "time_zone": "Australia/Perth",
            "about": "Mum of twins.",
        },
    )
    assert response.status_code == HTTPStatus.FOUND
    user.refresh_from_db()
    assert (user.handle, user.locale, user.time_zone) == ("new_handle", "en-AU", "Australia/Perth")
    body = user_client.get(reverse("accounts:home")).content.decode()
    assert "000" in body  # Australia's emergency number in the footer


def test_profile_edit_refuses_unknown_time_zone(user_client, user):
    response = user_client.post(
        reverse("accounts:profile"),
        {"handle": user.handle, "locale": "en-GB", "time_zone": "Mars/Olympus", "about": ""},
    )
    assert response.status_code == HTTPStatus.OK
    assert "Select a valid choice" in response.content.decode()


def reauthenticate(client, password):
    response = client.post(reverse("account_reauthenticate"), {"password": password})
    assert response.status_code == HTTPStatus.FOUND


def test_export_asks_for_password_first(user_client):
    response = user_client.get(reverse("accounts:export"))
    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("account_reauthenticate"))


def test_export_zip_holds_account_json(user_client, user, password):
    reauthenticate(user_client, password)
    response = user_client.post(reverse("accounts:export"))
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("account/account.json"))
    assert data["email"] == user.email
    assert data["handle"] == user.handle
    assert data["email_addresses"] == [{"email": user.email, "verified": True, "primary": True}]
    assert "manifest.json" in archive.namelist()


def test_delete_account_explains_then_deletes(user_client, user, password):
    reauthenticate(user_client, password)
    page = user_client.get(reverse("accounts:delete")).content.decode()
    assert "former member" in page

    response = user_client.post(reverse("accounts:delete"), {"confirm": "nope"})
    assert "Please type DELETE" in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()

    response = user_client.post(reverse("accounts:delete"), {"confirm": "DELETE"})
    assert response.status_code == HTTPStatus.FOUND
    assert not User.objects.filter(pk=user.pk).exists()
    assert "_auth_user_id" not in user_client.session


def test_delete_needs_reauthentication(user_client, user):
    response = user_client.post(reverse("accounts:delete"), {"confirm": "DELETE"})
    assert response["Location"].startswith(reverse("account_reauthenticate"))
    assert User.objects.filter(pk=user.pk).exists()


def test_other_users_are_unaffected_by_deletion(user_client, user, password):
    survivor = UserFactory()
    reauthenticate(user_client, password)
    user_client.post(reverse("accounts:delete"), {"confirm": "DELETE"})
    assert User.objects.filter(pk=survivor.pk).exists()


def test_profile_text_passes_moderation(user_client, user):
    response = user_client.post(
        reverse("accounts:profile"),
        {
            "handle": user.handle,
            "locale": "en-GB",
            "time_zone": "Europe/London",
            "about": "Mum of two. Text me on 07700 900123 any time.",
        },
    )
    assert response.status_code == HTTPStatus.OK
    assert "follows the community guidelines" in response.content.decode()
    user.refresh_from_db()
    assert "07700" not in user.about


def test_ordinary_profile_text_is_saved(user_client, user):
    user_client.post(
        reverse("accounts:profile"),
        {
            "handle": user.handle,
            "locale": "en-GB",
            "time_zone": "Europe/London",
            "about": "Dad of a jerky sleeper, night shifts, lots of tea.",
        },
    )
    user.refresh_from_db()
    assert user.about == "Dad of a jerky sleeper, night shifts, lots of tea."
