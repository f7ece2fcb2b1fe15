"""French sentences the model may score high that state nothing checkable yet, beside held_back.py's rules for both
languages: French marks the future by the verb (its ending, or "aller" before an infinitive) more than by a word, and
the cue-only model that scores French counts that as one cue among others."""

import re

_FIGURE_CUES = frozenset({"digits", "number_word", "money_or_percent"})
_CHECKABLE_CUES = _FIGURE_CUES | {"past_event"}

# The French near future, "aller" before an infinitive ("vont être menées", "allait réévaluer", "va se réunir"): what
# "going to" is in English, which the future cue already counts; the cue lists hold no French form of it, as "va" and
# "allait" also go with places ("va à Paris").
_FRENCH_NEAR_FUTURE = re.compile(
    r"\b(?:va|vont|allait|allaient)\s+(?:(?:pas|plus|bien|encore|en|y|se|s['’]|leur|lui|être)\s*)?"
    r"[a-zà-öø-ÿ]+(?:er|ir|re|é|ée|és|ées)\b",
    re.IGNORECASE,
)


_NEAR_FUTURE_KEYS = ("va", "vont", "all")


def _in_the_near_future(sentence: str) -> bool:
    return any(key in sentence for key in _NEAR_FUTURE_KEYS) and bool(_FRENCH_NEAR_FUTURE.search(sentence))


def looks_ahead_in_french(sentence: str, cues: dict[str, float], language: str) -> bool:
    """A French sentence in the near future with no figure and no past event beside ("Des actions vont être menées
    devant les préfectures, a indiqué le syndicat"): a plan, like looks_ahead_only's (#16, ninth pass). Its first
    look misses a "vont" alone; widening it changed nothing on the tune half (session 11), so it stays as measured."""
    if language != "fr" or not _CHECKABLE_CUES.isdisjoint(cues) or not ("va" in sentence or "all" in sentence):
        return False
    return bool(_FRENCH_NEAR_FUTURE.search(sentence))


# What a sentence in the future may still state as a fact beside its figure: a past event, a time in the past, a source.
_FACT_BESIDE_THE_FUTURE = frozenset({"past_event", "temporal", "attribution"})
# "Prévu par" or "prévu dans" a text is a rule in force ("une amende de 135 euros est prévue par le code"), not a plan.
_RULE_IN_A_TEXT = re.compile(r"\bprévue?s?\s+(?:par|dans)\b", re.IGNORECASE)


def schedules_a_figure(sentence: str, cues: dict[str, float], language: str, speaker: str) -> bool:
    """A French sentence in the future, simple or near, with a figure and nothing stated of the past nor reported
    ("L'axe sera coupé de 23h30 à 2h30", « Les effectifs vont augmenter de 50 000 élèves », « On passera de 7 % à 5 %
    de chômage »): the figure is what is planned or foreseen, which no one can check yet (#16, session 11); a figure
    beside a past event ("a coûté 2 millions et sera rouvert lundi") or a source, as a word or as a speaker found ("a
    annoncé que 17 trains seront supprimés"), stays; so does a rule ("est prévue par le code")."""
    if language != "fr" or speaker or _FIGURE_CUES.isdisjoint(cues) or not _FACT_BESIDE_THE_FUTURE.isdisjoint(cues):
        return False
    if "prévu" in sentence and _RULE_IN_A_TEXT.search(sentence):
        return False
    return "future" in cues or _in_the_near_future(sentence)
