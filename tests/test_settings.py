import os
import subprocess
import sys

from django.conf import settings


def run_django_check(**env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_it_refuses_to_start_without_a_secret_key_when_debug_is_off():
    result = run_django_check(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_it_starts_with_a_throwaway_key_in_debug():
    assert run_django_check(DEBUG="1").returncode == 0


def test_tasks_run_in_process_without_a_broker():
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings as s; "
         "print(s.CELERY_TASK_ALWAYS_EAGER)"],
        cwd=settings.BASE_DIR,
        env={**{k: v for k, v in os.environ.items() if k != "CELERY_BROKER_URL"},
             "DJANGO_SETTINGS_MODULE": "factcheck.settings", "DEBUG": "1"},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.stdout.strip() == "True"


def test_the_broker_visibility_timeout_outlasts_the_longest_task():
    assert settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"] > settings.CELERY_TASK_TIME_LIMIT
