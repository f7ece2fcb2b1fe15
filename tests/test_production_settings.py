"""The deployment settings: `check --deploy` is clean once the documented variables are set."""

import os
import re
import secrets
import shlex
import subprocess
import sys

from django.conf import settings
from gunicorn.config import Config as GunicornConfig

from factcheck.celery import app

PRODUCTION_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "factcheck.example.org",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
}


def production_environment(**env):
    # The machine's environment without anything pytest-env or a developer set for these.
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SECURE_", "SESSION_", "CSRF_"))}
    environment.pop("DEBUG", None)
    environment.update(PRODUCTION_ENV, **env)
    return environment


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=production_environment(**env),
        capture_output=True,
        text=True,
        timeout=60,
    )


def read_settings(*names, **env) -> dict[str, str]:
    code = "import django; django.setup(); from django.conf import settings as s; " + "; ".join(
        f"print(repr(s.{name}))" for name in names
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env={**production_environment(**env), "DJANGO_SETTINGS_MODULE": "factcheck.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(names, result.stdout.splitlines()[-len(names) :], strict=True))


def documented_production_environment() -> dict[str, str]:
    """.env.example's values, as an operator copies them (README: Required environment)."""
    lines = (settings.BASE_DIR / ".env.example").read_text(encoding="utf-8").splitlines()
    documented = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    documented.pop("DATABASE_URL")  # the check needs no database
    return {**documented, "SECRET_KEY": secrets.token_urlsafe(50)}


def test_check_deploy_finds_no_issue_with_the_documented_production_variables():
    """.env.example, README and CI agree: HSTS preloading stays the operator's choice."""
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **documented_production_environment())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_while_https_is_turned_off():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", SECURE_SSL_REDIRECT="0")
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


def test_check_deploy_warns_when_each_process_keeps_its_own_throttle_counts():
    environment = documented_production_environment()
    environment.pop("REDIS_CACHE_URL")
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **environment)
    assert result.returncode != 0
    assert "factcheck.W001" in result.stdout + result.stderr


def test_check_deploy_warns_when_fetches_may_reach_local_hosts():
    environment = documented_production_environment()
    result = run_manage(
        "check", "--deploy", "--fail-level", "WARNING", FACTCHECK_FETCH_ALLOW_HOSTS="feeds.local", **environment
    )
    assert result.returncode != 0
    assert "factcheck.W002" in result.stdout + result.stderr
    assert "feeds.local" in result.stdout + result.stderr


def test_the_local_fetch_allowance_is_empty_unless_set_and_read_from_the_environment():
    assert read_settings("FACTCHECK_FETCH_ALLOW_HOSTS") == {"FACTCHECK_FETCH_ALLOW_HOSTS": "[]"}
    allowed = read_settings("FACTCHECK_FETCH_ALLOW_HOSTS", FACTCHECK_FETCH_ALLOW_HOSTS=" Feeds.Local, 127.0.0.1:8001 ")
    assert allowed == {"FACTCHECK_FETCH_ALLOW_HOSTS": "['feeds.local', '127.0.0.1:8001']"}


def test_https_settings_are_on_in_production_and_proxy_trust_is_opt_in():
    assert read_settings(
        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER"
    ) == {
        "SESSION_COOKIE_SECURE": "True",
        "CSRF_COOKIE_SECURE": "True",
        "SECURE_SSL_REDIRECT": "True",
        "SECURE_PROXY_SSL_HEADER": "None",
    }


def test_a_plain_http_deployment_behind_a_tls_proxy_can_say_so():
    relaxed = read_settings(
        "SESSION_COOKIE_SECURE",
        "SECURE_SSL_REDIRECT",
        "SECURE_PROXY_SSL_HEADER",
        SESSION_COOKIE_SECURE="0",
        SECURE_SSL_REDIRECT="0",
        SECURE_PROXY_SSL_HEADER="1",
    )
    assert relaxed == {
        "SESSION_COOKIE_SECURE": "False",
        "SECURE_SSL_REDIRECT": "False",
        "SECURE_PROXY_SSL_HEADER": "('HTTP_X_FORWARDED_PROTO', 'https')",
    }


def test_a_live_extraction_is_neither_redelivered_nor_taken_over():
    # Redis redelivers an unacknowledged task after the visibility timeout, and another task
    # takes over a lock once it is stale: neither may happen while the run can still be alive.
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert visibility > settings.CELERY_TASK_TIME_LIMIT
    assert settings.FACTCHECK_EXTRACTION_STALE_MINUTES * 60 > settings.CELERY_TASK_TIME_LIMIT


def test_each_kind_of_work_has_its_own_queue():
    def queue_of(task_name):
        queue = app.amqp.router.route({}, task_name)["queue"]
        # A queue bound under another key would receive other queues' messages too.
        assert queue.routing_key == queue.name
        return queue.name

    assert queue_of("claims.tasks.extract_document") == "extraction"
    assert queue_of("claims.tasks.requeue_stale_documents") == "default"
    assert queue_of("publishing.tasks.suggest_matches") == "matching"
    assert queue_of("reviews.tasks.archive_evidence") == "archiving"
    assert queue_of("notifications.tasks.send_digest") == "notifications"
    assert queue_of("ingest.tasks.poll_feed") == "feeds"


def test_every_queue_is_consumed_by_a_procfile_worker():
    consumed = set()
    for line in (settings.BASE_DIR / "Procfile").read_text().splitlines():
        if found := re.search(r"--queues (\S+)", line):
            consumed.update(found.group(1).split(","))
    assert {queue.name for queue in settings.CELERY_TASK_QUEUES} <= consumed


def test_gunicorn_opens_no_control_socket_that_two_instances_would_share():
    """Gunicorn 25+ opens ~/.gunicorn/gunicorn.ctl by default: two sites under one user would share it."""
    web = next(line for line in (settings.BASE_DIR / "Procfile").read_text().splitlines() if line.startswith("web:"))
    command = re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", web.removeprefix("web:"))  # each variable's default
    program, _app, *options = shlex.split(command)
    parsed = GunicornConfig().parser().parse_args(options)
    assert program == "gunicorn"
    assert parsed.control_socket_disable is True
