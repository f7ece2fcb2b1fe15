"""Writes about the morning digest: the desk's hour and time zone, who gets it, and making and
sending each person's digest once a morning (in the desk, the inbox and by email)."""

import logging
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from claims import roles
from factcheck.errors import NotAllowed
from monitoring import digest_schedule
from monitoring.models import Digest, DigestEntry, DigestSchedule, DigestSubscription, Lead, Topic
from monitoring.selectors import digest_entries, of_topic
from monitoring.services.alerts import best_factcheck
from monitoring.services.topics import FieldsRefused
from notifications.models import Notification
from notifications.services import email_requeue_due, email_send_once, notify

logger = logging.getLogger(__name__)

# Leads read per topic, at most, to find its top ones that no fact-check matches yet.
CANDIDATES_PER_TOPIC = 50


def schedule_current() -> DigestSchedule:
    """The desk's digest hour and time zone (the settings' defaults until an editor changes them)."""
    schedule, _created = DigestSchedule.objects.get_or_create(
        pk=1,
        defaults={"hour": settings.FACTCHECK_DIGEST_HOUR, "time_zone": settings.FACTCHECK_DIGEST_TIME_ZONE},
    )
    return schedule


def schedule_set(*, actor, hour: int, time_zone: str) -> DigestSchedule:
    if not roles.can_set_digest_hour(actor):
        raise NotAllowed([_("only an editor can change the digest's hour")])
    fields = {}
    if not isinstance(hour, int) or not 0 <= hour <= 23:
        fields["hour"] = [_("an hour between 0 and 23")]
    if not digest_schedule.known_time_zone(time_zone):
        fields["time_zone"] = [_("unknown time zone “%(zone)s”") % {"zone": str(time_zone)[:64]}]
    if fields:
        raise FieldsRefused(fields)
    schedule = schedule_current()
    schedule.hour, schedule.time_zone = hour, time_zone
    schedule.save()
    return schedule


def subscription_set(*, actor, all_topics: bool, topics=(), language: str) -> DigestSubscription:
    """A member asks for the digest, of every topic or of those given, in a language of the desk."""
    if not roles.can_get_digest(actor):
        raise NotAllowed([_("only members of the desk get the digest")])
    fields = {}
    if language not in dict(settings.LANGUAGES):
        fields["language"] = [_("unknown language “%(language)s”") % {"language": str(language)[:8]}]
    if not all_topics and not topics:
        fields["topics"] = [_("choose a topic, or every topic")]
    if fields:
        raise FieldsRefused(fields)
    with transaction.atomic():
        subscription, _created = DigestSubscription.objects.update_or_create(
            user=actor, defaults={"all_topics": all_topics, "language": language}
        )
        subscription.topics.set([] if all_topics else topics)
    return subscription


def subscription_end(*, actor) -> None:
    DigestSubscription.objects.filter(user=actor).delete()


@dataclass
class _Checked:
    """Whether each lead's sentence matches a fact-check already, asked once per run."""

    found: dict

    def __call__(self, lead: Lead) -> bool:
        if lead.group_key not in self.found:
            # The repeat alerts' rule: a published claim or an imported fact-check above the threshold.
            self.found[lead.group_key] = best_factcheck(lead, None) is not None
        return self.found[lead.group_key]


def top_leads(topic: Topic, edition: digest_schedule.Edition, checked) -> list[Lead]:
    """The topic's most check-worthy open leads of the edition's 24 hours, one per group (the same
    sentence in several outlets), leaving out those a published or imported fact-check matches."""
    candidates = (
        Lead.objects.filter(state=Lead.State.OPEN, archived_at__isnull=True)
        .filter(created_at__gte=edition.since, created_at__lt=edition.at)
        .filter(of_topic(topic.name))
        .distinct()
        .order_by("-score", "pk")[:CANDIDATES_PER_TOPIC]
    )
    chosen, groups = [], set()
    for lead in candidates:
        if lead.group_key in groups or checked(lead):
            continue
        groups.add(lead.group_key)
        chosen.append(lead)
        if len(chosen) == settings.FACTCHECK_DIGEST_LEADS_PER_TOPIC:
            break
    return chosen


def digests_make_due(now=None) -> list[int]:
    """The beat's call: when the desk's digest hour has come, make today's digest of every subscriber
    who has none yet (the unique edition per person makes a doubled or retried run add nothing), with
    its notice in the inbox. Returns the new digests' ids, to email after commit."""
    now = now or timezone.now()
    schedule = schedule_current()
    edition = digest_schedule.due_edition(now, schedule.hour, schedule.time_zone)
    if edition is None:
        return []
    waiting = [
        subscription
        for subscription in DigestSubscription.objects.filter(user__is_active=True)
        .exclude(user__digests__edition=edition.day)
        .select_related("user")
        .prefetch_related("topics")
        if roles.can_get_digest(subscription.user)
    ]
    if not waiting:
        return []
    # Matching is asked only about the leads of the topics someone gets, once each.
    topics = Topic.objects.order_by("name")
    if not any(subscription.all_topics for subscription in waiting):
        topics = topics.filter(pk__in={topic.pk for subscription in waiting for topic in subscription.topics.all()})
    checked = _Checked({})
    sections = {topic.pk: (topic, top_leads(topic, edition, checked)) for topic in topics}
    made = []
    for subscription in waiting:
        digest = _digest_make(subscription, edition, sections)
        if digest is not None:
            made.append(digest.pk)
    return made


def _digest_make(subscription, edition, sections) -> Digest | None:
    if subscription.all_topics:
        wanted = sections
    else:
        wanted = {topic.pk: sections[topic.pk] for topic in subscription.topics.all()}
    try:
        with transaction.atomic():
            digest = Digest.objects.create(
                recipient=subscription.user, edition=edition.day, language=subscription.language
            )
            DigestEntry.objects.bulk_create(
                DigestEntry(digest=digest, topic=topic, topic_name=topic.name, lead=lead, position=position)
                for topic, leads in wanted.values()
                for position, lead in enumerate(leads, start=1)
            )
            count = sum(len(leads) for _topic, leads in wanted.values())
            with translation.override(subscription.language):
                text = _("Your morning digest of %(day)s: %(count)d leads no fact-check matches yet.") % {
                    "day": edition.day.isoformat(),
                    "count": count,
                }
            notify(
                subscription.user,
                Notification.Kind.DIGEST,
                text=text,
                dedupe_key=f"digest:{digest.pk}",
                # A path by the URL's name: the desk, above this layer, serves the page.
                link=reverse("desk:digest", args=[digest.pk]),
                by_email=False,
            )
    except IntegrityError:
        return None  # another run made it a moment ago
    return digest


def digest_email(digest_id: int) -> bool:
    """Send the digest by email unless it was sent; True when this call sent it (once, however
    often the task runs: notifications.services.email_send_once)."""

    def send() -> bool:
        digest = Digest.objects.select_related("recipient").get(pk=digest_id)
        if not digest.recipient.email:
            return False
        entries = digest_entries(digest)
        with translation.override(digest.language):
            context = {"digest": digest, "sections": sections_of(entries)}
            message = EmailMultiAlternatives(
                subject=_("[Factcheck desk] Morning digest of %(day)s") % {"day": digest.edition.isoformat()},
                body=render_to_string("monitoring/digest_email.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[digest.recipient.email],
            )
            message.attach_alternative(render_to_string("monitoring/digest_email.html", context), "text/html")
        message.send()
        return True

    return email_send_once(Digest.objects, digest_id, send)


def sections_of(entries) -> list[tuple[str, list[DigestEntry]]]:
    """A digest's entries by topic, in the order stored."""
    sections: dict[str, list[DigestEntry]] = {}
    for entry in entries:
        sections.setdefault(entry.topic_name, []).append(entry)
    return list(sections.items())


def digests_to_email(made=(), now=None) -> list[int]:
    """The digests whose email the beat queues: those `made` just now, and those of the last
    FACTCHECK_DIGEST_LATE_HOURS whose email was never queued or was lost (the notices' rule), not one
    waiting its turn in a busy queue. A digest without a lead stays in the desk ("nothing this
    morning") and is not emailed."""
    now = now or timezone.now()
    late = timedelta(hours=settings.FACTCHECK_DIGEST_LATE_HOURS)
    return list(
        Digest.objects.filter(Q(pk__in=list(made)) | email_requeue_due(now, max_age=late))
        .filter(Exists(DigestEntry.objects.filter(digest=OuterRef("pk"))))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
