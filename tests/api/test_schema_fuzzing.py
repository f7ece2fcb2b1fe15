"""schemathesis, in-process: no request the schema allows (or nearly allows) gets a 5xx,
and every answer matches the schema. Runs as an editor, inside one rolled-back transaction."""

import itertools

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from factcheck.tokens import token_issue
from factcheck.wsgi import application
from tests import factories

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture
def keep_test_connection():
    """Requests go through the real WSGI handler, which closes the database connection after
    each one; the test's transaction lives on it. Django's test client disconnects the same."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(db, editor, settings, keep_test_connection):
    settings.ALLOWED_HOSTS = ["localhost"]
    # Some rows for generated ids to hit: small ids are the ones generated most.
    claim = factories.ClaimFactory(assignee=editor)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=editor)
    return schemathesis.openapi.from_wsgi("/api/schema/?format=json", application)


@pytest.fixture
def editor_token(editor):
    return token_issue(editor)[1]


def test_every_operation_answers_within_its_schema(api_schema, editor_token):
    # One test walking the operations: schemathesis' own pytest integration needs subtests
    # support that this pytest version lacks.
    headers = {"Authorization": f"Token {editor_token}"}
    failures = {}
    for result, mode in itertools.product(api_schema.get_all_operations(), GenerationMode):
        operation = result.ok()

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck))
        def call(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        try:
            call()
        except Unsatisfiable:
            assert mode is GenerationMode.NEGATIVE, operation.label  # nothing in it can be made invalid
        except Exception as failure:
            failures[f"{operation.label} ({mode.value} data)"] = failure
    assert not failures, "\n\n".join(f"{label}:\n{str(failure)[:3000]}" for label, failure in failures.items())
