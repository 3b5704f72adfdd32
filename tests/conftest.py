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


@pytest.fixture
def moderator(db):
    return UserFactory(groups=["Moderator"])


def totp_code(user) -> str:
    """The current TOTP code of a user's authenticator, as an app would show it."""
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    auth = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    from allauth.mfa.utils import decrypt

    secret = decrypt(auth.data["secret"])
    counter = int(time.time()) // 30
    return format_hotp_value(hotp_value(secret, counter))


def activate_totp(user, secret="JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"):  # noqa: S107
    from allauth.mfa.totp.internal.auth import TOTP

    return TOTP.activate(user, secret)


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
        [sys.executable, "-m", "celery", "-A", "config", "worker", "--loglevel=WARNING",
         "-n", name, "--without-mingle", "--without-gossip", *args],
        cwd=ROOT, env=worker_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
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
