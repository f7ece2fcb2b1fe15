"""Issue 17, point 8: what a reader sees on /factchecks/ — bylines only by consent, description,
OpenGraph and canonical tags, the original article, the rating scale, search and filters, and a
page per speaker; never anything that is not published."""

import json
import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from factcheck.errors import NotAllowed
from publishing.claimreview import claimreview_for
from publishing.models import Publication
from publishing.services import publication_withdraw
from publishing.text import speaker_key
from reviews.models import ReviewerProfile
from reviews.services import byline_consent_set
from tests.web.conftest import signed_in

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"
BASE = "https://desk.example"


@pytest.fixture
def named_people(fact_checker, editor):
    get_user_model().objects.filter(pk=fact_checker.pk).update(first_name="Fiona", last_name="Facts")
    get_user_model().objects.filter(pk=editor.pk).update(first_name="Edith", last_name="Edits")
    fact_checker.refresh_from_db()
    editor.refresh_from_db()
    return fact_checker, editor


def page_of(client, url, **headers) -> str:
    response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def jsonld(page: str) -> dict:
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    return json.loads(block)


# Bylines


def test_nobody_is_named_until_they_agree(client, publish, named_people):
    publication = publish()
    page = page_of(client, publication.get_absolute_url())
    assert "Fiona Facts" not in page and "Edith Edits" not in page and 'class="byline"' not in page
    review = jsonld(page)
    assert review["author"]["@type"] == "Organization" and "editor" not in review
    feed = page_of(client, reverse("publishing:feed-json"))
    atom = page_of(client, reverse("publishing:feed-atom"))
    assert "Fiona" not in feed + atom and "Edith" not in feed + atom


def test_a_fact_checker_who_agrees_is_named_as_author_and_the_editor_as_editor(client, publish, named_people, expand):
    checker, editor = named_people
    publication = publish()
    byline_consent_set(checker, actor=checker, named=True)
    page = page_of(client, publication.get_absolute_url())
    assert "Checked by Fiona Facts" in page and "Edith Edits" not in page

    byline_consent_set(editor, actor=editor, named=True)
    page = page_of(client, publication.get_absolute_url())
    assert "Checked by Fiona Facts" in page and "Approved by Edith Edits" in page
    (review,) = expand(jsonld(page))
    authors = review[f"{SCHEMA}author"]
    assert [author["@type"] for author in authors] == [[f"{SCHEMA}Organization"], [f"{SCHEMA}Person"]]
    assert authors[1][f"{SCHEMA}name"] == [{"@value": "Fiona Facts"}]
    assert review[f"{SCHEMA}editor"][0][f"{SCHEMA}name"] == [{"@value": "Edith Edits"}]

    item = json.loads(page_of(client, reverse("publishing:feed-json")))["items"][0]
    assert [author["name"] for author in item["authors"]] == ["Fiona Facts", "Edith Edits", "Factcheck desk"]
    assert "<name>Fiona Facts</name>" in page_of(client, reverse("publishing:feed-atom"))


def test_taking_the_consent_back_removes_the_name_everywhere(client, publish, named_people):
    checker, _editor = named_people
    publication = publish()
    byline_consent_set(checker, actor=checker, named=True)
    byline_consent_set(checker, actor=checker, named=False)
    page = page_of(client, publication.get_absolute_url())
    assert "Fiona" not in page
    assert claimreview_for(publication, BASE)["author"]["@type"] == "Organization"


def test_only_the_person_or_an_admin_decides_whether_they_are_named(
    fact_checker, other_fact_checker, editor, admin_user
):
    for someone_else in (other_fact_checker, editor):
        with pytest.raises(NotAllowed):
            byline_consent_set(fact_checker, actor=someone_else, named=True)
    assert not ReviewerProfile.objects.filter(user=fact_checker, named_publicly=True).exists()
    byline_consent_set(fact_checker, actor=admin_user, named=True)
    assert ReviewerProfile.objects.get(user=fact_checker).named_publicly


def test_a_member_sets_their_own_byline_in_the_desk(fact_checker, outsider):
    client = signed_in(fact_checker)
    url = reverse("desk:account_byline")
    assert 'name="named_publicly" checked' not in client.get(url).content.decode()
    assert client.post(url, {"named_publicly": "on"}).status_code == 302
    assert ReviewerProfile.objects.get(user=fact_checker).named_publicly
    assert 'name="named_publicly" checked' in client.get(url).content.decode()
    client.post(url, {})
    assert not ReviewerProfile.objects.get(user=fact_checker).named_publicly
    assert signed_in(outsider).post(url, {"named_publicly": "on"}).status_code == 403
    assert not ReviewerProfile.objects.filter(user=outsider).exists()


def test_in_the_admin_only_an_admin_changes_someones_byline(fact_checker, editor, admin_user):
    profile = ReviewerProfile.objects.create(user=fact_checker, languages=["fr"])
    url = reverse("admin:reviews_reviewerprofile_change", args=[profile.pk])
    get_user_model().objects.filter(pk=editor.pk).update(is_staff=True)
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="change_reviewerprofile"))
    signed_in(editor).post(url, {"user": fact_checker.pk, "languages": '["fr"]', "named_publicly": "on"})
    assert not ReviewerProfile.objects.get(pk=profile.pk).named_publicly
    response = signed_in(admin_user).post(url, {"user": fact_checker.pk, "languages": '["fr"]', "named_publicly": "on"})
    assert response.status_code == 302
    assert ReviewerProfile.objects.get(pk=profile.pk).named_publicly


# Tags, the original article, the rating scale


def test_a_fact_check_page_has_description_opengraph_and_canonical_tags(client, publish):
    publication = publish(summary="The figure is wrong: it fell.")
    page = page_of(client, publication.get_absolute_url())
    canonical = f"http://testserver{publication.get_absolute_url()}"
    assert f'<link rel="canonical" href="{canonical}">' in page
    assert f'<meta property="og:url" content="{canonical}">' in page
    assert '<meta name="description" content="False: The figure is wrong: it fell.">' in page
    assert '<meta property="og:type" content="article">' in page and 'property="og:title"' in page


def test_a_french_page_describes_itself_in_french_typography(client, publish):
    publication = publish(language="fr", summary="Le chiffre est faux.")
    page = page_of(client, publication.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    assert '<meta name="description" content="Faux\u00a0: Le chiffre est faux.">' in page
    assert '<meta property="og:locale" content="fr_FR">' in page
    assert "<title>Faux\u00a0: " in page


def test_the_list_has_its_own_tags_and_canonical_address_keeps_the_filters(client, publish):
    publish()
    page = page_of(client, reverse("publishing:list") + "?rating=false&q=&language=en&junk=1")
    assert '<link rel="canonical" href="http://testserver/factchecks/?rating=false&amp;language=en">' in page
    assert '<meta name="description" content="Fact-checks by Factcheck desk' in page


def test_the_page_links_the_original_article_and_the_rating_scale(client, publish):
    publication = publish(url="https://quotidien.example/interview")
    page = page_of(client, publication.get_absolute_url())
    assert '<a href="https://quotidien.example/interview" rel="nofollow noopener noreferrer">Read the original' in page
    assert reverse("publishing:rating-scale") in page


def test_a_hostile_article_address_is_never_linked(client, publish):
    publication = publish(url="javascript:alert(1)")
    assert "javascript:" not in page_of(client, publication.get_absolute_url())


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("en", ["True", "Mostly true", "Mixed", "Unverifiable", "Misleading", "False"]),
        ("fr", ["Vrai", "Plutôt vrai", "Mitigé", "Invérifiable", "Trompeur", "Faux"]),
    ],
)
def test_the_rating_scale_explains_each_rating_in_the_readers_language(client, language, names):
    page = page_of(client, reverse("publishing:rating-scale"), HTTP_ACCEPT_LANGUAGE=language)
    found = re.findall(r'<dt class="rating rating-[a-z-]+">(.*?)</dt>', page)
    assert found == names
    assert page.count("<dd>") == 6 and "<dd></dd>" not in page


# Search and filters


@pytest.fixture
def shelf(publish):
    """Four live fact-checks, one withdrawn, one under another speaker."""
    made = {
        "jobs": publish(text="Unemployment doubled in ten years.", speaker="Jane Doe", rating="false"),
        "crime": publish(text="Crime fell by half.", speaker="Jane Doe", rating="true"),
        "chomage": publish(text="Le chômage a baissé.", speaker="Élisabeth Borne", rating="mixed", language="fr"),
        "taxes": publish(text="Taxes rose every year.", speaker="John Roe", rating="false"),
        "gone": publish(text="Unemployment withdrawn secret claim.", speaker="Jane Doe", rating="false"),
    }
    old = timezone.now() - timedelta(days=40)
    Publication.objects.filter(pk=made["taxes"].pk).update(published_at=old)
    publication_withdraw(made["gone"], actor=made["gone"].verdict.decided_by, reason="Wrong quote.")
    return made


def listed(client, query: str = "", status: int = 200) -> list[str]:
    response = client.get(reverse("publishing:list") + query)
    assert response.status_code == status
    return re.findall(r'<a class="claim" href="[^"]+">(.*?)</a>', response.content.decode())


def test_filters_narrow_the_list_and_never_show_a_withdrawn_fact_check(client, shelf):
    assert "Unemployment withdrawn secret claim." not in listed(client)
    assert len(listed(client)) == 4
    assert listed(client, "?q=unemployment") == ["Unemployment doubled in ten years."]
    assert sorted(listed(client, "?rating=false")) == ["Taxes rose every year.", "Unemployment doubled in ten years."]
    assert listed(client, "?language=fr") == ["Le chômage a baissé."]
    assert listed(client, "?speaker=jane") == ["Crime fell by half.", "Unemployment doubled in ten years."]
    since = (timezone.now() - timedelta(days=10)).date().isoformat()
    assert "Taxes rose every year." not in listed(client, f"?published_from={since}")
    assert listed(client, f"?published_to={since}") == ["Taxes rose every year."]
    assert listed(client, "?q=secret") == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?rating=bogus", "Select a valid choice"),
        ("?language=de", "Select a valid choice"),
        ("?published_from=12/05/2026", "Enter a valid date"),
        ("?published_from=2026-12-05&published_to=2026-01-01", "This date is before the first one."),
        ("?q=" + "x" * 201, "at most 200 characters"),
    ],
)
def test_bad_filters_say_what_is_wrong_and_list_nothing(client, shelf, query, message):
    response = client.get(reverse("publishing:list") + query)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and 'class="claim"' not in page


def test_the_list_pages_and_keeps_its_filters(client, publish):
    for number in range(23):
        publish(text=f"Claim number {number} about jobs.", speaker="Jane Doe")
    page = client.get(reverse("publishing:list") + "?speaker=Jane").content.decode()
    assert page.count('class="claim"') == 20 and "23 fact-checks" in page
    assert 'href="?speaker=Jane&amp;page=2"' in page
    assert len(listed(client, "?speaker=Jane&page=2")) == 3
    assert len(listed(client, "?page=999")) == 3  # past the end: the last page


def test_a_filtered_page_costs_the_same_queries_whatever_it_holds(client, publish, django_assert_num_queries):
    for number in range(5):
        publish(text=f"Claim number {number} about jobs.", speaker="Jane Doe")
    # the page of publications with their verdict, people, claim, document and total; their corrections
    with django_assert_num_queries(2):
        client.get(reverse("publishing:list") + "?q=jobs&rating=false&speaker=jane&language=en")


# Speakers


def test_speaker_addresses_fold_case_accents_and_any_script():
    assert speaker_key("Élisabeth Borne") == speaker_key("elisabeth  BORNE") == "elisabeth-borne"
    assert speaker_key("Владимир Путин") == "владимир-путин"
    assert speaker_key("../<script>") == "script"
    assert speaker_key("?!") == ""


def test_a_speakers_page_lists_their_checked_claims_with_counts_per_rating(client, shelf, django_assert_num_queries):
    url = reverse("publishing:speaker", args=[speaker_key("Jane Doe")])
    # the speaker's spellings, the page with its total, its corrections, the counts per rating
    with django_assert_num_queries(4):
        response = client.get(url)
    page = response.content.decode()
    assert re.findall(r'<a class="claim" href="[^"]+">(.*?)</a>', page) == [
        "Crime fell by half.",
        "Unemployment doubled in ten years.",
    ]
    counts = re.findall(r'<span class="rating rating-[a-z-]+">(.*?)</span> <span class="count">(\d+)</span>', page)
    assert counts == [("True", "1"), ("False", "1")]  # the withdrawn one is not counted
    assert f'<link rel="canonical" href="http://testserver{url}">' in page


def test_the_fact_check_links_its_speakers_page_whatever_their_name(client, publish):
    publication = publish(speaker="Élisabeth Borne", language="fr", text="Le chômage a baissé.")
    page = page_of(client, publication.get_absolute_url())
    url = reverse("publishing:speaker", args=["elisabeth-borne"])
    assert f'<a href="{url}">Élisabeth Borne</a>' in page
    assert "Élisabeth Borne" in page_of(client, url)
    cyrillic = publish(speaker="Владимир Путин", text="Рост составил пять процентов.")
    url = reverse("publishing:speaker", args=[speaker_key("Владимир Путин")])
    assert url.startswith("/factchecks/speakers/%D0%B2")
    assert "Владимир Путин" in page_of(client, cyrillic.get_absolute_url()) and "Владимир Путин" in page_of(client, url)


def test_a_speaker_with_only_withdrawn_or_no_fact_checks_has_no_page(client, shelf, publish):
    from tests import factories

    factories.ClaimFactory(speaker="Unpublished Person")
    for key in (speaker_key("Unpublished Person"), "nobody", "x" * 300):
        assert client.get(reverse("publishing:speaker", args=[key])).status_code == 404
    publication_withdraw(shelf["taxes"], actor=shelf["taxes"].verdict.decided_by, reason="Wrong.")
    assert client.get(reverse("publishing:speaker", args=["john-roe"])).status_code == 404
