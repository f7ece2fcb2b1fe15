"""Does a learned speaker chooser generalise better than the speaker rules? Grouped cross-validation by page on the
tune half of bench/heldout/real (#16, point 4).

    DEBUG=1 .venv/bin/python bench/learned_speakers.py
    DEBUG=1 .venv/bin/python bench/learned_speakers.py --held-out-rows 1092-1133   # a round no rule pass has read

For each claim the pipeline finds on a tune page, the candidates are: the rules' speaker for its sentence and for the
two sentences before (what the tracker would carry over), and every capitalised name (names.PERSON_MENTION,
names.TITLED_PERSON) in those three sentences, cleaned (names.clean_name) and made whole from the page's names (a
lone "Inman" is the page's "Todd Inman", an acronym the name the page spells it with). Each candidate is described
by where it comes from, where it stands against the reporting verb (before, after, how many words), whether it is
inside a quotation, person or organisation, its length, how often the page names it, the language, whether it is the
rules' answer and, in some variants, the words either side of it. A logistic regression (or boosted trees) scores
the candidates; the best one is the speaker unless none scores above the variant's threshold.

Pages are dealt into the folds of bench/train_on_real_pages.py (a hash of the page name); each page's claims are
scored by a ranker trained without its fold. Which sentences are claims never changes: only their speaker. Printed
beside the rules, in the same run: speakers right among attributed claims found, per language, for all tune pages
and for rows 1-223 and 224-391 (the rules were written from the older rounds' tune pages), speakers given to claims
labelled without one, and the candidates' ceiling (a right candidate among them). A gain counts only if the ranker
has more speakers right than the rules in at least GAIN_CONFIDENCE of BOOTSTRAP resamples of that language's pages and
gives no more speakers to claims labelled without one (the eval counts only attributed claims: a ranker naming a
speaker for every claim would gain there while putting words in people's mouths). The test half is never read.

With --held-out-rows, only the tune pages of these rows are scored, where the rules (written from the tune half's
errors) are out-of-sample too, by a ranker trained on every other tune page; each difference with the rules comes
with its page-resample interval (bench/held_out_rows.py).
"""

import argparse
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real_pages import LANGUAGES, Page, matched_claims, read_pages, same_speaker
from bench.held_out_rows import difference, tune_pages_of_rows
from bench.train_on_real_pages import BOOTSTRAP, FOLDS, GAIN_CONFIDENCE, fold_of
from claims.extraction import extract
from claims.extraction.names import PERSON_MENTION, TITLED_PERSON, clean_name, is_acronym, is_person
from claims.extraction.page_names import NAME_MAX_CHARS, names_on
from claims.extraction.pipeline import scored_spans
from claims.extraction.speakers import speakers_of
from claims.extraction.verb_patterns import REPORTING_VERB

THRESHOLD = 0.5
ROUNDS = {"rows 1-223": (1, 223), "rows 224-391": (224, 391)}
SOURCES = ("rule", "rule of previous", "rule of two before", "name", "name in previous", "name two before")
_QUOTES = re.compile(r"[«»“”\"]")


@dataclass
class Claim:
    page: str
    lang: str
    row: int
    labelled: str  # the labelled speaker, "" when the claim has none
    rules: str
    candidates: list[tuple[str, dict[str, float]]]


def whole(name: str, people: list[str], by_acronym: dict[str, str]) -> str:
    """A shortened name made whole from the page's names: a surname its person, an acronym its organisation."""
    if is_acronym(name) and name in by_acronym:
        return by_acronym[name]
    if " " not in name:
        holders = [person for person in people if person.split()[-1] == name]
        if len(set(holders)) == 1:
            return holders[0]
    return name


def _readings(name: str, names) -> list[tuple[bool, str]]:
    """A name as found, and shortened: without a possessive, each of two people ("Melton and Malone"), and without
    its leading words down to two ("Sheriff Rodney Smith" -> "Rodney Smith"), each made whole from the page."""
    name = re.sub(r"[’']s$", "", name)
    readings = [(False, name)]
    parts = name.split(" and ") if " and " in name else [name]
    for part in parts:
        words = part.split()
        readings += [(True, " ".join(words[cut:])) for cut in range(1 if len(parts) == 1 else 0, len(words) - 1)]
        if len(parts) > 1:
            readings.append((True, part))
    return [(shortened, whole(reading, names.people, names.by_acronym)) for shortened, reading in readings]


def _verb_positions(sentence: str) -> list[int]:
    return [match.start() for match in REPORTING_VERB.finditer(sentence)]


def _features(
    sentence: str, start: int, end: int, offset: int, lang: str, page_text: str, name: str, lexical: bool = True
) -> dict:
    verbs = _verb_positions(sentence)
    words_before = len(sentence[:start].split())
    features = {
        f"in sentence {offset}": 1.0,
        "person": float(is_person(name)),
        "words": min(len(name.split()), 6) / 6,
        "acronym": float(is_acronym(name)),
        "opens the sentence": float(words_before <= 1),
        "inside quotation": float(len(_QUOTES.findall(sentence[:start])) % 2 == 1),
        "sentence has verb": float(bool(verbs)),
        "sentence has quotation": float(bool(_QUOTES.search(sentence))),
        "named on page": math.log1p(page_text.count(name.split()[-1])) / 3,
        f"lang {lang}": 1.0,
    }
    if lexical:
        after = sentence[end:].split()[:2]
        before_words = sentence[:start].split()[-2:]
        features.update({f"word after: {word.lower().strip(',.')}": 1.0 for word in after})
        features.update({f"word before: {word.lower().strip(',.')}": 1.0 for word in before_words})
    if verbs:
        nearest = min(verbs, key=lambda verb: min(abs(verb - start), abs(verb - end)))
        before = end <= nearest
        gap = sentence[end:nearest] if before else sentence[nearest:start]
        distance = len(gap.split())
        features["before verb" if before else "after verb"] = 1.0
        features["verb next to it"] = float(distance <= 2)
        features["words to verb"] = min(distance, 20) / 20
        features["comma between"] = float("," in gap)
    return features


_PRONOUN_OPENING = re.compile(r"^\W*(?i:he|she|il|elle)\b((?:[ \u00a0]+\S+){1,4})")
_SOURCE_PHRASE = re.compile(r"(?i:according to|selon|d['’]après)\b")


def _sentence_features(sentence: str, lang: str) -> dict[str, float]:
    """What the claim's own sentence says of its speaker, whoever the candidate: "He said …", "selon …"."""
    return {
        "claim opens with a pronoun's verb": float(
            bool((opening := _PRONOUN_OPENING.match(sentence)) and REPORTING_VERB.search(opening[1]))
        ),
        "claim names a source": float(bool(_SOURCE_PHRASE.search(sentence))),
        "claim has verb": float(bool(REPORTING_VERB.search(sentence))),
        "claim has quotation": float(bool(_QUOTES.search(sentence))),
        f"lang {lang}": 1.0,
    }


def candidates_of(sentences: list[str], rules: list[str], index: int, lang: str, text: str, names) -> list:
    """Each candidate speaker of sentence `index`, with its features."""
    found: list[tuple[str, dict[str, float]]] = []
    for offset in range(3):
        position = index - offset
        if position < 0:
            break
        sentence = sentences[position]
        if rules[position]:
            found.append((rules[position], {f"source {SOURCES[offset]}": 1.0, f"lang {lang}": 1.0}))
        spans = [(match.start(), match.end(), match.group(0)) for match in PERSON_MENTION.finditer(sentence)]
        spans += [(match.start("name"), match.end("name"), match["name"]) for match in TITLED_PERSON.finditer(sentence)]
        for start, end, raw in spans:
            for shortened, name in _readings(clean_name(None, raw), names):
                if not name or len(name) > NAME_MAX_CHARS or raw.lower() in {"the", "le", "la", "il", "elle"}:
                    continue
                features = _features(sentence, start, end, offset, lang, text, name)
                features[f"source {SOURCES[3 + offset]}"] = 1.0
                features["shortened"] = float(shortened)
                found.append((name, features))
    last = next((position for position in range(index - 3, -1, -1) if rules[position]), None)
    if last is not None:
        found.append((rules[last], {"source last speaker": 1.0, "sentences back": min(index - last, 10) / 10}))
    rule = rules[index]
    own = _sentence_features(sentences[index], lang)
    for name, features in found:
        features.update(own)
        features["the rules' answer"] = float(bool(rule) and same_speaker(name, rule))
        features["rules gave none"] = float(not rule)
    return found


def claims_of(page: Page, row: int) -> list[Claim]:
    spans = scored_spans(page.text)[1]
    sentences = [page.text[start:end] for start, end in spans]
    rules = speakers_of(sentences, page.text, page.lang)  # as extract() gives them: woven French quotations bare
    names = names_on(page.text)
    index_of = {start: index for index, (start, _end) in enumerate(spans)}
    claims = []
    found = extract(page.text, language=page.lang).claims
    for (_start, _end, speaker), number in matched_claims(page, found):
        if number is None or found[number].start not in index_of:
            continue
        match = found[number]
        index = index_of[match.start]
        claims.append(
            Claim(
                page.name,
                page.lang,
                row,
                speaker,
                match.speaker,
                candidates_of(sentences, rules, index, page.lang, page.text, names),
            )
        )
    return claims


@dataclass(frozen=True)
class Variant:
    without: tuple[str, ...] = ()  # features left out
    only_where_rules_give_none: bool = False  # the rules' speaker kept where they give one
    threshold: float = THRESHOLD
    balanced: bool = False  # candidates weighed so that right and wrong ones weigh the same
    lexical: bool = False  # the words either side of the name, learned one by one ("reported", "fait part")
    trees: bool = False  # gradient-boosted trees instead of a logistic regression: interactions learned


_RULES_ANSWER = ("the rules' answer", "rules gave none")
_LEXICAL = ("word after: ", "word before: ")
VARIANTS = {
    "ranker, the rules' answer a feature": Variant(),
    "ranker, the rules' answer no feature": Variant(without=_RULES_ANSWER),
    **{
        f"rules, ranker where they give none, threshold {threshold:g}": Variant(
            only_where_rules_give_none=True, threshold=threshold
        )
        for threshold in (0.1, 0.2)
    },
    **{
        f"rules, ranker where they give none, balanced, threshold {threshold:g}": Variant(
            only_where_rules_give_none=True, threshold=threshold, balanced=True
        )
        for threshold in (0.5, 0.7, 0.9)
    },
    "ranker, the rules' answer a feature, words either side": Variant(lexical=True),
    "ranker, the rules' answer no feature, words either side": Variant(without=_RULES_ANSWER, lexical=True),
    **{
        f"rules, ranker with words either side where they give none, threshold {threshold:g}": Variant(
            only_where_rules_give_none=True, threshold=threshold, lexical=True
        )
        for threshold in (0.1, 0.2)
    },
    "ranker, boosted trees, the rules' answer a feature": Variant(trees=True),
    **{
        f"rules, boosted trees where they give none, threshold {threshold:g}": Variant(
            only_where_rules_give_none=True, threshold=threshold, trees=True
        )
        for threshold in (0.3, 0.5)
    },
}


def _kept(features: dict[str, float], variant: Variant) -> dict[str, float]:
    return {
        name: value
        for name, value in features.items()
        if name not in variant.without and (variant.lexical or not name.startswith(_LEXICAL))
    }


def train(claims: list[Claim], variant: Variant):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows, labels = [], []
    for claim in claims:
        if variant.only_where_rules_give_none and claim.rules:
            continue  # the ranker only ever chooses where the rules give none: it learns there
        for name, features in claim.candidates:
            rows.append(_kept(features, variant))
            labels.append(int(bool(claim.labelled) and same_speaker(name, claim.labelled)))
    vectoriser = DictVectorizer()
    if variant.trees:
        model = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=16).fit(
            vectoriser.fit_transform(rows).toarray(), labels
        )
        return vectoriser, model
    model = LogisticRegression(max_iter=2000, class_weight="balanced" if variant.balanced else None).fit(
        vectoriser.fit_transform(rows), labels
    )
    return vectoriser, model


def choose(claim: Claim, ranker, variant: Variant) -> str:
    if not claim.candidates or (variant.only_where_rules_give_none and claim.rules):
        return claim.rules
    vectoriser, model = ranker
    rows = [_kept(features, variant) for _name, features in claim.candidates]
    scores = model.predict_proba(vectoriser.transform(rows).toarray())[:, 1]
    best = max(range(len(scores)), key=lambda number: scores[number])
    return claim.candidates[best][0] if scores[best] >= variant.threshold else ""


@dataclass
class Score:
    attributed: int = 0
    rules_right: int = 0
    ranker_right: int = 0
    ceiling: int = 0
    unattributed: int = 0
    rules_gave: int = 0
    ranker_gave: int = 0


def score(claims: list[Claim], chosen: dict[int, str]) -> Score:
    total = Score()
    for number, claim in enumerate(claims):
        if claim.labelled:
            total.attributed += 1
            total.rules_right += same_speaker(claim.rules, claim.labelled)
            total.ranker_right += same_speaker(chosen[number], claim.labelled)
            total.ceiling += any(same_speaker(name, claim.labelled) for name, _ in claim.candidates)
        else:
            total.unattributed += 1
            total.rules_gave += bool(claim.rules)
            total.ranker_gave += bool(chosen[number])
    return total


def share_of_resamples_better(claims: list[Claim], chosen: dict[int, str], pages: list[str]) -> float:
    by_page: dict[str, Counter] = {page: Counter() for page in pages}
    for number, claim in enumerate(claims):
        if claim.labelled and claim.page in by_page:
            by_page[claim.page]["gain"] += same_speaker(chosen[number], claim.labelled) - same_speaker(
                claim.rules, claim.labelled
            )
    draw = random.Random(16)
    better = sum(sum(by_page[page]["gain"] for page in draw.choices(pages, k=len(pages))) > 0 for _ in range(BOOTSTRAP))
    return better / BOOTSTRAP


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--held-out-rows",
        metavar="FIRST-LAST",
        help="score only the tune pages of these rows of pages.tsv, the ranker trained on every other tune page",
    )
    args = parser.parse_args()
    pages = read_pages()
    claims = [
        claim for row, page in enumerate(pages, start=1) if page.split == "tune" for claim in claims_of(page, row)
    ]
    if args.held_out_rows:
        held = tune_pages_of_rows(pages, args.held_out_rows)
        print(f"tune half: {len(claims)} claims found; rows {args.held_out_rows}: {len(held)} tune pages held out")
        for variant_name, variant in VARIANTS.items():
            print(variant_name)
            report_held_out(claims, held, held_out(claims, {page.name for page in held}, variant))
        return
    print(f"tune half: {len(claims)} claims found, {FOLDS} folds by page")
    for variant_name, variant in VARIANTS.items():
        print(variant_name)
        report(claims, pages, cross_validated(claims, variant))


def held_out(claims: list[Claim], held: set[str], variant: Variant) -> dict[int, str]:
    """The speaker of each claim of the pages named in `held`, chosen by one ranker trained on every other page."""
    ranker = train([claim for claim in claims if claim.page not in held], variant)
    return {number: choose(claim, ranker, variant) for number, claim in enumerate(claims) if claim.page in held}


def report_held_out(claims: list[Claim], held: list[Page], chosen: dict[int, str]) -> None:
    """Per language, the held-out pages' figures, and the ranker's differences with the rules summed over the pages,
    with their page-resample intervals (a page where the pipeline finds no claim counts as no difference)."""
    for lang in LANGUAGES:
        right = {page.name: 0 for page in held if page.lang == lang}
        given = dict(right)
        part = {number: claims[number] for number in chosen if claims[number].lang == lang}
        total = score(list(part.values()), {index: chosen[number] for index, number in enumerate(part)})
        for number, claim in part.items():
            if claim.labelled:
                gain = same_speaker(chosen[number], claim.labelled) - same_speaker(claim.rules, claim.labelled)
                right[claim.page] += gain
            else:
                given[claim.page] += bool(chosen[number]) - bool(claim.rules)
        print(
            f"  {lang} {len(right)} pages right: rules {total.rules_right}/{total.attributed}, ranker "
            f"{total.ranker_right}/{total.attributed} (ceiling {total.ceiling}); given to claims labelled without: "
            f"rules {total.rules_gave}/{total.unattributed}, ranker {total.ranker_gave}/{total.unattributed}; "
            f"ranker against the rules (95 % of page resamples): right {difference(list(right.values()))}, "
            f"given where none {difference(list(given.values()))}"
        )


def cross_validated(claims: list[Claim], variant: Variant) -> dict[int, str]:
    """Each claim's speaker as chosen by a ranker trained without its page's fold."""
    chosen: dict[int, str] = {}
    for fold in range(FOLDS):
        ranker = train([claim for claim in claims if fold_of(claim.page) != fold], variant)
        for number, claim in enumerate(claims):
            if fold_of(claim.page) == fold:
                chosen[number] = choose(claim, ranker, variant)
    return chosen


def report(claims: list[Claim], pages: list[Page], chosen: dict[int, str]) -> None:
    for lang in LANGUAGES:
        for label, (first, last) in {"all rows": (1, len(pages)), **ROUNDS}.items():
            subset = {n: c for n, c in enumerate(claims) if c.lang == lang and first <= c.row <= last}
            part = [claims[n] for n in subset]
            total = score(part, {i: chosen[n] for i, n in enumerate(subset)})
            names = sorted({claim.page for claim in part})
            share = share_of_resamples_better(claims, chosen, names)
            print(
                f"  {lang} {label:12s} right: rules {total.rules_right}/{total.attributed}, ranker "
                f"{total.ranker_right}/{total.attributed} (ceiling {total.ceiling}); given to claims "
                f"labelled without: rules {total.rules_gave}/{total.unattributed}, ranker "
                f"{total.ranker_gave}/{total.unattributed}; better in {share:.0%} of resamples"
                + (" (a gain)" if share >= GAIN_CONFIDENCE and total.ranker_gave <= total.rules_gave else "")
            )


if __name__ == "__main__":
    main()
