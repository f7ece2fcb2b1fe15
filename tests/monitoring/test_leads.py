"""Leads: kept out of every queue until a member promotes one (a ticket) or dismisses it; old ones
are archived, never deleted; feeds are registered by editors only."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims import selectors as claim_selectors
from claims.models import Claim, ClaimEvent
from factcheck.errors import NotAllowed, Refused
from ingest import flow
from monitoring import selectors
from monitoring.models import Feed, Lead
from monitoring.services import leads as lead_services
from monitoring.services.feeds import feed_create
from tests import factories

pytestmark = pytest.mark.django_db


def monitored_document(text: str, *, url: str):
    """A document a feed brought, with its leads, as flow.feed_item_read leaves it."""
    return factories.DocumentFactory(text=text, url=url, language="en")


def make_lead(document, text="Unemployment fell to 5.5 percent in 2025.", score=0.9, **fields):
    start = document.text.find(text) if text in document.text else 0
    return Lead.objects.create(
        document=document,
        text=text,
        start=start,
        end=start + len(text),
        language="en",
        score=score,
        group_key=lead_services.group_key(text),
        **fields,
    )


@pytest.fixture
def document(db):
    return monitored_document("Unemployment fell to 5.5 percent in 2025.", url="https://news.example/a")


def test_promoting_a_lead_makes_a_ticket_with_where_else_it_was_said(document, fact_checker, settings):
    settings.FACTCHECK_AUTO_ASSIGN = False
    lead = make_lead(document)
    other = monitored_document("UNEMPLOYMENT fell to 5.5 percent in 2025!", url="https://other.example/b")
    make_lead(other, text="UNEMPLOYMENT fell to 5.5 percent in 2025!")

    claim = flow.lead_promote(lead, actor=fact_checker)

    lead.refresh_from_db()
    assert (lead.state, lead.claim, lead.decided_by) == (Lead.State.PROMOTED, claim, fact_checker)
    assert lead.decided_at is not None
    assert (claim.text, claim.document, claim.score) == (lead.text, document, lead.score)
    created = claim.events.get(kind=ClaimEvent.Kind.CREATED)
    assert created.details == {"source": "lead", "lead": lead.pk, "also_said_in": ["https://other.example/b"]}
    assert created.actor == fact_checker
    assert claim in claim_selectors.queue_unassigned(fact_checker)


def test_a_lead_is_decided_once(document, fact_checker):
    lead = make_lead(document)
    lead_services.lead_dismiss(lead, actor=fact_checker)
    lead.refresh_from_db()
    assert (lead.state, lead.decided_by) == (Lead.State.DISMISSED, fact_checker)

    with pytest.raises(Refused, match="already dismissed"):
        flow.lead_promote(lead, actor=fact_checker)
    assert Claim.objects.count() == 0


def test_only_members_decide_leads(document, outsider):
    lead = make_lead(document)
    with pytest.raises(NotAllowed):
        flow.lead_promote(lead, actor=outsider)
    with pytest.raises(NotAllowed):
        lead_services.lead_dismiss(lead, actor=outsider)
    lead.refresh_from_db()
    assert lead.state == Lead.State.OPEN


def test_leads_are_ranked_by_check_worthiness_and_archived_never_deleted(document, fact_checker, settings):
    settings.FACTCHECK_LEAD_ARCHIVE_DAYS = 7
    low = make_lead(document, text="Unemployment fell", score=0.6)
    high = make_lead(document, text="to 5.5 percent", score=0.95)
    old = make_lead(document, text="in 2025.", score=0.99)
    Lead.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=8))

    assert lead_services.leads_archive() == 1

    assert list(selectors.leads_visible(fact_checker)) == [high, low]
    assert Lead.objects.filter(pk=old.pk, archived_at__isnull=False).exists()


def test_leads_filter_by_feed_topic_language_and_day(document, fact_checker, editor):
    feed = feed_create(actor=editor, url="https://news.example/rss", language="en", topics=["economy"])
    other_feed = feed_create(actor=editor, url="https://other.example/rss", language="en", topics=["sport"])
    feed.items.create(entry_key="a", url=document.url, url_key="a", document=document)
    lead = make_lead(document)
    today = timezone.localdate()

    assert list(selectors.leads_visible(fact_checker, feed=feed)) == [lead]
    assert list(selectors.leads_visible(fact_checker, feed=other_feed)) == []
    assert list(selectors.leads_visible(fact_checker, topic="economy")) == [lead]
    assert list(selectors.leads_visible(fact_checker, topic="sport")) == []
    assert list(selectors.leads_visible(fact_checker, language="fr")) == []
    assert list(selectors.leads_visible(fact_checker, day=today)) == [lead]
    assert list(selectors.leads_visible(fact_checker, day=today - timedelta(days=1))) == []


def test_only_editors_register_feeds_and_bad_input_changes_nothing(fact_checker, editor):
    with pytest.raises(NotAllowed):
        feed_create(actor=fact_checker, url="https://news.example/rss", language="en")
    with pytest.raises(Refused) as refused:
        feed_create(actor=editor, url="ftp://news.example/rss", language="xx", poll_minutes=0)
    assert len(refused.value.messages) == 3
    feed_create(actor=editor, url="https://news.example/rss", language="en")
    with pytest.raises(Refused, match="already watched"):
        feed_create(actor=editor, url="https://news.example/rss", language="fr")
    assert Feed.objects.count() == 1
