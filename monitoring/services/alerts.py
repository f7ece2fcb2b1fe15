"""Repeat alerts: a monitored sentence (a lead) that repeats a published or imported fact-check.

The repeat is recorded with the fact-check (publishing.repeats: its list of repeats, the dashboard's
most repeated), and the people who answer for it are told at once, each in their language: for a claim
published here, the author of its published verdict; for an imported fact-check, whoever imported it;
and every editor. One notice per lead, fact-check and person, whatever runs twice.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from claims import roles
from claims.models import Claim
from monitoring.models import Lead
from notifications.models import Notification
from notifications.services import notify
from publishing import repeats
from publishing.claimreview import http_url, rating_name
from publishing.match_search import search
from publishing.models import ExternalFactCheck
from publishing.selectors import live_publications

# Hits looked at per lead: the best published or imported one among them is the match.
HITS_CONSIDERED = 10


@dataclass
class Found:
    checked: Claim | ExternalFactCheck
    score: float


def best_factcheck(lead: Lead, vector) -> Found | None:
    """The published claim or imported fact-check the lead repeats best, above the match threshold;
    open claims of the desk are not fact-checks yet."""
    hits = search(lead.text, language=lead.language, limit=HITS_CONSIDERED, query_vector=vector)
    claim_ids = [hit.pk for hit in hits if hit.kind == "claim"]
    published = set(live_publications().filter(claim_id__in=claim_ids).values_list("claim_id", flat=True))
    for hit in hits:
        if hit.kind == "external":
            return Found(ExternalFactCheck.objects.get(pk=hit.pk), hit.score)
        if hit.pk in published:
            return Found(Claim.objects.select_related("document").get(pk=hit.pk), hit.score)
    return None


def lead_match_record(lead: Lead, found: Found) -> None:
    """Note the match on the lead (unsaved), record the repeat and alert, once. Inside the transaction
    that saves the lead: the notices' emails leave after commit. A publication withdrawn since the
    search is no fact-check any more: nothing is recorded."""
    if isinstance(found.checked, Claim) and not live_publications().filter(claim=found.checked).exists():
        return
    lead.match_score = found.score
    if isinstance(found.checked, Claim):
        lead.matched_claim, lead.matched_external = found.checked, None
    else:
        lead.matched_claim, lead.matched_external = None, found.checked
    _repeat, created = repeats.appearance_repeat_record(
        lead.appearance,
        found.checked,
        text=lead.text,
        document=lead.document,
        speaker=lead.speaker,
        claim_id=lead.claim_id,
    )
    if created:
        repeat_alert(lead, found.checked)


@dataclass
class FactCheckFacts:
    rating: str
    published_on: object
    url: str
    claim: Claim | None


def _facts(checked, language: str) -> FactCheckFacts:
    if isinstance(checked, ExternalFactCheck):
        return FactCheckFacts(checked.rating_name, checked.date_published, http_url(checked.url), None)
    publication = live_publications().get(claim=checked)
    return FactCheckFacts(
        rating_name(publication.verdict.rating, language),
        timezone.localtime(publication.published_at).date(),
        publication.get_absolute_url(),
        checked,
    )


def alert_recipients(checked) -> list:
    """Who answers for the fact-check, then every editor; each once."""
    if isinstance(checked, ExternalFactCheck):
        authors = [checked.imported_by]
    else:
        authors = [live_publications().get(claim=checked).verdict.author]
    editors = get_user_model().objects.filter(is_active=True, groups__name=roles.EDITORS).order_by("pk")
    people = {}
    for person in [*authors, *editors]:
        if person is not None:
            people.setdefault(person.pk, person)
    return list(people.values())


def reading_language(person) -> str:
    """The first of the languages the person reads that the desk speaks, else the desk's."""
    spoken = {code for code, _name in settings.LANGUAGES}
    profile = getattr(person, "reviewer_profile", None)
    for language in profile.languages if profile is not None else []:
        if language in spoken:
            return language
    return settings.LANGUAGE_CODE


def repeat_alert(lead: Lead, checked) -> None:
    document = lead.document
    outlet = document.outlet or (document.publisher.name if document.publisher_id else "") or document.url
    who = lead.speaker or outlet
    where = outlet if lead.speaker else (document.title or document.url)
    lead_url = f"{reverse('desk:monitoring')}#lead-{lead.pk}"
    kind, pk = ("external", checked.pk) if isinstance(checked, ExternalFactCheck) else ("claim", checked.pk)
    for person in alert_recipients(checked):
        language = reading_language(person)
        with translation.override(language):
            facts = _facts(checked, language)
            published = date_format(facts.published_on) if facts.published_on else _("an unknown date")
            text = _(
                "A claim rated %(rating)s on %(date)s was repeated by %(who)s in %(where)s:\n“%(said)s”\n\n"
                "Where it was seen: %(lead_url)s\nThe fact-check: %(factcheck_url)s"
            ) % {
                "rating": facts.rating,
                "date": published,
                "who": who,
                "where": where,
                "said": lead.text,
                "lead_url": lead_url,
                "factcheck_url": facts.url,
            }
        notify(
            person,
            Notification.Kind.REPEATED,
            claim=facts.claim,
            text=text,
            dedupe_key=f"repeated:lead-{lead.pk}:{kind}-{pk}:user-{person.pk}",
        )
