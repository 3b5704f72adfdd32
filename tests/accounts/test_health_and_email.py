"""/healthz and email delivery, against a real Celery worker process."""

import time
from http import HTTPStatus

import pytest
from django.db import transaction
from django.urls import reverse

from accounts import services

pytestmark = pytest.mark.worker


def test_healthz_ok_with_database_redis_and_worker(client, celery_worker_process):
    response = client.get(reverse("healthz"))
    assert response.status_code == HTTPStatus.OK
    assert response.json() == {
        "status": "ok",
        "failed": [],
        "checks": {"database": "ok", "redis": "ok", "celery": "ok"},
    }


@pytest.mark.django_db
def test_healthz_names_celery_when_no_worker_answers(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    body = response.json()
    assert body["failed"] == ["celery"]
    assert body["checks"]["database"] == "ok"


@pytest.mark.django_db
def test_healthz_names_redis_when_it_is_down(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"
    response = client.get(reverse("healthz"))
    assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
    assert "redis" in response.json()["failed"]


def test_email_is_delivered_by_the_worker(celery_worker_process):
    with transaction.atomic():
        services.email_send(to=["parent@example.org"], subject="Hello", body="From the worker")
    mail_dir = celery_worker_process.mail_dir

    def written() -> list[str]:
        # Django's file backend creates the file, then writes the message and a
        # closing line of dashes: read only whole messages.
        files = list(mail_dir.iterdir()) if mail_dir.exists() else []
        texts = [f.read_text() for f in files]
        return texts if texts and all(t.rstrip().endswith("-" * 79) for t in texts) else []

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not written():
        time.sleep(0.2)
    texts = written()
    assert len(texts) == 1
    text = texts[0]
    assert "Subject: [Hypnic] Hello" in text
    assert "From the worker" in text
