"""A language the decision layer setting names must have a shipped layer, or `manage.py check` says so (review21 found
"EN" and "en-GB" left the layer silently off)."""

import pytest
from django.test import override_settings

from claims.checks import SHIPPED_LAYERS, decision_layer_languages_have_a_layer
from claims.extraction.decision import DECISION_PATH
from tests.test_settings import run_django_check


@pytest.mark.parametrize("languages", [(), ("en",), ("fr",), ("en", "fr")])
def test_the_shipped_languages_pass(languages):
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=languages):
        assert decision_layer_languages_have_a_layer(None) == []


@pytest.mark.parametrize("languages", [("EN",), ("en-GB",), ("fr", "de")])
def test_a_language_without_a_layer_is_an_error_naming_it(languages):
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=languages):
        (error,) = decision_layer_languages_have_a_layer(None)
    assert error.id == "claims.E001"
    assert repr(languages[-1]) in error.msg
    assert "en, fr" in error.hint


def test_manage_py_check_refuses_it_from_the_environment():
    # A fresh process: only the app's own registration (ClaimsConfig.ready) can make `check` run it.
    result = run_django_check(DEBUG="1", FACTCHECK_DECISION_LAYER_LANGUAGES="EN")
    assert result.returncode != 0
    assert "claims.E001" in result.stderr
    assert run_django_check(DEBUG="1", FACTCHECK_DECISION_LAYER_LANGUAGES="en,fr").returncode == 0


def test_it_reads_the_file_the_extractor_reads():
    assert DECISION_PATH.resolve() == SHIPPED_LAYERS
