"""Shared pieces of `make bench`: what a scenario returns, and the bench user."""

from dataclasses import dataclass

BENCH_EMAIL = "bench@example.org"
BENCH_HANDLE = "bench_user"
BENCH_PASSWORD = "bench-password-not-secret-1"


@dataclass(frozen=True)
class Page:
    """One page to measure. `login` pages are fetched with the bench user's session."""

    name: str
    path: str
    login: bool = False


def bench_user():
    from allauth.account.models import EmailAddress

    from accounts.models import User

    user = User.objects.filter(email=BENCH_EMAIL).first()
    if user is None:
        user = User.objects.create_user(
            email=BENCH_EMAIL, password=BENCH_PASSWORD, handle=BENCH_HANDLE
        )
    EmailAddress.objects.get_or_create(
        user=user, email=BENCH_EMAIL, defaults={"verified": True, "primary": True}
    )
    return user


def session_cookie_for(user) -> str:
    """A logged-in session created directly in the store gunicorn reads."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.cached_db import SessionStore

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return f"{settings.SESSION_COOKIE_NAME}={session.session_key}"


CORE_PAGES = [
    Page("baseline", "/bench/baseline/"),
    Page("home", "/"),
    Page("login page", "/accounts/login/"),
    Page("account page", "/account/", login=True),
]
