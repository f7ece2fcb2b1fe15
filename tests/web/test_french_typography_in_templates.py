"""Issue 17, point 7: French typography in what templates write themselves, not only in the .po: a
colon after a translated label or between two values comes from the catalogue ("punctuation"
context), so French gets its no-break space before it."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from publishing.services import publication_correct
from tests import factories
from tests.web.test_public_pages import publish

TEMPLATE_DIRS = [settings.BASE_DIR / "templates", settings.BASE_DIR / "publishing" / "templates"]
# A sign French spaces, written by the template itself right after a tag or a value.
LITERAL_SIGN = re.compile(r"(?:%\}|\}\}) ?[:;!?](?: |<|$)", re.M)


def test_no_template_writes_a_colon_or_a_semicolon_of_its_own_after_a_label_or_a_value():
    found = []
    for directory in TEMPLATE_DIRS:
        for path in sorted(directory.rglob("*.html")):
            text = path.read_text(encoding="utf-8")
            # Inside blocktranslate the sign is part of the message, which the catalogue spaces.
            outside = re.sub(r"\{% blocktranslate.*?\{% endblocktranslate %\}", "", text, flags=re.S)
            found += [f"{path.name}: {match.group()}" for match in LITERAL_SIGN.finditer(outside)]
    assert found == []


@pytest.mark.django_db
def test_the_workspace_in_french_spaces_its_colons(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, speaker="Jane Doe")
    checker_client.post(reverse("set_language"), {"language": "fr"})
    page = checker_client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert "Score\u00a0: <strong>" in page
    checker_client.post(reverse("set_language"), {"language": "en"})
    page = checker_client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert "Score: <strong>" in page


@pytest.mark.django_db
def test_a_french_fact_checks_correction_is_spaced_the_french_way(client, fact_checker, editor):
    publication = publish(fact_checker, editor, language="fr", text="Le chômage a doublé.")
    publication_correct(publication, actor=editor, text="Le chiffre était de 3 %.")
    page = client.get(publication.get_absolute_url()).content.decode()
    assert "</time>\u00a0: Le chiffre était de 3 %." in page
