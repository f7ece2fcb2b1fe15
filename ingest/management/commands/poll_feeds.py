import time

from django.core.management.base import BaseCommand, CommandError

from ingest import flow
from monitoring.models import Feed
from monitoring.services import feeds as feed_services

SWEEP_SECONDS = 30
BAR_WIDTH = 30


class Command(BaseCommand):
    help = (
        "Poll the watched feeds (that are not paused) now and read their new articles (in-process, or on "
        "workers when a broker is set). Without --once, then polls the feeds that are due every 30 seconds "
        "until stopped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="poll once and exit")
        parser.add_argument("--feed", type=int, metavar="ID", help="only this feed")

    def handle(self, once=False, feed=None, **options):
        if feed is not None and not Feed.objects.filter(pk=feed).exists():
            raise CommandError(f"There is no feed {feed}.")
        self._poll(feed_services.active_feed_ids(only=feed))
        if once:
            return
        try:
            while True:
                time.sleep(SWEEP_SECONDS)
                due = feed_services.due_feed_ids()
                self._poll(due if feed is None else [feed_id for feed_id in due if feed_id == feed])
        except KeyboardInterrupt:
            self.stdout.write("Stopped.")

    def _poll(self, feed_ids: list[int]) -> None:
        total_new = 0
        for done, feed_id in enumerate(feed_ids, start=1):
            total_new += len(flow.feed_poll(feed_id))
            filled = BAR_WIDTH * done // len(feed_ids)
            bar = "#" * filled + "-" * (BAR_WIDTH - filled)
            self.stdout.write(f"\r[{bar}] {done}/{len(feed_ids)} feeds, {total_new} new items", ending="")
        self.stdout.write("" if feed_ids else "No feed to poll.")
        for feed in Feed.objects.filter(pk__in=feed_ids).exclude(paused_reason=""):
            self.stdout.write(f"Feed {feed.pk} ({feed.url}) is paused: {feed.paused_reason}")
