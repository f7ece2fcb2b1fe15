"""stack12 (#16, session 12): the decision layer given the TF-IDF baseline's own probability, cross-fitted. A page's
probability never comes from a TF-IDF model trained on it, and the rows the layer learns from never come from a model
trained on the fold the layer then decides (bench/stack_tfidf.py); the signal reaches the layer's rows and weights."""

import pytest

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.eval_real_pages import Page
from bench.stack_on_real_pages import REGISTERED, PageSignals, cross_validated, holds, page_rows, train_layer
from bench.stack_tfidf import SIGNAL, CrossFittedTfidf
from bench.train_checkworthy import Sentences

FIGURE = "The district built 14 new schools in 2023, its annual report shows."
OPINION = "Readers may wonder what the future holds for the town."
TEXT = f"{FIGURE}\n\n{OPINION}\n\nShare this article\n"


def _page(number: int) -> PageSignals:
    start = TEXT.index(FIGURE)
    return PageSignals(
        Page(f"pages/en-written-{number}.txt", "en", "tune", TEXT, claims=[(start, start + len(FIGURE), "")]), 1
    )


class _RecordingModel:
    """Stands in for a fitted TF-IDF model: remembers which pages it was trained on."""

    def __init__(self, trained_on: set[str]):
        self.trained_on = trained_on

    def predict_proba(self, sentences):
        import numpy as np

        return np.array([[0.4, 0.6]] * len(sentences))


@pytest.fixture
def probabilities_given(monkeypatch):
    """(page scored, pages the model that scored it was trained on), in the order they were given."""
    given = []
    monkeypatch.setattr("bench.stack_tfidf.tfidf_classifier", lambda _checkthat, real: _RecordingModel(set(real.pages)))
    original = CrossFittedTfidf.probabilities

    def probabilities(self, page, excluded):
        given.append((page.page.name, self.model_without(excluded).trained_on))
        return original(self, page, excluded)

    monkeypatch.setattr(CrossFittedTfidf, "probabilities", probabilities)
    return given


def _sentences(pages: list[PageSignals]) -> Sentences:
    texts = [page.page.text[start:end] for page in pages for start, end in page.spans]
    names = [page.page.name for page in pages for _span in page.spans]
    labels = [label for page in pages for label in page.labels]
    return Sentences(texts, labels, ["en"] * len(texts), names)


def test_no_page_gets_a_tfidf_probability_from_a_model_trained_on_it(probabilities_given):
    pages = [_page(number) for number in range(12)]
    tfidf = CrossFittedTfidf(_sentences([]), _sentences(pages), folds=5)
    cross_validated(pages, REGISTERED["B"]._replace(with_tfidf=True), folds=5, tfidf=tfidf)
    assert probabilities_given
    assert all(page not in trained_on for page, trained_on in probabilities_given)


def test_the_rows_a_layer_learns_from_come_from_models_blind_to_the_fold_it_decides(probabilities_given, monkeypatch):
    pages = [_page(number) for number in range(12)]
    tfidf = CrossFittedTfidf(_sentences([]), _sentences(pages), folds=5)
    layers = []

    def recording(training, variant, extras=None):
        # What fed this layer: the probabilities given since the last layer was trained.
        layers.append(({page.page.name for page in training}, set(extras), list(probabilities_given)))
        probabilities_given.clear()
        return {"bias": 0.0, "weights": {}} | holds(variant)

    monkeypatch.setattr("bench.stack_on_real_pages.train_layer", recording)
    cross_validated(pages, REGISTERED["A"]._replace(with_tfidf=True), folds=5, tfidf=tfidf)
    assert len(layers) > 1
    for training, with_signal, given in layers:
        deciding = {page.page.name for page in pages} - training
        assert training | deciding == with_signal
        assert all(not trained_on & deciding for _page_name, trained_on in given)


def test_the_tfidf_probability_is_a_signal_of_the_layer_only_in_the_variants_that_ask_for_it():
    page = _page(0)
    extras = {page.page.name: [{SIGNAL: float(label)} for label in page.labels]}
    with_signal = REGISTERED["A"]._replace(with_tfidf=True)
    assert all(SIGNAL in row for row in page_rows(page, with_signal, extras[page.page.name]))
    assert SIGNAL not in page_rows(page, REGISTERED["A"])[0]
    assert train_layer([page], with_signal, extras)["weights"][SIGNAL] > 0
    assert SIGNAL not in train_layer([page], REGISTERED["A"])["weights"]
