"""Reads about feeds and leads that depend on who asks."""

from django.db.models import Count, Max, Min, OuterRef, Prefetch, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, NullIf

from claims import roles
from monitoring.models import Digest, DigestEntry, DigestSubscription, Feed, FeedItem, Lead, MonitoredTranscript, Topic
from publishing.claimreview import http_url, rating_name
from publishing.models import Publication
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
    return Feed.objects.select_related("source", "push").prefetch_related("topics").order_by("pk")


def of_topic(topic_name: str) -> Q:
    """Leads tagged with the topic by their words, or carried by a feed of that topic (through
    subqueries, not joins: a lead must not come back once per tag or per feed)."""
    tagged = Lead.topics.through.objects.filter(topic__name=topic_name).values("lead_id")
    carried = FeedItem.objects.filter(feed__topics__name=topic_name).values("document_id")
    return Q(pk__in=tagged) | Q(document_id__in=carried)


def leads_visible(user, *, feed=None, topic=None, outlet=None, speaker=None, language=None, day=None) -> QuerySet[Lead]:
    """One row per group of open, unarchived leads (the same thing said in several outlets): its most
    check-worthy lead among those the filters keep, most check-worthy first, annotated with the whole
    group's `appearance_count`, `outlet_count`, `first_seen` and `last_seen` (filters pick groups; the
    figures are what the group is: "said in 7 outlets since 08:00"). `outlet` is a Source (the outlet
    of a feed); `speaker` part of the speaker's name, any case."""
    if not roles.is_member(user):
        return Lead.objects.none()
    open_leads = Lead.objects.filter(state=Lead.State.OPEN, archived_at__isnull=True)
    leads = open_leads
    # Through subqueries, not joins: a document two feeds carried must not count its leads twice.
    if feed is not None:
        leads = leads.filter(document_id__in=FeedItem.objects.filter(feed=feed).values("document_id"))
    if topic:
        leads = leads.filter(of_topic(topic))
    if outlet is not None:
        leads = leads.filter(document_id__in=FeedItem.objects.filter(feed__source=outlet).values("document_id"))
    if speaker:
        leads = leads.filter(speaker__icontains=speaker)
    if language:
        leads = leads.filter(language=language)
    if day is not None:
        leads = leads.filter(created_at__date=day)
    group = leads.filter(group_key=OuterRef("group_key"))
    whole_group = open_leads.filter(group_key=OuterRef("group_key"))

    def per_group(aggregate):
        return Subquery(whole_group.order_by().values("group_key").annotate(value=aggregate).values("value")[:1])

    outlet_name = Coalesce(NullIf("document__outlet", Value("")), "document__url")
    best = leads.filter(pk=Subquery(group.order_by("-score", "pk").values("pk")[:1])).annotate(
        appearance_count=per_group(Count("pk")),
        outlet_count=per_group(Count(outlet_name, distinct=True)),
        first_seen=per_group(Min("created_at")),
        last_seen=per_group(Max("created_at")),
    )
    return _with_details(best).order_by("-score", "pk")


def lead_visible(user, pk: int) -> Lead | None:
    """One lead (any state, archived or not) with what leads_visible gives each row; None when not visible."""
    if not roles.is_member(user):
        return None
    return _with_details(Lead.objects.filter(pk=pk)).first()


def _with_details(leads: QuerySet[Lead]) -> QuerySet[Lead]:
    """With their document, feeds, topics and matched fact-check (matched_factcheck reads it)."""
    return leads.select_related("document", "matched_external").prefetch_related(
        Prefetch(
            "document__feed_items",
            queryset=FeedItem.objects.select_related("feed").prefetch_related("feed__topics"),
        ),
        "topics",
        Prefetch(
            "matched_claim__publications",
            queryset=Publication.objects.filter(withdrawn_at__isnull=True).select_related("verdict"),
            to_attr="live",
        ),
    )


def matched_factcheck(lead: Lead) -> dict | None:
    """The fact-check the lead repeats (from leads_visible or lead_visible, which prefetch it):
    {"url", "claim_reviewed", "rating", "score"}, or None."""
    if lead.matched_external_id:
        external = lead.matched_external
        return {"url": http_url(external.url), "claim_reviewed": external.claim_reviewed,
                "rating": external.rating_name, "score": round(lead.match_score, 3)}  # fmt: skip
    if lead.matched_claim_id and lead.matched_claim.live:
        publication = lead.matched_claim.live[0]
        return {"url": publication.get_absolute_url(), "claim_reviewed": lead.matched_claim.text,
                "rating": rating_name(publication.verdict.rating, publication.language),
                "score": round(lead.match_score, 3)}  # fmt: skip
    return None


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
