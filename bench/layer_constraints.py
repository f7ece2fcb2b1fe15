"""The English decision layer under the constraints session 21 declared for the layer (#16, enlayer21): (a) it reads
only the sentence and its speaker (no neighbour, position or paragraph signal: decision.CONTEXT_SIGNALS), (c) it never
lifts a sentence a held-back rule holds back; each alone and both, beside variant B and the layer off; and both with
the guard enlayer21 adds, the layer never lifting a sentence that names no one and nothing (decision.is_bare_statement).
Tune pages of the shipped layer's rows only (decision_training.SHIPPED_ROWS), cross-validated by page as --registered
decides them.

    DEBUG=1 .venv/bin/python bench/layer_constraints.py   # English; --language fr for French
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.decision_training import training_pages
from bench.eval_real_pages import LANGUAGES, read_pages
from bench.stack_on_real_pages import REGISTERED, cross_validated, layer_off, variant_name
from bench.train_checkworthy import on_one_core
from bench.train_on_real_pages import BOOTSTRAP, FOLDS, share_of_resamples_better, total

CONSTRAINED = {
    "B": REGISTERED["B"],
    "B+a": REGISTERED["B"]._replace(sentence_only=True),
    "B+c": REGISTERED["B"]._replace(keeps_held_back=True),
    "B+a+c": REGISTERED["B"]._replace(sentence_only=True, keeps_held_back=True),
    "B+a+c+bare": REGISTERED["B"]._replace(sentence_only=True, keeps_held_back=True, keeps_bare_statements=True),
}


def compare(tune, folds: int) -> None:
    """Each constrained variant's totals, and the share of page resamples in which it beats the layer off and B."""
    names = [page.page.name for page in tune]
    off = layer_off(tune)
    runs = {label: cross_validated(tune, variant, folds) for label, variant in CONSTRAINED.items()}
    print(f"{len(names)} tune pages, cross-validated by page ({folds} folds), {BOOTSTRAP} page resamples:")
    print(f"  layer off: {total(off, names).line()}")
    for label, run in runs.items():
        against_off, against_b = (share_of_resamples_better(run, other, names) for other in (off, runs["B"]))
        b_against = share_of_resamples_better(runs["B"], run, names)
        print(
            f"  {label} ({variant_name(CONSTRAINED[label])}): {total(run, names).line()}; beats the layer off in "
            f"{against_off:.0%}, B in {against_b:.0%}, B beats it in {b_against:.0%}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    parser.add_argument("--folds", type=int, default=FOLDS)
    args = parser.parse_args()
    on_one_core()
    compare([page for page in training_pages(read_pages()) if page.page.lang == args.language], args.folds)


if __name__ == "__main__":
    main()
