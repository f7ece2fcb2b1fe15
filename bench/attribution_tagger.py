"""Does a learned attribution tagger name speakers the rules miss? Cross-validated by page on the tune half of
bench/heldout/real (#16, session 13; the ship rule was declared in BENCHMARKS.md before it was measured).

    DEBUG=1 .venv/bin/python bench/attribution_tagger.py                   # rules alone, then rules + tagger
    DEBUG=1 .venv/bin/python bench/attribution_tagger.py --sweep 0.7 0.9   # also at these confidences
    DEBUG=1 .venv/bin/python bench/attribution_tagger.py --consulted-only  # trained only where the rules give none
    DEBUG=1 .venv/bin/python bench/attribution_tagger.py --held-out-rows 1092-1133  # a round no rule pass has read

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

With --held-out-rows, the figures are those of the tune pages of these rows alone, where the rules (written from
the tune half's errors) are out-of-sample too, and the tagger is trained once, on every other tune page; each
difference with the rules comes with its page-resample interval (bench/held_out_rows.py).
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
from bench.held_out_rows import difference, tune_pages_of_rows
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


def training(pages: list[PageClaims], consulted_only: bool) -> list[tuple[list[dict], list[str]]]:
    """The pages' examples (with `consulted_only`, only those of claims the rules gave no speaker, as the tagger is
    consulted)."""
    return [
        (features, labels)
        for page in pages
        for features, labels, ruled in page.examples
        if not (consulted_only and ruled)
    ]


class Scores:
    """Per language, the rules alone; per language and confidence, the rules with a tagger; and for each page scored,
    what the tagger changed: speakers right, and speakers given where none is labelled."""

    def __init__(self):
        self.alone: dict[str, Tally] = defaultdict(Tally)
        self.tagged: dict[tuple[str, float], Tally] = defaultdict(Tally)
        self.right: dict[tuple[str, float], list[int]] = defaultdict(list)
        self.invented: dict[tuple[str, float], list[int]] = defaultdict(list)

    def add(self, page: PageClaims, tagger, confidences: list[float]) -> None:
        language = page.page.lang
        rules = score_page(page.page, page.found)[0]
        self.alone[language].add(rules)
        for confidence in confidences:
            tally = score_page(page.page, page.with_tagger(tagger, confidence))[0]
            self.tagged[language, confidence].add(tally)
            self.right[language, confidence].append(tally.speaker_right - rules.speaker_right)
            self.invented[language, confidence].append(tally.speaker_invented - rules.speaker_invented)


def cross_validated(pages: list[PageClaims], confidences: list[float], consulted_only: bool = False) -> Scores:
    """Every page scored with the rules alone, and with a tagger trained without the page's fold."""
    scores = Scores()
    with tempfile.TemporaryDirectory() as folder:
        for fold in range(FOLDS):
            kept = [page for page in pages if fold_of(page.page.name) != fold]
            tagger = trained(training(kept, consulted_only), Path(folder) / f"fold{fold}.crfsuite")
            for page in pages:
                if fold_of(page.page.name) == fold:
                    scores.add(page, tagger, confidences)
    return scores


def held_out(pages: list[PageClaims], held: set[str], confidences: list[float], consulted_only: bool = False) -> Scores:
    """The pages named in `held` scored with the rules alone, and with one tagger trained on every other page."""
    scores = Scores()
    with tempfile.TemporaryDirectory() as folder:
        others = [page for page in pages if page.page.name not in held]
        tagger = trained(training(others, consulted_only), Path(folder) / "held-out.crfsuite")
        for page in pages:
            if page.page.name in held:
                scores.add(page, tagger, confidences)
    return scores


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
    parser.add_argument(
        "--held-out-rows",
        metavar="FIRST-LAST",
        help="score only the tune pages of these rows of pages.tsv, the tagger trained on every other tune page",
    )
    args = parser.parse_args()
    read = read_pages()
    pages = [PageClaims(page) for page in read if page.split == "tune"]
    examples = [labels for page in pages for _, labels, _ in page.examples]
    marked = sum(any(label != "O" for label in labels) for labels in examples)
    print(f"tune pages {len(pages)}; examples {len(examples)} ({marked} with the speaker marked)")
    for language, (missed, named) in sorted(reachable(pages).items()):
        print(f"  {language}: {missed} attributed claims left without a speaker; {named} name it in the two sentences")
    confidences = [CONFIDENCE, *args.sweep]
    if args.held_out_rows:
        held = {page.name for page in tune_pages_of_rows(read, args.held_out_rows)}
        print(f"rows {args.held_out_rows}: {len(held)} tune pages held out, the tagger trained on the other tune pages")
        scores = held_out(pages, held, confidences, args.consulted_only)
    else:
        scores = cross_validated(pages, confidences, args.consulted_only)
    for language in LANGUAGES:
        print(f"  {language} rules alone: {scores.alone[language].line(wrong_speakers=True)}")
        for confidence in confidences:
            tally = scores.tagged[language, confidence]
            print(f"  {language} rules + tagger (confidence {confidence}): {tally.line(wrong_speakers=True)}")
            if args.held_out_rows:
                print(
                    f"    against the rules, summed over the pages (95 % of page resamples): speakers right "
                    f"{difference(scores.right[language, confidence])}; speakers given where none is labelled "
                    f"{difference(scores.invented[language, confidence])}"
                )


if __name__ == "__main__":
    main()
