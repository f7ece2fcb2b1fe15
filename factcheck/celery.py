import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
# One BLAS thread per process, set before numpy loads: workers already run a process per core, and the
# products here are small (grouping's 5,000 × 384 matrix by a vector took 5 times the CPU on 2 threads).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def runs_in_process() -> bool:
    """True without a broker: a task runs inside its caller, so nothing can run its retry later."""
    return bool(app.conf.task_always_eager)
