import re
import secrets
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest
from django.urls import reverse

from accounts.locales import locale_from_accept_language

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def test_home_page_has_landmarks_navigation_and_disclaimer(client):
    body = client.get(reverse("home")).content.decode()
    for landmark in ("<header>", "<main", "<footer", 'aria-label="Main"'):
        assert landmark in body
    for link in ("/logbook/", "/forum/", "/articles/"):
        assert f'href="{link}"' in body
    assert "information, not medical advice" in body
    doors = [
        ("Logbook", "/logbook/", "Open the logbook"),
        ("Community", "/forum/", "Visit the community"),
        ("Articles", "/articles/", "Read the articles"),
    ]
    for heading, link, label in doors:
        assert f'<h2 class="h5 card-title">{heading}</h2>' in body
        assert f'<a class="btn btn-outline-primary" href="{link}">{label}</a>' in body
    assert "take a clear report to the doctor" in body


def test_no_inline_script_on_pages(client):
    for url in (reverse("home"), reverse("account_login"), reverse("account_signup")):
        body = client.get(url).content.decode()
        scripts = re.findall(r"<script\b[^>]*>", body)
        assert scripts, url
        assert all("src=" in tag for tag in scripts), (url, scripts)
        assert " onclick=" not in body
        assert " onload=" not in body


def test_security_headers(client):
    response = client.get(reverse("home"))
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("accept_language", "number"),
    [
        ("en-US,en;q=0.8", "911"),
        ("en-GB", "999"),
        ("fr-FR,fr", "112"),
        ("en-AU", "000"),
        ("", "112"),
    ],
)
def test_footer_emergency_number_follows_visitor_locale(client, accept_language, number):
    body = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE=accept_language).content.decode()
    assert f'data-emergency-number="{number}"' in body


def test_member_locale_wins_over_browser(client, user):
    user.locale = "en-NZ"
    user.save(update_fields=["locale"])
    client.force_login(user)
    body = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en-US").content.decode()
    assert 'data-emergency-number="111"' in body


def test_locale_from_accept_language_uses_region():
    assert locale_from_accept_language("en-gb;q=0.9") == "en-GB"
    assert locale_from_accept_language("de") == "en"


def test_404_page_is_friendly(client):
    response = client.get("/no-such-page/")
    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Page not found" in response.content.decode()


def test_night_theme_is_remembered_by_cookie(client):
    assert 'data-bs-theme="dark"' in client.get(reverse("home")).content.decode()
    client.cookies["theme"] = "light"
    assert 'data-bs-theme="light"' in client.get(reverse("home")).content.decode()


def test_production_settings_pass_check_deploy():
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_ENV": "production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "hypnic.example.org",
        "DJANGO_SETTINGS_MODULE": "config.settings",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_secret_key():
    env = {"PATH": "/usr/bin:/bin", "DJANGO_ENV": "production"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr
