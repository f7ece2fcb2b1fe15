"""Which furniture the English decision layer lets through that the layer off does not, and a guard against it by
structure (#16, session 19, layeren19). English tune pages only, cross-validated by page as
bench/stack_on_real_pages.py --registered decides them.

    DEBUG=1 .venv/bin/python bench/layer_furniture.py --list   # the furniture B and the layer off disagree on
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.decision_training import PageSignals, training_pages
from bench.eval_real_pages import read_pages
from bench.stack_on_real_pages import REGISTERED, cross_validated_scores
from bench.train_checkworthy import on_one_core
from bench.train_on_real_pages import FOLDS

LANGUAGE = "en"
# The signals printed beside each furniture sentence: what the rules and the sentence's shape say of it.
SHOWN_SIGNALS = ("pipeline_says_claim", "held_back", "speaker", "ends_with_punctuation", "alone_in_paragraph")
# The furniture is listed from rows before the twenty-eighth round only (its tune half is kept for the record, as in
# learned19): the layers are still trained on every tune page, as the rule measures them.
LISTED_BEFORE_ROW = 1092


def leaked_sentences(page: PageSignals, scores: list[float]) -> dict[str, int]:
    """Each labelled furniture string of the page found among the claims these scores give, with the index of the
    sentence it lies in."""
    found = page.found(scores)
    leaked = {}
    for piece in page.page.furniture:
        claim = next((claim for claim in found if piece in claim.text), None)
        if claim is not None:
            leaked[piece] = next(
                index
                for index, (start, end) in enumerate(page.spans)
                if start <= claim.start < end or start == claim.start
            )
    return leaked


def furniture_lines(page: PageSignals, index: int, piece: str, off: float, layer: float) -> str:
    _score, _cues, signals = page.signals[index]
    shown = ", ".join(f"{name} {signals[name]:g}" for name in SHOWN_SIGNALS)
    rules = ", ".join(name[5:] for name in signals if name.startswith("rule:")) or "no rule"
    return (
        f"  row {page.row} {page.page.name}: off {off:.2f}, layer {layer:.2f}; {shown}; {rules}\n"
        f"    {page.page.text[slice(*page.spans[index])]!r}\n    furniture: {piece!r}"
    )


def list_furniture(tune: list[PageSignals], variant_label: str, folds: int) -> None:
    """The furniture strings the variant lets through and the layer off does not, and the other way round."""
    decided = cross_validated_scores(tune, REGISTERED[variant_label], folds)
    for page in (page for page in tune if page.row < LISTED_BEFORE_ROW):
        off_scores = [score for score, _cues, _signals in page.signals]
        by_off = leaked_sentences(page, off_scores)
        by_layer = leaked_sentences(page, decided[page.page.name])
        for title, first, second in (
            (f"{variant_label} lets through, off does not", by_layer, by_off),
            (f"off lets through, {variant_label} does not", by_off, by_layer),
        ):
            for piece, index in first.items():
                if piece not in second:
                    print(f"{title}:")
                    print(furniture_lines(page, index, piece, off_scores[index], decided[page.page.name][index]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list the furniture variant B and the layer off differ on")
    parser.add_argument("--folds", type=int, default=FOLDS)
    args = parser.parse_args()
    on_one_core()
    pages = read_pages()
    tune = [page for page in training_pages(pages, (1, len(pages))) if page.page.lang == LANGUAGE]
    if args.list:
        list_furniture(tune, "B", args.folds)


if __name__ == "__main__":
    main()
