"""Writes about topics: editors set their keyword lists; leads are tagged with the topics whose
terms they say when found, and again (in batches, idempotently) when a topic's terms change."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from claims import roles
from factcheck.errors import NotAllowed, Refused
from monitoring import topic_terms
from monitoring.models import Lead, Topic

# Leads read and tagged per batch when a topic's terms change.
RETAG_BATCH = 500
TERM_FIELDS = tuple(f"{kind}_{language}" for language in topic_terms.TERM_LANGUAGES for kind in topic_terms.TERM_KINDS)


class FieldsRefused(Refused):
    """Bad input, field by field (`fields`: name → messages), as forms and the API show it."""

    def __init__(self, fields: dict[str, list[str]]):
        self.fields = fields
        super().__init__([f"{name}: {message}" for name, messages in fields.items() for message in messages])


def _cleaned_terms(field: str, terms) -> tuple[list[str], list[str]]:
    """The terms without blanks or repeats, in the order given, and what is wrong with them."""
    language = field.rsplit("_", 1)[1]
    if not isinstance(terms, list | tuple) or not all(isinstance(term, str) for term in terms):
        return [], [_("a list of words or phrases is expected")]
    cleaned = list(dict.fromkeys(" ".join(term.split()) for term in terms if term.strip()))
    problems = []
    if len(cleaned) > topic_terms.MAX_TERMS_PER_LIST:
        problems.append(_("at most %(count)d terms per list") % {"count": topic_terms.MAX_TERMS_PER_LIST})
    for term in cleaned:
        problem = topic_terms.term_problem(term, language)
        if problem == "too_long":
            problems.append(
                _("“%(term)s” is longer than %(limit)d characters")
                % {"term": term[:30], "limit": topic_terms.MAX_TERM_LENGTH}
            )
        elif problem == "no_word":
            problems.append(_("“%(term)s” has no word to look for (only common words)") % {"term": term})
    return cleaned, problems


def _checked(topic: Topic | None, *, name, terms: dict) -> tuple[str | None, dict]:
    fields: dict[str, list[str]] = {}
    if name is not None:
        name = " ".join(str(name).split())
        if not name:
            fields["name"] = [_("a topic needs a name")]
        elif len(name) > 100:
            fields["name"] = [_("a topic's name is at most 100 characters")]
        elif Topic.objects.filter(name__iexact=name).exclude(pk=getattr(topic, "pk", None)).exists():
            fields["name"] = [_("there is already a topic of this name")]
    cleaned = {}
    for field, given in terms.items():
        cleaned[field], problems = _cleaned_terms(field, given)
        if problems:
            fields[field] = problems
    if fields:
        raise FieldsRefused(fields)
    return name, cleaned


def topic_create(*, actor, name: str, **terms) -> Topic:
    """An editor adds a topic; its leads are tagged by the re-tagging the caller queues after commit."""
    if not roles.can_manage_topics(actor):
        raise NotAllowed([_("only an editor can change topics")])
    name, cleaned = _checked(None, name=name, terms={field: terms.get(field, []) for field in TERM_FIELDS})
    try:
        with transaction.atomic():
            return Topic.objects.create(name=name, terms_version=1, **cleaned)
    except IntegrityError:
        raise FieldsRefused({"name": [_("there is already a topic of this name")]}) from None


def topic_update(topic: Topic, *, actor, name: str | None = None, **terms) -> tuple[Topic, bool]:
    """An editor renames a topic or changes its terms. Returns (topic, whether its terms changed):
    when they did, the caller queues the re-tagging after commit."""
    if not roles.can_manage_topics(actor):
        raise NotAllowed([_("only an editor can change topics")])
    unknown = set(terms) - set(TERM_FIELDS)
    if unknown:
        raise FieldsRefused({field: [_("unknown field")] for field in sorted(unknown)})
    name, cleaned = _checked(topic, name=name, terms=terms)
    with transaction.atomic():
        locked = Topic.objects.select_for_update().get(pk=topic.pk)
        changed = [field for field, value in cleaned.items() if getattr(locked, field) != value]
        for field in changed:
            setattr(locked, field, cleaned[field])
        if name is not None:
            locked.name = name
        if changed:
            locked.terms_version = F("terms_version") + 1
        try:
            with transaction.atomic():
                locked.save()
        except IntegrityError:
            raise FieldsRefused({"name": [_("there is already a topic of this name")]}) from None
        locked.refresh_from_db()
    return locked, bool(changed)


def leads_tag(leads) -> None:
    """Tag new leads with every topic whose terms they say (a feed's own topics are read through the
    feed and need no tag). Running twice adds nothing twice."""
    rules = topic_terms.rules_for(Topic.objects.all())
    through = Lead.topics.through
    rows = [
        through(lead_id=lead.pk, topic_id=topic_id)
        for lead in leads
        for topic_id in topic_terms.topics_of(lead.text, lead.language, rules)
    ]
    through.objects.bulk_create(rows, ignore_conflicts=True)


def topic_retag(topic_id: int, version: int) -> bool:
    """Tag every unarchived lead with the topic as its terms now say (adding and removing tags), in
    batches of RETAG_BATCH. Does nothing when the terms changed again since `version`: the newer
    task does it. Idempotent: running it twice leaves the same tags. True when done."""
    topic = Topic.objects.filter(pk=topic_id, terms_version=version).first()
    if topic is None:
        return False
    rule = {language: rules[0] for language, rules in topic_terms.rules_for([topic]).items()}
    through = Lead.topics.through
    last_pk = 0
    while True:
        batch = list(
            Lead.objects.filter(archived_at__isnull=True, pk__gt=last_pk)
            .order_by("pk")
            .values_list("pk", "text", "language")[:RETAG_BATCH]
        )
        if not batch:
            break
        last_pk = batch[-1][0]
        said = {
            pk
            for pk, text, language in batch
            if rule[topic_terms.lead_language(text, language)].matches(
                topic_terms.stems(text, topic_terms.lead_language(text, language))
            )
        }
        ids = [pk for pk, _text, _language in batch]
        with transaction.atomic():
            through.objects.filter(topic_id=topic_id, lead_id__in=ids).exclude(lead_id__in=said).delete()
            through.objects.bulk_create([through(lead_id=pk, topic_id=topic_id) for pk in said], ignore_conflicts=True)
    Topic.objects.filter(pk=topic_id, terms_version=version).update(tagged_version=version)
    return True


def topics_to_retag() -> list[tuple[int, int]]:
    """(id, version) of every topic whose leads were not re-tagged since its terms last changed."""
    return list(Topic.objects.exclude(tagged_version=F("terms_version")).values_list("pk", "terms_version"))
