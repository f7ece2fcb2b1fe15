"""Check-worthiness on held-out news material the model never saw: bench/heldout (see its README).

    DEBUG=1 .venv/bin/python bench/eval_heldout.py
    DEBUG=1 .venv/bin/python bench/eval_heldout.py --sets news news2   # also the second sentence set
    DEBUG=1 .venv/bin/python bench/eval_heldout.py --sets news2 --no-pages --errors   # misclassified tune sentences
    DEBUG=1 .venv/bin/python bench/eval_heldout.py --pages pages pages2   # also the second pair of pages

Prints positive-class precision, recall and F1 per language for the sentences (the `test` split is the figure to
report; `tune` is what adjustments may look at), then for each page the claims found against those expected and
how many pieces of page furniture leaked into any extracted sentence.
"""

import argparse
import csv
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-use-0123456789")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402

from claims.extraction import extract  # noqa: E402
from claims.extraction.model import score  # noqa: E402

HELDOUT = REPO / "bench" / "heldout"
LANGUAGES = ("en", "fr")
SPLITS = ("test", "tune")


def precision_recall_f1(predicted: list[bool], actual: list[bool]) -> tuple[float, float, float]:
    true_positives = sum(p and a for p, a in zip(predicted, actual, strict=True))
    precision = true_positives / sum(predicted) if any(predicted) else 0.0
    recall = true_positives / sum(actual) if any(actual) else 0.0
    f1 = 2 * true_positives / (sum(predicted) + sum(actual)) if any(predicted) or any(actual) else 0.0
    return precision, recall, f1


def read_sentences(language: str, name: str = "news") -> list[dict[str, str]]:
    with (HELDOUT / f"{name}-{language}.tsv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def sentence_report(language: str, threshold: float, name: str = "news", errors: bool = False) -> str:
    rows = read_sentences(language, name)
    parts, wrong = [], []
    for split in SPLITS:
        chosen = [row for row in rows if row["split"] == split]
        predicted = [score(row["text"], language)[0] >= threshold for row in chosen]
        actual = [row["label"] == "1" for row in chosen]
        precision, recall, f1 = precision_recall_f1(predicted, actual)
        parts.append(f"{split} P {precision:.2f} R {recall:.2f} F1 {f1:.2f} (n={len(chosen)})")
        if errors and split == "tune":  # only the tune half may be looked at
            wrong += [
                f"    tune {'missed' if is_claim else 'false claim'}: {row['text']}"
                for row, said, is_claim in zip(chosen, predicted, actual, strict=True)
                if said != is_claim
            ]
    prefix = f"{language}  " if name == "news" else f"{name}-{language}  "
    return "\n".join([prefix + "   ".join(parts), *wrong])


def page_report(page: Path, threshold: float) -> str:
    with page.with_suffix(".expected.tsv").open(encoding="utf-8", newline="") as handle:
        expected = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    claim_openings = [row["text"] for row in expected if row["kind"] == "claim"]
    clutter = [row["text"] for row in expected if row["kind"] == "clutter"]
    result = extract(page.read_text(encoding="utf-8"), threshold=threshold)
    found = [claim.text for claim in result.claims]
    true_positives = sum(any(text.startswith(opening) for text in found) for opening in claim_openings)
    precision = true_positives / len(found) if found else 0.0
    recall = true_positives / len(claim_openings)
    f1 = 2 * true_positives / (len(found) + len(claim_openings))
    extracted = [sentence.text for sentence in result.claims + result.candidates]
    leaked = [piece for piece in clutter if any(piece in text for text in extracted)]
    leaked_as_claims = [piece for piece in clutter if any(piece in text for text in found)]
    unexpected = [text for text in found if not any(text.startswith(opening) for opening in claim_openings)]
    missed = [opening for opening in claim_openings if not any(text.startswith(opening) for text in found)]
    lines = [
        f"{page.stem} ({result.language}): claims P {precision:.2f} R {recall:.2f} F1 {f1:.2f} "
        f"({true_positives}/{len(claim_openings)} expected, {len(found)} extracted); "
        f"clutter leaked into sentences {len(leaked)}/{len(clutter)}, into claims {len(leaked_as_claims)}"
    ]
    lines += [f"    unexpected claim: {text}" for text in unexpected]
    lines += [f"    missed claim: {opening}" for opening in missed]
    lines += [f"    leaked clutter: {piece}" for piece in leaked]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["news"], help="sentence sets: news (default), news2")
    parser.add_argument("--no-pages", action="store_true", help="skip the pages")
    parser.add_argument("--pages", nargs="+", default=["pages"], help="page folders: pages (default), pages2")
    parser.add_argument("--errors", action="store_true", help="list the misclassified sentences of the tune half")
    args = parser.parse_args()
    threshold = settings.FACTCHECK_CLAIM_THRESHOLD
    print(f"Held-out sentences, positive-class figures at threshold {threshold:g} (report test; tune was looked at)")
    for name in args.sets:
        for language in LANGUAGES:
            print(sentence_report(language, threshold, name, args.errors))
    if args.no_pages:
        return
    print("Held-out pages")
    for folder in args.pages:
        for page in sorted((HELDOUT / folder).glob("*.txt")):
            print(page_report(page, threshold))


if __name__ == "__main__":
    main()
