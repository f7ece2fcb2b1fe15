"""The development .env: `make run` writes it, commands read it, the environment wins, tests and
production never depend on it."""

import os
import shutil
import subprocess
import sys

import pytest
from django.conf import settings

from factcheck.checks import is_public_host

PRODUCTION_ENV = {
    "SECRET_KEY": "a-production-key-" + "p" * 50,
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
}


def environment(env_file, **env):
    # The machine's environment without what pytest-env or a developer set for these settings.
    names = ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "TIME_ZONE", "FACTCHECK_ENV_FILE")
    prefixes = ("SECURE_", "SESSION_", "CSRF_")
    base = {k: v for k, v in os.environ.items() if k not in names and not k.startswith(prefixes)}
    return {**base, "FACTCHECK_ENV_FILE": str(env_file), "DJANGO_SETTINGS_MODULE": "factcheck.settings", **env}


def read_settings(env_file, *names, **env):
    code = "import django; django.setup(); from django.conf import settings as s; " + "; ".join(
        f"print(repr(s.{name}))" for name in names
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment(env_file, **env),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return dict(zip(names, result.stdout.splitlines()[-len(names) :], strict=True))


def check_deploy(env_file, **env):
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=settings.BASE_DIR,
        env=environment(env_file, **PRODUCTION_ENV, **env),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def development_env_file(tmp_path):
    path = tmp_path / ".env"
    path.write_text("DEBUG=1\nSECRET_KEY=a-development-key-" + "d" * 40 + "\nTIME_ZONE=UTC\n")
    return path


def test_make_run_writes_a_development_env_file_once(tmp_path):
    shutil.copy(settings.BASE_DIR / "Makefile", tmp_path)
    (tmp_path / ".venv").symlink_to(settings.BASE_DIR / ".venv")
    subprocess.run(["make", "--silent", ".env"], cwd=tmp_path, check=True, capture_output=True, timeout=60)
    written = (tmp_path / ".env").read_text()
    lines = dict(line.split("=", 1) for line in written.splitlines() if not line.startswith("#"))
    assert lines["DEBUG"] == "1"
    assert len(lines["SECRET_KEY"]) >= 50
    assert lines["DATABASE_URL"] == f"sqlite:///{tmp_path}/db.sqlite3"

    subprocess.run(["make", "--silent", ".env"], cwd=tmp_path, check=True, capture_output=True, timeout=60)
    assert (tmp_path / ".env").read_text() == written


def test_the_env_file_is_ignored_by_git():
    result = subprocess.run(["git", "check-ignore", "--quiet", ".env"], cwd=settings.BASE_DIR, timeout=60)
    assert result.returncode == 0


def test_commands_read_the_env_file(development_env_file):
    found = read_settings(development_env_file, "DEBUG", "TIME_ZONE", "ENV_FILE_NAMES")
    assert found == {"DEBUG": "True", "TIME_ZONE": "'UTC'", "ENV_FILE_NAMES": "['DEBUG', 'SECRET_KEY', 'TIME_ZONE']"}


def test_the_environment_wins_over_the_env_file(development_env_file):
    names = ("DEBUG", "TIME_ZONE", "ENV_FILE_NAMES")
    found = read_settings(development_env_file, *names, DEBUG="0", TIME_ZONE="Asia/Tokyo")
    assert found == {"DEBUG": "False", "TIME_ZONE": "'Asia/Tokyo'", "ENV_FILE_NAMES": "['SECRET_KEY']"}


def test_the_tests_do_not_read_a_developers_env_file():
    assert os.environ["FACTCHECK_ENV_FILE"] == ""
    assert settings.ENV_FILE is None
    assert settings.ENV_FILE_NAMES == []
    # Settings were computed with DEBUG off (pytest-django turns settings.DEBUG itself off anyway).
    assert os.environ["DEBUG"] == "0"
    assert settings.SESSION_COOKIE_SECURE


def test_check_deploy_fails_when_debug_comes_from_the_env_file_on_a_public_host(development_env_file):
    result = check_deploy(development_env_file, ALLOWED_HOSTS="factcheck.example.org")
    assert result.returncode != 0
    assert "factcheck.E001" in result.stderr
    assert f"DEBUG is on because {development_env_file} says so" in result.stderr


@pytest.mark.parametrize(
    ("hosts", "env"),
    [("127.0.0.1,localhost", {}), ("factcheck.example.org", {"DEBUG": "0"})],
    ids=["local hosts", "DEBUG off in the environment"],
)
def test_check_deploy_accepts_the_env_file_on_local_hosts_or_when_the_environment_sets_debug(
    development_env_file, hosts, env
):
    result = check_deploy(development_env_file, ALLOWED_HOSTS=hosts, **env)
    assert "factcheck.E001" not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("host", "public"),
    [
        ("factcheck.example.org", True),
        (".example.org", True),
        ("*", True),
        ("203.0.113.0", False),  # documentation range: not global
        ("8.8.8.8", True),
        ("[2001:4860:4860::8888]", True),
        ("localhost", False),
        ("desk.localhost", False),
        ("127.0.0.1", False),
        ("[::1]", False),
        ("10.0.0.5", False),
    ],
)
def test_public_hosts(host, public):
    assert is_public_host(host) is public
