"""The project's settings plus a bench-only URL for the bare-endpoint baseline."""

from factcheck.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
