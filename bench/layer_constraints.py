"""The English decision layer under the constraints session 21 declared for the layer (#16, enlayer21): (a) it reads
only the sentence and its speaker (no neighbour, position or paragraph signal: decision.CONTEXT_SIGNALS), (c) it never
lifts a sentence a held-back rule holds back; each alone and both, beside variant B and the layer off; and both with
the guard enlayer21 adds, the layer never lifting a sentence that names no one and nothing (decision.is_bare_statement).
Tune pages of the shipped layer's rows only (decision_training.SHIPPED_ROWS), cross-validated by page as --registered
decides them. With --bands (enlayer21c), each of the language's BAND_CANDIDATES deciding only the sentences the rules
score within a band [low, high] (the others keep the rules' score), for each band of BANDS, the band chosen by
choose_band for each, and the candidate and band chosen by the same rule over all of them (choose_candidate): for
English the shipped variant; for French (frlayer22) the layer bound as frlayer21 declared, with or without
keeps_bare_statements. With --lifts-only-attributed too, every candidate also under frlayer21's own bound
(lifts_only_attributed; bench only, the shipped layers have no such hold). With --holds (enlayer22), the shipped English
variant without and with its hold on lines with no final punctuation, and the first-person hold read on its lifts
instead.

    DEBUG=1 .venv/bin/python bench/layer_constraints.py   # English; --language fr for French
    DEBUG=1 .venv/bin/python bench/layer_constraints.py --bands   # --language fr for French
    DEBUG=1 .venv/bin/python bench/layer_constraints.py --bands --language fr --lifts-only-attributed
    DEBUG=1 .venv/bin/python bench/layer_constraints.py --holds
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.decision_training import training_pages
from bench.eval_real_pages import LANGUAGES, Tally, read_pages
from bench.stack_on_real_pages import REGISTERED, SHIPPED_VARIANTS, cross_validated, layer_off, variant_name
from bench.train_checkworthy import on_one_core
from bench.train_on_real_pages import BOOTSTRAP, FOLDS, share_of_resamples_better, total
from claims.extraction.decision import layer_score

CONSTRAINED = {
    "B": REGISTERED["B"],
    "B+a": REGISTERED["B"]._replace(sentence_only=True),
    "B+c": REGISTERED["B"]._replace(keeps_held_back=True),
    "B+a+c": REGISTERED["B"]._replace(sentence_only=True, keeps_held_back=True),
    "B+a+c+bare": REGISTERED["B"]._replace(sentence_only=True, keeps_held_back=True, keeps_bare_statements=True),
}

# The bands tried (enlayer21c): low from the rules' plain "no" up to near the threshold, high from near it up to none.
BANDS = [(low, high) for low in (0.0, 0.05, 0.1, 0.2, 0.3) for high in (0.7, 0.8, 0.9, 0.95, 1.0)]

# The variants --bands tries each band with, before any band: English, the shipped one (enlayer21c); French, the layer
# bound as frlayer21 declared (reading only the sentence and its speaker, never lifting a held-back sentence) and, as a
# second candidate, also never lifting a bare statement, as the English layer (session 22's plan, frlayer22).
BAND_CANDIDATES = {
    "en": {"shipped": SHIPPED_VARIANTS["en"]._replace(unsure_band=None)},
    "fr": {"B+a+c": CONSTRAINED["B+a+c"], "B+a+c+bare": CONSTRAINED["B+a+c+bare"]},
}


def lifts_only_attributed(layer: dict, pipeline_score: float, signals: dict[str, float]) -> float:
    """The sentence's score as `layer` decides it (decision.layer_score), never above the rules' own score for a
    sentence with no speaker: frlayer21's bound (c), under which the claims naming no one can only fall, so the
    label-free count of reports with no speaker cannot grow (session 21, frlayer21)."""
    decided = layer_score(layer, pipeline_score, signals)
    return decided if signals["speaker"] else min(decided, pipeline_score)


def _band_rank(run: Tally, band: tuple[float, float]) -> tuple[float, int, float]:
    """choose_band's order: the larger F1, then fewer sentences extracted, then the narrower band."""
    return run.f1, -run.extracted, band[0] - band[1]


def choose_band(runs: dict, off: Tally) -> tuple[float, float]:
    """The band whose layer has the largest F1 with no more furniture among claims than the layer off (`runs`: band ->
    its total); on a tie, the one extracting fewer sentences, then the narrower (the layer deciding fewer)."""
    allowed = [band for band, run in runs.items() if run.furniture_leaked <= off.furniture_leaked]
    return max(allowed, key=lambda band: _band_rank(runs[band], band))


def choose_candidate(runs: dict, off: Tally) -> tuple[str, tuple[float, float]]:
    """choose_band's rule over every candidate's bands together (`runs`: candidate -> band -> its total): the candidate
    and band chosen; on a full tie, the candidate listed first (the one with fewer holds)."""
    chosen = {candidate: choose_band(bands, off) for candidate, bands in runs.items()}
    order = list(runs)
    return max(
        chosen.items(),
        key=lambda item: (*_band_rank(runs[item[0]][item[1]], item[1]), -order.index(item[0])),
    )


def compare_bands(tune, folds: int, candidates: dict, decide=None) -> None:
    """Each candidate variant (without a band) cross-validated with each band of BANDS, the band chosen for each, and
    the candidate and band chosen over all of them; `decide` as stack_on_real_pages.cross_validated takes it."""
    names = [page.page.name for page in tune]
    off = layer_off(tune)
    print(f"{len(names)} tune pages, cross-validated by page ({folds} folds), {BOOTSTRAP} page resamples:")
    print(f"  layer off: {total(off, names).line()}")
    if decide is not None:
        print(f"  every layer below decides through {decide.__name__}")
    totals = {}
    for label, unbanded in candidates.items():
        whole = cross_validated(tune, unbanded, folds, decide=decide)
        runs = {
            band: cross_validated(tune, unbanded._replace(unsure_band=band), folds, decide=decide) for band in BANDS
        }
        print(f"  {variant_name(unbanded)}, no band: {total(whole, names).line()}")
        for band, run in runs.items():
            against_off, against_whole = (share_of_resamples_better(run, other, names) for other in (off, whole))
            print(
                f"  band {band[0]:g}-{band[1]:g}: {total(run, names).line()}; beats the layer off in "
                f"{against_off:.0%}, the layer with no band in {against_whole:.0%}"
            )
        totals[label] = {band: total(run, names) for band, run in runs.items()}
        chosen = choose_band(totals[label], total(off, names))
        print(f"chosen (largest F1, no more furniture than the layer off): {chosen[0]:g}-{chosen[1]:g}")
    if len(candidates) > 1:
        label, band = choose_candidate(totals, total(off, names))
        print(f"chosen over the candidates (the same rule): {label}, band {band[0]:g}-{band[1]:g}")


def in_the_first_person(signals: dict[str, float]) -> bool:
    """A sentence with a pronoun of the first person ("I was thrilled", "we've seen some turnarounds"): the one shape
    of the non-claims the English layer lifts on the tune pages of three outlets or more that no speaker, name or
    punctuation tells from the claims it lifts (enlayer22)."""
    return bool(signals.get("cue:first_singular") or signals.get("cue:first_plural"))


def never_lifting_the_first_person(layer: dict, pipeline_score: float, signals: dict[str, float]) -> float:
    """A decision (cross_validated_scores' `decide`) as decision.layer_score's, but never above the rules' own score
    for a sentence in the first person."""
    decided = layer_score(layer, pipeline_score, signals)
    return min(decided, pipeline_score) if in_the_first_person(signals) else decided


def compare_holds(tune, folds: int) -> None:
    """The shipped English variant cross-validated without and with enlayer22's hold (never lifting a line with no
    final punctuation), and with the first-person hold read on the layer's lifts instead."""
    names = [page.page.name for page in tune]
    off = layer_off(tune)
    shipped = SHIPPED_VARIANTS["en"]
    without = cross_validated(tune, shipped._replace(keeps_unpunctuated_lines=False), folds)
    runs = {
        variant_name(shipped): cross_validated(tune, shipped, folds),
        "without it, never lifting a sentence in the first person": cross_validated(
            tune, shipped._replace(keeps_unpunctuated_lines=False), folds, decide=never_lifting_the_first_person
        ),
    }
    print(f"{len(names)} tune pages, cross-validated by page ({folds} folds), {BOOTSTRAP} page resamples:")
    print(f"  layer off: {total(off, names).line()}")
    print(f"  without the hold on unpunctuated lines (enlayer21c's): {total(without, names).line()}")
    for label, run in runs.items():
        against_off, against_without, without_beats = (
            share_of_resamples_better(first, second, names)
            for first, second in ((run, off), (run, without), (without, run))
        )
        print(
            f"  {label}: {total(run, names).line()}; beats the layer off in {against_off:.0%}, enlayer21c's in "
            f"{against_without:.0%}, enlayer21c's beats it in {without_beats:.0%}"
        )


def compare(tune, folds: int) -> None:
    """Each constrained variant's totals, and the share of page resamples in which it beats the layer off and B."""
    names = [page.page.name for page in tune]
    off = layer_off(tune)
    runs = {label: cross_validated(tune, variant, folds) for label, variant in CONSTRAINED.items()}
    print(f"{len(names)} tune pages, cross-validated by page ({folds} folds), {BOOTSTRAP} page resamples:")
    print(f"  layer off: {total(off, names).line()}")
    for label, run in runs.items():
        against_off = share_of_resamples_better(run, off, names)
        against_b = (
            ""  # B against itself says nothing
            if label == "B"
            else f", B in {share_of_resamples_better(run, runs['B'], names):.0%}, B beats it in "
            f"{share_of_resamples_better(runs['B'], run, names):.0%}"
        )
        print(
            f"  {label} ({variant_name(CONSTRAINED[label])}): {total(run, names).line()}; beats the layer off in "
            f"{against_off:.0%}{against_b}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, default="en")
    parser.add_argument("--folds", type=int, default=FOLDS)
    tried = parser.add_mutually_exclusive_group()
    tried.add_argument(
        "--bands", action="store_true", help="the language's BAND_CANDIDATES with each band of BANDS (enlayer21c)"
    )
    tried.add_argument("--holds", action="store_true", help="the English layer without and with its holds (enlayer22)")
    parser.add_argument(
        "--lifts-only-attributed",
        action="store_true",
        help="with --bands: every candidate also never lifting a sentence with no speaker (frlayer21's bound)",
    )
    args = parser.parse_args()
    if args.lifts_only_attributed and not args.bands:
        parser.error("--lifts-only-attributed goes with --bands")
    if args.holds and args.language != "en":
        parser.error("--holds tries the English layer")
    on_one_core()
    tune = [page for page in training_pages(read_pages()) if page.page.lang == args.language]
    if args.bands:
        compare_bands(
            tune,
            args.folds,
            BAND_CANDIDATES[args.language],
            lifts_only_attributed if args.lifts_only_attributed else None,
        )
    elif args.holds:
        compare_holds(tune, args.folds)
    else:
        compare(tune, args.folds)


if __name__ == "__main__":
    main()
