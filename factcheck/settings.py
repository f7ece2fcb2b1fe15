"""All settings, read from the environment (see .env.example), then from a local .env file."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from dotenv import dotenv_values

BASE_DIR = Path(__file__).resolve().parent.parent

# Development settings that `make run` writes (git-ignored), so that every documented command
# works without exports. The environment always wins; FACTCHECK_ENV_FILE names another file, or
# none when empty (the tests set it so: a developer's .env must not change what they test).
_env_file = os.environ.get("FACTCHECK_ENV_FILE", str(BASE_DIR / ".env"))
ENV_FILE = Path(_env_file) if _env_file else None
# The names taken from ENV_FILE; check --deploy refuses DEBUG among them on a public host.
ENV_FILE_NAMES = []
if ENV_FILE and ENV_FILE.is_file():
    for name, value in dotenv_values(ENV_FILE).items():
        if name not in os.environ and value is not None:
            os.environ[name] = value
            ENV_FILE_NAMES.append(name)


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
    "knox",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_htmx",
    "django.contrib.postgres",
    "axes",
    # The project's apps, lowest layer first (docs/architecture.md).
    "factcheck",
    "sources",
    "claims",
    "notifications",
    "reviews",
    "publishing",
    "monitoring",
    "ingest",
    "api",
    "desk",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "factcheck.security.LoginThrottleMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a lock-out raised during login into its response.
    "axes.middleware.AxesMiddleware",
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
# factcheck/formats/<language>/formats.py: one day-first date format per language.
FORMAT_MODULE_PATH = ["factcheck.formats"]
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

# Django-axes must see every login attempt first; it needs the request, so a test signs in
# with force_login (or client.login(request=HttpRequest(), ...)).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "factcheck.authentication.UserWithPermissionsBackend",
]
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
# Username and address together: a guesser is stopped, yet cannot lock a colleague out from elsewhere.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "factcheck.security.client_ip"
# Reverse proxies in front of the site that each append the client's address to X-Forwarded-For.
FACTCHECK_TRUSTED_PROXY_COUNT = int(os.environ.get("FACTCHECK_TRUSTED_PROXY_COUNT", "0"))
# Sign-in attempts (desk, admin and API together) per client address and per username, counted
# in the cache: shared by every process only with REDIS_CACHE_URL.
FACTCHECK_LOGIN_RATES = {
    "address": os.environ.get("LOGIN_RATE_PER_ADDRESS", "10/minute"),
    "username": os.environ.get("LOGIN_RATE_PER_USERNAME", "10/minute"),
}

# HTTPS. On by default when DEBUG is off; each can be turned off for a plain-http internal deployment.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
# Load balancers probe the health endpoints over plain http on the private address.
SECURE_REDIRECT_EXEMPT = [r"^health/"]
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not DEBUG)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# HSTS stays off until the operator commits to HTTPS for the host (browsers remember it).
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# Preloading is a commitment made by submitting the domain to the browsers' list, never a default:
# check --deploy's reminder about it (security.W021) is silenced, so the documented variables pass as they are.
SILENCED_SYSTEM_CHECKS = ["security.W021"]
# Only behind a proxy that overwrites X-Forwarded-Proto: otherwise a client could claim HTTPS.
if env_bool("SECURE_PROXY_SSL_HEADER", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy: scripts and styles from our own origin only, no inline code.
# Pages load htmx from static/ and set htmx.config through <meta name="htmx-config"> with
# "includeIndicatorStyles": false, since htmx would otherwise inject an inline <style>.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

REST_FRAMEWORK = {
    # Token first: its WWW-Authenticate header makes DRF answer 401, not 403, to anonymous callers.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "factcheck.authentication.TokenWithPermissionsAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["api.parsers.JSONParser"],
    "EXCEPTION_HANDLER": "api.errors.exception_handler",
    # Our throttles key on factcheck.security.client_ip; should one of DRF's be added, its
    # get_ident trusts X-Forwarded-For only as far as the same proxies.
    "NUM_PROXIES": FACTCHECK_TRUSTED_PROXY_COUNT,
}

# API tokens (django-rest-knox): stored as SHA-512 digests, sent as "Authorization: Token <token>".
REST_KNOX = {
    "TOKEN_TTL": timedelta(hours=int(os.environ.get("API_TOKEN_TTL_HOURS", "24"))),
    "AUTH_HEADER_PREFIX": "Token",
    "AUTO_REFRESH": False,
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
        "ArchiveStateEnum": "reviews.models.ArchivedPage.State",
        "MatchStateEnum": "publishing.models.ClaimMatch.State",
        "ClaimEventKindEnum": "claims.models.ClaimEvent.Kind",
        "SourceKindEnum": "sources.models.Source.Kind",
        "SourceEventKindEnum": "sources.models.SourceEvent.Kind",
        "SourceReliabilityEnum": "sources.models.Source.Reliability",
        "SourceProposalStateEnum": "sources.models.SourceProposal.State",
        "NotificationKindEnum": "notifications.models.Notification.Kind",
    },
}

# Largest article taken in, in bytes, by every way in: pasted text, an uploaded file (API, desk, `manage.py ingest`),
# a fetched page, and the text read from any of them. Evidence files follow FACTCHECK_MAX_UPLOAD_MB, below.
FACTCHECK_INTAKE_MAX_BYTES = int(os.environ.get("FACTCHECK_INTAKE_MAX_BYTES", str(10 * 1024 * 1024)))

# Celery: broker, time limits, queues, routes and the beat (factcheck/settings_celery.py).
from factcheck.settings_celery import *  # noqa: E402, F403
from factcheck.settings_feeds import *  # noqa: E402, F403 (fetching from local hosts; feeds, their beat and queues)

# Fetching pages (factcheck/fetch.py).
# How the site names itself when it fetches a page.
FACTCHECK_FETCH_USER_AGENT = os.environ.get("FACTCHECK_FETCH_USER_AGENT", "FactcheckDesk/1.0 (fact-check intake)")

# Largest web page kept as an evidence archive.
FACTCHECK_ARCHIVE_MAX_BYTES = int(os.environ.get("FACTCHECK_ARCHIVE_MAX_BYTES", str(10 * 1024 * 1024)))

# Product rules.
FACTCHECK_CORROBORATION_MIN_SOURCES = int(os.environ.get("FACTCHECK_CORROBORATION_MIN_SOURCES", "2"))
FACTCHECK_LOW_RELIABILITY_COUNTS = env_bool("FACTCHECK_LOW_RELIABILITY_COUNTS", False)
FACTCHECK_CLAIM_THRESHOLD = float(os.environ.get("FACTCHECK_CLAIM_THRESHOLD", "0.5"))
# The languages ("fr", "en", comma-separated) whose claims the learned decision layer decides
# (claims/extraction/decision.py) instead of the model's probability and the held-back rules; none by default.
FACTCHECK_DECISION_LAYER_LANGUAGES = tuple(env_list("FACTCHECK_DECISION_LAYER_LANGUAGES"))
# An extraction queued or started longer ago than this is presumed lost (its worker or its message) and queued again.
FACTCHECK_EXTRACTION_STALE_MINUTES = int(os.environ.get("FACTCHECK_EXTRACTION_STALE_MINUTES", "15"))
# A document, a claim's search for matches or a notification's email never queued (the broker
# was down) is queued again after this long.
FACTCHECK_PENDING_REQUEUE_MINUTES = int(os.environ.get("FACTCHECK_PENDING_REQUEUE_MINUTES", "2"))
# A claim's search for matches queued longer ago than this and not done is presumed lost and queued again.
FACTCHECK_MATCHING_STALE_MINUTES = int(os.environ.get("FACTCHECK_MATCHING_STALE_MINUTES", "15"))
# An email (a notice's, a morning digest's) queued longer ago than this and not sent is presumed lost with its task
# and queued again.
FACTCHECK_EMAIL_STALE_MINUTES = int(os.environ.get("FACTCHECK_EMAIL_STALE_MINUTES", "15"))

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
# Matching score (0-1, words and meaning: publishing/match_search.py) at which an earlier row is suggested.
FACTCHECK_MATCH_THRESHOLD = float(os.environ.get("FACTCHECK_MATCH_THRESHOLD", "0.25"))
# Longest a claim's search for matches may run its queries on PostgreSQL, in milliseconds; past it the search is
# given up and recorded as timed out, not queued again.
FACTCHECK_MATCHING_TIMEOUT_MS = int(os.environ.get("FACTCHECK_MATCHING_TIMEOUT_MS", "5000"))
# Threads the matching worker gives the embedding model (one per worker process scales best).
FACTCHECK_EMBEDDING_THREADS = int(os.environ.get("FACTCHECK_EMBEDDING_THREADS", "1"))
# Matching's nearest-by-meaning index files (publishing/vector_index.py): a local directory the web and worker
# processes of a machine share (each maps the files read-only), rebuilt by `manage.py reindex_matching`.
FACTCHECK_VECTOR_INDEX_DIR = Path(os.environ.get("FACTCHECK_VECTOR_INDEX_DIR") or BASE_DIR / "var" / "vector-index")
# Rows embedded since the index was written that the matching worker lets gather before folding them in.
FACTCHECK_VECTOR_INDEX_PENDING_ROWS = int(os.environ.get("FACTCHECK_VECTOR_INDEX_PENDING_ROWS", "2000"))
# Most rows outside the index each process compares exactly (the newest); older ones are found by their words
# until the index takes them in. 50,000 rows are 73 MiB per process.
FACTCHECK_VECTOR_RECENT_MAX = int(os.environ.get("FACTCHECK_VECTOR_RECENT_MAX", "50000"))

_DEFAULT_EMAIL_BACKEND = "console" if DEBUG else "smtp"
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", f"django.core.mail.backends.{_DEFAULT_EMAIL_BACKEND}.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "factcheck@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
