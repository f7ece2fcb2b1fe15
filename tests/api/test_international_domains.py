"""The sources API takes the domains the registry takes (internationalised ones too), stored the registry's way."""

import pytest

from reviews.models import Evidence
from sources.models import Source, SourceDomain
from tests import factories

pytestmark = pytest.mark.django_db

SOURCES = "/api/v1/sources/"


@pytest.mark.parametrize("persona,expected", [("editor", 201), ("outsider", 403)])
def test_it_accepts_an_internationalised_domain(request, api_as, persona, expected):
    client = api_as(request.getfixturevalue(persona))

    response = client.post(SOURCES, {"name": "Stadt München", "domains": ["münchen.de"]}, format="json")

    assert response.status_code == expected, response.data
    stored = list(SourceDomain.objects.values_list("domain", flat=True))
    assert stored == (["xn--mnchen-3ya.de"] if expected == 201 else [])
    if expected == 201:
        assert response.data["domains"] == ["xn--mnchen-3ya.de"]


@pytest.mark.parametrize(
    "typed,stored",
    [
        ("économie.gouv.fr", "xn--conomie-9xa.gouv.fr"),
        ("www.MÜNCHEN.de.", "xn--mnchen-3ya.de"),
        ("https://www.münchen.de/rathaus", "xn--mnchen-3ya.de"),
        ("xn--mnchen-3ya.de", "xn--mnchen-3ya.de"),
        ("www.Example.org", "example.org"),
    ],
)
def test_it_stores_a_domain_as_the_registry_does(api_as, editor, typed, stored):
    response = api_as(editor).post(SOURCES, {"name": "A source", "domains": [typed]}, format="json")

    assert response.status_code == 201, response.data
    assert list(SourceDomain.objects.values_list("domain", flat=True)) == [stored]


@pytest.mark.parametrize("persona,expected", [("editor", 200), ("outsider", 403)])
def test_a_change_to_an_internationalised_domain_links_the_evidence_waiting_on_it(request, api_as, persona, expected):
    source = factories.SourceFactory(name="Ministère de l’Économie", domains=["economie.gouv.fr"])
    waiting = factories.EvidenceFactory(url="https://économie.gouv.fr/budget", source=None)
    client = api_as(request.getfixturevalue(persona))

    response = client.patch(
        f"{SOURCES}{source.pk}/", {"domains": ["economie.gouv.fr", "Économie.gouv.fr"]}, format="json"
    )

    assert response.status_code == expected, response.data
    linked = Evidence.objects.get(pk=waiting.pk).source
    if expected == 200:
        assert response.data["domains"] == ["economie.gouv.fr", "xn--conomie-9xa.gouv.fr"]
        assert linked == source
    else:
        assert list(source.domains.values_list("domain", flat=True)) == ["economie.gouv.fr"]
        assert linked is None


BAD_DOMAINS = ["not a domain", "-bad.example", "a..example", "exa_mple.org", "münchen..de", "x" * 64 + ".example"]


@pytest.mark.parametrize("persona,expected", [("editor", 400), ("outsider", 403)])
@pytest.mark.parametrize("bad", BAD_DOMAINS)
def test_a_bad_domain_is_refused_with_a_field_message_and_nothing_is_created(request, api_as, persona, expected, bad):
    client = api_as(request.getfixturevalue(persona))

    response = client.post(SOURCES, {"name": "X", "domains": ["example.org", bad]}, format="json")

    assert response.status_code == expected
    if expected == 400:
        assert response.data["code"] == "invalid"
        assert response.data["fields"]["domains"] == {1: ["Enter a domain such as example.org."]}
    assert not Source.objects.exists()
    assert not SourceDomain.objects.exists()


@pytest.mark.parametrize("persona,expected", [("editor", 400), ("outsider", 403)])
@pytest.mark.parametrize("bad", BAD_DOMAINS)
def test_a_bad_domain_in_a_change_is_refused_and_changes_nothing(request, api_as, persona, expected, bad):
    source = factories.SourceFactory(name="Stadt München", reliability="high", domains=["xn--mnchen-3ya.de"])
    client = api_as(request.getfixturevalue(persona))

    response = client.patch(f"{SOURCES}{source.pk}/", {"reliability": "low", "domains": [bad]}, format="json")

    assert response.status_code == expected
    if expected == 400:
        assert response.data["fields"]["domains"] == {0: ["Enter a domain such as example.org."]}
    source.refresh_from_db()
    assert source.reliability == "high"
    assert list(source.domains.values_list("domain", flat=True)) == ["xn--mnchen-3ya.de"]
