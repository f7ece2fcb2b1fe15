"""Only claims/workflow.py changes a claim's status or closes it: every other module of the project is
read here, and any write of `status` or `closed_at` (an update(), a create, a compare-and-set, an
assignment) outside it fails the test."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APPS = ["factcheck", "sources", "claims", "notifications", "reviews", "publishing", "ingest", "api", "desk"]
WORKFLOW = ROOT / "claims" / "workflow.py"
WRITING_CALLS = {"update", "create", "get_or_create", "update_or_create", "bulk_update", "bump_version"}
# Fields of the same name on other things (an archived page, a fetch failure), written where they are handled.
NOT_A_CLAIM = {("reviews/services/archiving.py", "archive"), ("factcheck/fetch.py", "self")}


def _called(node: ast.Call) -> str:
    return node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")


def writes_of_claim_state(source: str, relative: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename=relative)):
        if isinstance(node, ast.Call) and _called(node) in WRITING_CALLS:
            for keyword in node.keywords:
                if keyword.arg in ("status", "closed_at"):
                    found.append(f"{relative}:{node.lineno} {_called(node)}({keyword.arg}=…)")
                if keyword.arg == "defaults" and "status" in ast.unparse(keyword.value):
                    found.append(f"{relative}:{node.lineno} {_called(node)}(defaults with status)")
        if isinstance(node, ast.Assign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and target.attr in ("status", "closed_at"):
                    owner = ast.unparse(target.value)
                    if (relative, owner) not in NOT_A_CLAIM:
                        found.append(f"{relative}:{node.lineno} {owner}.{target.attr} = …")
    return found


def writes_in(path: Path) -> list[str]:
    return writes_of_claim_state(path.read_text(), path.relative_to(ROOT).as_posix())


def project_modules():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts and path != WORKFLOW:
                yield path


def test_no_module_but_the_workflow_writes_a_claims_status_or_closes_it():
    offenders = [write for path in project_modules() for write in writes_in(path)]
    assert offenders == []


def test_the_scan_finds_every_kind_of_write():
    # The check above is only as good as this: a stray write of each kind is caught.
    stray = (
        "def f(claim, Claim):\n"
        "    Claim.objects.filter(pk=claim.pk).update(status='sourced')\n"
        "    claim.closed_at = None\n"
        "    workflow.bump_version(claim, 1, closed_at=None)\n"
        "    bump_version(claim, 1, status='disputed')\n"
        "    Claim.objects.update_or_create(pk=1, defaults={'status': 'sourced'})\n"
    )
    assert len(writes_of_claim_state(stray, "stray.py")) == 5


def test_the_workflow_itself_writes_them():
    assert writes_in(WORKFLOW)
