"""Does a learned attribution tagger name speakers the rules miss? Cross-validated by page on the tune half of
bench/heldout/real (#16, session 13; the ship rule was declared in BENCHMARKS.md before it was measured).

    DEBUG=1 .venv/bin/python bench/attribution_tagger.py                   # rules alone, then rules + tagger
    DEBUG=1 .venv/bin/python bench/attribution_tagger.py --sweep 0.7 0.9   # also at these confidences
    DEBUG=1 .venv/bin/python bench/attribution_tagger.py --consulted-only  # trained only where the rules give none

The tagger (bench/attribution_crf.py, a linear-chain CRF from python-crfsuite, requirements-bench.txt) marks the
speaker's words, BIO, in a claim and the sentence before it. Its training examples are the tune half's labelled
claims, each with the sentence the pipeline splits before it: the labelled speaker's words are tagged where they stand
in either sentence (or, failing that, the longest run of its words holding a capital: "Inman" for "Todd Inman"); a
claim labelled without a speaker is all O, so the tagger learns when there is none; a claim whose speaker is named in
neither sentence is left out.

Tune pages are dealt into the five folds of bench/train_on_real_pages.py (a hash of the file name). For each fold a
tagger is trained on the other four and consulted, on that fold's pages, only for the claims extract() finds and gives
no speaker. Scored by bench/eval_real_pages.py's own functions; F1 and furniture cannot move (the tagger names speakers
only) and are printed to show it. The test half is never read.
"""

import argparse
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.attribution_crf import CONFIDENCE, bio_labels, pair_features, tag_speaker
from bench.eval_real_pages import (
    LANGUAGES,
    Found,
    Page,
    Tally,
    matched_claims,
    read_pages,
    same_sentence,
    score_page,
)
from bench.train_on_real_pages import FOLDS, fold_of
from claims.extraction import extract
from claims.extraction.page_names import names_on
from claims.extraction.pipeline import scored_spans

# L-BFGS with elastic-net regularisation; python-crfsuite's defaults for the rest.
TRAINING = {"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


class PageClaims:
    """A tune page as the tagger sees it: the rules' claims, the sentence before each, and its training examples,
    each marked with whether the rules gave that sentence a speaker."""

    def __init__(self, page: Page):
        self.page = page
        text = page.text
        spans = scored_spans(text)[1]
        self.before = {
            start: text[spans[index - 1][0] : spans[index - 1][1]] if index else ""
            for index, (start, _) in enumerate(spans)
        }
        self.names = names_on(text)
        extraction = extract(text, language=page.lang)
        self.found = [Found(claim.start, claim.end, claim.text, claim.speaker) for claim in extraction.claims]
        ruled = {sentence.start for sentence in extraction.claims + extraction.candidates if sentence.speaker}
        self.examples = []
        for start, end, speaker in page.claims:
            span = next((span for span in spans if same_sentence((start, end), span)), None)
            if span is None:
                continue
            before, claim = self.before[span[0]], text[span[0] : span[1]]
            where, features = pair_features(before, claim, page.lang)
            labels = bio_labels(where, before, claim, speaker)
            if features and labels is not None:
                self.examples.append((features, labels, span[0] in ruled))

    def with_tagger(self, tagger, confidence: float) -> list[Found]:
        """The rules' claims, each left without a speaker given the one the tagger marks."""
        return [
            claim
            if claim.speaker
            else Found(
                claim.start,
                claim.end,
                claim.text,
                tag_speaker(
                    tagger, self.before.get(claim.start, ""), claim.text, self.page.lang, self.names, confidence
                ),
            )
            for claim in self.found
        ]


def trained(examples: list[tuple[list[dict], list[str]]], path: Path):
    """A tagger trained on the examples, written to `path` and opened."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in examples:
        trainer.append(features, labels)
    trainer.set_params(TRAINING)
    trainer.train(str(path))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def cross_validated(
    pages: list[PageClaims], confidences: list[float], consulted_only: bool = False
) -> tuple[dict[str, Tally], dict[tuple[str, float], Tally]]:
    """Per language, the rules alone; and per language and confidence, the rules with a tagger trained without the
    page's fold (with `consulted_only`, only on claims the rules gave no speaker, as the tagger is consulted)."""
    alone, tagged = defaultdict(Tally), defaultdict(Tally)
    with tempfile.TemporaryDirectory() as folder:
        for fold in range(FOLDS):
            training = [
                (features, labels)
                for page in pages
                if fold_of(page.page.name) != fold
                for features, labels, ruled in page.examples
                if not (consulted_only and ruled)
            ]
            tagger = trained(training, Path(folder) / f"fold{fold}.crfsuite")
            for page in pages:
                if fold_of(page.page.name) != fold:
                    continue
                alone[page.page.lang].add(score_page(page.page, page.found)[0])
                for confidence in confidences:
                    found = page.with_tagger(tagger, confidence)
                    tagged[page.page.lang, confidence].add(score_page(page.page, found)[0])
    return alone, tagged


def reachable(pages: list[PageClaims]) -> dict[str, tuple[int, int]]:
    """Per language, the attributed claims found that the rules leave without a speaker, and how many of them name
    their speaker in the claim or the sentence before: all the tagger could get right."""
    counts = defaultdict(lambda: [0, 0])
    for page in pages:
        for (_, _, speaker), match in matched_claims(page.page, page.found):
            claim = page.found[match] if match is not None else None
            if not speaker or claim is None or claim.speaker:
                continue
            before = page.before.get(claim.start, "")
            where, _ = pair_features(before, claim.text, page.page.lang)
            counts[page.page.lang][0] += 1
            counts[page.page.lang][1] += bio_labels(where, before, claim.text, speaker) is not None
    return {language: tuple(count) for language, count in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sweep", type=float, nargs="*", default=[], help=f"confidences besides {CONFIDENCE}")
    parser.add_argument(
        "--consulted-only", action="store_true", help="train only on claims the rules leave without a speaker"
    )
    args = parser.parse_args()
    pages = [PageClaims(page) for page in read_pages() if page.split == "tune"]
    examples = [labels for page in pages for _, labels, _ in page.examples]
    marked = sum(any(label != "O" for label in labels) for labels in examples)
    print(f"tune pages {len(pages)}; examples {len(examples)} ({marked} with the speaker marked)")
    for language, (missed, named) in sorted(reachable(pages).items()):
        print(f"  {language}: {missed} attributed claims left without a speaker; {named} name it in the two sentences")
    confidences = [CONFIDENCE, *args.sweep]
    alone, tagged = cross_validated(pages, confidences, args.consulted_only)
    for language in LANGUAGES:
        print(f"  {language} rules alone: {alone[language].line(wrong_speakers=True)}")
        for confidence in confidences:
            tally = tagged[language, confidence]
            print(f"  {language} rules + tagger (confidence {confidence}): {tally.line(wrong_speakers=True)}")


if __name__ == "__main__":
    main()
