"""System checks of the claims app, run by every `manage.py` command that checks (runserver, migrate, check) and by
a Celery worker as it starts."""

import json
from pathlib import Path

from django.conf import settings
from django.core import checks

# The shipped decision layers (decision.DECISION_PATH), read here without importing the extractor, whose start-up cost
# every process would pay (tests/test_startup.py).
SHIPPED_LAYERS = Path(__file__).resolve().parent / "extraction" / "model" / "decision.json"


@checks.register()
def decision_layer_languages_have_a_layer(app_configs, **kwargs):
    """A language named in FACTCHECK_DECISION_LAYER_LANGUAGES that has no shipped layer ("EN", "en-GB", "de") would
    leave the layer silently off: extraction compares the detected code ("en", "fr") as written."""
    shipped = sorted(json.loads(SHIPPED_LAYERS.read_text(encoding="utf-8"))["languages"])
    unknown = [language for language in settings.FACTCHECK_DECISION_LAYER_LANGUAGES if language not in shipped]
    if not unknown:
        return []
    return [
        checks.Error(
            f"FACTCHECK_DECISION_LAYER_LANGUAGES names {', '.join(repr(language) for language in unknown)}, for which "
            "no decision layer is shipped, so the layer would stay off there.",
            hint=f"Use the lower-case codes of the shipped layers: {', '.join(shipped)} (comma-separated), or leave it "
            "empty.",
            id="claims.E001",
        )
    ]
