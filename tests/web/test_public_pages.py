"""Public fact-check pages share a clean public layout, speak the fact-check's language and embed JSON-LD safely."""

import json
import re

import pytest
from django.urls import reverse

from claims.models import Claim
from publishing import services as publishing_services
from publishing.services import publication_withdraw
from reviews import services as review_services
from tests import factories

pytestmark = pytest.mark.django_db


def publish(
    fact_checker,
    editor,
    *,
    language="en",
    text="Crime doubled in ten years.",
    speaker="Jane <Doe>",
    before_approval=lambda claim: None,
):
    """`before_approval(claim)` adds what the claim holds while open: once published it is read-only."""
    claim = factories.ClaimFactory(
        text=text, speaker=speaker, language=language, document=factories.DocumentFactory(language=language)
    )
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    claim.refresh_from_db()
    before_approval(claim)
    verdict = review_services.verdict_save_draft(claim, actor=fact_checker, rating="false", summary="Wrong.")
    verdict = review_services.verdict_submit(verdict, actor=fact_checker)
    return publishing_services.verdict_approve(verdict, actor=editor).publication


def test_a_fact_check_page_uses_the_public_layout_without_desk_navigation(client, fact_checker, editor):
    page = client.get(publish(fact_checker, editor).get_absolute_url()).content.decode()
    assert 'class="public-header"' in page and "/static/publishing/public.css" in page
    assert 'class="site-header"' not in page and reverse("desk:dashboard") not in page
    assert "<style" not in page and "style=" not in page
    assert "Our verdict" in page and "Jane &lt;Doe&gt;" in page


def test_a_french_fact_check_speaks_french_even_to_an_english_reader(client, fact_checker, editor):
    publication = publish(fact_checker, editor, language="fr", text="Le chômage a doublé.")
    page = client.get(publication.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="fr">' in page
    assert "Notre verdict" in page and "Faux" in page and "Propos de" in page


def test_an_english_fact_check_speaks_english_to_a_french_reader(client, fact_checker, editor):
    publication = publish(fact_checker, editor)
    client.post(reverse("set_language"), {"language": "fr"})
    page = client.get(publication.get_absolute_url()).content.decode()
    assert '<html lang="en">' in page and "Our verdict" in page


def test_the_page_embeds_one_parsable_jsonld_block_that_text_cannot_break(client, fact_checker, editor):
    publication = publish(fact_checker, editor, text="Rates </script><script>alert(1)</script> rose.")
    page = client.get(publication.get_absolute_url()).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(blocks) == 1
    assert json.loads(blocks[0])["@type"] == "ClaimReview"
    assert "<script>alert(1)" not in page


def test_the_list_follows_the_readers_language_and_tags_each_item(client, fact_checker, editor):
    publish(fact_checker, editor, language="fr", text="Le chômage a doublé.")
    client.post(reverse("set_language"), {"language": "fr"})
    page = client.get(reverse("publishing:list")).content.decode()
    assert "<h1>Vérifications</h1>" in page and '<li lang="fr">' in page and "Faux" in page


def test_a_withdrawn_page_speaks_its_language(client, fact_checker, editor):
    publication = publish(fact_checker, editor, language="fr", text="Le chômage a doublé.")
    publication_withdraw(publication, actor=editor, reason="Mauvaise <citation>.")
    response = client.get(publication.get_absolute_url())
    assert response.status_code == 410
    page = response.content.decode()
    assert "Cette vérification a été retirée" in page and "Mauvaise &lt;citation&gt;." in page


def test_the_public_list_queries_do_not_grow(client, fact_checker, editor, django_assert_num_queries):
    for index in range(5):
        publish(fact_checker, editor, text=f"Claim number {index} about jobs.")
    # the publications with their verdict, claim and document, and their corrections
    with django_assert_num_queries(2):
        client.get(reverse("publishing:list"))
