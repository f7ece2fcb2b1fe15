import io
import json

import pytest
from django.core.management import call_command

from publishing.importing import claimreviews_import
from tests import factories

pytestmark = pytest.mark.django_db

REVIEWS = [
    {
        "@type": "ClaimReview",
        "url": "https://archive.example/fc/mask",
        "claimReviewed": "Wearing a face mask causes carbon dioxide poisoning.",
        "headline": "Masks do not poison you with CO2",
        "author": {"@type": "Organization", "name": "Archive Checks"},
        "datePublished": "2024-05-02",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    },
    {
        "@type": "ClaimReview",
        "url": "https://archive.example/fc/bridge",
        "claimReviewed": "The new bridge over the river cost 40 million euros.",
        "reviewRating": {"@type": "Rating", "alternateName": "True"},
    },
]


@pytest.fixture
def archive():
    claimreviews_import(json.dumps(REVIEWS).encode())


def test_the_command_answers_one_json_array_per_line(archive, monkeypatch):
    monkeypatch.setattr(
        "sys.stdin",
        io.StringIO(
            "RT @health_watch: \u201cface masks cause CO2 poisoning\u201d!! https://t.co/x"
            " \u2014 Jo (@jo) May 3, 2024\n"
            "Nothing to do with any fact-check at all\n"
        ),
    )
    out = io.StringIO()
    call_command("match", "--json", stdout=out)
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert [answer["url"] for answer in first] == ["https://archive.example/fc/mask"]
    assert first[0] | {"score": None} == {
        "url": "https://archive.example/fc/mask",
        "claim_reviewed": "Wearing a face mask causes carbon dioxide poisoning.",
        "rating": "False",
        "publisher": "Archive Checks",
        "date": "2024-05-02",
        "score": None,
        "kind": "external",
        "id": first[0]["id"],
        "appearance": "",
    }
    assert 0 < first[0]["score"] <= 1
    assert second == []


def test_the_api_answers_ranked_suggestions_and_refuses_an_empty_text(archive, fact_checker):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(fact_checker)
    text = "Do masks cause carbon dioxide poisoning?"
    answer = client.post("/api/v1/factchecks/match/", {"text": text}, format="json")
    assert answer.status_code == 200
    assert [row["url"] for row in answer.json()] == ["https://archive.example/fc/mask"]
    refused = client.post("/api/v1/factchecks/match/", {"text": ""}, format="json")
    assert refused.status_code == 400


def test_a_claim_published_here_is_answered_with_its_page(publish, fact_checker):
    publication = publish(text="Unemployment fell by 1,900 people in 2025.", rating="false")
    factories.ClaimFactory(text="Unemployment fell by 1,900 people in 2025, an open claim.")
    from publishing.selectors import checked_matches_for_text

    (answer,) = checked_matches_for_text(
        "unemployment dropped by 1900 people in 2025", base_url="https://desk.example/"
    )
    assert (answer["kind"], answer["id"], answer["rating"]) == ("claim", publication.claim_id, "False")
    assert answer["url"] == "https://desk.example" + publication.get_absolute_url()
