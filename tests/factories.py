import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims import roles
from claims.models import Claim, Document, Turn
from notifications.models import Notification
from reviews.models import Evidence, ReviewerProfile, Verdict
from sources.models import Source, SourceDomain


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("pw")

    @factory.post_generation
    def role(user, create, extracted, **kwargs):
        if extracted:
            user.groups.add(Group.objects.get(name=extracted))

    @factory.post_generation
    def languages(user, create, extracted, **kwargs):
        if extracted is not None:
            ReviewerProfile.objects.create(user=user, languages=extracted)


def fact_checker(**kwargs):
    return UserFactory(role=roles.FACT_CHECKERS, **kwargs)


def editor(**kwargs):
    return UserFactory(role=roles.EDITORS, **kwargs)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Source {n}")
    kind = Source.Kind.NEWS_OUTLET
    reliability = Source.Reliability.HIGH

    @factory.post_generation
    def domains(source, create, extracted, **kwargs):
        for domain in extracted or []:
            SourceDomain.objects.create(source=source, domain=domain)


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"Article {n}")
    text = factory.Sequence(lambda n: f"Article {n}. The rate rose to {n} percent in 2024, officials said.")
    language = "en"
    content_hash = factory.Sequence(lambda n: f"{n:064x}")
    extraction_state = Document.ExtractionState.DONE


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    document = factory.SubFactory(DocumentFactory)
    text = factory.Sequence(lambda n: f"The rate rose to {n} percent in 2024.")
    start = 0
    end = factory.LazyAttribute(lambda claim: len(claim.text))
    language = "en"
    score = 0.8


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    claim = factory.SubFactory(ClaimFactory)
    kind = Evidence.Kind.URL
    url = factory.Sequence(lambda n: f"https://example.org/report-{n}")
    stance = Evidence.Stance.SUPPORTS
    source = factory.SubFactory(SourceFactory)


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict

    claim = factory.SubFactory(ClaimFactory)
    rating = Verdict.Rating.FALSE
    summary = "The figure is wrong."
    author = factory.SubFactory(UserFactory)


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(UserFactory)
    kind = Notification.Kind.ASSIGNED
    claim = factory.SubFactory(ClaimFactory)
    text = factory.Sequence(lambda n: f"Claim {n} is yours.")
    dedupe_key = factory.Sequence(lambda n: f"test:{n}")


def import_sources(data: bytes, *, actor):
    """Import a source CSV as an editor does: preview it, then confirm exactly that preview."""
    from reviews import services

    plan = services.sources_import_preview(data, actor=actor)
    return services.sources_import_csv(data, actor=actor, confirmed=plan.digest)


def transcript_document(turns: list[tuple[str, int | None, str]], *, kind: str = "srt", **fields) -> Document:
    """A transcript document from (speaker, start in ms or None, speech) turns, one cue per turn, with its Turn
    rows, as reading an .srt stores them (no extraction)."""
    text = "\n\n".join(speech for _speaker, _ms, speech in turns)
    document = DocumentFactory(text=text, transcript=kind, **fields)
    offset = 0
    for position, (speaker, ms, speech) in enumerate(turns):
        Turn.objects.create(
            document=document,
            position=position,
            speaker=speaker,
            start=offset,
            end=offset + len(speech),
            starts_at_ms=ms,
            ends_at_ms=None if ms is None else ms + 3000,
            cue_starts=[] if ms is None else [[offset, ms]],
        )
        offset += len(speech) + 2
    return document
