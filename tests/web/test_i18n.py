import re

import pytest
from django.conf import settings
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db

PO_FILE = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"


def test_every_message_has_a_french_translation():
    text = PO_FILE.read_text(encoding="utf-8")
    entries = text.split("\n\n")[1:]  # the first entry is the header
    untranslated = [entry for entry in entries if re.search(r'^msgstr(\[\d\])? ""$(?!\n")', entry, re.M)]
    assert not untranslated
    assert "#, fuzzy" not in text


def test_french_messages_follow_french_typography():
    """A no-break space before « : », a narrow one before ; ! ?, no-break spaces inside « », and …:
    a plain space there lets a line break strand the sign at the start of a line."""
    msgstrs = re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', PO_FILE.read_text(encoding="utf-8"), re.M)
    bad = [text for text in msgstrs if re.search(r" [:;!?»]|« |\.\.\.", text)]
    assert bad == []


def test_the_language_switch_keeps_french(checker_client):
    response = checker_client.post(reverse("set_language"), {"language": "fr", "next": reverse("desk:queue_mine")})
    assert response["Location"] == reverse("desk:queue_mine")
    page = checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert '<html lang="fr">' in page
    assert "Ma file" in page and "Prendre la suivante" in page


def test_queue_and_workspace_in_french(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    checker_client.post(reverse("set_language"), {"language": "fr"})
    queue = checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert "Non vérifiée" in queue and "Tous les statuts" in queue
    workspace = checker_client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert "Sourcée" in workspace
    assert "il faut au moins une preuve liée à une source" in workspace
    assert "Ajouter une preuve" in workspace and "Historique" in workspace


def test_workflow_refusals_in_french(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    checker_client.post(reverse("set_language"), {"language": "fr"})
    response = checker_client.post(
        reverse("desk:claim_move", args=[claim.pk]), {"to": "corroborated", "version": claim.version}
    )
    assert (
        "une affirmation ne peut pas passer de «\u00a0Non vérifiée\u00a0» à «\u00a0Corroborée\u00a0»"
        in response.content.decode()
    )
