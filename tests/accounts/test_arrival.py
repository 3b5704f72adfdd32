"""Arriving: the site's name in emails, where log-in lands, invitations kept through
sign-up, and a fresh log-in counting as recent authentication."""

from __future__ import annotations

import datetime as dt
from http import HTTPStatus

import pytest
import time_machine
from django.contrib.sites.models import Site
from django.core import mail
from django.urls import reverse

from accounts.sites import site_sync
from logbook import services as logbook_services
from logbook.choices import Role
from tests.factories import PASSWORD, UserFactory
from tests.logbook.factories import MembershipFactory

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "second.carer@example.org",
    "handle": "second_carer",
    "password1": "correct-horse-battery-9",
    "password2": "correct-horse-battery-9",
    "locale": "en-GB",
    "time_zone": "Europe/London",
}


def _log_in(client, email: str, password: str = PASSWORD, **extra):
    return client.post(reverse("account_login"), {"login": email, "password": password, **extra})


def _verify_from_email(client, message) -> None:
    line = next(line for line in message.body.splitlines() if "/accounts/confirm-email/" in line)
    client.post(line[line.index("/accounts/confirm-email/") :].strip())


# --- item 3: the Site row and the emails -------------------------------------------


def test_the_site_row_follows_settings(settings):
    site = Site.objects.get_current()
    assert (site.name, site.domain) == (settings.SITE_NAME, settings.SITE_DOMAIN)
    settings.SITE_NAME, settings.SITE_DOMAIN = "Hypnic (staging)", "staging.hypnic.example"
    site_sync()
    site = Site.objects.get_current()
    assert (site.name, site.domain) == ("Hypnic (staging)", "staging.hypnic.example")


def test_the_verification_email_names_the_site(
    client, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup"), SIGNUP)
    body = mail.outbox[-1].body
    assert f"Hello from {settings.SITE_NAME}!" in body
    assert "Hello from !" not in body
    assert settings.SITE_DOMAIN in body


# --- item 7: where log-in lands ----------------------------------------------------


def test_member_without_a_logbook_lands_on_the_account_page(client):
    user = UserFactory()
    assert _log_in(client, user.email)["Location"] == reverse("accounts:home")


def test_member_with_one_logbook_lands_on_it(client):
    membership = MembershipFactory(role=Role.CAREGIVER)
    response = _log_in(client, membership.user.email)
    assert response["Location"] == reverse(
        "logbook:timeline", kwargs={"subject_id": membership.subject_id}
    )


def test_member_with_several_logbooks_lands_on_the_list(client):
    first = MembershipFactory()
    MembershipFactory(user=first.user)
    assert _log_in(client, first.user.email)["Location"] == reverse("logbook:index")


def test_an_explicit_next_still_wins(client):
    membership = MembershipFactory()
    response = _log_in(client, membership.user.email, next=reverse("forum:index"))
    assert response["Location"] == reverse("forum:index")


# --- item 4: an invitation survives sign-up, verification and log-in -------------


def test_invitee_arrives_at_join_this_logbook_after_signing_up(
    client, django_capture_on_commit_callbacks
):
    owner = MembershipFactory(role=Role.OWNER)
    _, token = logbook_services.invitation_create(
        subject=owner.subject, invited_by=owner.user, email=SIGNUP["email"], role=Role.CAREGIVER
    )
    invitation = reverse("logbook:invitation_accept", kwargs={"token": token})
    login_url = client.get(invitation)["Location"]
    assert login_url.startswith(reverse("account_login"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("account_signup") + "?next=" + invitation, SIGNUP)
    _verify_from_email(client, mail.outbox[-1])
    response = _log_in(client, SIGNUP["email"], SIGNUP["password1"])
    assert response["Location"] == invitation
    page = client.get(invitation)
    assert page.status_code == HTTPStatus.OK
    assert 'data-testid="accept-invitation"' in page.content.decode()


# --- item 6: a fresh log-in is recent authentication -------------------------------


@pytest.mark.parametrize("name", ["accounts:export", "accounts:delete"])
def test_no_second_password_just_after_logging_in(client, name):
    user = UserFactory()
    _log_in(client, user.email)
    response = client.get(reverse(name))
    assert response.status_code == HTTPStatus.OK


def test_the_password_is_asked_again_once_the_log_in_is_old(client, settings):
    user = UserFactory()
    with time_machine.travel(dt.datetime(2026, 11, 3, 22, 0, tzinfo=dt.UTC), tick=False):
        _log_in(client, user.email)
    later = dt.datetime(2026, 11, 3, 22, 0, tzinfo=dt.UTC) + dt.timedelta(
        seconds=settings.ACCOUNT_REAUTHENTICATION_TIMEOUT + 1
    )
    with time_machine.travel(later, tick=False):
        response = client.get(reverse("accounts:export"))
    assert response["Location"].startswith(reverse("account_reauthenticate"))
