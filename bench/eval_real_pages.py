"""Claim extraction on real news pages as stored from the web: bench/heldout/real (see its README).

    DEBUG=1 .venv/bin/python bench/eval_real_pages.py            # totals per language and split, ours and baseline
    DEBUG=1 .venv/bin/python bench/eval_real_pages.py --errors   # also each error on the tune half
    DEBUG=1 .venv/bin/python bench/eval_real_pages.py --rows 140-181   # one round's pages only
    DEBUG=1 .venv/bin/python bench/eval_real_pages.py --decision-layer en,fr   # also with the learned decision layer on
    DEBUG=1 .venv/bin/python bench/eval_real_pages.py --rows 392-433 --tune-only   # a round's tune half alone
    DEBUG=1 .venv/bin/python bench/eval_real_pages.py --reaching-scorer --errors   # furniture let through, claims taken

For each language and split: claims precision, recall and F1; labelled furniture found inside extracted claims; and,
among the attributed claims found (those labelled with a speaker), how many got that speaker. Only the `tune` half
may be looked at sentence by sentence (`--errors`); the `test` half is printed as totals only.

The baseline runs in the same process: every line of the page split into sentences by the same splitter, nothing
cleaned, each sentence classified by a plain TF-IDF + logistic regression trained on the check-worthiness train split
(`CHECKWORTHY_DATA`, default ../shared/data/checkworthy-en); without that data it calls every sentence a claim.
"""

import argparse
import csv
import os
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-use-0123456789")

import django  # noqa: E402

django.setup()

from django.test import override_settings  # noqa: E402

from claims.extraction import extract  # noqa: E402
from claims.extraction.cleaning import clutter_reason  # noqa: E402
from claims.extraction.pipeline import scored_spans, segment  # noqa: E402
from claims.extraction.segmentation import split_spans  # noqa: E402

REAL = REPO / "bench" / "heldout" / "real"
DATA = Path(os.environ.get("CHECKWORTHY_DATA", REPO.parent / "shared" / "data" / "checkworthy-en"))
LANGUAGES = ("en", "fr")
SPLITS = ("tune", "test")
# A found claim is a labelled one when each covers at least this share of the other: the labelled sentence may carry a
# live-blog timestamp the extractor cuts, or the extractor may join two lines.
MATCH_OVERLAP = 0.6


@dataclass
class Page:
    name: str
    lang: str
    split: str
    text: str
    claims: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, speaker)
    furniture: list[str] = field(default_factory=list)


@dataclass
class Found:
    start: int
    end: int
    text: str
    speaker: str = ""


@dataclass
class Tally:
    expected: int = 0
    extracted: int = 0
    matched: int = 0
    furniture: int = 0
    furniture_leaked: int = 0
    attributed: int = 0  # labelled with a speaker and found
    speaker_right: int = 0
    # Found claims labelled without a speaker (the outlet's own statement, an anonymous source), and how many of them
    # got one anyway: "speakers right" alone would reward naming a speaker everywhere.
    unattributed: int = 0
    speaker_invented: int = 0
    # Of the wrong speakers: none given, a part of the labelled name ("Prevention"), one holding it, or another name.
    # Printed for the tune half only: on the test half even this breakdown would say which kind of fix to look for.
    speaker_none: int = 0
    speaker_fragment: int = 0
    speaker_longer: int = 0
    speaker_other: int = 0

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, wrong_speakers: bool = False) -> str:
        """The totals; with `wrong_speakers`, also the kinds of wrong speakers."""
        precision = self.matched / self.extracted if self.extracted else 0.0
        recall = self.matched / self.expected if self.expected else 0.0
        f1 = 2 * self.matched / (self.extracted + self.expected) if self.extracted + self.expected else 0.0
        speakers = f"{self.speaker_right}/{self.attributed}" if self.attributed else "0/0"
        return (
            f"P {precision:.2f} R {recall:.2f} F1 {f1:.2f} ({self.matched}/{self.expected} found, "
            f"{self.extracted} extracted); furniture among claims {self.furniture_leaked}/{self.furniture}; "
            f"speakers right {speakers}; speakers given where none is labelled "
            f"{self.speaker_invented}/{self.unattributed}"
            + (
                f" (wrong: {self.speaker_none} none, {self.speaker_fragment} part of the name, "
                f"{self.speaker_longer} holding it, {self.speaker_other} another)"
                if wrong_speakers and self.attributed > self.speaker_right
                else ""
            )
        )

    @property
    def f1(self) -> float:
        return 2 * self.matched / (self.extracted + self.expected) if self.extracted + self.expected else 0.0


def read_tsv(name: str) -> list[dict[str, str]]:
    with (REAL / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_pages() -> list[Page]:
    pages = {
        row["file"]: Page(row["file"], row["lang"], row["split"], (REAL / row["file"]).read_text(encoding="utf-8"))
        for row in read_tsv("pages.tsv")
    }
    for row in read_tsv("labels.tsv"):
        page = pages[row["file"]]
        if row["label"] == "claim":
            start = page.text.index(row["sentence"])
            page.claims.append((start, start + len(row["sentence"]), row["speaker"]))
        else:
            page.furniture.append(row["sentence"])
    return list(pages.values())


def row_range(rows: str) -> tuple[int, int]:
    """Rows "FIRST-LAST" of pages.tsv, counted from 1 as the README counts a round's rows, both included."""
    first, _dash, last = rows.partition("-")
    first_row, last_row = int(first), int(last)
    if not 1 <= first_row <= last_row:
        raise ValueError(f"rows {rows!r}: the first row is counted from 1 and comes before the last")
    return first_row, last_row


def pages_of_rows(pages: list[Page], rows: str) -> list[Page]:
    """The pages of rows "FIRST-LAST" of pages.tsv; rows past its end are refused, not read as fewer pages (a round
    not yet appended on this checkout would otherwise be scored as nothing)."""
    first, last = row_range(rows)
    if last > len(pages):
        raise ValueError(f"rows {rows!r}: pages.tsv has {len(pages)} rows")
    return pages[first - 1 : last]


def _overlap(first: tuple[int, int], second: tuple[int, int]) -> int:
    return max(0, min(first[1], second[1]) - max(first[0], second[0]))


def same_sentence(labelled: tuple[int, int], found: tuple[int, int]) -> bool:
    """Whether a found span is the labelled sentence: each covers at least MATCH_OVERLAP of the other."""
    overlap = _overlap(labelled, found)
    return overlap >= MATCH_OVERLAP * (labelled[1] - labelled[0]) and overlap >= MATCH_OVERLAP * (found[1] - found[0])


_LEADING_ARTICLE = re.compile(r"^(?:the|le|la|les|l')\s*")


def _folded(name: str) -> str:
    """A name as compared: case, apostrophe and a leading article aside ("l’Insee" is "Insee", "the United Nations" is
    "United Nations"); every other word must be there, so a fragment ("Prevention") or a title is never the name."""
    return _LEADING_ARTICLE.sub("", " ".join(name.casefold().replace("’", "'").split()))


def same_speaker(found: str, expected: str) -> bool:
    return bool(found.strip()) and _folded(found) == _folded(expected)


def _count_wrong_speaker(tally: Tally, found: str, expected: str) -> None:
    if not found.strip():
        tally.speaker_none += 1
    elif _folded(found) in _folded(expected):
        tally.speaker_fragment += 1
    elif _folded(expected) in _folded(found):
        tally.speaker_longer += 1
    else:
        tally.speaker_other += 1


def matched_claims(page: Page, found: list) -> list[tuple[tuple[int, int, str], int | None]]:
    """Each labelled claim of the page with the index of the found claim it is paired with (None if missed): pairs
    one to one, in label order, by the overlap rule. `found` holds anything with a start and an end."""
    pairs, used = [], set()
    for start, end, speaker in page.claims:
        match = next(
            (
                index
                for index, claim in enumerate(found)
                if index not in used and same_sentence((start, end), (claim.start, claim.end))
            ),
            None,
        )
        if match is not None:
            used.add(match)
        pairs.append(((start, end, speaker), match))
    return pairs


def score_page(page: Page, found: list[Found]) -> tuple[Tally, list[str]]:
    tally = Tally(expected=len(page.claims), extracted=len(found), furniture=len(page.furniture))
    errors, used = [], set()
    for (start, end, speaker), match in matched_claims(page, found):
        if match is None:
            errors.append(f"    missed: {page.text[start:end]}")
            continue
        used.add(match)
        tally.matched += 1
        if speaker:
            tally.attributed += 1
            if same_speaker(found[match].speaker, speaker):
                tally.speaker_right += 1
            else:
                _count_wrong_speaker(tally, found[match].speaker, speaker)
                errors.append(f"    speaker {found[match].speaker!r}, labelled {speaker!r}: {page.text[start:end]}")
        else:
            tally.unattributed += 1
            if found[match].speaker:
                tally.speaker_invented += 1
                errors.append(f"    speaker {found[match].speaker!r}, labelled none: {page.text[start:end]}")
    for piece in page.furniture:
        if any(piece in claim.text for claim in found):
            tally.furniture_leaked += 1
            errors.append(f"    furniture among claims: {piece}")
    errors += [f"    unexpected: {claim.text}" for index, claim in enumerate(found) if index not in used]
    return tally, errors


def ours(page: Page) -> list[Found]:
    result = extract(page.text, language=page.lang)
    return [Found(claim.start, claim.end, claim.text, claim.speaker) for claim in result.claims]


def plain_baseline():
    """TF-IDF + logistic regression on every sentence of every line, trained on the check-worthiness train split."""
    if not (DATA / "train.tsv").exists():
        return "every sentence (no check-worthiness data)", lambda sentences: [True] * len(sentences)
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    with (DATA / "train.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    classifier = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        LogisticRegression(class_weight="balanced", max_iter=2000),
    )
    classifier.fit([row["text"] for row in rows], [int(row["label"]) for row in rows])
    return "TF-IDF + logistic regression", lambda sentences: list(classifier.predict(sentences) == 1)


def baseline_found(page: Page, classify) -> list[Found]:
    """Each line of the page is split into sentences, and each sentence classified: no cleaning, no speakers."""
    spans, position = [], 0
    for line in page.text.splitlines(keepends=True):
        spans += split_spans(page.text, position, position + len(line))
        position += len(line)
    verdicts = classify([page.text[start:end] for start, end in spans]) if spans else []
    return [
        Found(start, end, page.text[start:end])
        for (start, end), is_claim in zip(spans, verdicts, strict=True)
        if is_claim
    ]


def evaluate(pages: list[Page], finder) -> tuple[dict[tuple[str, str], Tally], dict[str, list[str]]]:
    tallies: dict[tuple[str, str], Tally] = defaultdict(Tally)
    errors = {}
    for page in pages:
        tally, page_errors = score_page(page, finder(page))
        tallies[page.lang, page.split].add(tally)
        errors[page.name] = page_errors
    return tallies, errors


def tallies_of_first_pages(
    pages: list[Page], counts: list[int], extract_page=ours
) -> dict[int, dict[tuple[str, str], Tally]]:
    """Our figures on the test half of the first `count` pages, for each count: what tests/extraction/test_real_pages.py
    keeps floors on. Each test page is extracted once and its tally added to every count that reaches it, so the
    floors cost one pass over the pages however many rounds keep one (`extract_page`: the tests share one pass)."""
    halves: dict[int, dict[tuple[str, str], Tally]] = {count: defaultdict(Tally) for count in counts}
    for index, page in enumerate(pages[: max(counts, default=0)]):
        if page.split != "test":
            continue
        tally = score_page(page, extract_page(page))[0]
        for count, half in halves.items():
            if index < count:
                half[page.lang, page.split].add(tally)
    return halves


def furniture_reaching_scorer(page: Page) -> list[tuple[str, str]]:
    """The page's labelled furniture strings that cleaning lets through to the claim scorer, each with the sentence
    that holds it or is part of it: kept out of the claims only if the scorer happens to score them low."""
    text = page.text
    sentences = [text[start:end] for start, end in scored_spans(text)[1]]
    reaching = []
    for piece in page.furniture:
        sentence = next((s for s in sentences if piece in s or (len(s) > 3 and s in piece)), None)
        if sentence is not None:
            reaching.append((piece, sentence))
    return reaching


def claims_removed_before_scoring(page: Page) -> list[tuple[str, str]]:
    """The page's labelled claims that cleaning or the clutter rules take away before the scorer sees them, each with
    the reason: a dropped line that holds it, or the clutter rule that barred its sentence. A claim the splitter cut
    otherwise is not counted: part of it still reaches the scorer."""
    text = page.text
    cleaned, spans = segment(text)
    scored = {(start, end) for start, end in scored_spans(text)[1]}
    removed = []
    for start, end, _ in page.claims:
        if any(_overlap((start, end), span) for span in scored):
            continue
        claim = text[start:end].strip()
        barred = next((span for span in spans if same_sentence((start, end), span)), None)
        line = next((line for _, line in cleaned.dropped if claim in line or line.strip() in claim), None)
        if barred:
            reason = f"sentence: {clutter_reason(text[barred[0] : barred[1]])}"
        elif line is not None:
            reason = next(reason for reason, dropped in cleaned.dropped if dropped == line)
        else:
            reason = "title" if cleaned.title_span and _overlap((start, end), cleaned.title_span) else "unknown"
        removed.append((claim, reason))
    return removed


def print_furniture_reaching_scorer(pages: list[Page], errors: bool) -> None:
    """Per language, the tune half's labelled furniture that reaches the scorer, and its labelled claims removed before
    it (never the test half's)."""
    tune = [page for page in pages if page.split == "tune"]
    reaching = {page.name: furniture_reaching_scorer(page) for page in tune}
    removed = {page.name: claims_removed_before_scoring(page) for page in tune}
    for language in LANGUAGES:
        of_language = [page for page in tune if page.lang == language]
        count = sum(len(reaching[page.name]) for page in of_language)
        labelled = sum(len(page.furniture) for page in of_language)
        print(f"  {language} tune furniture reaching the scorer {count}/{labelled}")
        for page in of_language if errors else ():
            for piece, sentence in reaching[page.name]:
                print(f"    {page.name}: {piece!r}" + (f" in {sentence!r}" if sentence != piece else ""))
        count = sum(len(removed[page.name]) for page in of_language)
        labelled = sum(len(page.claims) for page in of_language)
        print(f"  {language} tune claims removed before the scorer {count}/{labelled}")
        for page in of_language if errors else ():
            for claim, reason in removed[page.name]:
                print(f"    {page.name}: [{reason}] {claim!r}")


def pages_per_second(pages: list[Page], seconds: float) -> float:
    """Extraction speed on distinct real pages, in one process: each page once per round, rounds until `seconds`."""
    extract(pages[0].text)  # load the model outside the clock
    done, started = 0, time.perf_counter()
    while time.perf_counter() - started < seconds:
        for page in pages:
            extract(page.text)
        done += len(pages)
    return done / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list each error of the tune half")
    parser.add_argument("--seconds", type=float, default=2.0, help="how long to time extraction on the pages")
    parser.add_argument(
        "--rows",
        metavar="FIRST-LAST",
        help="only the pages of these rows of pages.tsv, counted from 1 (a round's pages: 140-181 is the fifth)",
    )
    parser.add_argument(
        "--decision-layer",
        metavar="LANGUAGES",
        help="also score with the learned decision layer on for these languages (en,fr), beside it off",
    )
    parser.add_argument("--tune-only", action="store_true", help="score the tune half only (a round kept unseen)")
    parser.add_argument(
        "--reaching-scorer",
        action="store_true",
        help="count the tune half's labelled furniture cleaning lets through to the scorer, and the claims it removes "
        "(--errors: list them)",
    )
    args = parser.parse_args()
    pages = read_pages()
    if args.rows:
        try:
            pages = pages_of_rows(pages, args.rows)
        except ValueError as error:
            parser.error(str(error))
    if args.tune_only or args.reaching_scorer:
        pages = [page for page in pages if page.split == "tune"]
    if args.reaching_scorer:
        print_furniture_reaching_scorer(pages, args.errors)
        return
    name, classify = plain_baseline()
    runs = [("ours", ours), (f"baseline ({name})", lambda page: baseline_found(page, classify))]
    layer_on = override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=tuple(_languages(args.decision_layer or "")))
    if args.decision_layer:
        runs.insert(1, (f"ours, decision layer on for {args.decision_layer}", layer_on(ours)))
    print("Real news pages (bench/heldout/real): report test; only tune may be looked at")
    for label, finder in runs:
        tallies, errors = evaluate(pages, finder)
        print(label)
        for language in LANGUAGES:
            for split in SPLITS if not args.tune_only else ("tune",):
                print(f"  {language} {split:4s} {tallies[language, split].line(wrong_speakers=split == 'tune')}")
        if args.errors and label == "ours":
            for page in pages:
                if page.split == "tune" and errors[page.name]:
                    print(f"  {page.name}")
                    print("\n".join(errors[page.name]))
    rate = pages_per_second(pages, args.seconds)
    print(f"speed: {rate:.0f} distinct real pages/s in one process ({len(pages)} pages, language detected)")
    if args.decision_layer:
        with layer_on:
            rate = pages_per_second(pages, args.seconds)
        print(f"speed, decision layer on for {args.decision_layer}: {rate:.0f} distinct real pages/s")


def _languages(listed: str) -> list[str]:
    return [language.strip() for language in listed.split(",") if language.strip()]


if __name__ == "__main__":
    main()
