"""French claims that report someone's words but get no speaker: a count that needs no label.

    DEBUG=1 .venv/bin/python bench/unattributed_reports.py                     # tune per form, test as totals
    DEBUG=1 .venv/bin/python bench/unattributed_reports.py --tune-only --list  # also each tune sentence

Over every French claim the extractor gives on the real pages (bench/heldout/real), labelled or not, it counts those
that hold a reporting cue and get no speaker. The cues come from a grammar's list of French verbs of saying, not from
any page or error: each verb in its finite forms before what is said (« a déclaré que », « précise : »), inverted after
it (« …, a déclaré le ministre », « déclare-t-il », « a-t-il déclaré », « », dit Jeanne »), and the prepositions that
name a source (« selon », « d'après », « aux yeux de », « Pour Jeanne Roy, … »). A question, or a negated verb (« n'a
pas précisé »), holds no cue. Only the tune half is listed; the test half is printed as totals.
"""

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real_pages import ours, read_pages

# Verbs in -er (their regular forms are built), then the others written out: infinitive, then the third persons of the
# present, the participle, the imperfect and the simple past.
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
_VERB = rf"(?:{_AUX}[ \u00a0]+{_ADVERB}(?:{_PARTICIPLE})|(?:{_FORM})|{_TWO_WORDS})(?![\w’'‑-])"
_NEGATED = re.compile(r"(?<![\w’'])(?:ne[ \u00a0]+|n[’'])(?:[\w’'‑-]+[ \u00a0]+){0,2}$", re.IGNORECASE)

CUES = {
    "inverted pronoun": re.compile(
        rf"(?<![\w’'])(?i:(?:{_FORM})(?:-t)?-(?:il|elle|ils|elles)|{_AUX}-t-(?:il|elle)[ \u00a0]+(?:{_PARTICIPLE}))"
        r"(?![\w’'‑-])"
    ),
    "after what was said": re.compile(rf"(?:[,»”\"][ \u00a0]*)(?i:{_VERB})[ \u00a0]+(?!que?\b|qu[’'])"),
    "before what is said": re.compile(
        rf"(?<![\w’'‑-])(?P<verb>(?i:{_VERB}))(?:[^.,;:«»\"?!]{{0,40}}?[ \u00a0](?:que|qu[’'])|[ \u00a0]*:)"
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
            if _NEGATED.search(sentence, 0, opening) and kind not in ("selon", "d'après"):
                continue
            kinds.append(kind)
            break
    return kinds


def unattributed_reports(pages) -> dict[str, tuple[Counter, list[tuple[str, str, list[str]]]]]:
    """Per split: how many French claims with no speaker hold each cue (and in all), and those claims."""
    per_split: dict[str, tuple[Counter, list]] = {}
    for page in pages:
        if page.lang != "fr":
            continue
        counts, listed = per_split.setdefault(page.split, (Counter(), []))
        for claim in ours(page):
            kinds = cues_in(claim.text) if not claim.speaker else []
            if kinds:
                counts.update(kinds)
                counts["claims"] += 1
                listed.append((page.name, claim.text, kinds))
    return per_split


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune-only", action="store_true", help="the tune half only")
    parser.add_argument("--list", action="store_true", help="list each tune sentence (with --tune-only)")
    args = parser.parse_args()
    pages = [page for page in read_pages() if page.split == "tune" or not args.tune_only]
    per_split = unattributed_reports(pages)
    tune_counts, tune_listed = per_split.get("tune", (Counter(), []))
    print(f"fr tune: {tune_counts['claims']} claims with a reporting cue and no speaker")
    for kind in CUES:
        print(f"  {kind}: {tune_counts[kind]}")
    if "test" in per_split:
        print(f"fr test: {per_split['test'][0]['claims']} claims with a reporting cue and no speaker")
    if args.list and args.tune_only:
        for name, text, kinds in tune_listed:
            print(f"  {name} [{', '.join(kinds)}] {text}")


if __name__ == "__main__":
    main()
