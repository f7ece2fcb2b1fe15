"""How far two labellers agree on the real pages (#16): second_labels.tsv against labels.tsv, beside the extractor.

    DEBUG=1 .venv/bin/python bench/agreement_real_pages.py                   # figures per language
    DEBUG=1 .venv/bin/python bench/agreement_real_pages.py --disagreements   # also each disagreement (tune pages)

Only the pages the second file covers are compared, whatever their language. The first labels are the reference:
claims agree when the eval's own overlap rule (`same_sentence`, MATCH_OVERLAP) pairs them, one to one, so the
agreement F1 is on the same scale as the extractor's F1 against the first labels, printed on the same pages. Speakers
are compared with the eval's `same_speaker` on the claims both labelled with one; furniture strings are in common when
one labeller's string equals, holds or is held by the other's (the eval counts a string inside a claim as leaked).
"""

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real_pages import (
    LANGUAGES,
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


def extractor_by_language(pages: list[Page], seconds: dict[str, Page]) -> dict[str, Tally]:
    """The extractor against the first labels on the same pages, as the eval scores it."""
    totals: dict[str, Tally] = defaultdict(Tally)
    for page in pages:
        if page.name in seconds:
            totals[page.lang].add(score_page(page, ours(page))[0])
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--disagreements", action="store_true", help="list each disagreement (tune pages only)")
    args = parser.parse_args()
    pages = read_pages()
    seconds = second_pages(pages)
    agreements = agreement_by_language(pages, seconds)
    extractor = extractor_by_language(pages, seconds)
    print(f"Two labellers on the real pages ({SECOND_LABELS} against labels.tsv, the first as reference)")
    for language in LANGUAGES:
        if language not in agreements:
            continue
        print(f"  {language} ({agreements[language].pages} pages)")
        print(f"    second labeller: {agreements[language].line()}")
        print(f"    extractor:       {extractor[language].line()}")
    if args.disagreements:
        for page in pages:
            if page.name in seconds and page.split == "tune":
                disagreements = compare(page, seconds[page.name]).disagreements
                if disagreements:
                    print(f"  {page.name}")
                    print("\n".join(disagreements))


if __name__ == "__main__":
    main()
