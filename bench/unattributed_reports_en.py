"""English claims that report someone's words yet get no speaker, counted without labels on real pages (#16).

    DEBUG=1 .venv/bin/python bench/unattributed_reports_en.py                       # counts per form, tune and test
    DEBUG=1 .venv/bin/python bench/unattributed_reports_en.py --tune-only --list    # also each tune sentence

Every English claim the extractor gives (not only the labelled ones) is read: one whose sentence holds a reporting
cue and that has no speaker is counted, under the first form its sentence shows. The cues are the English reporting
verbs as a grammar of reported speech lists them (say, tell, state, announce that, report, add, explain, …), taken
whole from such a list, not from the extractor's errors or its own lists, in the forms news copy writes them:
"according to X", "X was quoted as saying", "in a statement", "X told Y", "X said", '"…," said X', "X said that".
A question or a negated verb ("did not say") reports nothing and is left out. French has its own reporting forms and
would get its own readers beside these; the count below is English only.
Only the tune half's sentences may be listed; the test half is printed as totals.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real_pages import SPLITS, Page, ours, read_pages

# Verbs of reported speech as grammars list them, with the forms that report in the past or the present.
_REPORTING_VERBS = """
    said says told tells stated states announced announces reported reports added adds explained explains noted notes
    claimed claims alleged alleges insisted insists argued argues maintained maintains confirmed confirms denied denies
    admitted admits acknowledged acknowledges warned warns revealed reveals disclosed discloses estimated estimates
    testified testifies wrote writes tweeted tweets posted posts indicated indicates stressed stresses emphasised
    emphasises emphasized emphasizes declared declares asserted asserts replied replies responded responds
    suggested suggests commented comments remarked remarks observed observes conceded concedes contended contends
    predicted predicts promised promises reiterated reiterates recalled recalls mentioned mentions
"""
_VERB = "(?:" + "|".join(sorted(_REPORTING_VERBS.split(), key=len, reverse=True)) + r"|point(?:ed|s)[ \u00a0]+out)"
# Only "say" and "tell" report before a noun phrase: "X announced a plan", "X posted a profit" are acts (session 9).
_NOT_AN_ACT = r"(?<=said|says|told)|(?<=tells)|(?![ \u00a0]+(?:a|an|the|its|his|her|their)[ \u00a0])"
_PRONOUNS = r"(?:he|she|they|we|I|it|He|She|They|We|It)"
# What may stand just before a reporting verb as its subject: a pronoun, a capitalised word, a noun after a
# determiner ("the ministry said", "a spokesman says") or a bare noun opening a clause ("…, officials said").
_SUBJECT_END = (
    rf"(?:{_PRONOUNS}|[A-Z][\w’'.-]*|(?<=,[ \u00a0])[a-z][\w’'-]*"
    rf"|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[\w’'-]+[ \u00a0]+){{0,2}}[a-z][\w’'-]*(?<!ly))"
)
FORMS = (
    ("according to", re.compile(r"(?<![\w’'])[Aa]ccording[ \u00a0]+to(?![\w’'])")),
    ("quoted", re.compile(r"(?<![\w’'])(?:quoted[ \u00a0]+as[ \u00a0]+saying|(?:was|were|is|are)[ \u00a0]+quoted)\b")),
    (
        "in a statement",
        re.compile(
            r"(?<![\w’'])[Ii]n[ \u00a0]+a[ \u00a0]+(?:(?:written|joint|brief)[ \u00a0]+)?"
            r"(?:statement|news[ \u00a0]+release|press[ \u00a0]+release)\b"
        ),
    ),
    ("X told Y", re.compile(r"(?<![\w’'])(?:told|tells)[ \u00a0]+(?!that\b)[\w’'-]+")),
    ("verb that", re.compile(rf"(?<![\w’']){_VERB}[ \u00a0]+that(?![\w’'])")),
    ("said X", re.compile(rf"[,”\"’][ \u00a0]*{_VERB}[ \u00a0]+(?:{_PRONOUNS}|[A-Z][\w’'.-]*|the|a|an)(?![\w’'])")),
    (
        "X said",
        re.compile(
            rf"(?<![\w’']){_SUBJECT_END}(?<!\bis|\bbe)(?<!\bwas|\bare)(?<!\bwere|\bbeen)[ \u00a0]+"
            rf"(?:(?:also|later|then|had|has|have)[ \u00a0]+)?{_VERB}(?![\w’'])(?:{_NOT_AN_ACT})"
        ),
    ),
)
# A verb negated ("did not say", "has never stated", "declined to confirm") or asked about reports nothing.
_NEGATED = re.compile(
    rf"(?<![\w’'])(?:not|n[’']t|never|declined[ \u00a0]+to|refused[ \u00a0]+to)[ \u00a0]+"
    rf"(?:[a-z]+[ \u00a0]+)?(?:say|tell|state|confirm|comment|{_VERB})(?![\w’'])"
)


def reporting_form(sentence: str) -> str:
    """The first form of report the sentence shows ("" if none, or if it is a question or its verb is negated)."""
    if sentence.rstrip(' \u00a0"”’)').endswith("?") or _NEGATED.search(sentence):
        return ""
    return next((form for form, pattern in FORMS if pattern.search(sentence)), "")


def unattributed_reports(page: Page) -> list[tuple[str, str]]:
    """(form, sentence) for each claim of an English page that reports someone's words and has no speaker."""
    if page.lang != "en":
        return []
    reports = [(reporting_form(claim.text), claim.text) for claim in ours(page) if not claim.speaker]
    return [(form, sentence) for form, sentence in reports if form]


def report_counts(pages: list[Page], listed: list[str] | None = None) -> Counter:
    """How many such claims, by (split, form); each tune one is also written to `listed` if given."""
    counts: Counter = Counter()
    for page in pages:
        for form, sentence in unattributed_reports(page):
            counts[page.split, form] += 1
            if listed is not None and page.split == "tune":
                listed.append(f"{page.name}\t{form}\t{sentence}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune-only", action="store_true", help="read the tune half alone")
    parser.add_argument("--list", action="store_true", help="list each tune sentence counted (with --tune-only)")
    args = parser.parse_args()
    pages = [page for page in read_pages() if page.lang == "en" and (page.split == "tune" or not args.tune_only)]
    listed: list[str] = []
    counts = report_counts(pages, listed if args.list and args.tune_only else None)
    print("\n".join(listed))
    print(
        "en tune "
        + ", ".join(f"{form} {counts['tune', form]}" for form, _ in FORMS)
        + f"; total {sum(counts['tune', form] for form, _ in FORMS)}"
    )
    for split in SPLITS if not args.tune_only else ():
        if split != "tune":  # the test half as a total alone
            print(f"en {split} total {sum(counts[split, form] for form, _ in FORMS)}")


if __name__ == "__main__":
    main()
