import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")

app = Celery("factcheck")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def runs_in_process() -> bool:
    """True without a broker: a task runs inside its caller, so nothing can run its retry later."""
    return bool(app.conf.task_always_eager)
