"""Check bench/heldout/real: every page listed exists, every labelled sentence is in its page, splits follow the rule.

    python3 bench/heldout/real/check_labels.py

Standard library only. Exits non-zero on any error; prints counts per language, split and kind, and label counts.
It scores nothing: it never imports or runs the extractor.
"""

import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = {"en", "fr"}
KINDS = {"agency", "regional", "government", "video", "liveblog", "opinion", "national"}
LABELS = {"claim", "furniture"}


def read_tsv(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (HERE / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return list(reader.fieldnames or []), list(reader)


def split_of(url: str) -> str:
    return "test" if int(hashlib.sha256(url.encode()).hexdigest(), 16) % 2 else "tune"


def main() -> int:
    errors, warnings = [], []
    page_fields, pages = read_tsv("pages.tsv")
    label_fields, labels = read_tsv("labels.tsv")
    if page_fields != ["file", "lang", "url", "kind", "split"]:
        errors.append(f"pages.tsv columns are {page_fields}")
    if label_fields != ["file", "label", "speaker", "sentence"]:
        errors.append(f"labels.tsv columns are {label_fields}")

    texts, meta = {}, {}
    urls = Counter(page["url"] for page in pages)
    for page in pages:
        name = page["file"]
        if name in meta:
            errors.append(f"{name}: listed twice in pages.tsv")
        meta[name] = page
        path = HERE / name
        if not path.is_file():
            errors.append(f"{name}: file missing")
            continue
        texts[name] = path.read_text(encoding="utf-8")
        if page["lang"] not in LANGUAGES:
            errors.append(f"{name}: lang {page['lang']!r}")
        if not Path(name).name.startswith(page["lang"] + "-"):
            errors.append(f"{name}: file name does not start with its language")
        if page["kind"] not in KINDS:
            errors.append(f"{name}: kind {page['kind']!r}")
        if page["split"] != split_of(page["url"]):
            errors.append(f"{name}: split {page['split']} but the URL hash says {split_of(page['url'])}")
        if urls[page["url"]] > 1:
            errors.append(f"{name}: URL listed more than once")
    on_disk = {f"pages/{path.name}" for path in (HERE / "pages").glob("*.txt")}
    for name in sorted(on_disk - set(meta)):
        errors.append(f"{name}: on disk but not in pages.tsv")

    claims_by_page: dict[str, list[str]] = {}
    seen = set()
    for number, row in enumerate(labels, start=2):
        name, label, sentence = row["file"], row["label"], row["sentence"]
        where = f"labels.tsv line {number} ({name})"
        if name not in meta:
            errors.append(f"{where}: page not in pages.tsv")
            continue
        if label not in LABELS:
            errors.append(f"{where}: label {label!r}")
        if not sentence or sentence != sentence.strip():
            errors.append(f"{where}: empty sentence or surrounding whitespace")
        if name in texts and sentence not in texts[name]:
            errors.append(f"{where}: sentence not found in the page: {sentence[:80]!r}")
        if label == "furniture" and row["speaker"]:
            errors.append(f"{where}: furniture with a speaker")
        if (name, sentence) in seen:
            errors.append(f"{where}: labelled twice")
        seen.add((name, sentence))
        if label == "claim":
            claims_by_page.setdefault(name, []).append(sentence)
    for row in labels:
        if row["label"] == "furniture":
            for claim in claims_by_page.get(row["file"], []):
                if row["sentence"] in claim:
                    warnings.append(f"{row['file']}: furniture {row['sentence']!r} occurs inside a claim sentence")

    for message in warnings:
        print("warning:", message)
    for message in errors:
        print("ERROR:", message)

    print(f"\n{len(pages)} pages, {len(labels)} labelled sentences")
    by_lang_split = Counter((page["lang"], page["split"]) for page in pages)
    by_lang_kind = Counter((page["lang"], page["kind"]) for page in pages)
    label_counts = Counter(
        (meta[row["file"]]["lang"], meta[row["file"]]["split"], row["label"]) for row in labels if row["file"] in meta
    )
    for lang in sorted(LANGUAGES):
        print(f"\n{lang}: {sum(n for (page_lang, _), n in by_lang_split.items() if page_lang == lang)} pages")
        for split in ("tune", "test"):
            print(
                f"  {split}: {by_lang_split[(lang, split)]} pages, "
                f"{label_counts[(lang, split, 'claim')]} claims, "
                f"{label_counts[(lang, split, 'furniture')]} furniture"
            )
        print("  kinds: " + ", ".join(f"{kind} {by_lang_kind[(lang, kind)]}" for kind in sorted(KINDS)))
    with_speaker = sum(1 for row in labels if row["label"] == "claim" and row["speaker"])
    claims = sum(1 for row in labels if row["label"] == "claim")
    print(f"\nclaims with a named speaker: {with_speaker} of {claims}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
