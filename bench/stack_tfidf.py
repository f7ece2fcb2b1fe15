"""The TF-IDF baseline's own probability as a signal of the learned decision layer, cross-fitted (#16, session 12,
stack12; BENCHMARKS.md holds the declaration).

    DEBUG=1 .venv/bin/python bench/stack_on_real_pages.py /work/shared/data/checkworthy-en --tfidf

The baseline (bench/train_on_real_pages.py's BASELINE_RECIPE: TF-IDF word uni/bigrams + balanced logistic regression,
trained on CheckThat! train and the tune pages' sentences) gives each sentence the pipeline scores a probability of
being a claim. Fed to the layer, that probability must never come from a TF-IDF model that saw the page: the layer
would learn to trust an in-sample figure it never gets on new pages. So every probability is cross-fitted, nested:
when the layer deciding fold k's pages is trained, a page of fold j (j != k) it learns from gets its probability from a
TF-IDF model trained without folds j and k, and fold k's pages get theirs from one trained without fold k alone.
"""

from bench.decision_training import PageSignals
from bench.train_checkworthy import Sentences
from bench.train_on_real_pages import BASELINE_RECIPE, RECIPES, fitted_baseline, fold_of

SIGNAL = "tfidf_probability"


class CrossFittedTfidf:
    """TF-IDF models trained on CheckThat! + the tune sentences of every fold but the excluded ones, fitted once for
    each set of excluded folds asked for, and their probabilities for a page's sentences."""

    def __init__(self, checkthat: Sentences, real: Sentences, folds: int):
        self.checkthat, self.real, self.folds = checkthat, real, folds
        self._models: dict[frozenset[int], object] = {}

    def model_without(self, excluded: frozenset[int]):
        if excluded not in self._models:
            self._models[excluded] = tfidf_classifier(
                self.checkthat,
                self.real.where(lambda _language, page: fold_of(page, self.folds) not in excluded),
            )
        return self._models[excluded]

    def probabilities(self, page: PageSignals, excluded: frozenset[int]) -> list[float]:
        """The probability of each sentence the pipeline scores on `page`, from the model trained without `excluded`
        (which must hold the page's own fold: the probability is never in-sample)."""
        assert fold_of(page.page.name, self.folds) in excluded, "a TF-IDF probability of a page it was trained on"
        sentences = [page.page.text[start:end] for start, end in page.spans]
        if not sentences:
            return []
        return [float(p) for p in self.model_without(excluded).predict_proba(sentences)[:, 1]]

    def signals_for_fold(self, pages: list[PageSignals], deciding_fold: int) -> dict[str, list[dict[str, float]]]:
        """For the layer that decides `deciding_fold`'s pages: each page's per-sentence signal, nested as above."""
        return {
            page.page.name: [
                {SIGNAL: probability}
                for probability in self.probabilities(
                    page, frozenset({deciding_fold, fold_of(page.page.name, self.folds)})
                )
            ]
            for page in pages
        }


def tfidf_classifier(checkthat: Sentences, real: Sentences):
    """The baseline recipe's TF-IDF + logistic regression, with its probabilities."""
    return fitted_baseline(checkthat, real, RECIPES[BASELINE_RECIPE])
