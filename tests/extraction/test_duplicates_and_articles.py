from claims.extraction import extract


def test_key_points_repeating_the_body_become_one_claim(english_article):
    result = extract(english_article)
    voted = [claim for claim in result.claims if "voted 31 to 12" in claim.text]
    assert len(voted) == 1
    key_point = english_article.index("The city council voted 31 to 12 to approve a new tram line.")
    assert any(start == key_point for start, _ in voted[0].duplicate_spans)


def test_a_headline_repeating_the_lead_is_linked_not_repeated(english_article):
    result = extract(english_article)
    title_start = english_article.index(result.title)
    assert (title_start, title_start + len(result.title)) in result.claims[0].duplicate_spans
    assert all(sentence.text != result.title for sentence in result.claims + result.candidates)


def test_duplicate_spans_index_into_the_original_text(english_article):
    for claim in extract(english_article).claims:
        for start, end in claim.duplicate_spans:
            assert english_article[start:end].strip()


def test_it_reads_english_metadata_and_keeps_opinions_out(english_article):
    result = extract(english_article)
    assert (result.language, result.byline, str(result.published)) == ("en", "Sarah Lindqvist", "2025-03-03")
    claims = [claim.text for claim in result.claims]
    assert not any(text.startswith(("I think", "Will the tram", "Many experts")) for text in claims)


def test_it_reads_french_metadata_and_finds_french_claims(french_article):
    result = extract(french_article)
    assert (result.language, result.byline, str(result.published)) == ("fr", "Claire Morvan", "2025-02-14")
    speakers = [claim.speaker for claim in result.claims]
    assert speakers[:2] == ["Olivier Véran", "l’Agence régionale de santé"]
    claims = [claim.text for claim in result.claims]
    assert not any(text.startswith(("Je suis", "Faut-il", "De nombreux", "Cette annonce")) for text in claims)


def test_a_year_less_date_is_the_latest_one_not_in_the_future():
    from datetime import date

    from claims.extraction.cleaning import parse_date

    assert parse_date("- 1 oct.", date(2026, 11, 26)) == date(2026, 10, 1)
    assert parse_date("- 1 déc.", date(2026, 11, 26)) == date(2025, 12, 1)


def test_sentences_stating_different_figures_are_not_repeats():
    # Written for the test (#16, fifth pass): the same few words around different figures are two claims.
    text = (
        "There was a rise in hospital admissions in Kent of 1,200 during the spring.\n"
        "But there was a 3,400 rise in hospital admissions during the whole of 2023.\n"
    )
    assert len(extract(text, language="en").claims) == 2


def test_a_repeat_with_the_same_figure_written_differently_is_still_one_claim():
    text = (
        "Hospital admissions in Kent rose by 1,200 during the spring, the health board said.\n"
        "The health board said hospital admissions in Kent rose by 1200 during the spring.\n"
    )
    claims = extract(text, language="en").claims
    assert len(claims) == 1 and len(claims[0].duplicate_spans) == 1
