"""The English decision layer as session 21 constrains it (#16, enlayer21): it reads only the sentence and its speaker
(a sentence scores the same wherever it stands), it never lifts a sentence a held-back rule holds back, nor a bare
statement (no figure, no speaker, no name); the bench trains a `sentence_only` variant without the context signals."""

import pytest
from django.test import override_settings

from claims.extraction import extract
from claims.extraction.decision import CONTEXT_SIGNALS, is_bare_statement, layer_score, load_layers
from claims.extraction.pipeline import sentence_score

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.eval_real_pages import Page
from bench.stack_on_real_pages import REGISTERED, SHIPPED_VARIANTS, PageSignals, holds, page_rows, train_layer

LIFTING = {"bias": 30.0, "weights": {}} | holds(REGISTERED["B"])  # a layer that calls every sentence a claim
SIGNALS = {"speaker": 0.0, "held_back": 0.0, "digits": 0.0}
CLAIM = "The council spent 4 million pounds on the new bridge last year, its accounts show."


def test_a_layer_that_keeps_held_back_sentences_never_lifts_one_but_may_lower_it():
    held_back = SIGNALS | {"held_back": 1.0, "digits": 1.0}
    assert layer_score(LIFTING | {"keeps_held_back": True}, 0.3, held_back) == 0.3
    assert layer_score(LIFTING | {"keeps_held_back": True}, 0.3, held_back | {"speaker": 1.0}) == 0.3
    assert layer_score(LIFTING, 0.3, held_back) == 1.0
    assert layer_score(LIFTING | {"bias": -30.0, "keeps_held_back": True}, 0.3, held_back) == 0.0
    assert layer_score(LIFTING | {"keeps_held_back": True}, 0.3, held_back | {"held_back": 0.0}) == 1.0


@pytest.mark.parametrize(
    ("signals", "bare"),
    [
        (SIGNALS, True),
        (SIGNALS | {"cue:proper_nouns": 0.25}, False),  # names someone or something
        (SIGNALS | {"digits": 1.0}, False),
        (SIGNALS | {"speaker": 1.0}, False),
    ],
)
def test_a_layer_that_keeps_bare_statements_never_lifts_one(signals, bare):
    assert is_bare_statement(signals) is bare
    guarded = LIFTING | {"keeps_bare_statements": True}
    assert layer_score(guarded, 0.3, signals) == (0.3 if bare else 1.0)
    assert layer_score(LIFTING, 0.3, signals) == 1.0
    assert layer_score(guarded | {"bias": -30.0, "keeps_speakers": False}, 0.3, signals) == 0.0  # it may lower it


def test_the_shipped_english_layer_reads_only_the_sentence_and_its_speaker_and_keeps_the_rules_holds():
    english = load_layers()["languages"]["en"]
    assert english["keeps_held_back"] and english["keeps_bare_statements"] and english["keeps_speakers"]
    assert not CONTEXT_SIGNALS & set(english["weights"])
    variant = SHIPPED_VARIANTS["en"]
    assert variant._replace(unsure_band=None) == REGISTERED["B"]._replace(
        sentence_only=True, keeps_held_back=True, keeps_bare_statements=True, keeps_unpunctuated_lines=True
    )


def scores_with_the_layer_on(wanted: str, pages: tuple[str, ...], language: str) -> set[float]:
    """The scores `wanted` gets on each page, the language's layer on: one score if it never reads the page around."""
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=(language,)):
        return {
            sentence.score
            for text in pages
            for result in [extract(text, language=language)]
            for sentence in result.claims + result.candidates
            if sentence.text == wanted
        }


def scores_beside_the_rules(page: str, language: str) -> list[tuple[str, float, float]]:
    """Each sentence the page scores, with its score with the language's layer on and the rules' own score."""
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=(language,)):
        result = extract(page, language=language)
    return [
        (sentence.text, sentence.score, sentence_score(sentence.text, language, sentence.speaker)[0])
        for sentence in result.claims + result.candidates
    ]


def test_with_the_english_layer_on_a_sentence_scores_the_same_wherever_it_stands():
    pages = (
        CLAIM,
        f"Home | News | Sport\n\nResidents hope the road will reopen soon. {CLAIM}\n\nWe will keep you posted.\n",
        f"{CLAIM} Unemployment rose to 7.4 percent in March, the statistics office said.\n\nMore soon.\n",
    )
    assert len(scores_with_the_layer_on(CLAIM, pages, "en")) == 1


def _page(row: int) -> PageSignals:
    text = f"Home | News | Sport\n\n{CLAIM} Residents hope the road will reopen soon.\n\nWe will keep you posted.\n"
    start = text.index(CLAIM)
    page = Page(f"pages/en-page-{row}.txt", "en", "tune", text, claims=[(start, start + len(CLAIM), "")])
    return PageSignals(page, row)


def test_a_sentence_only_variant_is_trained_without_the_context_signals():
    pages = [_page(row) for row in range(3)]
    sentence_only = REGISTERED["B"]._replace(sentence_only=True, keeps_held_back=True, keeps_bare_statements=True)
    rows = page_rows(pages[0], sentence_only)
    assert rows and not any(CONTEXT_SIGNALS & set(row) for row in rows)
    assert all(set(row) >= CONTEXT_SIGNALS for row in page_rows(pages[0], REGISTERED["B"]))
    layer = train_layer(pages, sentence_only)
    assert not CONTEXT_SIGNALS & set(layer["weights"])
    assert layer["keeps_held_back"] and layer["keeps_bare_statements"]
