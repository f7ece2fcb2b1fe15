"""Every command the docs print runs as printed on a fresh clone after `make run`.

The commands are found, not listed: code spans and code-block lines of every Markdown file and of
the bench scripts' docstrings that start with `.venv/bin/`, `python`, `python3` or `make` (after
any `NAME=value` assignments). Each runs with bash in a copy of the repository's files (what a
clone holds, plus work not yet committed) with the `.env` that `make run` writes, and with a
fresh shell's environment. So that nothing heavy runs, every Python program stops once its
arguments are parsed (a `sitecustomize` on PYTHONPATH wraps argparse): the script must exist,
import, read the settings, and accept its documented arguments. `make` targets run as `make -n`,
Celery commands with `--help`.

Most of each command's time is its start: Python, Django and the extractor imported, about a second
of CPU. The copy is made once per worker with its modules compiled, as the first run of a clone
leaves them: a shell with PYTHONDONTWRITEBYTECODE would otherwise compile them again in every command.
"""

import ast
import compileall
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

# The commands run in a new shell's environment, whatever database this run uses: CI runs them
# once, in its SQLite run.
pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3", reason="run once, with SQLite"
)

ROOT = Path(settings.BASE_DIR)
ASSIGNMENTS = r"(?:[A-Z][A-Z0-9_]*=\S*\s+)*"
COMMAND = re.compile(ASSIGNMENTS + r"(?:\.venv/bin/\S+|python3?|make)(?:\s|$)")
CODE_SPAN = re.compile(r"`([^`\n]+)`")
# Programs that need requirements-bench.txt, which `make run` and `make test` do not install.
BENCH_ONLY_MODULES = ("sklearn", "scipy", "numpy")

STOP_AFTER_PARSING = """\
import argparse

_parse_args = argparse.ArgumentParser.parse_args


def _parse_args_then_stop(self, args=None, namespace=None):
    _parse_args(self, args, namespace)
    raise SystemExit(0)


argparse.ArgumentParser.parse_args = _parse_args_then_stop
"""


def tracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return [name for name in listed.stdout.decode().split("\0") if name and (ROOT / name).is_file()]


def doc_texts() -> list[tuple[str, str]]:
    """(file, text) of every Markdown file and bench docstring."""
    texts = []
    for name in tracked_files():
        if name.endswith(".md"):
            texts.append((name, (ROOT / name).read_text()))
        elif name.startswith("bench/") and name.endswith(".py"):
            docstring = ast.get_docstring(ast.parse((ROOT / name).read_text()), clean=False)
            if docstring:
                texts.append((name, docstring))
    return texts


def logical_lines(text: str) -> list[str]:
    return text.replace("\\\n", " ").splitlines()


def commands_in(text: str) -> list[str]:
    found = []
    in_fence = False
    for line in logical_lines(text):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or line.startswith("    "):
            # A code line; what follows "  #" is a comment.
            candidates = [re.split(r"\s{2,}#|^#", line.strip())[0]]
        else:
            candidates = CODE_SPAN.findall(line)
        found += [" ".join(candidate.split()) for candidate in candidates if COMMAND.match(candidate.strip() + " ")]
    return found


def documented_commands() -> list[tuple[str, str]]:
    seen = {}
    for name, text in doc_texts():
        for command in commands_in(text):
            seen.setdefault(command, name)
    return sorted((name, command) for command, name in seen.items())


def short_form(command: str) -> str:
    program = re.sub("^" + ASSIGNMENTS, "", command)
    if program.startswith("make "):
        return command.replace("make ", "make -n ", 1)
    if program.startswith(".venv/bin/celery "):
        return command + " --help"
    return command


@pytest.fixture(scope="module")
def fresh_clone(tmp_path_factory):
    """The repository's files, the virtualenv, and the .env `make run` writes first."""
    clone = tmp_path_factory.mktemp("clone")
    for name in tracked_files():
        (clone / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, clone / name)
    (clone / ".venv").symlink_to(ROOT / ".venv")
    subprocess.run(["make", "--silent", ".env"], cwd=clone, check=True, capture_output=True, timeout=60)
    # A file that does not compile is left without bytecode, so it fails in the command that imports it.
    compileall.compile_dir(clone, quiet=2)  # not the .venv: a symbolic link, not followed
    return clone


@pytest.fixture(scope="module")
def shell_environment(tmp_path_factory):
    """A new shell's environment: without what pytest, the CI run or an activated virtualenv set."""
    probe = tmp_path_factory.mktemp("probe")
    (probe / "sitecustomize.py").write_text(STOP_AFTER_PARSING)
    unset = {"FACTCHECK_ENV_FILE", "SECRET_KEY", "SECURE_SSL_REDIRECT", "DEBUG", "DJANGO_SETTINGS_MODULE"}
    unset |= {"DATABASE_URL", "CELERY_BROKER_URL", "VIRTUAL_ENV", "PYTHONPATH", "MAKEFLAGS", "MAKELEVEL"}
    environment = {name: value for name, value in os.environ.items() if name not in unset}
    venv_bin = str(Path(sys.executable).parent)
    path = [entry for entry in environment.get("PATH", "").split(os.pathsep) if entry != venv_bin]
    return {**environment, "PATH": os.pathsep.join(path), "PYTHONPATH": str(probe)}


def test_the_docs_print_commands():
    commands = [command for _name, command in documented_commands()]
    # The extraction finds the commands of each kind of place.
    assert "make run" in commands
    assert ".venv/bin/python manage.py extract samples/peskov-renseignements-fr.txt --json" in commands
    assert "DEBUG=1 .venv/bin/python bench/eval_heldout.py --sets news news2" in commands
    assert any(command.startswith(".venv/bin/python bench/bench_matching.py --rows") for command in commands)


@pytest.mark.parametrize(("doc", "command"), documented_commands(), ids=lambda value: value)
def test_a_documented_command_runs_as_printed(fresh_clone, shell_environment, doc, command):
    result = subprocess.run(
        ["bash", "-c", short_form(command)],
        cwd=fresh_clone,
        env=shell_environment,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
    )
    missing = re.search(r"No module named '(\w+)", result.stderr)
    if result.returncode and missing and missing.group(1) in BENCH_ONLY_MODULES:
        pytest.skip(f"needs requirements-bench.txt ({missing.group(1)})")
    assert result.returncode == 0, f"{doc}: {command}\n{result.stdout}\n{result.stderr}"


def test_the_probe_catches_an_argument_the_program_does_not_take(fresh_clone, shell_environment):
    for command in [
        ".venv/bin/python manage.py extract samples/peskov-renseignements-fr.txt --jsn",
        ".venv/bin/python bench/bench_matching.py --no-such-option 10",
        "python manage.py seed_demo",  # not the virtualenv's Python
        "make no-such-target",
    ]:
        result = subprocess.run(
            ["bash", "-c", short_form(command)],
            cwd=fresh_clone,
            env=shell_environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode != 0, command
