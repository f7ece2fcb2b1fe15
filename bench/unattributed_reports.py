"""Claims that report someone's words but get no speaker, French and English: a count that needs no label (#16).

    DEBUG=1 .venv/bin/python bench/unattributed_reports.py                     # both: tune per cue, test totals
    DEBUG=1 .venv/bin/python bench/unattributed_reports.py --language en       # one language (en or fr)
    DEBUG=1 .venv/bin/python bench/unattributed_reports.py --tune-only --list  # also each tune sentence

Over every claim the extractor gives on the real pages (bench/heldout/real), labelled or not, it counts those that
hold a reporting cue and get no speaker. Each language reads its own cues, taken from a grammar's list of its verbs of
saying, not from any page or error, nor from the extractor's own lists:
- French: each verb in its finite forms before what is said (« a déclaré que », « précise : »), inverted after it
  (« …, a déclaré le ministre », « déclare-t-il », « a-t-il déclaré », « », dit Jeanne »), and the prepositions that
  name a source (« selon », « d'après », « aux yeux de », « Pour Jeanne Roy, … »). A claim counts under every kind of
  cue it holds.
- English: the verbs of reported speech (say, tell, state, announce that, report, add, explain, …) in the forms news
  copy writes them: "according to X", "X was quoted as saying", "in a statement", "X told Y", "X said", '"…," said X',
  "X said that". A claim counts under the first form its sentence shows.
A question, or a negated verb (« n'a pas précisé », "did not say"), holds no cue. Only the tune half is listed; the test
half is printed as totals.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real_pages import LANGUAGES, Page, ours, read_pages

# French. Verbs in -er (their regular forms are built), then the others written out: infinitive, then the third
# persons of the present, the participle, the imperfect and the simple past.
_ER_VERBS = """
    déclarer affirmer indiquer préciser expliquer ajouter souligner annoncer assurer estimer confirmer signaler
    rapporter avancer insister détailler relever noter observer constater déplorer regretter dénoncer accuser
    répliquer lancer témoigner raconter confier glisser marteler rappeler révéler nier avouer résumer commenter
    mentionner
"""
_OTHER_VERBS = {
    "dire": "dit disent dit disait disaient dirent",
    "reconnaître": "reconnaît reconnait reconnaissent reconnu reconnaissait reconnaissaient reconnut",
    "admettre": "admet admettent admis admettait admettaient",
    "démentir": "dément démentent démenti démentait démentaient démentit",
    "soutenir": "soutient soutiennent soutenu soutenait soutenaient soutint",
    "prévenir": "prévient préviennent prévenu prévenait prévenaient prévint",
    "avertir": "avertit avertissent averti avertissait avertissaient",
    "répondre": "répond répondent répondu répondait répondaient répondit",
    "poursuivre": "poursuit poursuivent poursuivi poursuivait poursuivaient poursuivit",
    "conclure": "conclut concluent conclu concluait concluaient",
    "écrire": "écrit écrivent écrit écrivait écrivaient écrivit",
}
# Verbs whose other senses are common ("lance un projet", "relève le défi", "note", "accuse un retard"): they report
# only inverted after what was said, or before « que ».
_ONLY_INVERTED_OR_THAT = {
    "lancer",
    "poursuivre",
    "glisser",
    "confier",
    "relever",
    "noter",
    "observer",
    "avancer",
    "accuser",
    "répondre",
    "conclure",
    "rapporter",
    "annoncer",
    "constater",
    "raconter",
}
_TWO_WORD_VERBS = "faire savoir|faire valoir|faire état"


def _er_forms(infinitive: str) -> list[str]:
    stem = infinitive[:-2]
    present = {"rappeler": "rappelle", "révéler": "révèle", "marteler": "martèle"}.get(infinitive, stem + "e")
    before_a = stem[:-1] + "ç" if stem.endswith("c") else stem
    return [present, present + "nt", stem + "é", before_a + "ait", before_a + "aient", before_a + "a", stem + "èrent"]


def _forms() -> tuple[set[str], set[str], set[str]]:
    """Every form, the participles among them, and the forms of the verbs that report only inverted or before que."""
    forms, participles, narrow = set(), set(), set()
    for verb in _ER_VERBS.split():
        these = _er_forms(verb)
        participles.update(form for form in these if form.endswith("é"))
        forms.update(these)
        narrow.update(these if verb in _ONLY_INVERTED_OR_THAT else [])
    for verb, written in _OTHER_VERBS.items():
        these = written.split()
        participles.add(these[2])
        forms.update(these)
        narrow.update(these if verb in _ONLY_INVERTED_OR_THAT else [])
    return forms, participles, narrow


_ALL, _PARTICIPLES, _NARROW = _forms()
_FORM = "|".join(sorted(_ALL, key=len, reverse=True))
_PARTICIPLE = "|".join(sorted(_PARTICIPLES, key=len, reverse=True))
_AUX = r"(?:a|ont|avait|avaient|aurait|auraient)"
_ADVERB = r"(?:[a-zé]+ment[ \u00a0]+|aussi[ \u00a0]+|encore[ \u00a0]+|déjà[ \u00a0]+|ensuite[ \u00a0]+)?"
_TWO_WORDS = rf"(?:{_AUX}[ \u00a0]+)?(?:fait|font|faisait|faisaient|fit)[ \u00a0]+(?:savoir|valoir|état)"
_FR_VERB = rf"(?:{_AUX}[ \u00a0]+{_ADVERB}(?:{_PARTICIPLE})|(?:{_FORM})|{_TWO_WORDS})(?![\w’'‑-])"
_FR_NEGATED = re.compile(r"(?<![\w’'])(?:ne[ \u00a0]+|n[’'])(?:[\w’'‑-]+[ \u00a0]+){0,2}$", re.IGNORECASE)

CUES = {
    "inverted pronoun": re.compile(
        rf"(?<![\w’'])(?i:(?:{_FORM})(?:-t)?-(?:il|elle|ils|elles)|{_AUX}-t-(?:il|elle)[ \u00a0]+(?:{_PARTICIPLE}))"
        r"(?![\w’'‑-])"
    ),
    "after what was said": re.compile(rf"(?:[,»”\"][ \u00a0]*)(?i:{_FR_VERB})[ \u00a0]+(?!que?\b|qu[’'])"),
    "before what is said": re.compile(
        rf"(?<![\w’'‑-])(?P<verb>(?i:{_FR_VERB}))(?:[^.,;:«»\"?!]{{0,40}}?[ \u00a0](?:que|qu[’'])|[ \u00a0]*:)"
    ),
    "selon": re.compile(r"(?<![\w’'])(?i:selon)[ \u00a0]+(?!moi\b|nous\b)"),
    "d'après": re.compile(r"(?<![\w’'])(?i:d[’']après)[ \u00a0]+(?!moi\b|nous\b)"),
    "aux yeux de": re.compile(r"(?<![\w’'])(?i:aux[ \u00a0]+yeux[ \u00a0]+d)"),
    "pour X,": re.compile(
        r"(?:^|[,;][ \u00a0]*)Pour[ \u00a0]+(?:l[’']|le[ \u00a0]+|la[ \u00a0]+)?[A-ZÀ-Ý][\w’'‑. -]{0,50}?,"
    ),
}


def cues_in(sentence: str) -> list[str]:
    """The kinds of reporting cue the sentence holds: none for a question; a negated verb is no cue."""
    if sentence.rstrip().rstrip('»”" \u00a0').endswith("?"):
        return []
    kinds = []
    for kind, cue in CUES.items():
        for found in cue.finditer(sentence):
            verb = found.groupdict().get("verb")
            if verb and verb.split()[-1].lower() in _NARROW and not re.search(r"qu[e’']", found.group(0)):
                continue  # "a lancé : …" no; "a lancé un appel" neither
            opening = found.start() + len(found.group(0)) - len(found.group(0).lstrip(',»”" \u00a0'))
            if _FR_NEGATED.search(sentence, 0, opening) and kind not in ("selon", "d'après"):
                continue
            kinds.append(kind)
            break
    return kinds


# English. Verbs of reported speech as grammars list them, with the forms that report in the past or the present.
_REPORTING_VERBS = """
    said says told tells stated states announced announces reported reports added adds explained explains noted notes
    claimed claims alleged alleges insisted insists argued argues maintained maintains confirmed confirms denied denies
    admitted admits acknowledged acknowledges warned warns revealed reveals disclosed discloses estimated estimates
    testified testifies wrote writes tweeted tweets posted posts indicated indicates stressed stresses emphasised
    emphasises emphasized emphasizes declared declares asserted asserts replied replies responded responds
    suggested suggests commented comments remarked remarks observed observes conceded concedes contended contends
    predicted predicts promised promises reiterated reiterates recalled recalls mentioned mentions
"""
_EN_VERB = "(?:" + "|".join(sorted(_REPORTING_VERBS.split(), key=len, reverse=True)) + r"|point(?:ed|s)[ \u00a0]+out)"
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
    ("verb that", re.compile(rf"(?<![\w’']){_EN_VERB}[ \u00a0]+that(?![\w’'])")),
    ("said X", re.compile(rf"[,”\"’][ \u00a0]*{_EN_VERB}[ \u00a0]+(?:{_PRONOUNS}|[A-Z][\w’'.-]*|the|a|an)(?![\w’'])")),
    (
        "X said",
        re.compile(
            rf"(?<![\w’']){_SUBJECT_END}(?<!\bis|\bbe)(?<!\bwas|\bare)(?<!\bwere|\bbeen)[ \u00a0]+"
            rf"(?:(?:also|later|then|had|has|have)[ \u00a0]+)?{_EN_VERB}(?![\w’'])(?:{_NOT_AN_ACT})"
        ),
    ),
)
# A verb negated ("did not say", "has never stated", "declined to confirm") or asked about reports nothing.
_EN_NEGATED = re.compile(
    rf"(?<![\w’'])(?:not|n[’']t|never|declined[ \u00a0]+to|refused[ \u00a0]+to)[ \u00a0]+"
    rf"(?:[a-z]+[ \u00a0]+)?(?:say|tell|state|confirm|comment|{_EN_VERB})(?![\w’'])"
)


def reporting_form(sentence: str) -> str:
    """The first form of report the sentence shows ("" if none, or if it is a question or its verb is negated)."""
    if sentence.rstrip(' \u00a0"”’)').endswith("?") or _EN_NEGATED.search(sentence):
        return ""
    return next((form for form, pattern in FORMS if pattern.search(sentence)), "")


def kinds_of(sentence: str, lang: str) -> list[str]:
    """The kinds of reporting cue a sentence holds in its language (French: every kind; English: the first form)."""
    if lang == "fr":
        return cues_in(sentence)
    form = reporting_form(sentence)
    return [form] if form else []


def unattributed_reports(
    pages: list[Page], lang: str, extract_page=ours
) -> dict[str, tuple[Counter, list[tuple[str, str, list[str]]]]]:
    """Per split: how many claims of `lang` with no speaker hold each kind of cue (and "claims" in all), and those
    claims as (page, sentence, kinds)."""
    per_split: dict[str, tuple[Counter, list]] = {}
    for page in pages:
        if page.lang != lang:
            continue
        counts, listed = per_split.setdefault(page.split, (Counter(), []))
        for claim in extract_page(page):
            kinds = kinds_of(claim.text, lang) if not claim.speaker else []
            if kinds:
                counts.update(kinds)
                counts["claims"] += 1
                listed.append((page.name, claim.text, kinds))
    return per_split


KINDS = {"fr": list(CUES), "en": [form for form, _ in FORMS]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=[*LANGUAGES, "both"], default="both", help="the pages' language")
    parser.add_argument("--tune-only", action="store_true", help="the tune half only")
    parser.add_argument("--list", action="store_true", help="list each tune sentence (with --tune-only)")
    args = parser.parse_args()
    languages = LANGUAGES if args.language == "both" else (args.language,)
    pages = [page for page in read_pages() if page.split == "tune" or not args.tune_only]
    for lang in languages:
        per_split = unattributed_reports(pages, lang)
        tune_counts, tune_listed = per_split.get("tune", (Counter(), []))
        print(f"{lang} tune: {tune_counts['claims']} claims with a reporting cue and no speaker")
        for kind in KINDS[lang]:
            print(f"  {kind}: {tune_counts[kind]}")
        for name, text, kinds in tune_listed if args.list and args.tune_only else ():
            print(f"  {name} [{', '.join(kinds)}] {text}")
        if "test" in per_split:  # the test half as a total alone
            print(f"{lang} test: {per_split['test'][0]['claims']} claims with a reporting cue and no speaker")


if __name__ == "__main__":
    main()
