"""Starting Django does not load the claim extractor: compiling its patterns costs about half a second of CPU,
which every command, worker and test process would pay without extracting anything (BENCHMARKS.md, session 18)."""

import os
import subprocess
import sys

from django.conf import settings

EXTRACTOR = "claims.extraction"


def modules_loaded_by(code: str) -> set[str]:
    """The modules a fresh interpreter holds after running `code` with the project's settings."""
    result = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        cwd=settings.BASE_DIR,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "factcheck.settings"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines())


def test_django_setup_leaves_the_extractor_unloaded():
    loaded = modules_loaded_by("import django\ndjango.setup()")
    assert "claims.services" in loaded, "the check would prove nothing if the services were not loaded"
    assert EXTRACTOR not in loaded


def test_the_web_routes_and_the_task_modules_leave_the_extractor_unloaded():
    loaded = modules_loaded_by(
        "import django\ndjango.setup()\n"
        "from django.urls import get_resolver\nget_resolver().url_patterns\n"
        "from factcheck.celery import app\napp.loader.import_default_modules()"
    )
    assert "ingest.tasks" in loaded
    assert EXTRACTOR not in loaded
