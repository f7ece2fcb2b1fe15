"""The project's Celery app for a worker process the worker-killed test runs and kills.

Extraction announces its start in EXTRACTION_STARTED_FILE, then waits EXTRACTION_DELAY_SECONDS,
so the test can kill the worker in the middle of it; VISIBILITY_TIMEOUT shortens the broker's
wait before it hands an unacknowledged task out again. Test-only: product code has no hook.
"""

import os
import time
from pathlib import Path

import django

from factcheck.celery import app

django.setup()

from claims import extraction  # noqa: E402  (needs the app registry)

_extract = extraction.extract


def _extract_after_a_delay(*args, **kwargs):
    Path(os.environ["EXTRACTION_STARTED_FILE"]).touch()
    time.sleep(float(os.environ.get("EXTRACTION_DELAY_SECONDS", "0")))
    return _extract(*args, **kwargs)


extraction.extract = _extract_after_a_delay

if os.environ.get("VISIBILITY_TIMEOUT"):
    app.conf.broker_transport_options = {
        **app.conf.broker_transport_options,
        "visibility_timeout": float(os.environ["VISIBILITY_TIMEOUT"]),
        # Look for overdue unacknowledged tasks every second, not every 100 seconds.
        "unacked_restore_interval": 1,
        "unacked_restore_throttle": 1,
    }

__all__ = ["app"]
