"""Properties every speaker the extractor gives should have, checked without labels on real pages (#16, point 4).

    DEBUG=1 .venv/bin/python bench/speaker_properties.py                 # counts per check and language, tune and test
    DEBUG=1 .venv/bin/python bench/speaker_properties.py --tune-only --list   # also each flagged tune sentence

Every extracted claim that has a speaker is read where its speaker is written in the claim's sentence (a speaker
carried from elsewhere, or a full name the page gave earlier, is not read). Three checks:
- fragment: the speaker is a proper part of a longer name as written: the capitalised words just before or after it
  continue the same name ("Wayne" where "Wayne Munroe" stands, "England" out of "the Bank of England"). A title and
  its domain before a name are left out on purpose ("Sheriff Rodney Smith", "le ministre de l'Intérieur Jean Dupont"),
  and so are honours ("Mr", "Dr") and a sentence's first word capitalised only because it opens the sentence;
- place: the speaker is a place that only locates someone or something: it stands after "of", "in", "at", « de »,
  « à » (perhaps after a town and a comma: "Jane Doe of Austin, Texas said");
- title word: the speaker starts or ends with a word of a title or office that another holds ("Security Wayne Munroe"
  out of "Minister of National Security Wayne Munroe", "Director Jane Doe" out of "Regional Director Jane Doe").
Only the tune half's sentences may be listed; the test half is printed as totals.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real_pages import LANGUAGES, REAL, SPLITS, Page, ours, read_pages
from claims.extraction.titles import is_title_word

CHECKS = ("fragment", "place", "title word")
REAL_PAGES_PRESENT = (REAL / "pages.tsv").exists()
_HEAD_CHARS = 200  # what is read before a speaker: longer than a title, its domain and a town
_ARTICLE = re.compile(r"^(?:the|The|le|Le|la|La|les|Les|l[’']|L[’'])[ \u00a0]*")
_ELISION = re.compile(r"^(?:[dlDL][’'])")
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞŒ][\w’'‑.-]*")
# Words inside a name or a title's domain: "Bank of England", "Minister for Health", « ministre de la Santé ».
_LINKS = frozenset(["of", "for", "and", "to", "the", "et", "de", "du", "des", "la", "le", "l’", "l'", "d’", "d'"])
_NAME_LINKS = frozenset(["of", "for", "de", "du", "des"])  # what joins a name's parts just before a speaker
_POST_NOMINALS = frozenset(["MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "OBE", "MBE", "CBE", "Jr", "Jr.", "Sr", "Sr."])
_DAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])


def _is_title(word: str) -> bool:
    """A title or an honour, English or French ("Minister", « ministre », "Dr.")."""
    return is_title_word(word.strip("(),;:"))


def _continues_name(word: str) -> bool:
    """Whether a word written next to a name could be part of it: capitalised, no punctuation closing it."""
    word = _ELISION.sub("", word)
    return bool(_CAPITALISED.fullmatch(word)) and not word.endswith(("’s", "'s", "."))


def _occurrences(sentence: str, name: str) -> list[int]:
    return [found.start() for found in re.finditer(rf"(?<![\w’'‑-]){re.escape(name)}(?![\w‑-])", sentence)]


def _words_before(sentence: str, start: int) -> list[str]:
    """The words before `start` as far as punctuation, nearest first."""
    head = sentence[max(0, start - _HEAD_CHARS) : start]
    if head and not head[-1].isspace():
        return []
    clause = re.split(r"[,;:()\"“”«»—–\n]|[.!?][ \u00a0]", head)[-1]  # a sentence's end too, on a page
    return list(reversed(re.split(r"[ \u00a0]+", clause.strip())))


def _left_is_fragment(sentence: str, start: int, lower_case_words: set[str]) -> tuple[bool, bool]:
    """(whether a name goes on to the left of `start`, whether a title's domain ends there): the capitalised words
    before a speaker, walked back over links, either reach a title (its domain, left out on purpose) or end without
    one (a fragment). An article, an acronym (a rank, "CEO", an agency heard by the speaker) or a possessive before
    the speaker opens no longer name, nor does a sentence's first word the pages write in lower case elsewhere."""
    words = [word for word in _words_before(sentence, start) if word]
    if words and words[0] in _NAME_LINKS and len(words) > 1:
        words = words[1:]  # "the Bank of England": "England" is a part of the bank's name
    if not words or not _continues_name(words[0]) or _is_title(words[0]) or _is_acronym(words[0]):
        return False, False
    if _ARTICLE.fullmatch(words[0] + " "):
        return False, False
    passed = []
    for index, word in enumerate(words):
        if _is_title(word):
            return False, True
        follows_title = index + 1 < len(words) and _is_title(words[index + 1])
        if word.lower() in _LINKS or _continues_name(word) or (word.islower() and follows_title):
            passed.append(word)
            continue
        break
    else:
        # the run opens the sentence: its first word may be capitalised only for that ("And Jane Doe said")
        if len(passed) == 1 and passed[0].lower() in lower_case_words | _LINKS:
            return False, False
        if "and" in passed and _domain_before_comma(sentence, start):
            return False, True  # "Minister for Infrastructure, Local Government and Planning Jane Doe": a listed domain
    return True, False


def _domain_before_comma(sentence: str, start: int) -> bool:
    """Whether the clause before `start` follows a comma after a title and a domain's first field ("Minister for
    Infrastructure,"): the list of fields goes on past the comma, up to the name."""
    head = sentence[max(0, start - _HEAD_CHARS) : start]
    before, comma, _ = head.rpartition(",")
    words = list(reversed(before.split()))
    if not comma or len(words) < 3 or not _continues_name(words[0]):
        return False
    linked = next((index for index, word in enumerate(words) if not _continues_name(word)), len(words))
    return linked + 1 < len(words) and words[linked] in _NAME_LINKS and _is_title(words[linked + 1])


def _title_before(sentence: str, start: int) -> bool:
    words = _words_before(sentence, start)
    return bool(words) and _is_title(words[0])


def _is_acronym(word: str) -> bool:
    word = _ELISION.sub("", word).replace(".", "")
    return len(word) > 1 and word.isupper()


def _right_is_fragment(sentence: str, end: int) -> bool:
    """Whether the name goes on after the speaker: "Wayne" where "Wayne Munroe" stands."""
    tail = re.match(r"[ \u00a0]+(\S+)", sentence[end:])
    if not tail:
        return False
    word = tail[1].rstrip(',;:.!?)»”"')
    return _continues_name(word) and word not in _POST_NOMINALS | _DAYS and not _is_title(word)


_LOCATIVE_BEFORE = re.compile(r"(?:^|[ \u00a0])(?:in|near|au|en)[ \u00a0]*$")
# a town, a comma, then the speaker: "of Austin, Texas", "in Joliet, Illinois", « à Lyon, Rhône »
_TOWN_COMMA_BEFORE = re.compile(
    r"(?:^|[ \u00a0])(?P<prep>of|in|at|near|from|de|à)[ \u00a0]+(?:[A-ZÀ-ÖØ-Þ][\w.-]*[ \u00a0]*){1,3},[ \u00a0]*$"
)


def _is_place(sentence: str, start: int, name: str) -> bool:
    """Whether the speaker (one word, or two opening with a compass word) only locates: it stands after "in", or after
    a town and a comma that follow a preposition, no title just before it ("Minister of Public Service, Jane Doe")."""
    words = name.split()
    if not (len(words) == 1 or (len(words) == 2 and words[0] in {"New", "North", "South", "West", "East"})):
        return False
    head = sentence[max(0, start - _HEAD_CHARS) : start]
    if _LOCATIVE_BEFORE.search(head):
        return True
    town = _TOWN_COMMA_BEFORE.search(head)
    return bool(town) and not any(_is_title(word) for word in head[: town.start("prep")].split()[-3:])


def speaker_defects(sentence: str, speaker: str, lower_case_words: set[str], page: str = "") -> set[str]:
    """The checks a speaker fails where it is written in its sentence, or else on its page (a speaker carried from an
    earlier sentence is that sentence's name), every occurrence failing: an empty set when it passes them or is
    written nowhere. `lower_case_words` are words the pages write in lower case somewhere."""
    name = _ARTICLE.sub("", speaker).strip()
    occurrences = _occurrences(sentence, name) if name else []
    if not occurrences and name:
        sentence = page
        occurrences = _occurrences(sentence, name)
    if not occurrences:
        return set()
    failed = []
    words = name.split()
    person_like = len(words) > 1 and name == speaker and name[:1].isupper()  # an organisation keeps its article
    for start in occurrences:
        kinds = set()
        fragment_left, after_domain = _left_is_fragment(sentence, start, lower_case_words)
        # a speaker opening with a title's word continues an office, not a name: counted as a title word below
        if (fragment_left and not _is_title(words[0])) or _right_is_fragment(sentence, start + len(name)):
            kinds.add("fragment")
        if _is_place(sentence, start, name):
            kinds.add("place")
        # "Director Jane Doe", "Security Wayne Munroe" (after "Minister of National"): the title's words, or a domain
        # word the pages also write in lower case, open the speaker
        domain_word = after_domain and len(words) >= 3 and words[0].lower() in lower_case_words
        ends_with_title = _is_title(words[-1]) and words[-2] not in {"Le", "La"} if person_like else False
        # a title before a full name, or a part of a longer office; a title and a surname the page names no further
        # ("Minister Martin") are the person's name as the page gives it
        longer_office = _is_title(words[0]) and (len(words) >= 3 or fragment_left)
        # "Director Prices of the PBS Jane Doe": after a title, a speaker holding a link holds its domain
        # ("Nicolas de Maistre": a French name's particle is no link)
        domain_after_title = _title_before(sentence, start) and bool({"of", "for"} & set(words))
        if person_like and (longer_office or ends_with_title or domain_word or domain_after_title):
            kinds.add("title word")
        failed.append(kinds)
    return set.intersection(*failed)


def _lower_case_words(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w’'-])[a-zà-öø-ÿ][\w’'-]*", text))


def flagged_claims(page: Page, lower_case_words: set[str], extract_page=ours) -> list[tuple[str, str, set[str]]]:
    """(sentence, speaker, failed checks) for each claim of the page whose speaker fails a check."""
    flagged = []
    for claim in extract_page(page):
        if claim.speaker and (kinds := speaker_defects(claim.text, claim.speaker, lower_case_words, page.text)):
            flagged.append((claim.text, claim.speaker, kinds))
    return flagged


def lower_case_words(pages: list[Page]) -> set[str]:
    """The words the pages write in lower case somewhere: common words, which a person's name is seldom made of."""
    return set().union(*(_lower_case_words(page.text) for page in pages))


def property_counts(pages: list[Page], common_words: set[str], extract_page=ours) -> dict[tuple[str, str, str], int]:
    """How many claims fail each check, by (language, split, check)."""
    counts: Counter = Counter()
    for page in pages:
        for _, _, kinds in flagged_claims(page, common_words, extract_page):
            for kind in kinds:
                counts[page.lang, page.split, kind] += 1
    return counts


def _total(counts: dict[tuple[str, str, str], int], split: str, kind: str) -> int:
    return sum(counts[language, split, kind] for language in LANGUAGES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune-only", action="store_true", help="the tune half only")
    parser.add_argument("--list", action="store_true", help="each flagged tune sentence (with --tune-only)")
    args = parser.parse_args()
    every_page = read_pages()
    common_words = lower_case_words(every_page)
    pages = [page for page in every_page if page.split == "tune" or not args.tune_only]
    counts = property_counts(pages, common_words)
    for language in LANGUAGES:
        print(f"  {language} tune " + ", ".join(f"{kind} {counts[language, 'tune', kind]}" for kind in CHECKS))
    for split in SPLITS if not args.tune_only else ("tune",):  # the test half as totals alone
        print(f"  all {split:4s} " + ", ".join(f"{kind} {_total(counts, split, kind)}" for kind in CHECKS))
    if args.list and args.tune_only:
        for page in pages:
            for sentence, speaker, kinds in flagged_claims(page, common_words):
                print(f"  {page.name} [{', '.join(sorted(kinds))}] {speaker!r}: {sentence}")


if __name__ == "__main__":
    main()
