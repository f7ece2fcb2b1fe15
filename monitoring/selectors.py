"""Reads about feeds and leads that depend on who asks."""

from django.db.models import Prefetch, Q, QuerySet

from claims import roles
from monitoring.models import Digest, DigestEntry, DigestSubscription, Feed, FeedItem, Lead, MonitoredTranscript, Topic
from sources.models import Source


def is_monitored(document_id: int) -> bool:
    """Whether the document came from a feed, or is a transcript given to monitoring: its check-worthy
    sentences are leads, not tickets."""
    return (
        FeedItem.objects.filter(document_id=document_id).exists()
        or MonitoredTranscript.objects.filter(document_id=document_id).exists()
    )


def feeds_visible(user) -> QuerySet[Feed]:
    """Members see every feed; anyone else none (their existence is the desk's business)."""
    if not roles.is_member(user):
        return Feed.objects.none()
    return Feed.objects.select_related("source").prefetch_related("topics").order_by("pk")


def of_topic(topic_name: str) -> Q:
    """Leads tagged with the topic by their words, or carried by a feed of that topic."""
    return Q(topics__name=topic_name) | Q(document__feed_items__feed__topics__name=topic_name)


def leads_visible(user, *, feed=None, topic=None, outlet=None, speaker=None, language=None, day=None) -> QuerySet[Lead]:
    """Open, unarchived leads, most check-worthy first, with the feeds that carried their document.
    `outlet` is a Source (the outlet of a feed); `speaker` part of the speaker's name, any case."""
    if not roles.is_member(user):
        return Lead.objects.none()
    leads = Lead.objects.filter(state=Lead.State.OPEN, archived_at__isnull=True)
    if feed is not None:
        leads = leads.filter(document__feed_items__feed=feed)
    if topic:
        leads = leads.filter(of_topic(topic))
    if outlet is not None:
        leads = leads.filter(document__feed_items__feed__source=outlet)
    if speaker:
        leads = leads.filter(speaker__icontains=speaker)
    if language:
        leads = leads.filter(language=language)
    if day is not None:
        leads = leads.filter(created_at__date=day)
    return (
        leads.distinct()
        .select_related("document")
        .prefetch_related(
            Prefetch(
                "document__feed_items",
                queryset=FeedItem.objects.select_related("feed").prefetch_related("feed__topics"),
            ),
            "topics",
        )
        .order_by("-score", "pk")
    )


def topics_visible(user) -> QuerySet[Topic]:
    """Members see every topic (to filter and subscribe); editors change them."""
    if not roles.is_member(user):
        return Topic.objects.none()
    return Topic.objects.order_by("name")


def outlets_watched() -> QuerySet:
    """The Sources some feed is tied to, to filter leads by outlet."""
    return Source.objects.filter(feeds__isnull=False).distinct().order_by("name")


def appearances_by_group(leads) -> dict[str, list[Lead]]:
    """For a page of leads, every open lead of the same groups (the same sentence in other outlets),
    in one query."""
    keys = {lead.group_key for lead in leads}
    grouped: dict[str, list[Lead]] = {key: [] for key in keys}
    for lead in (
        Lead.objects.filter(group_key__in=keys, archived_at__isnull=True)
        .select_related("document")
        .order_by("created_at", "pk")
    ):
        grouped[lead.group_key].append(lead)
    return grouped


def leads_decidable(user) -> QuerySet[Lead]:
    """The leads a person may name to promote or dismiss (the service says whether it is still open)."""
    return Lead.objects.all() if roles.is_member(user) else Lead.objects.none()


def digests_of(user) -> QuerySet[Digest]:
    """A person's own digests, newest first; no one sees another's."""
    if not roles.can_get_digest(user):
        return Digest.objects.none()
    return Digest.objects.filter(recipient=user).order_by("-edition", "-pk")


def digest_entries(digest: Digest) -> list[DigestEntry]:
    """A digest's leads, by topic and rank, with their articles, in one query."""
    return list(digest.entries.select_related("lead__document").order_by("topic_name", "position"))


def digest_subscription(user) -> DigestSubscription | None:
    return DigestSubscription.objects.filter(user=user).prefetch_related("topics").first()
