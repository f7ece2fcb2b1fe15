"""`--dist loadgroup` runs each `xdist_group` on one worker (tests/xdist_groups.py), including the
groups a conftest adds in `pytest_collection_modifyitems`, as tests/conftest.py adds `real_broker`."""

import os
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parent.parent
# Only pytest-xdist and the plugin under test: no Django, no settings, no cache written.
PYTEST_WITH_THE_PLUGIN = [
    sys.executable,
    "-m",
    "pytest",
    "-p",
    "xdist.plugin",
    "-p",
    "tests.xdist_groups",
    "-p",
    "no:cacheprovider",
]

CONFTEST = """
import pytest

def pytest_collection_modifyitems(items):
    for item in items:
        if item.name.startswith("test_added"):
            item.add_marker(pytest.mark.xdist_group("added_by_conftest"))
"""

TESTS = """
import pytest

@pytest.mark.parametrize("number", range(6))
def test_added(number):
    pass

@pytest.mark.xdist_group("marked_in_place")
@pytest.mark.parametrize("number", range(6))
def test_marked(number):
    pass

@pytest.mark.parametrize("number", range(6))
def test_free(number):
    pass
"""


def test_each_group_runs_on_one_worker(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "conftest.py").write_text(CONFTEST)
    (tmp_path / "test_grouped.py").write_text(TESTS)
    environment = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1", "PYTHONPATH": str(REPOSITORY)}
    environment.pop("DJANGO_SETTINGS_MODULE", None)
    run = subprocess.run(
        [*PYTEST_WITH_THE_PLUGIN, "--numprocesses", "2", "--dist", "loadgroup", "-v"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    workers_of_group = defaultdict(set)
    for worker, test, group in re.findall(r"\[(gw\d)\].* PASSED test_grouped\.py::(\w+)\[\d\](?:@(\w+))?", run.stdout):
        workers_of_group[test, group].add(worker)
    assert set(workers_of_group) == {
        ("test_added", "added_by_conftest"),
        ("test_marked", "marked_in_place"),
        ("test_free", ""),
    }, run.stdout
    assert len(workers_of_group["test_added", "added_by_conftest"]) == 1, run.stdout
    assert len(workers_of_group["test_marked", "marked_in_place"]) == 1, run.stdout
