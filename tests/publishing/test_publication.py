import pytest
from django.urls import reverse

from claims import workflow
from claims.models import Claim, ClaimEvent
from publishing import services
from publishing.models import Publication
from reviews.models import Evidence
from tests import factories

pytestmark = pytest.mark.django_db


def test_approving_a_verdict_publishes_it_once(publish):
    publication = publish(text="Unemployment fell by 1,900 people in 2025.")
    assert publication.is_live
    assert publication.slug == "unemployment-fell-by-1900-people-in-2025"
    assert services.publication_publish(publication.verdict) == publication
    assert Publication.objects.count() == 1
    kinds = list(publication.claim.events.values_list("kind", flat=True))
    assert kinds[-2:] == [ClaimEvent.Kind.VERDICT_APPROVED, ClaimEvent.Kind.PUBLISHED]


def test_slugs_fold_french_accents_and_stay_unique(publish):
    first = publish(text="L’économie française a créé 90 000 emplois en été", language="fr")
    second = publish(text="L’économie française a créé 90 000 emplois en été", language="fr")
    assert first.slug == "leconomie-francaise-a-cree-90-000-emplois-en-ete"
    assert second.slug == f"{first.slug}-2"


def test_a_verdict_not_approved_is_not_published(fact_checker):
    verdict = factories.VerdictFactory()
    with pytest.raises(workflow.Refused):
        services.publication_publish(verdict)


def test_the_public_page_shows_claim_speaker_source_rating_summary_and_public_evidence(client, publish):
    claim = factories.ClaimFactory(text="Crime doubled in ten years.", speaker="Jane Doe")
    factories.EvidenceFactory(claim=claim, url="https://stats.example/crime", stance=Evidence.Stance.CONTRADICTS)
    factories.EvidenceFactory(claim=claim, kind=Evidence.Kind.QUOTE, url="", excerpt="Crime fell by 3%.")
    factories.EvidenceFactory(claim=claim, kind=Evidence.Kind.FILE, url="", file="evidence/secret-memo.pdf")
    claim.document.url = "https://quotidien.example/article"
    claim.document.save()
    publication = publish(claim, summary="Official statistics show a fall.")

    response = client.get(publication.get_absolute_url())

    assert response.status_code == 200
    page = response.content.decode()
    for expected in (
        "Crime doubled in ten years.",
        "Jane Doe",
        "https://quotidien.example/article",
        "False",
        "Official statistics show a fall.",
        "https://stats.example/crime",
        "Crime fell by 3%.",
    ):
        assert expected in page
    assert "secret-memo" not in page


def test_a_french_page_names_the_rating_in_french(client, publish):
    publication = publish(text="Le chômage a baissé.", language="fr")
    page = client.get(publication.get_absolute_url()).content.decode()
    assert 'lang="fr"' in page
    assert "Faux" in page


def test_links_only_to_web_addresses(client, publish):
    claim = factories.ClaimFactory()
    factories.EvidenceFactory(claim=claim, url="javascript:alert(1)")
    publication = publish(claim)
    page = client.get(publication.get_absolute_url()).content.decode()
    assert 'href="javascript:' not in page


def test_an_editor_withdraws_a_fact_check_and_its_page_is_gone(client, publish, editor):
    publication = publish()
    services.publication_withdraw(publication, actor=editor, reason="The speaker was misidentified.")

    response = client.get(publication.get_absolute_url())

    assert response.status_code == 410
    assert "The speaker was misidentified." in response.content.decode()
    event = publication.claim.events.last()
    assert (event.kind, event.note, event.actor) == (
        ClaimEvent.Kind.WITHDRAWN,
        "The speaker was misidentified.",
        editor,
    )


def test_withdrawal_needs_an_editor_and_a_reason(publish, fact_checker, editor):
    publication = publish()
    with pytest.raises(workflow.NotAllowed):
        services.publication_withdraw(publication, actor=fact_checker, reason="no")
    with pytest.raises(workflow.Refused):
        services.publication_withdraw(publication, actor=editor, reason=" ")
    services.publication_withdraw(publication, actor=editor, reason="Wrong claim.")
    with pytest.raises(workflow.Refused):
        services.publication_withdraw(publication, actor=editor, reason="Again.")


def test_an_editor_publishes_a_dated_correction(client, publish, editor, fact_checker):
    publication = publish()
    with pytest.raises(workflow.NotAllowed):
        services.publication_correct(publication, actor=fact_checker, text="Typo.")
    correction = services.publication_correct(publication, actor=editor, text="The figure is 1,900, not 1,800.")

    page = client.get(publication.get_absolute_url()).content.decode()

    assert "The figure is 1,900, not 1,800." in page
    assert correction.created_at.date().isoformat() in page
    assert publication.claim.events.last().kind == ClaimEvent.Kind.CORRECTED


def test_a_claim_approved_again_after_a_reopen_replaces_its_page(client, publish, editor, fact_checker):
    first = publish(rating="false")
    claim = workflow.transition(first.claim, Claim.Status.UNVERIFIED, actor=editor, note="New data.")
    second = publish(claim, rating="mostly-true")

    first.refresh_from_db()
    assert not first.is_live and second.is_live
    response = client.get(first.get_absolute_url())
    assert response.status_code == 410
    assert second.get_absolute_url() in response.content.decode()


def test_unknown_pages_are_404(client, db):
    assert client.get(reverse("publishing:factcheck", args=["nothing-here"])).status_code == 404


def test_verdict_approve_still_sets_the_verdict_and_closes_the_claim(publish):
    publication = publish()
    assert publication.verdict.state == "approved"
    assert Claim.objects.get(pk=publication.claim_id).closed_at is not None
