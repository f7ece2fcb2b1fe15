"""Features of one sentence for the check-worthiness model, and the human-readable reasons behind a score.

Two kinds: word n-grams (English only, learned from labeled data) and hand-made linguistic cues with French and
English word lists. The cues carry French, which has no labeled data: the model learns their weights on English,
and the same cue fires on the French equivalent ("according to" / "selon").
"""

import itertools
import re

_TOKEN = re.compile(r"[^\W\d_]+|\d+(?:[.,\u00a0\u202f ]\d+)*")
# A capital not preceded by a word character. The check comes after the capital so that the search can skip ahead
# to capitals instead of testing every position.
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ](?<!\w[A-ZÀ-ÖØ-Þ])[\w‑-]+")
_NUMBER = re.compile(r"\d")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_QUOTE = re.compile(r"[«»“”]|\"[^\"]{3,}\"")
_MONEY_OR_PERCENT = re.compile(r"[%$€£¥]")


def _cues(**groups: str) -> dict[str, str]:
    """Phrase (1 to 3 lower-case tokens) -> cue name, from whitespace-separated lists where "_" joins words.

    Phrases are split into tokens as sentences are, so that "d’après" is looked up as the tokens "d après".
    """
    return {
        " ".join(_TOKEN.findall(phrase.replace("_", " "))): name
        for name, phrases in groups.items()
        for phrase in phrases.split()
    }


CUES = _cues(
    number_word="""
        million millions billion billions trillion thousand thousands hundred hundreds dozen dozens half twice
        percent percentage per_cent one_third two_thirds quarter double doubled tripled
        milliard milliards millier milliers centaines dizaines moitié pourcent pour_cent tiers quart deux_fois
        two three four five six seven eight nine ten twenty thirty forty fifty
        deux trois quatre cinq sept huit neuf dix vingt trente quarante cinquante
    """,
    attribution="""
        said says say told reported reports according_to announced announces stated states confirmed confirms
        admitted acknowledged added adds explained claimed claims declared testified wrote warned insisted noted
        estimated estimates revealed showed shows found finds concluded denied denies
        selon d’après d'après déclare déclaré a_déclaré affirme affirmé a_affirmé reconnu a_reconnu reconnaît rapporte
        rapporté indique indiqué annonce annoncé précise précisé ajoute ajouté explique expliqué souligne souligné
        confirme confirmé assure assuré révèle révélé estime estimé dit a_dit déclarent affirment rapportent
        indiquent annoncent montre montrent montré démenti dément nié nie
    """,
    organisation="""
        department ministry agency office bureau commission committee council institute university government
        administration court police army bank company report study survey data statistics census poll
        ministère ministre agence institut université gouvernement commission comité conseil tribunal cour
        banque entreprise rapport étude enquête sondage données statistiques recensement porte_parole spokesman
        spokeswoman spokesperson kremlin journal
    """,
    comparison="""
        more_than less_than fewer_than most least largest biggest highest lowest smallest worst best record
        increase increased increases rose rise risen fell fall fallen decline declined drop dropped grew growth
        compared than_any since_the first_time
        plus_de moins_de le_plus la_plus les_plus plus_que moins_que hausse baisse record augmenté augmentation
        diminué diminution progressé recul reculé chuté croissance premier première jamais depuis
    """,
    causal="""
        because due_to caused causes cause led_to leads_to result as_a_result therefore thanks_to so_that
        parce_que à_cause en_raison grâce_à entraîné entraîne provoqué provoque causé cause conséquence donc
    """,
    hedged="""
        may might could would perhaps possibly probably likely unlikely seems seem appears appear suggest suggests
        suggested unclear uncertain maybe if whether hope
        many_experts some_say critics_say remains_unclear to_be_determined
        pourrait pourraient peut_être semble semblent probablement sans_doute risque possible éventuel éventuelle
        flou floue incertain incertaine opacité reste_à restent_à suggéré suggère si hypothèse
        de_nombreux clarifier à_préciser
    """,
    opinion="""
        think believe feel should must ought need_to needs_to want wish good bad great terrible wonderful wrong
        important clearly obviously unfortunately fortunately shame ridiculous disgrace outrageous proud deserve
        pense crois sens il_faut faut doit doivent devrait devraient important importante essentiel essentielle
        grave inacceptable scandaleux regrettable malheureusement heureusement justifier légitimer perçoit
        fier fière mérite sert_à vise_à serves_to
    """,
    first_singular="i me my mine myself i’m i'm je j me moi mon ma mes",
    first_plural="we us our ours ourselves nous notre nos",
    second_person="you your yours vous votre vos tu ton ta tes",
    vague_reference="this that it these those cela ceci ça cette ces cet ce_qui ce_que",
    politeness="thank thanks thank_you merci let_me let’s let's allow_me bravo applause",
    temporal="""
        since ago yesterday last_year last_week this_year in_the_past until_now already
        depuis hier jusqu’à_présent jusqu'à_présent déjà
    """,
)
_CUE_WORDS = frozenset(word for phrase in CUES for word in phrase.split())
# First words of the phrases of two and three words: only there can such a phrase start.
_BIGRAM_STARTS = frozenset(phrase.split()[0] for phrase in CUES if phrase.count(" ") == 1)
_TRIGRAM_STARTS = frozenset(phrase.split()[0] for phrase in CUES if phrase.count(" ") == 2)
# "selon laquelle" introduces a thesis, not a source.
_NOT_ATTRIBUTION = re.compile(r"\bselon (?:laquelle|lequel|lesquelles|lesquels)\b", re.IGNORECASE)

POSITIVE_REASONS = ("quantity", "attribution", "quote", "named_source", "comparison", "causal")
NEGATIVE_REASONS = ("hedged", "question", "opinion", "first_person", "too_short")
SHORT_SENTENCE_WORDS = 6
MAX_CUE_COUNT = 2.0  # two hedges hedge more than one; beyond that it is the same sentence


def tokens(sentence: str) -> list[str]:
    return [token if not token[0].isdigit() else "<num>" for token in _TOKEN.findall(sentence.lower())]


def cue_features(sentence: str, words: list[str]) -> dict[str, float]:
    """Language-independent cues: word-list cues count occurrences up to MAX_CUE_COUNT, the others are 0/1."""
    matched = []
    for index, word in enumerate(words):
        if word not in _CUE_WORDS:
            continue  # most words are in no cue phrase
        matched.append(CUES.get(word))
        if word in _BIGRAM_STARTS and index + 2 <= len(words):
            matched.append(CUES.get(words[index] + " " + words[index + 1]))
        if word in _TRIGRAM_STARTS and index + 3 <= len(words):
            matched.append(CUES.get(" ".join(words[index : index + 3])))
    found: dict[str, float] = {}
    for name in matched:
        if name:
            found[name] = min(found.get(name, 0.0) + 1.0, MAX_CUE_COUNT)
    if (
        "attribution" in found
        and _NOT_ATTRIBUTION.search(sentence)
        and not any(CUES.get(word) == "attribution" for word in words if word != "selon")
    ):
        del found["attribution"]  # the only attribution cue was the thesis-introducing "selon laquelle"
    if _NUMBER.search(sentence):
        found["digits"] = 1.0
        if _YEAR.search(sentence):
            found["year"] = 1.0
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


def word_ngrams(words: list[str]) -> set[str]:
    """Unigrams and bigrams, named as the English model's weights are."""
    ngrams = ["w:" + word for word in words]
    ngrams += ["b:" + first + " " + second for first, second in itertools.pairwise(words)]
    return set(ngrams)


def features(sentence: str) -> tuple[set[str], dict[str, float]]:
    """Word n-grams (for the English model) and cue features (for both)."""
    words = tokens(sentence)
    return word_ngrams(words), cue_features(sentence, words)


def reasons(cues: dict[str, float]) -> tuple[str, ...]:
    """Short stable codes explaining a score, positives first."""
    present = {
        "quantity": "digits" in cues or "number_word" in cues or "money_or_percent" in cues,
        "attribution": "attribution" in cues,
        "quote": "quote" in cues,
        "named_source": "proper_nouns" in cues or "organisation" in cues,
        "comparison": "comparison" in cues,
        "causal": "causal" in cues,
        "hedged": "hedged" in cues,
        "question": "question" in cues,
        "opinion": "opinion" in cues,
        "first_person": "first_singular" in cues,
        "too_short": "length_short" in cues,
    }
    return tuple(code for code in (*POSITIVE_REASONS, *NEGATIVE_REASONS) if present[code])
