"""People read international domains in Unicode; the stored IDNA form is what registering sends."""

import pytest
from django.urls import reverse

from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db

SHOWN = '<th scope="row" title="xn--caf-dma.fr">café.fr</th>'
SENT = '<input type="hidden" name="domain" value="xn--caf-dma.fr">'


@pytest.fixture
def cafe():
    factories.EvidenceFactory(url="https://www.café.fr/menu", source=None)
    factories.EvidenceFactory(url="https://plain.example/", source=None)


@pytest.mark.parametrize("page", ["desk:unmatched_domains", "desk:dashboard"])
def test_editors_read_the_domain_in_unicode_and_register_its_stored_form(editor_client, cafe, page):
    content = editor_client.get(reverse(page)).content.decode()

    assert SHOWN in content and SENT in content
    assert ">xn--caf-dma.fr<" not in content
    assert '<th scope="row">plain.example</th>' in content  # an ASCII domain needs no second form

    editor_client.post(reverse("desk:source_register_domain"), {"domain": "xn--caf-dma.fr"})
    assert Source.objects.filter(domains__domain="xn--caf-dma.fr").exists()


@pytest.mark.parametrize("persona_client", ["checker_client", "outsider_client"])
def test_others_see_no_unmatched_domain(request, cafe, persona_client):
    client = request.getfixturevalue(persona_client)

    assert client.get(reverse("desk:unmatched_domains")).status_code == 403
    assert "café.fr" not in client.get(reverse("desk:dashboard")).content.decode()
