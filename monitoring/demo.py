"""The demo feed `make run` shows: samples/monitoring/ served on loopback while seed_demo polls it once,
so the feature can be seen without any network. No production path uses this module."""

import contextlib
import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

from django.conf import settings
from django.test.utils import override_settings
from django.utils.translation import gettext as _

from monitoring.models import Feed, Topic

SAMPLES = settings.BASE_DIR / "samples" / "monitoring"
DEMO_HOST = "127.0.0.1:8765"  # the address samples/monitoring/feed.xml links to
DEMO_FEED_URL = f"http://{DEMO_HOST}/feed.xml"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        pass


@contextlib.contextmanager
def serving_samples():
    """Serve samples/monitoring/ on 127.0.0.1:8765, which fetches may reach meanwhile. OSError when
    the port is taken."""
    host, port = DEMO_HOST.split(":")
    handler = functools.partial(_QuietHandler, directory=str(SAMPLES))
    server = ThreadingHTTPServer((host, int(port)), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        with override_settings(FACTCHECK_FETCH_ALLOW_HOSTS=[DEMO_HOST]):
            yield DEMO_FEED_URL
    finally:
        server.shutdown()
        server.server_close()


def demo_feed() -> Feed:
    """The demo feed, ready to poll (idempotent: its items are known by their ids)."""
    feed, _created = Feed.objects.update_or_create(
        url=DEMO_FEED_URL, defaults={"language": "en", "paused_reason": "", "next_poll_at": None}
    )
    feed.topics.set([Topic.objects.get_or_create(name=name)[0] for name in ("transport", "housing", "health")])
    return feed


def demo_feed_read(feed: Feed) -> None:
    """Nothing serves the demo feed once seed_demo is done: say so rather than let the beat fail on it."""
    Feed.objects.filter(pk=feed.pk).update(
        paused_reason=_("Demo feed: read once from samples/monitoring/ by seed_demo; nothing serves it now.")
    )
