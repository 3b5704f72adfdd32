"""Hypnic settings: one module, every value from the environment.

DJANGO_ENV selects safe defaults: "development" (the default: DEBUG on, console
email, plain-HTTP cookies) or "production" (DEBUG off, a SECRET_KEY and
ALLOWED_HOSTS required, HTTPS-only cookies, HSTS). The README lists every
variable. Nothing here holds business logic.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


ENVIRONMENT = os.environ.get("DJANGO_ENV", "development")
if ENVIRONMENT not in {"development", "production"}:
    raise ImproperlyConfigured("DJANGO_ENV must be 'development' or 'production'.")
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DJANGO_DEBUG", default=not PRODUCTION)

_DEV_SECRET_KEY = "django-insecure-hypnic-development-only-key-never-use-in-production"  # noqa: S105
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "" if PRODUCTION else _DEV_SECRET_KEY)
if not SECRET_KEY:
    raise ImproperlyConfigured("DJANGO_SECRET_KEY is required when DJANGO_ENV=production.")

ALLOWED_HOSTS = env_list(
    "DJANGO_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"]
)
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The name and domain of django.contrib.sites' row (allauth's emails say "Hello from
# <name>", sitemaps and feeds use the domain); kept in step on every migrate.
SITE_NAME = os.environ.get("SITE_NAME", "Hypnic")
SITE_DOMAIN = os.environ.get("SITE_DOMAIN", urlsplit(SITE_URL).netloc)

INSTALLED_APPS = [
    "accounts",
    "logbook",
    "logbook.video",
    "forum",
    "forum.moderation",
    "articles",
    "accounts.apps.HypnicAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "csp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Cached anonymous forum pages, before the session and everything after it.
    "forum.middleware.AnonymousPageMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "accounts.middleware.StaffSessionMiddleware",
    "accounts.middleware.PrivateResponseMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "accounts.middleware.UserTimezoneMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "accounts.context_processors.site",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get(
            "DATABASE_URL",
            f"postgres://hypnic@127.0.0.1:{os.environ.get('HYPNIC_PG_PORT', '54329')}/hypnic",
        ),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if not DATABASES["default"]["ENGINE"].endswith("postgresql"):
    raise ImproperlyConfigured("Hypnic runs on PostgreSQL only (DATABASE_URL=postgres://...).")

REDIS_URL = os.environ.get(
    "REDIS_URL", f"redis://127.0.0.1:{os.environ.get('HYPNIC_REDIS_PORT', '63799')}/0"
)
if os.environ.get("PYTEST_XDIST_WORKER", "").startswith("gw"):
    # Each pytest-xdist worker gets its own Redis database, so one worker's
    # cache.clear() or queued task never reaches another worker's tests.
    _redis_base, _redis_db = REDIS_URL.rsplit("/", 1)
    _worker_db = int(_redis_db or 0) + 1 + int(os.environ["PYTEST_XDIST_WORKER"][2:])
    REDIS_URL = f"{_redis_base}/{_worker_db}"

CACHES = {
    "default": {
        "BACKEND": "accounts.cache.Cache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "hypnic"),
        "TIMEOUT": 300,
    }
}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
# URL namespaces whose responses are private even without an account (share links);
# every response to a signed-in member is private anyway (PrivateResponseMiddleware).
PRIVATE_URL_NAMESPACES = ["share", "logbook", "videos", "accounts", "notifications", "admin"]
LOGIN_REDIRECT_URL = "accounts:home"
LOGOUT_REDIRECT_URL = "home"

SITE_ID = 1

# django-allauth: email is the login; the public handle is our own field.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_ADAPTER = "accounts.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Hypnic] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"
ACCOUNT_RATE_LIMITS_ENABLED = env_bool("ACCOUNT_RATE_LIMITS_ENABLED", default=True)
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Signed-in devices are recorded at login; tracking every request's activity would
# add a transaction and an UPDATE to each logged-in page view.
USERSESSIONS_TRACK_ACTIVITY = False
MFA_TOTP_ISSUER = "Hypnic"

# Groups whose members must have MFA before any staff page (accounts.permissions).
STAFF_GROUPS = ("Moderator", "Editor", "Medical reviewer")

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", _("English (UK)")), ("en-us", _("English (US)"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STATICFILES_DIRS = [
    BASE_DIR / "static",
    ("vendor/bootstrap", BASE_DIR / "node_modules" / "bootstrap" / "dist"),
    ("vendor/bootstrap-icons", BASE_DIR / "node_modules" / "bootstrap-icons" / "font"),
    ("vendor/htmx", BASE_DIR / "node_modules" / "htmx.org" / "dist"),
    ("vendor/chartjs", BASE_DIR / "node_modules" / "chart.js" / "dist"),
]
STORAGES = {
    # Private media: a directory no URL serves; views check access and stream.
    "default": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": os.environ.get("MEDIA_ROOT", str(BASE_DIR / "var" / "media"))},
    },
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if PRODUCTION
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
MEDIA_ROOT = STORAGES["default"]["OPTIONS"]["location"]
WHITENOISE_USE_FINDERS = not PRODUCTION
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Email: console in development; SMTP or an anymail backend from the environment.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", str(BASE_DIR / "var" / "mail"))
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Hypnic <no-reply@hypnic.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
ANYMAIL = {
    key[len("ANYMAIL_") :]: value for key, value in os.environ.items() if key.startswith("ANYMAIL_")
}

# Celery: Redis broker; tasks acknowledge late so a killed worker loses nothing.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", REDIS_URL)
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_ALWAYS_EAGER = env_bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BEAT_SCHEDULE: dict[str, dict] = {}
CELERY_BEAT_SCHEDULE_FILENAME = str(BASE_DIR / "var" / "celerybeat-schedule")

# Security headers. The CSP allows no inline script; all JS is in static/.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
_secure = env_bool("DJANGO_SECURE_COOKIES", default=PRODUCTION)
SESSION_COOKIE_SECURE = _secure
CSRF_COOKIE_SECURE = _secure
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", default=PRODUCTION)
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 31536000 if PRODUCTION else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
if env_bool("DJANGO_BEHIND_PROXY", default=PRODUCTION):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Private media delivery: "django" streams with Range; "nginx" sends X-Accel-Redirect.
MEDIA_DELIVERY = os.environ.get("MEDIA_DELIVERY", "django")
MEDIA_ACCEL_PREFIX = os.environ.get("MEDIA_ACCEL_PREFIX", "/_protected/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# --- forum ---
from celery.schedules import crontab as _forum_crontab  # noqa: E402

# Anonymous thread pages are cached per thread version (bumped on every change).
FORUM_THREAD_CACHE_SECONDS = env_int("FORUM_THREAD_CACHE_SECONDS", 600)
# The notifications tasks live in a package autodiscovery does not look into.
CELERY_IMPORTS = [*globals().get("CELERY_IMPORTS", []), "accounts.notifications.tasks"]
CELERY_BEAT_SCHEDULE["forum-daily-digest"] = {
    "task": "accounts.notifications.tasks.digests_send_all",
    "schedule": _forum_crontab(hour=7, minute=0),  # UTC
}
CELERY_BEAT_SCHEDULE["forum-outcome-reminders"] = {
    "task": "forum.tasks.outcome_reminders",
    "schedule": _forum_crontab(hour=10, minute=0),
}

# --- articles ---
from celery.schedules import crontab as _articles_crontab  # noqa: E402

CELERY_BEAT_SCHEDULE["articles-publish-scheduled"] = {
    "task": "articles.tasks.articles_publish_due_task",
    "schedule": 300.0,  # every five minutes
}
CELERY_BEAT_SCHEDULE["articles-review-reminders"] = {
    "task": "articles.tasks.review_reminders_task",
    "schedule": _articles_crontab(hour=7, minute=30),  # UTC
}

# --- logbook ---
CELERY_BEAT_SCHEDULE["logbook-purge-deleted-episodes"] = {
    "task": "logbook.tasks.purge_deleted_episodes",
    "schedule": 3600.0,
}

# --- logbook.video ---
# Caps of an uploaded video (also shown on the upload page).
VIDEO_MAX_BYTES = env_int("VIDEO_MAX_BYTES", 1024**3)  # 1 GiB
VIDEO_MAX_SECONDS = env_int("VIDEO_MAX_SECONDS", 600)  # 10 minutes
# The browser sends the file in chunks of this size; each is streamed to disk.
VIDEO_UPLOAD_CHUNK_BYTES = env_int("VIDEO_UPLOAD_CHUNK_BYTES", 8 * 1024**2)
# Chunks are read from the request and appended; never held whole in memory. A
# chunk is a raw body (application/octet-stream), so Django never parses it and
# DATA_UPLOAD_MAX_MEMORY_SIZE (forms only) stays at its 2.5 MB default.
# Unfinished uploads live here (local disk: resumable uploads need sticky sessions
# or a shared volume when several web hosts serve them) and go after a day.
VIDEO_UPLOAD_TMP_DIR = os.environ.get(
    "VIDEO_UPLOAD_TMP_DIR", str(Path(MEDIA_ROOT) / "uploads" / "tmp")
)
VIDEO_WORK_DIR = os.environ.get("VIDEO_WORK_DIR", str(Path(MEDIA_ROOT) / "uploads" / "work"))
VIDEO_UPLOAD_STALE_HOURS = env_int("VIDEO_UPLOAD_STALE_HOURS", 24)
FILE_UPLOAD_PERMISSIONS = 0o640
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750
# Clinician share links.
VIDEO_SHARE_DEFAULT_DAYS = env_int("VIDEO_SHARE_DEFAULT_DAYS", 14)
VIDEO_SHARE_MAX_DAYS = env_int("VIDEO_SHARE_MAX_DAYS", 90)
VIDEO_SHARE_PASSCODE_ATTEMPTS = env_int("VIDEO_SHARE_PASSCODE_ATTEMPTS", 5)  # per 15 min
# Storage of videos: "local" (a private directory, MEDIA_DELIVERY decides how bytes
# leave) or "s3" (django-storages; the view redirects to a short-lived signed URL).
VIDEO_STORAGE = os.environ.get("VIDEO_STORAGE", "local")
VIDEO_SIGNED_URL_SECONDS = env_int("VIDEO_SIGNED_URL_SECONDS", 60)
if VIDEO_STORAGE == "s3":
    STORAGES["videos"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("AWS_STORAGE_BUCKET_NAME", "hypnic-media"),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": VIDEO_SIGNED_URL_SECONDS,
            "file_overwrite": True,
            "signature_version": "s3v4",
            "location": os.environ.get("AWS_LOCATION", ""),
        },
    }
    # Signed URLs point at the object store: the browser must be allowed to load them.
    _video_origin = os.environ.get("VIDEO_MEDIA_ORIGIN") or os.environ.get(
        "AWS_S3_ENDPOINT_URL", "https://*.amazonaws.com"
    )
    for _directive in ("media-src", "img-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][_directive].append(_video_origin)
elif VIDEO_STORAGE == "local":
    STORAGES["videos"] = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": MEDIA_ROOT, "base_url": None},
    }
else:
    raise ImproperlyConfigured("VIDEO_STORAGE must be 'local' or 's3'.")
# The Redis broker re-delivers an unacknowledged task after this many seconds.
CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] = env_int(
    "CELERY_VISIBILITY_TIMEOUT", CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
)
CELERY_BEAT_SCHEDULE["video-uploads-clean-stale"] = {
    "task": "logbook.video.tasks.uploads_clean_stale_task",
    "schedule": 3600.0,
}

# --- moderation ---
# Hold a newcomer's posts (trust level 0: no approved post yet) for review (0: off).
# On in production; off in development and tests, where demo seeding, the bench and
# the factories post as brand-new members (see docs/moderation.md). The trust levels
# themselves are forum/moderation/trust.py.
MODERATION_HOLD_FIRST_POSTS = env_int("MODERATION_HOLD_FIRST_POSTS", 1 if PRODUCTION else 0)
# This many reports from trusted members hide a post until a moderator has read it.
MODERATION_FLAG_THRESHOLD = env_int("MODERATION_FLAG_THRESHOLD", 3)
# Before moderators train a model (manage.py moderation_train), the model shipped with
# the code judges advice, contact details and incivility. Off: the rules decide alone
# (the test suite does this, so its verdicts do not move when the model is rebuilt).
MODERATION_USE_SHIPPED_MODEL = env_bool("MODERATION_USE_SHIPPED_MODEL", default=True)
