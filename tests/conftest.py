"""Fixtures for every test: real PostgreSQL, real Redis, eager or real Celery."""

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from celery import current_app
from django.core.cache import cache

from .factories import PASSWORD, UserFactory

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_cache():
    """Each test starts with an empty cache (its own Redis db per xdist worker)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _rules_decide(settings):
    """Verdicts in tests come from the rules (and from models a test trains itself), not
    from the shipped model, which is rebuilt whenever the corpus grows."""
    settings.MODERATION_USE_SHIPPED_MODEL = False


@pytest.fixture(autouse=True)
def _eager_celery():
    """Tasks run inline by default; tests marked `worker` use a real worker."""
    previous = current_app.conf.task_always_eager
    current_app.conf.task_always_eager = True
    yield
    current_app.conf.task_always_eager = previous


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def user(db):
    return UserFactory()


@pytest.fixture
def other_user(db):
    return UserFactory()


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    """Staff fixtures log in through the real form: hash the test password cheaply."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def staff_log_in(client, user):
    """Log `client` in through allauth's real door: password, then the MFA step.

    Returns the user as the next request sees it, marked by StaffSessionMiddleware,
    so services called with it hold the same staff powers as the session. The first
    login answers with the current TOTP code; allauth refuses a code twice in its
    30 s window, so a second login of the same user answers with a recovery code.
    """
    from allauth.mfa.models import Authenticator
    from django.urls import reverse

    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        activate_totp(user)
    client.logout()
    landing = reverse("mfa_index")  # allauth's own page: present in every URLconf
    response = client.post(
        reverse("account_login"), {"login": user.email, "password": PASSWORD, "next": landing}
    )
    assert response.status_code == 302, "password step failed"
    assert response["Location"] == reverse("mfa_authenticate"), response["Location"]
    response = client.post(reverse("mfa_authenticate"), {"code": totp_code(user)})
    if response.status_code != 302:
        response = client.post(reverse("mfa_authenticate"), {"code": recovery_code(user)})
    assert response.status_code == 302, "MFA step failed"
    assert response["Location"] == landing
    seen = client.get(landing).wsgi_request.user
    marked = getattr(seen, "_wrapped", seen)
    from accounts.permissions import staff_session_active

    assert staff_session_active(marked)
    return marked


def recovery_code(user) -> str:
    """An unused recovery code of `user` (set up on first use), as printed for them."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes

    auth = Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).first()
    codes = RecoveryCodes(auth) if auth else RecoveryCodes.activate(user)
    return codes.get_unused_codes()[0]


def staff_client(user):
    """A fresh test client logged in as `user` through the real MFA door; the marked
    user is `client.staff_user`."""
    from django.test import Client

    client = Client()
    client.staff_user = staff_log_in(client, user)
    return client


@pytest.fixture
def moderator_client(db):
    return staff_client(UserFactory(groups=["Moderator"]))


@pytest.fixture
def moderator(moderator_client):
    """A moderator whose session passed MFA (the user object carries that mark)."""
    return moderator_client.staff_user


def totp_code(user) -> str:
    """The current TOTP code of a user's authenticator, as an app would show it."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    auth = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    from allauth.mfa.utils import decrypt

    secret = decrypt(auth.data["secret"])
    # allauth accepts only the current 30-second window: a code read in its last
    # seconds can expire before a slow browser submits it, so wait for a fresh one.
    if 30 - time.time() % 30 < 5:
        time.sleep(30 - time.time() % 30 + 0.05)
    counter = int(time.time()) // 30
    return format_hotp_value(hotp_value(secret, counter))


def activate_totp(user, secret="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"):  # noqa: S107
    from allauth.mfa.totp.internal.auth import TOTP

    return TOTP.activate(user, secret)


def run_concurrently(func, times: int) -> list:
    """Call `func(i)` from `times` threads released together; returns each result (or
    the exception it raised). Each thread has its own database connection, so the
    test needs transactional_db to let them see its rows."""
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    from django.db import connection

    start = Barrier(times)

    def call(i):
        start.wait()
        try:
            return func(i)
        except Exception as exc:  # noqa: BLE001 - the test inspects what each call raised
            return exc
        finally:
            connection.close()

    with ThreadPoolExecutor(max_workers=times) as pool:
        return list(pool.map(call, range(times)))


@contextlib.contextmanager
def celery_worker(settings, *, args: list[str], env: dict[str, str]):
    """Run a real Celery worker process on this test's database and Redis db.

    The worker connects to the same test database, so it sees rows the test
    committed (transactional_db). `args` picks the pool; `env` adds settings.
    """
    from django.db import connection

    worker_env = os.environ.copy()
    worker_env.pop("PYTEST_XDIST_WORKER", None)  # the worker must not shift dbs again
    worker_env.update(
        {
            "DATABASE_URL": _database_url(connection.settings_dict),
            "REDIS_URL": settings.REDIS_URL,
            "CELERY_BROKER_URL": settings.REDIS_URL,
            "MEDIA_ROOT": str(settings.MEDIA_ROOT),
            **env,
        }
    )
    name = f"test-{os.getpid()}-{time.monotonic_ns()}@%h"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "config",
            "worker",
            "--loglevel=WARNING",
            "-n",
            name,
            "--without-mingle",
            "--without-gossip",
            *args,
        ],
        cwd=ROOT,
        env=worker_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    current_app.conf.task_always_eager = False
    destination = [name.replace("%h", os.uname().nodename)]
    deadline = time.monotonic() + 30
    try:
        while not current_app.control.ping(destination=destination, timeout=0.5):
            if proc.poll() is not None:
                raise RuntimeError(proc.stdout.read().decode())
            if time.monotonic() > deadline:
                raise RuntimeError("Celery worker did not start in 30 s")
        yield proc
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture
def celery_worker_process(transactional_db, tmp_path, settings):
    """A real worker (solo pool); emails go to files under tmp_path / "mail"."""
    env = {
        "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
        "EMAIL_FILE_PATH": str(tmp_path / "mail"),
    }
    with celery_worker(settings, args=["--pool=solo"], env=env) as proc:
        proc.mail_dir = tmp_path / "mail"
        yield proc


def _database_url(params: dict) -> str:
    user = params.get("USER") or ""
    password = params.get("PASSWORD") or ""
    auth = f"{user}:{password}@" if password else f"{user}@"
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    return f"postgres://{auth}{host}:{port}/{params['NAME']}"


def pytest_collection_modifyitems(items):
    """Transactional tests (live server, real worker) empty every table when they
    end, which would also remove what data migrations seeded (groups, forum
    categories). Serialized rollback puts that data back after each of them."""
    transactional = {"transactional_db", "live_server", "celery_worker_process"}
    for item in items:
        names = getattr(item, "fixturenames", None)
        if names is None or "django_db_serialized_rollback" in names:
            continue
        marker = item.get_closest_marker("django_db")
        if transactional & set(names) or (marker and marker.kwargs.get("transaction")):
            names.append("django_db_serialized_rollback")
