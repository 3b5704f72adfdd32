"""The composer's live nudge: which rule, why, and urgent-care guidance; no writes."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from forum.moderation import views
from forum.moderation.engine.categories import BY_CODE

CHECK = reverse("moderation:check")


def test_anonymous_goes_to_login(client, db):
    response = client.post(CHECK, {"body": "hello"})
    assert response.status_code == HTTPStatus.FOUND


def test_only_post(user_client):
    assert user_client.get(CHECK).status_code == HTTPStatus.METHOD_NOT_ALLOWED


def test_dose_advice_names_the_rule_and_why(user_client):
    with CaptureQueriesContext(connection) as queries:
        response = user_client.post(
            CHECK, {"body": "give him 0.5 mg of clonazepam before bed"}, HTTP_HX_REQUEST="true"
        )
    body = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert BY_CODE["dose_advice"].nudge_rule in body
    assert "only their own doctor can set one" in body
    assert "<mark>0.5 mg</mark>" in body
    assert 'data-category="dose_advice"' in body
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert writes == []


def test_contact_details_and_title_are_checked(user_client):
    body = user_client.post(
        CHECK, {"title": "Text me on 07700 900123", "body": "We can talk there."}
    ).content.decode()
    assert BY_CODE["contact"].nudge_rule in body


@pytest.mark.parametrize(
    ("locale", "number"), [("en-GB", "999"), ("en-US", "911"), ("en-IE", "112")]
)
def test_emergency_shows_the_members_emergency_number(client, user, locale, number):
    user.locale = locale
    user.save(update_fields=["locale"])
    client.force_login(user)
    body = client.post(CHECK, {"body": "My baby is not breathing and her lips are blue"})
    text = body.content.decode()
    assert 'data-testid="nudge-urgent"' in text
    assert f"call {number} now" in text


def test_own_history_gets_no_warning(user_client):
    body = user_client.post(
        CHECK, {"body": "Our neurologist started him on 0.5 mg of clonazepam and it helped."}
    ).content.decode()
    assert "nudge-warning" not in body
    assert "nudge-urgent" not in body


def test_rate_limited(user_client, monkeypatch):
    monkeypatch.setattr(views, "NUDGE_LIMIT_PER_MINUTE", 2)
    for _ in range(2):
        assert user_client.post(CHECK, {"body": "hi"}).status_code == HTTPStatus.OK
    assert user_client.post(CHECK, {"body": "hi"}).status_code == HTTPStatus.TOO_MANY_REQUESTS
