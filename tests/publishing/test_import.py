import io
import json

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from claims import workflow
from publishing import matching
from publishing.importing import ImportRefused, claimreviews_import
from publishing.models import ExternalFactCheck
from publishing.selectors import matches_for
from tests import factories

pytestmark = pytest.mark.django_db


def review(url="https://archive.example/fc/1", claim="Unemployment fell by 1,900 people in 2025.", **extra):
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "datePublished": "2025-10-03",
        "author": {"@type": "Organization", "name": "Archive Checks"},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": 1,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": "False",
        },
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Person", "name": "Jane Doe"},
            "appearance": {"@type": "CreativeWork", "url": "https://news.example/a"},
        },
        **extra,
    }


@pytest.mark.parametrize(
    "shape",
    [
        lambda r: r,
        lambda r: [r],
        lambda r: {"@context": "https://schema.org", "@graph": [r]},
    ],
)
def test_it_imports_an_object_a_list_or_a_graph(shape):
    result = claimreviews_import(json.dumps(shape(review())).encode())
    assert (result.created, result.updated) == (1, 0)
    imported = ExternalFactCheck.objects.get()
    assert (imported.claim_reviewed, imported.rating_name, imported.rating_value) == (
        "Unemployment fell by 1,900 people in 2025.",
        "False",
        1.0,
    )
    assert (imported.reviewer, imported.speaker, imported.date_published.isoformat()) == (
        "Archive Checks",
        "Jane Doe",
        "2025-10-03",
    )
    assert imported.normalized_text == "unemployment fell 1900 people 2025"


def test_importing_again_updates_by_review_url():
    claimreviews_import(json.dumps(review()).encode())
    result = claimreviews_import(json.dumps(review(claim="Updated words.")).encode())
    assert (result.created, result.updated) == (0, 1)
    assert ExternalFactCheck.objects.get().claim_reviewed == "Updated words."


@pytest.mark.parametrize(
    "content,message",
    [
        (b"{not json", "the file is not JSON"),
        (json.dumps({"@type": "Article"}).encode(), "item 1 is not a ClaimReview"),
        (json.dumps(review(url="javascript:alert(1)")).encode(), "item 1: url is not an http(s) address"),
        (json.dumps(review(claimReviewed="")).encode(), "item 1: claimReviewed is missing"),
        (json.dumps(review(reviewRating={"@type": "Rating"})).encode(), "neither alternateName nor ratingValue"),
        (json.dumps(review(datePublished="yesterday")).encode(), "item 1: datePublished is not a date"),
        (json.dumps([review(), review()]).encode(), "the same review URL appears more than once"),
    ],
)
def test_a_bad_file_imports_nothing_and_says_why(content, message):
    with pytest.raises(ImportRefused) as refused:
        claimreviews_import(content)
    assert any(message in problem for problem in refused.value.messages)
    assert not ExternalFactCheck.objects.exists()


def test_one_bad_item_stops_the_whole_file():
    content = json.dumps([review(), review(url="https://archive.example/fc/2", claimReviewed="")]).encode()
    with pytest.raises(ImportRefused):
        claimreviews_import(content)
    assert not ExternalFactCheck.objects.exists()


def test_only_editors_import(fact_checker, editor):
    with pytest.raises(workflow.NotAllowed):
        claimreviews_import(json.dumps(review()).encode(), actor=fact_checker)
    assert claimreviews_import(json.dumps(review()).encode(), actor=editor).created == 1


def test_imported_fact_checks_are_matched():
    claimreviews_import(json.dumps(review()).encode())
    claim = factories.ClaimFactory(text="In 2025 unemployment fell by 1 900 people")
    matching.suggest_matches(claim)
    (view,) = matches_for(claim)
    assert (view.checked, view.rating, view.url) == (True, "False", "https://archive.example/fc/1")
    assert view.rating_date.isoformat() == "2025-10-03"


def test_the_command_imports_a_file_and_reports_errors(tmp_path, capsys):
    good = tmp_path / "good.json"
    good.write_text(json.dumps([review()]))
    call_command("import_claimreviews", str(good))
    assert "1 fact-checks imported" in capsys.readouterr().out
    bad = tmp_path / "bad.json"
    bad.write_text("[1]")
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import_claimreviews", str(bad))


def test_the_sample_the_docs_import_imports():
    call_command("import_claimreviews", settings.BASE_DIR / "samples" / "claimreviews.json", stdout=io.StringIO())

    assert ExternalFactCheck.objects.count() == 2
