"""All settings, read from the environment (see .env.example)."""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # Throwaway key for local development only; sessions do not survive a restart.
    SECRET_KEY = "insecure-development-key-" + "x" * 40

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "django.contrib.postgres",
    "claims",
    "reviews",
    "desk",
    "publishing",
    "notifications",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "desk.context.desk_user",
                "notifications.context_processors.unread_notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "factcheck.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Writers wait for each other instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {}).update({"timeout": 20, "transaction_mode": "IMMEDIATE"})

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("fr", "Français")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Paris")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or BASE_DIR / "media")
# Evidence files and archived pages go to an S3-compatible bucket instead when one is named
# (django-storages reads AWS_S3_ENDPOINT_URL, AWS_S3_REGION_NAME and the AWS_* credentials itself).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            # Private objects, reached only through the access-checking views.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
# Evidence files are never served from a public URL; a view checks access first.
MEDIA_URL = "/media-not-served/"

LOGIN_URL = "login"
# The desk's home sends each person to their starting page (see desk.views.home).
LOGIN_REDIRECT_URL = "desk:home"
LOGOUT_REDIRECT_URL = "login"

# Local memory by default; several processes (gunicorn workers) share throttle
# counts only through Redis, hence REDIS_CACHE_URL in production.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
if os.environ.get("REDIS_CACHE_URL"):
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_CACHE_URL"],
    }

REST_FRAMEWORK = {
    # Token first: its WWW-Authenticate header makes DRF answer 401, not 403, to anonymous callers.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "EXCEPTION_HANDLER": "factcheck.api.errors.exception_handler",
    "DEFAULT_THROTTLE_RATES": {"auth": os.environ.get("API_AUTH_THROTTLE_RATE", "10/minute")},
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Factcheck desk API",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "DESCRIPTION": "Claims, evidence, verdicts and queues of the fact-check desk. "
    "Errors are JSON objects with `detail` and `code` (and `fields`, `conditions` or `current` where they apply).",
    "COMPONENT_SPLIT_REQUEST": True,
    # Ids in paths: up to 18 digits, so no number in a URL can overflow a database integer.
    "PATH_CONVERTER_OVERRIDES": {"id": {"type": "integer", "minimum": 1, "maximum": 999_999_999_999_999_999}},
    "ENUM_NAME_OVERRIDES": {
        "ClaimStatusEnum": "claims.models.Claim.Status",
        "VerdictStateEnum": "reviews.models.Verdict.State",
        "EvidenceKindEnum": "reviews.models.Evidence.Kind",
    },
}

# Largest document or evidence file the API accepts.
FACTCHECK_UPLOAD_MAX_BYTES = int(os.environ.get("FACTCHECK_UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))

# Celery. Without a broker, tasks run in-process so `make run` needs no Redis.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Longest task (a URL fetch plus extraction) is bounded by this hard limit; the
# broker's visibility timeout is longer so an unacked task is not redelivered early.
CELERY_TASK_TIME_LIMIT = int(os.environ.get("CELERY_TASK_TIME_LIMIT", "300"))
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - 30
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT * 4}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_BEAT_SCHEDULE = {
    "requeue-stale-documents": {"task": "claims.tasks.requeue_stale_documents", "schedule": 60.0},
    "flag-overdue-assignments": {"task": "reviews.tasks.flag_overdue_assignments", "schedule": 300.0},
}

# Fetching pages (factcheck/fetch.py).
# How the site names itself when it fetches a page.
FACTCHECK_FETCH_USER_AGENT = os.environ.get("FACTCHECK_FETCH_USER_AGENT", "FactcheckDesk/1.0 (fact-check intake)")
# Loopback "127.0.0.1:PORT" or "[::1]:PORT" pairs that fetches may reach. Tests only: it is
# deliberately not read from the environment, so a deployment cannot open it by mistake.
FACTCHECK_FETCH_ALLOWED_TEST_HOSTS: list[str] = []

FACTCHECK_INTAKE_MAX_BYTES = 5 * 1024 * 1024
# Largest web page kept as an evidence archive.
FACTCHECK_ARCHIVE_MAX_BYTES = int(os.environ.get("FACTCHECK_ARCHIVE_MAX_BYTES", str(10 * 1024 * 1024)))

# Product rules.
FACTCHECK_CORROBORATION_MIN_SOURCES = int(os.environ.get("FACTCHECK_CORROBORATION_MIN_SOURCES", "2"))
FACTCHECK_LOW_RELIABILITY_COUNTS = env_bool("FACTCHECK_LOW_RELIABILITY_COUNTS", False)
FACTCHECK_CLAIM_THRESHOLD = float(os.environ.get("FACTCHECK_CLAIM_THRESHOLD", "0.5"))
# A running extraction older than this is presumed dead (its worker was lost) and queued again.
FACTCHECK_EXTRACTION_STALE_MINUTES = int(os.environ.get("FACTCHECK_EXTRACTION_STALE_MINUTES", "15"))
# A document still pending after this long was probably never queued (broker down): queue it again.
FACTCHECK_PENDING_REQUEUE_MINUTES = int(os.environ.get("FACTCHECK_PENDING_REQUEUE_MINUTES", "2"))

# Default time to do a claim, from its priority, when an editor gives no due date.
FACTCHECK_DUE_HOURS = int(os.environ.get("FACTCHECK_DUE_HOURS", "24"))
FACTCHECK_DUE_HOURS_URGENT = int(os.environ.get("FACTCHECK_DUE_HOURS_URGENT", "4"))
# Give each new claim to the least-loaded fact-checker who reads its language.
FACTCHECK_AUTO_ASSIGN = env_bool("FACTCHECK_AUTO_ASSIGN", False)

# Largest evidence file accepted, in megabytes.
FACTCHECK_MAX_UPLOAD_MB = int(os.environ.get("FACTCHECK_MAX_UPLOAD_MB", "20"))

# Publishing: who signs the public fact-checks (the ClaimReview author), and matching.
FACTCHECK_ORGANISATION_NAME = os.environ.get("FACTCHECK_ORGANISATION_NAME", "Factcheck desk")
FACTCHECK_ORGANISATION_URL = os.environ.get("FACTCHECK_ORGANISATION_URL", "https://factcheck.example.org/")
# Trigram similarity (0-1) at which an earlier claim is suggested as the same claim.
FACTCHECK_MATCH_THRESHOLD = float(os.environ.get("FACTCHECK_MATCH_THRESHOLD", "0.5"))

_DEFAULT_EMAIL_BACKEND = "console" if DEBUG else "smtp"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", f"django.core.mail.backends.{_DEFAULT_EMAIL_BACKEND}.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "factcheck@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
