"""Features of one sentence for the check-worthiness model, and the human-readable reasons behind a score.

Two kinds: word n-grams (English only, learned from labeled data) and hand-made linguistic cues with French and
English word lists. The cues carry French, which has no labeled data: the model learns their weights on English,
and the same cue fires on the French equivalent ("according to" / "selon").
"""

import itertools
import re

from claims.extraction.cue_words import CUES, TOKEN
from claims.extraction.french_tenses import FRENCH_AGO, FRENCH_CONDITIONAL, FRENCH_FUTURE
from claims.extraction.month_names import ENGLISH_MONTHS, FRENCH_MONTHS
from claims.extraction.patterns import FIGURE, prefix_tree

# A capital not preceded by a word character. The check comes after the capital so that the search can skip ahead
# to capitals instead of testing every position.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w[A-ZÀ-ÖØ-Þ])[\w‑-]+")
# A year: "(?:1[89]|20)\d\d" between word boundaries; the left one is checked after the match (a look-behind over the
# four digits) so that the search can skip ahead to a 1 or a 2.
_YEAR = re.compile(r"(?:1[89]|20)\d\d\b(?<!\w....)")
# A typographic quotation mark, or a straight-quoted passage of 3 characters or more; written to start on a single
# character class, which the search can skip ahead to.
_QUOTE = re.compile(r"[«»“”\"](?:(?<=\")[^\"]{3,}\"|(?<!\"))")
_MONEY_OR_PERCENT = re.compile(r"[%$€£¥]")
# A day of the month or a clock time is a date, not a quantity that can be checked: "le 12 septembre", "June 14",
# "à 21 h", "10 a.m.". Years are kept (a year often dates a fact). Both patterns start on a digit or a capital, which
# the regex engine can skip to; only sentences with a month or an "h"/"m" token are searched at all (_DATE_WORDS).
_DAY_OR_TIME = re.compile(
    rf"(?<!\d)\d{{1,2}}(?:er|st|nd|rd|th)?(?:\s(?:{prefix_tree(FRENCH_MONTHS + ' ' + ENGLISH_MONTHS)})\b"
    r"|(?:[:.]\d\d)?\s?(?:h\b|[ap]\.?m\b))"
)
# A day of the month with its month ("le 21 mars", "June 14"): not a quantity, but it dates what the sentence states.
_DATE = re.compile(
    rf"(?<!\d)\d{{1,2}}(?:er|st|nd|rd|th)?\s(?:{prefix_tree(FRENCH_MONTHS + ' ' + ENGLISH_MONTHS)})\b"
    rf"|\b(?:{prefix_tree(ENGLISH_MONTHS)})\s\d{{1,2}}(?:st|nd|rd|th)?(?!\d)",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(rf"\b(?:{prefix_tree(ENGLISH_MONTHS)})\s\d{{1,2}}(?:st|nd|rd|th)?(?!\d)")
_DATE_WORDS = frozenset([*f"{FRENCH_MONTHS} {ENGLISH_MONTHS}".lower().split(), "h", "m"])
# A number to call is no quantity either: "en appelant le 18 ou le 112.", "call 999 or 111." (a number ending the
# clause, so that "call 10 witnesses" keeps its figure). Only sentences with one of these verbs are searched.
_PHONE_VERBS = "call calling dial dialling appeler appelant appelez composer composant composez"
_PHONE_NUMBER = re.compile(
    rf"\b(?:{'|'.join(_PHONE_VERBS.split())})\s+(?:(?:le|au|on)\s+)?\d+(?:[ .]\d\d)*"
    r"(?:\s+(?:ou|or)\s+(?:(?:le|au)\s+)?\d+(?:[ .]\d\d)*)*(?=\s*(?:[.,;:!?)\"»”]|$))",
    re.IGNORECASE,
)
_PHONE_WORDS = frozenset(_PHONE_VERBS.split())


# First words of the phrases of two and three words: only there can such a phrase start.
_BIGRAM_STARTS = frozenset(phrase.split()[0] for phrase in CUES if phrase.count(" ") == 1)
_TRIGRAM_STARTS = frozenset(phrase.split()[0] for phrase in CUES if phrase.count(" ") == 2)


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _inflected(participles: str) -> frozenset[str]:
    """French past participles with their feminine and plural forms: "mis" -> "mise", "mises"; "élu" -> "élus"."""
    forms = set()
    for word in participles.split():
        forms.update(
            {word, word + "e", word + "s", word + "es"} if not word.endswith("s") else {word, word + "e", word + "es"}
        )
    return frozenset(forms)


# A verb in a compound past tense ("has risen", "were killed", "a supprimé", "ont été tués") reports an event that
# happened: an auxiliary, at most two adverbs, then a past participle; "ve" is the "have" of "we've closed".
_AUXILIARIES = {"en": _word_set("has have had was were ve"), "fr": _word_set("a ont avait avaient")}
# A charge or an accusation names a past act ("is accused of punching", "charged with biting", « soupçonné d'avoir
# tué »): an alleged event, checked like one reported as done (README, session-8 clarifications).
_CHARGE = re.compile(
    r"\b(?:accused|charged|suspected|convicted)\s+(?:[a-z]+\s+){0,3}?(?:of|with)\s+[a-z]{2,}ing\b"
    r"|\b(?:accusé|soupçonné|condamné)e?s?\s+d['’]avoir\b"
)
_CHARGE_KEYS = ("ccus", "harged", "uspect", "onvict", "onné", "ondamn")
# A French pronominal verb takes "être" in its compound past ("s'est déroulé", "se sont retrouvés"); without the
# reflexive pronoun, "est" + participle is as often a passive present ("est interdit"), so only that form counts.
_ETRE = _word_set("est sont était étaient")
_REFLEXIVE = _word_set("s se")
# The verbs that take "être" without a reflexive pronoun are a closed set of verbs of motion and change of state: with
# their participle, "est" or "était" is a compound past ("est décédée", "est survenu", "sont arrivés"), never a passive.
_ETRE_PARTICIPLES = _inflected(
    "allé venu revenu parvenu intervenu survenu devenu arrivé parti reparti mort né décédé tombé entré rentré sorti "
    "resté retourné"
)
# Words worth a look in the cue loop: those of cue phrases, and the auxiliaries.
_CUE_WORDS = frozenset(word for phrase in CUES for word in phrase.split()).union(*_AUXILIARIES.values(), _ETRE)
_ADVERBS = _word_set(
    """not never also already just since recently previously repeatedly now t n been
    été pas plus jamais déjà aussi également notamment bien ainsi toujours encore finalement"""
)
# French narration sets words off between the auxiliary and the participle: a connector or a stressed pronoun ("ont
# d'ailleurs multiplié", "ont par ailleurs appelé", "a, lui, remporté", "ont eux aussi fait") or an adverb in -ment ("a
# également fortement perturbé"). The pronoun of an inversion ("a-t-elle témoigné", a speech tag) is none of them.
_FRENCH_INSERTIONS = _word_set("d par ailleurs lui eux")
_PARTICIPLE_ENDINGS = {"en": ("ed",), "fr": ("é", "ée", "és", "ées")}
# Participles the ending test misses: irregular ones, -i / -u ones, and -é ones of three letters (« a été tué »).
IRREGULAR_PARTICIPLES = {
    "en": _word_set(
        """risen fallen grown shown known found made paid sold won lost cut hit put set left taken given seen done
        built held led told said spent fell rose grew broke broken brought bought caught thrown driven written had
        become begun chosen forgotten frozen hidden ridden shot struck stolen sent lent met kept"""
    ),
    "fr": _inflected(
        """eu fait dit pris mis écrit ouvert offert mort né pu su vu dû reçu obtenu tenu venu connu battu conclu exclu
        perdu vendu rendu voulu fini choisi réussi saisi servi suivi produit conduit construit détruit atteint
        craint rejoint permis promis admis compris remis repris soumis acquis secouru retenu maintenu détenu
        soutenu interdit élu réélu abattu convaincu parcouru accru disparu apparu paru vécu survécu tué hué"""
    ),
}
_NOT_EVENTS = frozenset({"attribution", "hedged", "opinion", "evaluative", "prospect"})
# Adjectives in -ing that grade rather than act: "has been disappointing" is no action under way.
_ING_ADJECTIVES = _word_set(
    """interesting disappointing encouraging worrying alarming surprising concerning promising challenging exciting
    frustrating overwhelming shocking devastating amazing reassuring damaging misleading confusing embarrassing
    astonishing staggering striking compelling convincing outstanding appalling troubling"""
)
POSITIVE_REASONS = ("quantity", "attribution", "quote", "named_source", "comparison", "causal", "past_event")
NEGATIVE_REASONS = ("hedged", "question", "opinion", "first_person", "too_short", "future", "fear_or_hope", "judgement")
# The cues behind each reason code.
_REASON_OF_CUE = {
    "digits": "quantity",
    "number_word": "quantity",
    "money_or_percent": "quantity",
    "attribution": "attribution",
    "quote": "quote",
    "proper_nouns": "named_source",
    "organisation": "named_source",
    "comparison": "comparison",
    "causal": "causal",
    "past_event": "past_event",
    "allegation": "past_event",
    "hedged": "hedged",
    "conditional": "hedged",
    "question": "question",
    "opinion": "opinion",
    "first_singular": "first_person",
    "length_short": "too_short",
    "future": "future",
    "prospect": "fear_or_hope",
    "appeal": "opinion",
    "evaluative": "judgement",
}
_REASON_ORDER = {code: position for position, code in enumerate((*POSITIVE_REASONS, *NEGATIVE_REASONS))}
SHORT_SENTENCE_WORDS = 6
MAX_CUE_COUNT = 2.0  # two hedges hedge more than one; beyond that it is the same sentence


def tokens(sentence: str) -> list[str]:
    found = TOKEN.findall(sentence.lower())
    if not FIGURE.search(sentence):
        return found  # no number to replace
    return [token if not token[0].isdigit() else "<num>" for token in found]


def cue_features(sentence: str, words: list[str], language: str = "en") -> dict[str, float]:
    """Language-independent cues: word-list cues count occurrences up to MAX_CUE_COUNT, the others are 0/1.

    The same cue has French and English forms; `language` picks the grammar used for tenses (the word lists hold
    both languages).
    """
    matched = []
    auxiliaries = _AUXILIARIES.get(language, _AUXILIARIES["en"])
    past_event = False
    for index, word in enumerate(words):
        if word not in _CUE_WORDS:
            continue  # most words are in no cue phrase, nor an auxiliary
        if not past_event and (
            word in auxiliaries or (language == "fr" and word in _ETRE and index and words[index - 1] in _REFLEXIVE)
        ):
            past_event = participle_follows(words, index + 1, language)
        elif not past_event and language == "fr" and word in _ETRE:
            following = next((after for after in words[index + 1 : index + 4] if after not in _ADVERBS), "")
            past_event = following in _ETRE_PARTICIPLES
        matched.append(_cue_at(words, index))
        if word in _BIGRAM_STARTS and index + 2 <= len(words):
            matched.append(CUES.get(words[index] + " " + words[index + 1]))
        if word in _TRIGRAM_STARTS and index + 3 <= len(words):
            matched.append(CUES.get(" ".join(words[index : index + 3])))
    found: dict[str, float] = {}
    for name in matched:
        if name:
            found[name] = min(found.get(name, 0.0) + 1.0, MAX_CUE_COUNT)
    if past_event or (any(key in sentence for key in _CHARGE_KEYS) and _CHARGE.search(sentence)):
        found["past_event"] = 1.0
    if language == "fr" and ("ra" in sentence or "ront" in sentence) and FRENCH_FUTURE.search(sentence):
        found["future"] = min(found.get("future", 0.0) + 1.0, MAX_CUE_COUNT)
    if language == "fr" and "rai" in sentence and FRENCH_CONDITIONAL.search(sentence):
        found["conditional"] = 1.0
    figures = sentence if _PHONE_WORDS.isdisjoint(words) else _PHONE_NUMBER.sub("", sentence)
    if FIGURE.search(figures) and (
        _DATE_WORDS.isdisjoint(words) or FIGURE.search(_MONTH_DAY.sub("", _DAY_OR_TIME.sub("", figures)))
    ):
        found["digits"] = 1.0
        if _YEAR.search(sentence):
            found["year"] = 1.0
    if language == "fr" and "il y a" in sentence and FRENCH_AGO.search(sentence):
        found["temporal"] = min(found.get("temporal", 0.0) + 1.0, MAX_CUE_COUNT)
    if FIGURE.search(sentence) and not _DATE_WORDS.isdisjoint(words) and _DATE.search(sentence):
        found["date"] = 1.0
    if _MONEY_OR_PERCENT.search(sentence):
        found["money_or_percent"] = 1.0
    if _QUOTE.search(sentence):
        found["quote"] = 1.0
    if sentence.rstrip().rstrip('»”"’) ').endswith("?"):
        found["question"] = 1.0
    if proper_nouns := sum(1 for match in _CAPITALISED.finditer(sentence) if match.start() > 2):
        found["proper_nouns"] = min(proper_nouns, 4) / 4
    if words and CUES.get(words[0]) == "vague_reference":
        found["vague_start"] = 1.0
    length = len(words)
    found["length_" + ("short" if length < SHORT_SENTENCE_WORDS else "medium" if length < 15 else "long")] = 1.0
    return found


# « Important » beside a change or an amount grades its size, not its worth (« une hausse importante de cas », « en
# baisse importante », « une importante quantité de drogue »): a measure, which the opinion cue would count against it.
_MAGNITUDE_WORDS = _word_set("important importante")
_MEASURED_NOUNS = _word_set(
    "hausse hausses baisse baisses augmentation augmentations diminution recul quantité quantités"
)


# « Sens » is the opinion of « je sens », « je me sens »; after anything but its subject it is the noun (« dans le sens
# Sud-Nord », « au sens du code », « dans les deux sens »), a direction or a meaning.
_FEELING_SUBJECTS = _word_set("je me ne tu te")


def _cue_at(words: list[str], index: int) -> str | None:
    """The cue of the word at words[index], bar a word that names no such cue where it stands."""
    word = words[index]
    if word in _MAGNITUDE_WORDS and not _MEASURED_NOUNS.isdisjoint(words[max(index - 1, 0) : index + 2]):
        return None
    if word == "sens" and (not index or words[index - 1] not in _FEELING_SUBJECTS):
        return None
    return CUES.get(word)


def participle_follows(words: list[str], index: int, language: str) -> bool:
    """Whether a past participle comes at words[index], after at most two adverbs."""
    endings = _PARTICIPLE_ENDINGS.get(language, _PARTICIPLE_ENDINGS["en"])
    irregular = IRREGULAR_PARTICIPLES.get(language, IRREGULAR_PARTICIPLES["en"])
    previous = ""
    for word in words[index : index + 3]:
        if word in _ADVERBS or (language == "fr" and _is_french_insertion(word)):
            previous = word
            continue
        if CUES.get(word) in _NOT_EVENTS:
            return False  # "has said", "a souligné", "avaient suggéré": speech or attitude, counted by its own cue
        # "have been closing in": an action under way since a past time, which can be checked like one that ended
        ongoing = (
            language == "en"
            and previous == "been"
            and len(word) > 4
            and word.endswith("ing")
            and word not in _ING_ADJECTIVES
        )
        return (len(word) > 3 and word.endswith(endings)) or word in irregular or ongoing
    return False


def _is_french_insertion(word: str) -> bool:
    return word in _FRENCH_INSERTIONS or (len(word) > 5 and word.endswith("ment"))


def word_ngrams(words: list[str]) -> set[str]:
    """Unigrams and bigrams, named as the English model's weights are."""
    ngrams = ["w:" + word for word in words]
    ngrams += ["b:" + first + " " + second for first, second in itertools.pairwise(words)]
    return set(ngrams)


def features(sentence: str, language: str = "en") -> tuple[set[str], dict[str, float]]:
    """Word n-grams (for the English model) and cue features (for both)."""
    words = tokens(sentence)
    return word_ngrams(words), cue_features(sentence, words, language)


def reasons(cues: dict[str, float]) -> tuple[str, ...]:
    """Short stable codes explaining a score, positives first."""
    return tuple(sorted({_REASON_OF_CUE[name] for name in cues if name in _REASON_OF_CUE}, key=_REASON_ORDER.get))
