"""The project's Celery app for a worker process whose reading of uploads takes READING_DELAY_SECONDS,
as a hostile file would: the test checks the task's time limit stops it. Test-only: product code has no hook.
"""

import os
import time

import django

from factcheck.celery import app

django.setup()

from claims import readers  # noqa: E402  (needs the app registry)

_read_upload = readers.read_upload


def _read_upload_slowly(*args, **kwargs):
    time.sleep(float(os.environ.get("READING_DELAY_SECONDS", "0")))
    return _read_upload(*args, **kwargs)


readers.read_upload = _read_upload_slowly

__all__ = ["app"]
