"""A stand-in for the broker in tests of what happens when tasks cannot be queued."""

from factcheck.celery import app


class FakeBroker:
    """Takes a task's messages without running them; `down` makes it refuse them."""

    def __init__(self):
        self.down = False
        self.sent = []

    def delay(self, argument):
        if self.down:
            raise ConnectionError("broker unreachable")
        # A copy: callers may reuse the list they passed.
        self.sent.append(list(argument) if isinstance(argument, list | tuple) else argument)


def fake_broker(monkeypatch, task, *, configured: bool = False) -> FakeBroker:
    """Route `task.delay` to a FakeBroker. `configured` also turns off in-process tasks, as a
    deployment with a broker has them, for code that behaves differently without one."""
    fake = FakeBroker()
    if configured:
        app.conf.task_always_eager = False  # put back by the tasks_run_in_process fixture (tests/conftest.py)
    monkeypatch.setattr(task, "delay", fake.delay)
    return fake
