"""Editors tag the claims ticked in a queue: one timeline event per claim that gains the tag."""

import pytest
from django.urls import reverse

from claims import workflow
from claims.models import ClaimEvent
from reviews import services
from reviews.models import Tag
from tests import factories

pytestmark = pytest.mark.django_db


def test_an_editor_tags_the_ticked_claims_with_one_event_each(editor_client, fact_checker):
    Tag.objects.create(name="Health")
    tagged, untagged = factories.ClaimFactory(assignee=fact_checker), factories.ClaimFactory()
    left_alone = factories.ClaimFactory()
    tagged.tags.add(Tag.objects.create(name="energy"))
    response = editor_client.post(
        reverse("desk:queue_bulk"),
        {"action": "tag", "tag": " health ", "claims": [tagged.pk, untagged.pk]},
        follow=True,
    )
    assert "2 claims changed." in response.content.decode()
    assert sorted(tagged.tags.values_list("name", flat=True)) == ["Health", "energy"]
    assert list(untagged.tags.values_list("name", flat=True)) == ["Health"] and not left_alone.tags.exists()
    assert Tag.objects.count() == 2  # The existing tag, whatever its case: no new "health".
    for claim in (tagged, untagged):
        events = claim.events.filter(kind=ClaimEvent.Kind.TAGS)
        assert [event.details for event in events] == [{"added": ["Health"], "removed": []}]


def test_tagging_again_changes_nothing_and_records_nothing(editor_client):
    claim = factories.ClaimFactory()
    for _repeat in range(2):
        editor_client.post(reverse("desk:queue_bulk"), {"action": "tag", "tag": "health", "claims": [claim.pk]})
    assert claim.events.filter(kind=ClaimEvent.Kind.TAGS).count() == 1


def test_a_claim_full_of_tags_is_reported_and_the_others_tagged(editor_client, editor):
    full, other = factories.ClaimFactory(), factories.ClaimFactory()
    services.claim_set_tags(full, actor=editor, names=[f"t{i}" for i in range(10)])
    response = editor_client.post(
        reverse("desk:queue_bulk"), {"action": "tag", "tag": "health", "claims": [full.pk, other.pk]}, follow=True
    )
    page = response.content.decode()
    assert "1 claim changed." in page and f"Claim {full.pk} unchanged: a claim takes at most 10 tags" in page
    assert not full.tags.filter(name="health").exists() and other.tags.filter(name="health").exists()


@pytest.mark.parametrize("tag", ["", "   ", "x" * 41])
def test_a_missing_or_too_long_tag_is_a_form_error_and_changes_nothing(editor_client, tag):
    claim = factories.ClaimFactory()
    response = editor_client.post(
        reverse("desk:queue_bulk"), {"action": "tag", "tag": tag, "claims": [claim.pk]}, follow=True
    )
    page = response.content.decode()
    assert "Name the tag to add." in page or "at most 40 characters" in page
    assert not claim.tags.exists() and not Tag.objects.exists()


def test_a_fact_checker_cannot_tag_in_bulk(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    checker_client.post(reverse("desk:queue_bulk"), {"action": "tag", "tag": "health", "claims": [claim.pk]})
    assert not claim.tags.exists()
    with pytest.raises(workflow.NotAllowed):
        services.claims_bulk_add_tag([claim], name="health", actor=fact_checker)


def test_the_bulk_form_offers_add_tag_in_french(editor_client):
    factories.ClaimFactory()
    page = editor_client.get(reverse("desk:queue_unassigned"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Ajouter une étiquette…" in page and "Étiquette à ajouter" in page
