"""A claim linked to a fact-check already published (here or imported) is remembered as a repeat:
where, who, when; once per claim."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from publishing import matching, repeats
from publishing.models import ExternalFactCheck, Repeat
from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def checked_before(publish):
    return publish(text="Unemployment fell by 1,900 people in 2025.", rating="false")


def incoming(text, **document_fields):
    document = factories.DocumentFactory(**document_fields)
    return factories.ClaimFactory(document=document, text=text, speaker="The mayor")


def test_linking_to_a_published_claim_records_where_who_and_when(checked_before, editor):
    outlet = Source.objects.create(name="Le Matin")
    new = incoming(
        "In 2025 unemployment fell by 1,900 people.", publisher=outlet, published=date(2026, 11, 20), outlet=""
    )
    (match,) = matching.suggest_matches(new)

    matching.match_link(match, actor=editor)

    repeat = Repeat.objects.get()
    assert (repeat.claim, repeat.checked_claim, repeat.external) == (new, checked_before.claim, None)
    assert (repeat.document, repeat.outlet, repeat.speaker, repeat.said_on) == (
        new.document,
        "Le Matin",
        "The mayor",
        date(2026, 11, 20),
    )
    assert list(repeats.repeats_of(checked_before.claim)) == [repeat]


def test_recording_twice_keeps_one_row(checked_before):
    new = incoming("Unemployment fell by 1,900 people in 2025, again.", outlet="Radio Nord", published=None)
    first = repeats.repeat_record(new, checked_before.claim)
    again = repeats.repeat_record(new, checked_before.claim, outlet="Somewhere else")

    assert again.pk == first.pk and Repeat.objects.count() == 1
    assert (again.outlet, again.said_on) == ("Radio Nord", timezone.localdate(new.created_at))


def test_linking_to_an_imported_fact_check_records_a_repeat(editor):
    factcheck = ExternalFactCheck.objects.create(
        url="https://archive.example/fc/goldfish",
        claim_reviewed="Goldfish have a memory span of only three seconds.",
        normalized_text="goldfish memory span only three seconds",
        rating_name="False",
    )
    new = incoming("Goldfish have a memory span of only three seconds.")
    match = matching.ClaimMatch.objects.create(claim=new, matched_external=factcheck, score=0.9)

    matching.match_link(match, actor=editor)

    assert list(repeats.repeats_of(factcheck).values_list("claim", flat=True)) == [new.pk]


def test_linking_to_a_claim_never_published_records_no_repeat(editor):
    open_claim = factories.ClaimFactory(text="Unemployment fell by 1,900 people in 2025.")
    new = incoming("In 2025 unemployment fell by 1,900 people.")
    match = matching.ClaimMatch.objects.create(claim=new, matched_claim=open_claim, score=0.9)

    matching.match_link(match, actor=editor)

    assert not Repeat.objects.exists()


def test_a_claim_linked_before_its_match_was_published_repeats_it_once_published(publish, editor):
    being_checked = factories.ClaimFactory(text="Unemployment fell by 1,900 people in 2025.")
    new = incoming("In 2025 unemployment fell by 1,900 people.", outlet="Radio Nord", published=date(2026, 11, 2))
    matching.match_link(
        matching.ClaimMatch.objects.create(claim=new, matched_claim=being_checked, score=0.9), actor=editor
    )

    publish(being_checked)

    repeat = Repeat.objects.get()
    assert (repeat.claim, repeat.checked_claim, repeat.outlet, repeat.said_on) == (
        new,
        being_checked,
        "Radio Nord",
        date(2026, 11, 2),
    )


def test_most_repeated_counts_the_last_30_days_most_first(publish, django_assert_num_queries):
    often = publish(text="Crime doubled in Marseille in ten years.").claim
    once = publish(text="Le SMIC est de 1 400 euros par mois.", language="fr").claim
    factcheck = ExternalFactCheck.objects.create(
        url="https://archive.example/fc/1",
        claim_reviewed="Goldfish forget.",
        normalized_text="goldfish",
        rating_name="F",
    )
    today = timezone.localdate()
    for days_ago in (1, 2, 3):
        repeats.repeat_record(incoming(f"Crime doubled, {days_ago}."), often, said_on=today - timedelta(days=days_ago))
    repeats.repeat_record(incoming("Le SMIC, 1400 euros."), once, said_on=today)
    for days_ago in (1, 5):
        repeats.repeat_record(incoming(f"Goldfish {days_ago}."), factcheck, said_on=today - timedelta(days=days_ago))
    # Older than 30 days: not trending any more, however many.
    for days_ago in (40, 41, 42, 43):
        repeats.repeat_record(incoming(f"Old {days_ago}."), once, said_on=today - timedelta(days=days_ago))

    with django_assert_num_queries(3):
        trending = repeats.most_repeated()

    assert [(row["checked"], row["repeats"]) for row in trending] == [(often, 3), (factcheck, 2), (once, 1)]
    assert trending[0]["last"] == today - timedelta(days=1)
