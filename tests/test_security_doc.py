"""SECURITY.md names the test that proves each defence: every one it names must exist."""

import re

from django.conf import settings

SECURITY = settings.BASE_DIR / "SECURITY.md"
# `tests/x.py`, `tests/x.py::test_y`, then `::test_z` or `test_z` for more tests of the same file.
REFERENCE = re.compile(r"`(?:(tests/[\w/]+\.py)(?:::(test_\w+))?|(?:::)?(test_\w+))`")


def named_tests() -> list[tuple[str, str | None]]:
    named, current_file = [], None
    for path, name_in_path, name_alone in REFERENCE.findall(SECURITY.read_text(encoding="utf-8")):
        if path:
            current_file = path
            named.append((path, name_in_path or None))
        else:
            named.append((current_file, name_alone))
    return named


def test_every_test_security_md_names_exists():
    named = named_tests()
    assert len(named) > 30
    missing = []
    for path, name in named:
        source = settings.BASE_DIR / path
        if not source.is_file():
            missing.append(path)
        elif name and not re.search(rf"^\s*def {name}\(", source.read_text(encoding="utf-8"), re.M):
            missing.append(f"{path}::{name}")
    assert not missing
