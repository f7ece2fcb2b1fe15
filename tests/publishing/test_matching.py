import pytest

from claims import workflow
from claims.models import Candidate, Claim, ClaimEvent
from ingest import flow
from publishing import match_search, matching
from publishing.models import ClaimMatch, ClaimText
from publishing.selectors import matches_for
from publishing.text import match_form, normalize
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "written",
    ["1 900", "1,900", "1900", "1\u202f900", "1\u00a0900", "1.900", "1\u2009900"],
)
def test_number_formatting_is_ignored(written):
    assert normalize(f"Le chômage a baissé de {written} personnes.") == "le chomage a baisse de 1900 personnes"


def test_case_accents_punctuation_and_percent_are_ignored():
    assert normalize("L’ÉCONOMIE a crû de 2,5 % !") == normalize("l'économie a crû de 2,5 pour cent")
    assert normalize("Œuvre, « cœur »") == "oeuvre coeur"


@pytest.mark.parametrize(
    "written",
    [
        "In 2025, unemployment fell by 1,900 people, the minister said on Monday.",
        "The minister said that unemployment fell by 1 900 people in 2025.",
        "According to the minister, unemployment fell by 1900 people in 2025.",
        "Unemployment fell by 1900 people in 2025, said the minister.",
    ],
)
def test_matching_drops_english_attribution_and_stop_words(written):
    assert sorted(match_form(written).split()) == ["1900", "2025", "fell", "people", "unemployment"]


@pytest.mark.parametrize(
    "written",
    [
        "Selon le ministre, le chômage a baissé de 1 900 personnes en 2025.",
        "Le ministre a déclaré que le chômage a baissé de 1 900 personnes en 2025.",
        "Le chômage a baissé de 1900 personnes en 2025, a déclaré le ministre.",
        "D’après le ministre, le chômage a baissé de 1 900 personnes en 2025.",
    ],
)
def test_matching_drops_french_attribution_and_stop_words(written):
    assert match_form(written) == "chomage baisse 1900 personnes 2025"


def test_matching_keeps_negations_decimals_currencies_and_long_clauses():
    assert match_form("Unemployment did not fall, said the minister.") == "unemployment not fall"
    assert match_form("Le chômage n’a jamais baissé.") == "chomage n jamais baisse"
    assert match_form("L’économie a crû de 2,5 %.") == "economie cru 2 5 pct"
    assert match_form("Le Smic est de 1 400 €.") == match_form("Le SMIC est de 1400 euros.")
    # Eight words or more after the comma are a claim of their own, not a frame.
    assert "budget" in match_form("Taxes rose, and the minister said the budget would be balanced by next year.")
    # A text of stop words only keeps them: there is always something to compare.
    assert match_form("It is what it is.") == "it is what it is"


def test_years_and_lists_are_not_taken_for_grouped_numbers():
    assert normalize("In 2023, 150 people") == "in 2023 150 people"
    assert normalize("1, 200 and 3") == "1 200 and 3"


def test_figures_must_agree_when_both_claims_cite_some():
    assert match_search.numbers_agree("fell by 1900 in 2025", "in 2025 it fell by 1900 people")
    assert match_search.numbers_agree("fell by 1900 in 2025", "unemployment fell")
    assert not match_search.numbers_agree("fell by 1900 in 2025", "rose by 40000 in 2019")


def make_claim(text, **fields):
    return factories.ClaimFactory(text=text, **fields)


FIXED_SET = [
    "Unemployment fell by 1,900 people in 2025.",
    "Unemployment rose by 1,900 people in 2025.",
    "Le chômage a baissé de 1 900 personnes en 2025.",
    "Crime doubled in Marseille in ten years.",
    "La criminalité a doublé à Marseille en dix ans.",
    "The minimum wage is 1,400 euros a month.",
    "Le SMIC est de 1 400 euros par mois.",
    "France welcomed 100,000 refugees last year.",
]
QUERIES = [
    "In 2025, unemployment fell by 1 900 people!",
    "le chomage a baisse de 1900 personnes en 2025",
    "Crime has doubled in Marseille over ten years",
    "Le Smic est de 1400 € par mois",
    "Nothing like any other sentence here",
]


def fixed_set():
    return {factories.ClaimFactory(text=text).pk: text for text in FIXED_SET}


ANSWERS_ON_SQLITE = {
    "Crime has doubled in Marseille over ten years": [("Crime doubled in Marseille in ten years.", 1.0)],
    # Words do not know antonyms: "rose" comes second, for a person to dismiss.
    "In 2025, unemployment fell by 1 900 people!": [
        ("Unemployment fell by 1,900 people in 2025.", 1.0),
        ("Unemployment rose by 1,900 people in 2025.", 0.713),
        ("Le chômage a baissé de 1 900 personnes en 2025.", 0.303),
    ],
    "Le Smic est de 1400 € par mois": [
        ("Le SMIC est de 1 400 euros par mois.", 1.0),
        ("The minimum wage is 1,400 euros a month.", 0.417),
    ],
    "Nothing like any other sentence here": [],
    "le chomage a baisse de 1900 personnes en 2025": [
        ("Le chômage a baissé de 1 900 personnes en 2025.", 1.0),
        ("Unemployment fell by 1,900 people in 2025.", 0.513),
        ("Unemployment rose by 1,900 people in 2025.", 0.513),
    ],
}


def answers(names):
    """The suggestions for each query: the claims' texts, best first, scores to three places."""
    result = {}
    for query in QUERIES:
        hits = match_search.search(query, threshold=0.3, limit=5)
        result[query] = [(names[hit.pk], round(hit.score, 3)) for hit in hits]
    return result


def test_rewordings_rank_first_and_unrelated_texts_find_nothing():
    result = answers(fixed_set())
    assert result == ANSWERS_ON_SQLITE
    assert {query: [text for text, _score in rows][:1] for query, rows in result.items()} == {
        "In 2025, unemployment fell by 1 900 people!": ["Unemployment fell by 1,900 people in 2025."],
        "le chomage a baisse de 1900 personnes en 2025": ["Le chômage a baissé de 1 900 personnes en 2025."],
        "Crime has doubled in Marseille over ten years": ["Crime doubled in Marseille in ten years."],
        "Le Smic est de 1400 € par mois": ["Le SMIC est de 1 400 euros par mois."],
        "Nothing like any other sentence here": [],
    }


def test_a_text_of_common_words_only_is_searched_by_its_two_rarest_together(monkeypatch):
    # Each word of the text is in more rows than are scored: the row having both must not be left
    # out for the newest rows having only one (at 1M rows, a year alone is in 26,000).
    monkeypatch.setattr(match_search, "LEXICAL_CANDIDATES", 2)
    both = make_claim("Inflation in Lille.", language="en")
    for text in ["Inflation in Paris.", "Inflation in Rome.", "Lille and Rome.", "Lille and Paris."]:
        make_claim(text, language="en")

    hits = match_search.lexical_stage(match_search.QueryWords.of("Inflation Lille", "en"))

    assert (hits[0].kind, hits[0].pk) == ("claim", both.pk) and hits[0].lexical == 1.0


@pytest.mark.postgres
def test_postgresql_gives_the_same_answers_as_sqlite(settings):
    """The same words, counts and BM25 whatever the database: PostgreSQL's answers are those SQLite
    gives, recorded here from an SQLite run."""
    assert answers(fixed_set()) == ANSWERS_ON_SQLITE


@pytest.fixture
def checked_before(publish):
    """A claim fact-checked and published earlier."""
    return publish(text="Unemployment fell by 1,900 people in 2025.", rating="false")


def test_extraction_suggests_earlier_fact_checks(checked_before, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory(
        text="The minister was clear. In 2025, unemployment fell by 1 900 people, the minister said on Monday.",
        extraction_state="pending",
    )
    with django_capture_on_commit_callbacks(execute=True):
        flow.document_extract(document.pk)

    claim = document.claims.get()
    assert ClaimText.objects.filter(claim=claim).exists()
    (suggestion,) = matches_for(claim)
    assert suggestion.claim_id == checked_before.claim_id
    assert (suggestion.checked, suggestion.rating) == (True, "False")
    assert suggestion.rating_date == checked_before.published_at.date()
    assert suggestion.url == checked_before.get_absolute_url()


def test_promotion_suggests_matches_too(checked_before, fact_checker, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    candidate = Candidate.objects.create(
        document=document, text="Unemployment dropped by 1900 people in 2025", start=0, end=10
    )
    with django_capture_on_commit_callbacks(execute=True):
        claim = flow.candidate_promote(candidate, actor=fact_checker)
    assert [view.claim_id for view in matches_for(claim)] == [checked_before.claim_id]


def test_published_fact_checks_come_before_closer_open_claims(checked_before):
    open_twin = make_claim("Unemployment fell by 1,900 people in 2025!")
    new = make_claim("In 2025 unemployment fell by 1,900 people.")
    matching.suggest_matches(new)
    assert [view.claim_id for view in matches_for(new)] == [checked_before.claim_id, open_twin.pk]
    assert [view.checked for view in matches_for(new)] == [True, False]


def test_linking_shares_the_verdict_and_closes_the_claim(checked_before, fact_checker):
    new = make_claim("In 2025 unemployment fell by 1,900 people.", assignee=fact_checker)
    factories.UserFactory()
    (match,) = matching.suggest_matches(new)

    matching.match_link(match, actor=fact_checker)

    new.refresh_from_db()
    assert new.closed_at is not None
    assert match.state == ClaimMatch.State.LINKED and match.decided_by == fact_checker
    assert new.events.last().kind == ClaimEvent.Kind.LINKED
    assert not Claim.objects.filter(pk=new.pk, closed_at__isnull=True).exists()
    (view,) = matches_for(new)
    assert (view.state, view.rating) == ("linked", "False")
    with pytest.raises(workflow.Refused):
        matching.match_dismiss(match, actor=fact_checker)


def test_dismissing_keeps_the_claim_open(checked_before, editor):
    new = make_claim("In 2025 unemployment fell by 1,900 people.")
    (match,) = matching.suggest_matches(new)
    matching.match_dismiss(match, actor=editor)
    new.refresh_from_db()
    assert new.closed_at is None
    assert new.events.last().kind == ClaimEvent.Kind.DISMISSED
    assert matches_for(new) == []
    # Searching again does not bring a dismissed suggestion back.
    matching.suggest_matches(new)
    assert matches_for(new) == []


def test_only_the_assignee_or_an_editor_decides(checked_before, fact_checker, other_fact_checker):
    new = make_claim("In 2025 unemployment fell by 1,900 people.", assignee=fact_checker)
    (match,) = matching.suggest_matches(new)
    with pytest.raises(workflow.NotAllowed):
        matching.match_link(match, actor=other_fact_checker)
    with pytest.raises(workflow.NotAllowed):
        matching.match_dismiss(match, actor=other_fact_checker)
