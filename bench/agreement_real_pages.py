"""How far two labellers agree on the real pages (#16): second_labels.tsv against labels.tsv, beside the extractor.

    DEBUG=1 .venv/bin/python bench/agreement_real_pages.py                   # figures per language
    DEBUG=1 .venv/bin/python bench/agreement_real_pages.py --disagreements   # also each disagreement (tune pages)

Only the pages the second file covers are compared, whatever their language. The first labels are the reference:
claims agree when the eval's own overlap rule (`same_sentence`, MATCH_OVERLAP) pairs them, one to one, so the
agreement F1 is on the same scale as the extractor's F1 against the first labels, printed on the same pages. Speakers
are compared with the eval's `same_speaker` on the claims both labelled with one; furniture strings are in common when
one labeller's string equals, holds or is held by the other's (the eval counts a string inside a claim as leaked).

Neither labeller is gold, and "speakers agree where both gave one" leaves out the claims only one gave a speaker to,
which the eval counts as wrong for the extractor. So each labeller is also scored as an extractor against the other,
by the eval's own `score_page` (the other's claims and speakers as the found claims), beside the extractor against
the same reference: P, R, F1, furniture among claims, speakers right among attributed claims found (a "none" is
wrong), speakers given where none is labelled, and on the tune half the kinds of wrong speakers. The share of speakers
right gets a 95 % interval from resampling pages (the same resamples for the labeller and the extractor, so the
interval of their gap is paired).
"""

import argparse
import random
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real_pages import (
    LANGUAGES,
    SPLITS,
    Found,
    Page,
    Tally,
    ours,
    read_pages,
    read_tsv,
    same_sentence,
    same_speaker,
    score_page,
)

SECOND_LABELS = "second_labels.tsv"
RESAMPLES = 1000
SEED = 16


@dataclass
class Agreement:
    first_claims: int = 0
    second_claims: int = 0
    matched: int = 0
    both_speakers: int = 0  # matched claims both labelled with a speaker
    speakers_agree: int = 0
    one_speaker: int = 0  # matched claims only one labeller gave a speaker
    first_furniture: int = 0
    second_furniture: int = 0
    first_furniture_shared: int = 0  # first strings that share text with a second one
    second_furniture_shared: int = 0
    pages: int = 0
    disagreements: list[str] = field(default_factory=list)

    def add(self, other: "Agreement") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def f1(self) -> float:
        total = self.first_claims + self.second_claims
        return 2 * self.matched / total if total else 0.0

    def line(self) -> str:
        recall = self.matched / self.first_claims if self.first_claims else 0.0
        precision = self.matched / self.second_claims if self.second_claims else 0.0
        return (
            f"claims F1 {self.f1:.2f} ({self.matched} matched; {recall:.2f} of the first's {self.first_claims}, "
            f"{precision:.2f} of the second's {self.second_claims}); speakers agree {self.speakers_agree}/"
            f"{self.both_speakers} where both gave one, {self.one_speaker} given by one only; furniture in common: "
            f"{self.first_furniture_shared}/{self.first_furniture} of the first's strings, "
            f"{self.second_furniture_shared}/{self.second_furniture} of the second's"
        )


def second_pages(pages: list[Page], name: str = SECOND_LABELS) -> dict[str, Page]:
    """The pages the second file labels, as Pages holding the second labels (the first labels stay in `pages`)."""
    by_name = {page.name: page for page in pages}
    seconds: dict[str, Page] = {}
    for row in read_tsv(name):
        page = seconds.setdefault(row["file"], replace(by_name[row["file"]], claims=[], furniture=[]))
        if row["label"] == "claim":
            start = page.text.index(row["sentence"])
            page.claims.append((start, start + len(row["sentence"]), row["speaker"]))
        else:
            page.furniture.append(row["sentence"])
    return seconds


def _shares_text(piece: str, others: list[str]) -> bool:
    return any(piece in other or other in piece for other in others)


def compare(first: Page, second: Page) -> Agreement:
    """The two labellings of one page, the first as reference; claims paired one to one by the eval's overlap rule."""
    agreement = Agreement(
        first_claims=len(first.claims),
        second_claims=len(second.claims),
        first_furniture=len(first.furniture),
        second_furniture=len(second.furniture),
        pages=1,
    )
    used: set[int] = set()
    for start, end, speaker in first.claims:
        match = next(
            (
                index
                for index, (other_start, other_end, _) in enumerate(second.claims)
                if index not in used and same_sentence((start, end), (other_start, other_end))
            ),
            None,
        )
        sentence = first.text[start:end]
        if match is None:
            agreement.disagreements.append(f"    first only: {sentence}")
            continue
        used.add(match)
        agreement.matched += 1
        other_speaker = second.claims[match][2]
        if speaker and other_speaker:
            agreement.both_speakers += 1
            if same_speaker(other_speaker, speaker):
                agreement.speakers_agree += 1
                continue
        elif speaker or other_speaker:
            agreement.one_speaker += 1
        else:
            continue
        agreement.disagreements.append(f"    speaker {speaker!r} / {other_speaker!r}: {sentence}")
    agreement.disagreements += [
        f"    second only: {second.text[start:end]}"
        for index, (start, end, _) in enumerate(second.claims)
        if index not in used
    ]
    agreement.first_furniture_shared = sum(_shares_text(piece, second.furniture) for piece in first.furniture)
    agreement.second_furniture_shared = sum(_shares_text(piece, first.furniture) for piece in second.furniture)
    agreement.disagreements += [
        f"    furniture first only: {piece}" for piece in first.furniture if not _shares_text(piece, second.furniture)
    ]
    agreement.disagreements += [
        f"    furniture second only: {piece}" for piece in second.furniture if not _shares_text(piece, first.furniture)
    ]
    return agreement


def agreement_by_language(pages: list[Page], seconds: dict[str, Page]) -> dict[str, Agreement]:
    totals: dict[str, Agreement] = defaultdict(Agreement)
    for page in pages:
        if page.name in seconds:
            totals[page.lang].add(compare(page, seconds[page.name]))
    return totals


def labelled_as_found(page: Page) -> list[Found]:
    """A labelling's claims as the eval takes an extractor's: each labelled sentence, with its speaker or none."""
    return [Found(start, end, page.text[start:end], speaker) for start, end, speaker in page.claims]


@dataclass
class Scored:
    """A labeller and the extractor scored against one reference, page by page, on the same pages in the same order."""

    labeller: list[Tally] = field(default_factory=list)
    extractor: list[Tally] = field(default_factory=list)
    splits: list[str] = field(default_factory=list)

    def total(self, of: str, split: str = "") -> Tally:
        """The summed tally of "labeller" or "extractor", over one split or (no split) every page."""
        total = Tally()
        for tally, page_split in zip(getattr(self, of), self.splits, strict=True):
            if split in ("", page_split):
                total.add(tally)
        return total


def scored_by_language(pages: list[Page], seconds: dict[str, Page], extract_page=ours) -> dict[tuple[str, str], Scored]:
    """Per (language, reference): against the first labels the second labeller, against the second the first, and the
    extractor (`extract_page`) against the same reference on the same pages; each page scored by the eval's
    `score_page`, the extractor run once per page."""
    scored: dict[tuple[str, str], Scored] = defaultdict(Scored)
    for page in pages:
        if page.name not in seconds:
            continue
        second, extracted = seconds[page.name], extract_page(page)
        for reference, labeller, reference_page in (("first", second, page), ("second", page, second)):
            into = scored[page.lang, reference]
            into.labeller.append(score_page(reference_page, labelled_as_found(labeller))[0])
            into.extractor.append(score_page(reference_page, extracted)[0])
            into.splits.append(page.split)
    return scored


def _speakers_right_share(tallies: list[Tally], draw: list[int]) -> float | None:
    attributed = sum(tallies[index].attributed for index in draw)
    return sum(tallies[index].speaker_right for index in draw) / attributed if attributed else None


def _percentile_interval(values: list[float]) -> tuple[float, float] | None:
    """The middle 95 % of the values; None when there are none (no page has an attributed claim)."""
    ordered = sorted(values)
    if not ordered:
        return None
    return ordered[round(0.025 * (len(ordered) - 1))], ordered[round(0.975 * (len(ordered) - 1))]


def speakers_right_intervals(
    scored: Scored, resamples: int = RESAMPLES, seed: int = SEED
) -> dict[str, tuple[float, float] | None]:
    """95 % intervals of the share of speakers right, for the labeller, the extractor and the labeller's lead over the
    extractor: pages drawn with replacement, the same draws for both. A draw with no attributed claim is left out of
    the share it has none for, and of the gap."""
    rng = random.Random(seed)
    pages = len(scored.splits)
    shares: dict[str, list[float]] = {"labeller": [], "extractor": [], "gap": []}
    for _ in range(resamples):
        draw = [rng.randrange(pages) for _ in range(pages)]
        labeller = _speakers_right_share(scored.labeller, draw)
        extractor = _speakers_right_share(scored.extractor, draw)
        if labeller is not None:
            shares["labeller"].append(labeller)
        if extractor is not None:
            shares["extractor"].append(extractor)
        if labeller is not None and extractor is not None:
            shares["gap"].append(labeller - extractor)
    return {name: _percentile_interval(values) for name, values in shares.items()}


def _share(tally: Tally) -> str:
    return f"{tally.speaker_right / tally.attributed:.2f}" if tally.attributed else "n/a"


def _interval(bounds: tuple[float, float] | None, sign: str = "") -> str:
    return f"[{bounds[0]:{sign}.2f}, {bounds[1]:{sign}.2f}]" if bounds else "[n/a]"


def print_scored(scored: Scored, reference: str) -> None:
    """The labeller and the extractor against one reference: every page if they span both splits, then each split as
    the eval prints it (the kinds of wrong speakers on the tune half only), then the intervals of the share of speakers
    right over every page."""
    other = "second" if reference == "first" else "first"
    names = {"labeller": f"{other} labeller", "extractor": "extractor"}
    print(f"    against the {reference} labels")
    splits = [split for split in SPLITS if split in scored.splits]
    for split in ([""] if len(splits) > 1 else []) + splits:
        for of, name in names.items():
            tally = scored.total(of, split)
            print(f"      {name:15s} {split or 'all':4s} {tally.line(wrong_speakers=split == 'tune')}")
    intervals = speakers_right_intervals(scored)
    shares = ", ".join(f"{name} {_share(scored.total(of))} {_interval(intervals[of])}" for of, name in names.items())
    print(
        f"      share of speakers right, all pages (95 % interval, {RESAMPLES} page resamples): {shares}; "
        f"labeller minus extractor {_interval(intervals['gap'], '+')}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--disagreements", action="store_true", help="list each disagreement (tune pages only)")
    args = parser.parse_args()
    pages = read_pages()
    seconds = second_pages(pages)
    agreements = agreement_by_language(pages, seconds)
    scored = scored_by_language(pages, seconds)
    print(f"Two labellers on the real pages ({SECOND_LABELS} against labels.tsv, the first as reference)")
    for language in LANGUAGES:
        if language not in agreements:
            continue
        print(f"  {language} ({agreements[language].pages} pages)")
        print(f"    second labeller: {agreements[language].line()}")
    print("Each labeller scored as the eval scores the extractor, against the other, beside the extractor")
    for language in LANGUAGES:
        if language not in agreements:
            continue
        print(f"  {language} ({agreements[language].pages} pages)")
        for reference in ("first", "second"):
            print_scored(scored[language, reference], reference)
    if args.disagreements:
        for page in pages:
            if page.name in seconds and page.split == "tune":
                disagreements = compare(page, seconds[page.name]).disagreements
                if disagreements:
                    print(f"  {page.name}")
                    print("\n".join(disagreements))


if __name__ == "__main__":
    main()
