"""Makes `--dist loadgroup` keep each `xdist_group` on one worker under pytest 9.2.

pytest-xdist 3.8 tells its scheduler a test's group by appending "@group" to the test's id on
the worker, and does so by assigning `item._nodeid`; pytest 9.2 reads the id from `item._id`
(a structured NodeId), so the suffix is lost and every group is spread like ungrouped tests
(pytest-xdist issue #1386). This hook appends it where the id is read from. It runs last, after
every `pytest_collection_modifyitems` that adds group marks (tests/conftest.py adds
`real_broker`), and leaves ids that already carry the suffix alone (a pytest-xdist that does it
right again). Written for the pinned pytest 9.2 and pytest-xdist 3.8 (requirements-dev.txt).
"""

import pytest
from _pytest.nodeid import NodeId


def _group_suffix(item: pytest.Item) -> str:
    names = set()
    for mark in item.iter_markers("xdist_group"):
        names.add(str(mark.args[0] if mark.args else mark.kwargs.get("name", "default")))
    return "@" + "_".join(sorted(names)) if names else ""


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    # pytest-xdist sets this option on its workers when the run is `--dist loadgroup`.
    if not getattr(config.option, "loadgroup", False):
        return
    for item in items:
        suffix = _group_suffix(item)
        if not suffix or item.nodeid.endswith(suffix):
            continue
        item._id = NodeId.parse(item.nodeid + suffix)
