"""The static word vectors of the static9 bench (bench/word_vectors.py, bench/train_with_word_vectors.py, #16 session
9): a sentence's vector is the frequency-weighted mean of its known words' vectors, and a model's vector weights add to
the pipeline's score only inside the bench's scoring block."""

import numpy as np
import pytest

from bench.word_vectors import SIF_A, WordVectors
from claims.extraction.model import scoring_with
from claims.extraction.pipeline import sentence_score

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.train_with_word_vectors import SentenceFeatures


@pytest.fixture
def table(tmp_path):
    path = tmp_path / "words.npz"
    np.savez(
        path,
        words=np.array(["the", "bridge", "pont"]),
        counts=np.array([98, 1, 1]),
        vectors=np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 2.0]], dtype=np.float16),
    )
    return path


def test_a_rare_word_weighs_more_than_a_common_one_and_unknown_words_are_skipped(table):
    vectors = WordVectors(table, 2)
    common, rare = SIF_A / (SIF_A + 0.98), SIF_A / (SIF_A + 0.01)
    expected = (common * np.array([1.0, 0.0]) + rare * np.array([0.0, 1.0])) / (common + rare)
    assert np.allclose(vectors.sentence("The bridge, the unknown"), expected, atol=1e-3)
    assert np.allclose(vectors.sentence("nothing known here"), 0.0)


def test_the_table_is_cut_to_its_first_components(table):
    assert WordVectors(table, 1).sentence("pont").shape == (1,)


def test_vector_weights_move_the_score_only_inside_the_scoring_block(table):
    features = SentenceFeatures(table, 2, ["the bridge", "the pont", "the"])
    model = {part: {"bias": 0.0, "weights": {"c:v1": 5.0}} for part in ("full", "cues")}
    sentence = "Le pont a coûté cher."
    with scoring_with(model):
        plain = sentence_score(sentence, "fr")[0]
        with features.scoring():
            raised = sentence_score(sentence, "fr")[0]
    assert plain == pytest.approx(0.5, abs=0.01)
    assert raised > 0.9


def test_french_vectors_are_standardised_on_french_text_when_given(table):
    english_only = SentenceFeatures(table, 2, ["the bridge", "the"])
    french_on_french = SentenceFeatures(table, 2, ["the bridge", "the"], ["le pont", "la pont"])
    assert np.abs(english_only.of("le pont", "fr")).max() > 1
    assert np.allclose(french_on_french.of("le pont", "fr"), 0.0, atol=1e-3)
    assert np.allclose(french_on_french.of("the bridge", "en"), english_only.of("the bridge", "en"))
