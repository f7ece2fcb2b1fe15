from datetime import date

from claims.extraction import extract
from claims.extraction.pipeline import sentence_score

# Statements the sample attributes to a named source (a quotation, reported speech, a newspaper's report), with the
# speaker each must get. These hold for any extractor that reads the article right; how many other sentences are
# claims is the model's business, measured on held-out pages (bench/eval_real_pages.py), never pinned here.
ATTRIBUTED_STATEMENTS = [
    ("Le porte‑parole du Kremlin, Dmitri Peskov, a reconnu que", "Dmitri Peskov"),
    ("Selon lui, c’est l’ensemble de l’infrastructure occidentale", "Dmitri Peskov"),
    ("« Les États‑Unis de l’Amérique transmettent des renseignements", "Dmitri Peskov"),
    ("Il ajoute que toute « l’infrastructure de l’OTAN et des États‑Unis »", "Dmitri Peskov"),
    ("Le Wall Street Journal rapporte que", "Wall Street Journal"),
]


def test_the_quoted_and_attributed_statements_of_the_sample_are_claims_with_their_speakers(sample_text):
    claims = extract(sample_text).claims
    for opening, speaker in ATTRIBUTED_STATEMENTS:
        found = [claim for claim in claims if claim.text.startswith(opening)]
        assert len(found) == 1, opening
        assert found[0].speaker == speaker


def test_no_byline_date_or_reading_time_line_is_a_claim(sample_text):
    for claim in extract(sample_text).claims:
        for line in ("James Keou", "Directeur de Publication", "1 oct.", "2 min de lecture"):
            assert line not in claim.text


def test_scores_are_stable_and_do_not_depend_on_the_rest_of_the_article(sample_text):
    first, second = extract(sample_text), extract(sample_text)
    assert first == second
    for sentence in first.claims + first.candidates:
        assert sentence.score == sentence_score(sentence.text, first.language, sentence.speaker)[0]


def test_it_reads_the_sample_metadata(sample_text):
    result = extract(sample_text)
    assert result.language == "fr"
    assert result.title == "Peskov confirme le partage régulier de renseignements USA‑OTAN à l’Ukraine"
    assert result.byline == "James Keou"
    assert (result.published.month, result.published.day) == (10, 1)
    assert result.published <= date.today()


def test_it_keeps_metadata_and_headings_out_of_claims_and_candidates(sample_text):
    result = extract(sample_text)
    texts = [sentence.text for sentence in result.claims + result.candidates]
    for line in ("James Keou", "1 oct.", "2 min de lecture", "Ce que Peskov dit", "Implications et réactions"):
        assert not any(line in text for text in texts)
    assert not any("lire aussi" in text for text in texts)
    assert not any(text == result.title for text in texts)


def test_spans_index_into_the_original_text_without_normalising_it(sample_text):
    result = extract(sample_text)
    for sentence in result.claims + result.candidates:
        assert sample_text[sentence.start : sentence.end] == sentence.text
        for start, end in sentence.duplicate_spans:
            assert sample_text[start:end]
    assert "‑" in result.claims[0].text  # the non-breaking hyphen survives


def test_only_the_headline_may_be_linked_as_a_duplicate_in_the_sample(sample_text):
    result = extract(sample_text)
    title_start = sample_text.index(result.title)
    for sentence in result.claims[1:] + result.candidates:
        assert sentence.duplicate_spans == ()
    assert result.claims[0].duplicate_spans in ((), ((title_start, title_start + len(result.title)),))
