"""Writes about a feed's items: reading each one's article once, and linking it to its document.

An article carried by two feeds, or republished under its address, is one document: an item first
looks for a document of its cleaned address (or of the page's rel=canonical), and storing the text
finds the document of the same text (claims.services.document_store)."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from claims import readers
from claims.addresses import url_key
from claims.models import Document
from factcheck import fetch
from monitoring import canonical, politeness
from monitoring.models import FeedItem

MAX_ATTEMPTS = 5
LEASE_SECONDS = 300
# A worker sleeps this long at most for its host's turn; a later turn is reserved and the item's task
# comes back then (politeness.HostBusy), so one busy host never holds every worker asleep. Under the
# one-second interval: at 2 s, two workers on one host's items each slept through every other turn.
LONGEST_HOST_WAIT_SECONDS = 0.25


class ItemUnreadable(Exception):
    def __init__(self, message: str, *, transient: bool):
        super().__init__(message)
        self.transient = transient


@dataclass(frozen=True)
class ItemArticle:
    """What to store for an item whose article is not yet a document."""

    url: str
    read: readers.ReadDocument


def item_take(item_id: int) -> tuple[FeedItem, str] | None:
    """The item and its lease token while it waits and is due; None when done, failed, not yet due
    or held by another run."""
    now = timezone.now()
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    if not FeedItem.objects.filter(due, pk=item_id, state=FeedItem.State.PENDING).exists():
        return None
    token = politeness.take_lease(FeedItem, item_id, LEASE_SECONDS, extra={"state": FeedItem.State.PENDING})
    if token is None:
        return None
    return FeedItem.objects.select_related("feed", "feed__source").get(pk=item_id), token


def item_release(item: FeedItem, token: str) -> None:
    politeness.release_lease(FeedItem, item.pk, token)


def known_document(address_key: str, url: str = "") -> Document | None:
    """The document an earlier item (of any feed) or an earlier submission holds for this address."""
    linked = (
        FeedItem.objects.filter(url_key=address_key, document__isnull=False).order_by("pk").values("document").first()
    )
    if linked:
        return Document.objects.get(pk=linked["document"])
    if url:
        return Document.objects.filter(Q(url=url) | Q(url_key=url_key(url))).order_by("pk").first()
    return None


def item_article(item: FeedItem, *, slot_at=None) -> Document | ItemArticle:
    """The existing document of the item's article, else its page read (raises ItemUnreadable, or
    politeness.HostBusy when its host's turn is far: `slot_at` is then the turn reserved)."""
    address = canonical.clean_url(item.url)
    document = known_document(item.url_key, address)
    if document:
        return document
    try:
        page = politeness.polite_fetch(
            item.url,
            max_bytes=settings.FACTCHECK_INTAKE_MAX_BYTES,
            slot_at=slot_at,
            longest_wait=LONGEST_HOST_WAIT_SECONDS,
        )
        read = readers.read_fetched(page)
    except fetch.FetchFailed as error:
        raise ItemUnreadable(str(error), transient=error.transient) from error
    except (fetch.FetchRefused, politeness.DisallowedByRobots, readers.UnreadableInput) as error:
        raise ItemUnreadable(str(error), transient=False) from error
    is_html = page.content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml")
    address = canonical.canonical_url(page.final_url, page.body if is_html else None)
    return known_document(url_key(address), address) or ItemArticle(url=address, read=read)


def item_link(item: FeedItem, document: Document) -> None:
    FeedItem.objects.filter(pk=item.pk).update(
        document=document, state=FeedItem.State.DONE, error="", next_attempt_at=None
    )


def item_failed(item: FeedItem, error: str, *, transient: bool) -> None:
    """A passing failure is tried again later (backing off), up to MAX_ATTEMPTS; any other is final."""
    attempts = item.attempts + 1
    changes = {"attempts": attempts, "error": error[:2000]}
    if transient and attempts < MAX_ATTEMPTS:
        # Unqueued and due later: the sweep sends it again once the wait is over.
        changes |= {"next_attempt_at": timezone.now() + timedelta(minutes=2**attempts), "queued_at": None}
    else:
        changes["state"] = FeedItem.State.FAILED
    FeedItem.objects.filter(pk=item.pk).update(**changes)


def item_queued(item_id: int, *, queued: bool) -> None:
    FeedItem.objects.filter(pk=item_id).update(queued_at=timezone.now() if queued else None)


def items_to_requeue() -> list[int]:
    """Items never queued (the broker was down), due again after a passing failure, or queued so
    long ago that their task must have been lost."""
    now = timezone.now()
    stale_before = now - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES)
    due = Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    waiting = Q(queued_at__isnull=True) | Q(queued_at__lt=stale_before)
    return list(
        FeedItem.objects.filter(due & waiting, state=FeedItem.State.PENDING)
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .order_by("pk")
        .values_list("pk", flat=True)[:1000]
    )


def item_outlet(item: FeedItem) -> str:
    return item.feed.source.name if item.feed.source_id else ""
