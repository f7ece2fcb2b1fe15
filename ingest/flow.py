"""What happens when an article comes in, from top to bottom.

Every way in — the API, the desk's intake page, `manage.py ingest`, the beat sweep — calls a
function of this module, which runs the steps of the layers below in order:

1. **Store** the document (`claims.services.document_store*`): a pasted text, an uploaded file
   read by `claims.readers`, or a URL. The same text twice, or the same URL, is one document.
   Its publisher is the registered Source of its URL (`sources.selectors.source_for_url`).
2. **Queue** its extraction once the document is committed (`enqueue_extraction`): a Celery task
   on the `extraction` queue (`ingest.tasks.extract_document`), or in-process without a broker.
   When the broker is down the document stays pending and the beat sweep
   (`ingest.tasks.requeue_stale_documents` → `documents_requeue_stale`) queues it again.
3. **Extract** (`document_extract`, in the worker): under the document's lock, a URL is fetched
   safely (`factcheck.fetch`) and read; `claims.extraction` splits, scores and attributes the
   sentences; check-worthy ones become claim tickets (`claims.services.claim_create`, each with
   its `created` event), the rest candidates.
4. **Ask for matching**, in the same transaction as the new claims: `publishing.matching.claims_added`
   records each claim's search as pending and queues it after commit (`matching` queue). Every
   claim's matching form is kept by a post_save receiver (`publishing.receivers`), whoever saves it.
5. **Assign** each new claim to the least-loaded fact-checker who reads its language, when
   `FACTCHECK_AUTO_ASSIGN` is on (`reviews.services.claims_auto_assign`), who is notified.

A candidate promoted to a claim by a person (`candidate_promote`) goes through steps 4 and 5 too.

**Monitoring** enters here too. The beat (`ingest.tasks.poll_due_feeds`) polls each due feed
(`feed_poll` → `monitoring.services.feeds.feed_poll`, under the feed's lease) and queues each new
item (`enqueue_feed_item`); `feed_item_read` reads its article once (an article already stored under
its address, or its page's canonical one, is linked instead) and stores it by step 1. A document a
feed brought is extracted by step 3, but its check-worthy sentences become leads
(`monitoring.services.leads`), not tickets: no queue, no assignment. Once committed, the article's
leads are compared on the matching queue (`enqueue_lead_comparison` → `monitoring.services.comparison`):
a lead repeating a published or imported fact-check is recorded as its repeat and alerts its author
and the editors; a lead saying what another outlet said joins its group. The beat sweep
(`leads_requeue_uncompared`) queues again what a dead broker lost. A member's `lead_promote` makes the
ticket, which goes through steps 4 and 5.

A feed that names a WebSub hub is also **pushed**: the poll that finds the hub queues a request to it
(`enqueue_hub_request`); the hub's signed pushes to our callback (`ingest.views`) are stored and read
(`feed_push_receive` → `feed_push_read`) into items exactly as a poll's answer is; the beat
(`hubs_ask_due`) renews the leases and unsubscribes paused and deleted feeds (`monitoring.services.websub`).
"""

import logging

from django.db import transaction
from django.utils import timezone

from claims import services as claim_services
from claims.models import Candidate, Claim, Document
from factcheck.errors import Refused
from monitoring import politeness
from monitoring import selectors as monitoring_selectors
from monitoring.models import Digest, Lead, Topic
from monitoring.services import comparison as comparison_services
from monitoring.services import digests as digest_services
from monitoring.services import feeds as feed_services
from monitoring.services import items as item_services
from monitoring.services import leads as lead_services
from monitoring.services import topics as topic_services
from monitoring.services import transcripts as transcript_services
from monitoring.services import websub as websub_services
from publishing import matching
from reviews import services as review_services

logger = logging.getLogger(__name__)


# 1. Store


def document_submit(*, text: str, submitted_by=None, **metadata) -> tuple[Document, bool]:
    """Store a pasted text (title, language, url, byline and published may come with it) and queue
    its extraction. Returns (document, created); an existing document is not extracted again."""
    document, created = claim_services.document_store(text=text, submitted_by=submitted_by, **metadata)
    if created:
        transaction.on_commit(lambda: enqueue_extraction(document.pk))
    return document, created


def document_submit_file(filename: str, data: bytes, *, submitted_by=None, **metadata) -> tuple[Document, bool]:
    """Store an uploaded .txt, .md, .html or .pdf (url, byline, published, outlet may come with it)
    and queue its extraction."""
    document, created = claim_services.document_store_file(filename, data, submitted_by=submitted_by, **metadata)
    if created:
        transaction.on_commit(lambda: enqueue_extraction(document.pk))
    return document, created


def transcript_submit(
    filename: str, data: bytes, *, submitted_by, monitor: bool = True, **metadata
) -> tuple[Document, bool]:
    """Store an uploaded transcript (.srt, .vtt, or text with speaker turns) like any file; given to
    monitoring (`monitor`), its check-worthy sentences become leads instead of tickets. The worker reads
    its turns, so each claim or lead gets the speaker of its turn and the time it was said."""
    with transaction.atomic():
        document, created = document_submit_file(filename, data, submitted_by=submitted_by, **metadata)
        if monitor:
            transcript_services.transcript_monitor(document, actor=submitted_by)
    return document, created


def document_submit_url(url: str, *, submitted_by=None) -> tuple[Document, bool]:
    """Store a URL; its extraction fetches the page first."""
    document, created = claim_services.document_store_url(url, submitted_by=submitted_by)
    if created:
        transaction.on_commit(lambda: enqueue_extraction(document.pk))
    return document, created


# 2. Queue


def enqueue_extraction(document_id: int) -> None:
    """Queue extraction and note when; if the broker is unreachable the document stays pending,
    unqueued, and the periodic sweep (`documents_requeue_stale`) queues it again later."""
    from ingest.tasks import extract_document

    try:
        extract_document.delay(document_id)
    except Exception:
        claim_services.document_queued(document_id, queued=False)
        logger.warning("Could not queue extraction of document %s; it stays pending", document_id, exc_info=True)
    else:
        claim_services.document_queued(document_id, queued=True)


def documents_requeue_stale() -> list[int]:
    """Queue again every document whose extraction was never queued or whose task was lost."""
    ids = claim_services.stale_document_ids()
    for document_id in ids:
        enqueue_extraction(document_id)
    return ids


def document_reextract(document: Document) -> None:
    """Ask for extraction again (e.g. after the extractor improved); existing claims stay."""
    claim_services.document_mark_pending(document)
    transaction.on_commit(lambda: enqueue_extraction(document.pk))


# 3, 4 and 5. Extract, ask for matching, assign


def document_extract(document_id: int, *, task_id: str = "") -> Document | None:
    """Extract the document's claims (raises claim_services.ExtractionRunning while another run
    holds it), then hand the new claims to matching and assignment. None when extraction failed."""
    monitored = monitoring_selectors.is_monitored(document_id)
    document, new_claims = claim_services.document_extract(
        document_id,
        task_id=task_id,
        claims_created=matching.claims_added,
        sentences_found=lead_services.leads_record if monitored else None,
    )
    review_services.claims_auto_assign(new_claims)
    if monitored and document is not None:
        transaction.on_commit(lambda: enqueue_lead_comparison(document_id))
    return document


def candidate_promote(candidate: Candidate, *, actor) -> Claim:
    """A person turns a candidate sentence into a claim ticket: matched and assigned like the others."""
    claim = claim_services.candidate_promote(candidate, actor=actor, claims_created=matching.claims_added)
    review_services.claims_auto_assign([claim])
    return claim


# Monitoring: feeds in, leads out


def feed_poll(feed_id: int) -> list[int]:
    """Poll one feed now (nothing when another process is polling it) and queue its new items, and a
    request to its WebSub hub when it names a new one."""
    result = feed_services.feed_poll(feed_id)
    new_ids = result.new_item_ids if result else []
    for item_id in new_ids:
        transaction.on_commit(lambda item_id=item_id: enqueue_feed_item(item_id))
    if result and result.advertised is not None:
        hub, topic = result.advertised
        subscription = websub_services.subscription_discovered(feed_id, hub=hub, topic=topic)
        if subscription:
            transaction.on_commit(lambda: enqueue_hub_request(subscription.pk))
    return new_ids


def feeds_poll_due() -> list[int]:
    """The beat's sweep: queue a poll of every due feed, and again every item whose task was lost."""
    from ingest.tasks import poll_feed

    due = feed_services.due_feed_ids()
    for feed_id in due:
        try:
            poll_feed.delay(feed_id)
        except Exception:
            logger.warning("Could not queue the poll of feed %s; the next sweep will", feed_id, exc_info=True)
    for item_id in item_services.items_to_requeue():
        enqueue_feed_item(item_id)
    return due


def enqueue_feed_item(item_id: int, *, slot_at=None) -> None:
    """Queue the reading of an item; with `slot_at` (its host's turn, reserved), to run then."""
    from ingest.tasks import read_feed_item

    # Noted before sending: a task run in-process that fails for a while unqueues its item itself.
    item_services.item_queued(item_id, queued=True)
    try:
        if slot_at is None:
            read_feed_item.delay(item_id)
        else:
            read_feed_item.apply_async((item_id,), {"slot_at": slot_at.isoformat()}, eta=slot_at)
    except Exception:
        item_services.item_queued(item_id, queued=False)
        logger.warning("Could not queue feed item %s; it stays pending", item_id, exc_info=True)


def feed_item_read(item_id: int, *, slot_at=None) -> Document | None:
    """Read one item's article into a document (or link the one that already holds it); its
    extraction is queued like any other. None when the item is not due or another run holds it.
    When its host's turn is far, the turn is reserved and the item queued again for then (`slot_at`)."""
    try:
        return _feed_item_read(item_id, slot_at)
    except politeness.HostBusy as busy:
        enqueue_feed_item(item_id, slot_at=busy.moment)  # its lease released: the next run can take it
        return None


def _feed_item_read(item_id: int, slot_at) -> Document | None:
    taken = item_services.item_take(item_id)
    if taken is None:
        return None
    item, token = taken
    try:
        found = item_services.item_article(item, slot_at=slot_at)
        with transaction.atomic():
            if isinstance(found, Document):
                document = found
            else:
                read = found.read
                document, _created = document_submit(
                    text=read.text,
                    title=read.title or item.title,
                    language=read.language or item.feed.language,
                    url=found.url,
                    byline=read.byline,
                    published=read.published or (item.published_at.date() if item.published_at else None),
                    outlet=item_services.item_outlet(item),
                    transcript=read.transcript,
                )
            item_services.item_link(item, document)
        return document
    except item_services.ItemUnreadable as error:
        item_services.item_failed(item, str(error), transient=error.transient)
        return None
    except Refused as refused:
        item_services.item_failed(item, "; ".join(refused.messages), transient=False)
        return None
    finally:
        item_services.item_release(item, token)


def enqueue_hub_request(subscription_id: int) -> None:
    """Queue a request to a feed's hub; if the broker is unreachable, the beat's `hubs_ask_due` sends it."""
    from ingest.tasks import ask_hub

    try:
        ask_hub.delay(subscription_id)
    except Exception:
        logger.warning("Could not queue the request to the hub of subscription %s", subscription_id, exc_info=True)


def hubs_ask_due() -> list[int]:
    """The beat's sweep: ask the hubs about the subscriptions due (new, to renew, to end), and queue
    again the pushes whose reading was lost."""
    due = websub_services.subscriptions_due()
    for subscription_id in due:
        enqueue_hub_request(subscription_id)
    for push_id in websub_services.pushes_to_requeue():
        enqueue_push_read(push_id)
    return due


def feed_push_receive(token: str, body: bytes, *, content_type: str, signature: str) -> str:
    """A hub's push to a feed's callback: stored when its signature is right, its reading queued after
    commit. The outcome (a `websub_services.Push` value)."""
    with transaction.atomic():
        outcome, push_id = websub_services.push_receive(token, body, content_type=content_type, signature=signature)
        if push_id is not None:
            transaction.on_commit(lambda: enqueue_push_read(push_id))
    return outcome


def enqueue_push_read(push_id: int) -> None:
    from ingest.tasks import read_feed_push

    try:
        read_feed_push.delay(push_id)
    except Exception:
        logger.warning("Could not queue push %s; the sweep will", push_id, exc_info=True)


def feed_push_read(push_id: int) -> list[int]:
    """Read a push's new entries into items, as a poll's are, and queue them."""
    new_ids = websub_services.push_take(push_id)
    for item_id in new_ids:
        transaction.on_commit(lambda item_id=item_id: enqueue_feed_item(item_id))
    return new_ids


def enqueue_lead_comparison(document_id: int) -> None:
    """Queue the comparison of a monitored article's leads; if the broker is unreachable, the beat
    sweep (`leads_requeue_uncompared`) queues it later."""
    from ingest.tasks import compare_leads

    try:
        compare_leads.delay(document_id)
    except Exception:
        logger.warning("Could not queue the comparison of document %s's leads", document_id, exc_info=True)


def leads_requeue_uncompared() -> list[int]:
    ids = comparison_services.documents_with_uncompared_leads()
    for document_id in ids:
        enqueue_lead_comparison(document_id)
    return ids


def lead_promote(lead: Lead, *, actor) -> Claim:
    """A member makes a lead a claim ticket: matched and assigned like the others."""
    claim = lead_services.lead_promote(lead, actor=actor, claims_created=matching.claims_added)
    review_services.claims_auto_assign([claim])
    return claim


# Topics and the morning digest


def topic_create(*, actor, **fields) -> Topic:
    """An editor adds a topic; the leads are tagged with it after commit."""
    topic = topic_services.topic_create(actor=actor, **fields)
    transaction.on_commit(lambda: enqueue_retag(topic.pk, topic.terms_version))
    return topic


def topic_update(topic: Topic, *, actor, **fields) -> Topic:
    """An editor changes a topic; when its terms changed, the leads are re-tagged after commit."""
    topic, terms_changed = topic_services.topic_update(topic, actor=actor, **fields)
    if terms_changed:
        transaction.on_commit(lambda: enqueue_retag(topic.pk, topic.terms_version))
    return topic


def enqueue_retag(topic_id: int, version: int) -> None:
    from ingest.tasks import retag_topic

    try:
        retag_topic.delay(topic_id, version)
    except Exception:
        logger.warning("Could not queue the re-tagging of topic %s; the sweep will", topic_id, exc_info=True)


def topics_retag_changed() -> list[int]:
    """The beat's sweep: queue again the re-tagging of every topic whose task was lost."""
    pending = topic_services.topics_to_retag()
    for topic_id, version in pending:
        enqueue_retag(topic_id, version)
    return [topic_id for topic_id, _version in pending]


def digests_send_due() -> list[int]:
    """The beat's call each minute: make the digests due now, then email each after commit, and
    send again the emails whose task was lost."""
    # Each person's digest commits on its own: no transaction stays open while matching is asked.
    made = digest_services.digests_make_due()
    for digest_id in digest_services.digests_to_email(made):
        enqueue_digest_email(digest_id)
    return made


def enqueue_digest_email(digest_id: int) -> None:
    """Queue the email and note when (the sweep leaves it alone while it waits its turn)."""
    from ingest.tasks import email_digest

    try:
        email_digest.delay(digest_id)
    except Exception:
        logger.warning("Could not queue the email of digest %s; the next sweep will", digest_id, exc_info=True)
    else:
        Digest.objects.filter(pk=digest_id).update(email_queued_at=timezone.now())
