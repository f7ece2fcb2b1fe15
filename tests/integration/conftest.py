"""Fault tests: a private redis-server each, real worker processes, PostgreSQL."""

import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

import kombu.pools
import pytest
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from factcheck.celery import app

REDIS_SERVER = shutil.which("redis-server")

needs_redis_server = pytest.mark.skipif(
    REDIS_SERVER is None, reason="redis-server is not on PATH (apt-get install redis-server)"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class PrivateRedis:
    """A throwaway redis-server on a port of its own, stopped and started at will."""

    def __init__(self, directory):
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self) -> None:
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=self.directory,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = Redis(port=self.port, socket_connect_timeout=0.2)
        deadline = time.monotonic() + 10
        while True:
            try:
                client.ping()
                return
            except RedisConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


@pytest.fixture
def private_redis(tmp_path):
    server = PrivateRedis(tmp_path)
    server.start()
    yield server
    server.stop()


def forget_broker_connections() -> None:
    if app._pool is not None:
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
    # kombu keeps producer pools per connection in a global registry; a closed one left there
    # would fail every later publish, eager ones included ("Acquire on closed pool").
    kombu.pools.reset()


@contextmanager
def celery_broker(url: str):
    """Point the project's Celery app at `url` for publishing and in-process workers."""
    # Celery reads CELERY_BROKER_URL from the environment before its own configuration.
    previous = (os.environ.get("CELERY_BROKER_URL"), app.conf.broker_url, app.conf.task_always_eager)
    forget_broker_connections()
    os.environ["CELERY_BROKER_URL"] = url
    app.conf.broker_url, app.conf.task_always_eager = url, False
    assert app.conf.broker_url == url
    try:
        yield
    finally:
        forget_broker_connections()
        if previous[0] is None:
            os.environ.pop("CELERY_BROKER_URL", None)
        else:
            os.environ["CELERY_BROKER_URL"] = previous[0]
        app.conf.broker_url, app.conf.task_always_eager = previous[1:]


def wait_for(predicate, *, timeout: float, interval: float = 0.1) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return predicate()
