"""Sentences the model may score high that state nothing anyone can check yet: forecasts and plans, French
sentences with no cue of a fact, first-person quotations of stance, quotations that speak to "you", reported questions,
quoted evaluations. The pipeline holds them below the threshold after the model has scored them
(claims.extraction.pipeline.sentence_score), so the shipped model's weights are untouched."""

import re

from claims.extraction.cue_words import CUES, TOKEN
from claims.extraction.features import cue_features, participle_follows, tokens

# What states a figure or a fact about the present or the past, beside a forecast, a plan or a hope; an allegation
# reports an act or a fact as someone tells it (README clarifications), a past event among the reasons too.
_FIGURE_CUES = frozenset({"digits", "number_word", "money_or_percent"})
CHECKABLE_CUES = _FIGURE_CUES | {"past_event", "allegation"}
_LOOKING_AHEAD_CUES = frozenset({"future", "prospect", "appeal"})


def looks_ahead_only(cues: dict[str, float]) -> bool:
    """A forecast, plan, hope, fear or appeal ("seront menées", "will be a relief", "a dit craindre", "appelle chaque
    citoyen à") with no figure and no past event beside it: nothing in it can be checked yet (#16, point 5)."""
    return not _LOOKING_AHEAD_CUES.isdisjoint(cues) and CHECKABLE_CUES.isdisjoint(cues)


# The French near future, "aller" before an infinitive ("vont être menées", "allait réévaluer", "va se réunir"): what
# "going to" is in English, which the future cue already counts; the cue lists hold no French form of it, as "va" and
# "allait" also go with places ("va à Paris").
_FRENCH_NEAR_FUTURE = re.compile(
    r"\b(?:va|vont|allait|allaient)\s+(?:(?:pas|plus|bien|encore|en|y|se|s['’]|leur|lui|être)\s*)?"
    r"[a-zà-öø-ÿ]+(?:er|ir|re|é|ée|és|ées)\b",
    re.IGNORECASE,
)


def looks_ahead_in_french(sentence: str, cues: dict[str, float], language: str) -> bool:
    """A French sentence in the near future with no figure and no past event beside ("Des actions vont être menées
    devant les préfectures, a indiqué le syndicat"): a plan, like looks_ahead_only's (#16, ninth pass)."""
    if language != "fr" or not CHECKABLE_CUES.isdisjoint(cues) or not ("va" in sentence or "all" in sentence):
        return False
    return bool(_FRENCH_NEAR_FUTURE.search(sentence))


# A forecast stated as one, or a fear ("is forecast", "are expected to reach", "is likely to lead", "fears"; « sont
# prévus », « devrait atteindre », « pourront être atteints », « il y aura », « craint »): a figure in it is what is
# foreseen, not what was measured. "Prévu par" is a rule ("la peine prévue par la loi"), "than expected" a comparison.
_FORECAST = re.compile(
    r"\b(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:(?:forecast|projected|predicted)\b(?!\s+by\b)"
    r"|(?:expected|likely|set)\s+to\s+(?!(?:the|a|an|be\s+(?:the|a|an))\b)[a-z]+)"
    r"|\b(?:est|sont|était|étaient)\s+(?:attendue?s?|prévue?s?)\b(?!\s+(?:par|dans|à|au|aux)\b)"
    r"|\b(?:devrai(?:t|ent)|pourr(?:a|ont))\s+(?:être\s+)?[a-zà-öø-ÿ]+(?:er|ir|re|é|ée|és|ées)\b"
    r"|\bil\s+y\s+aura\b|\b(?:craint|craignent|redoute|redoutent|fears?|feared)\b",
    re.IGNORECASE,
)
_FORECAST_KEYS = ("forecast", "projected", "predicted", "expected", "likely", "set to", "attendu", "prévu", "devrai")
_FORECAST_KEYS += ("pourr", "y aura", "craign", "craint", "redout", "fear")


def states_a_forecast(sentence: str, cues: dict[str, float]) -> bool:
    """A forecast, a fear or a hope with no past event beside it ("A further 12% rise is forecast over the next five
    years", « Des cumuls de 40 mm pourront être atteints », « Le maire craint une centaine de licenciements »): what is
    foreseen cannot be checked yet, even as a figure (#16, tenth pass); "Prices rose 3% last year and are expected to
    rise again" keeps its past event or time in the past."""
    if "past_event" in cues or "temporal" in cues or not any(key in sentence for key in _FORECAST_KEYS):
        return False
    with_figure = not _FIGURE_CUES.isdisjoint(cues)
    return any(not (with_figure and _sets_a_figure(match[0])) for match in _FORECAST.finditer(sentence))


# "Set to" before a verb that is no change of quantity, with a figure ("retailers are set to sell the packet at
# Ksh100", "1,100 projects are set to benefit from £93 million"): a decision already taken, whose figure is set, as
# plans with a figure already set are claims (README, twelfth-round rule); "is set to rise to 5%" stays a forecast.
_SET_TO = re.compile(r"\bset\s+to\b", re.IGNORECASE)
_SET_TO_CHANGE = re.compile(
    r"\bset\s+to\s+(?:rise|fall|increase|decrease|decline|drop|grow|shrink|reach|hit|top|exceed|double|triple|climb"
    r"|soar|surge|plunge|jump|slump|slow|ease|worsen|improve|recover|remain|stay|be)\b",
    re.IGNORECASE,
)


def _sets_a_figure(forecast: str) -> bool:
    return bool(_SET_TO.search(forecast)) and not _SET_TO_CHANGE.search(forecast)


# Reported speech whose clause turns on a modal ("He said anyone breaking the curfew would face prosecution", "said
# those recognised as citizens could be repatriated"): in indirect speech "would" is the future and "could", "might"
# and "may" a possibility, so the sentence relays a warning or a prospect. The modal is in lower case ("spoken with
# May" names someone); "would have" is the counterfactual (states_what_should_have_been).
_REPORTED_MODAL = re.compile(
    r"\b(?:said|says|say|told|warned|warns)\b(?:\s+[\w’'-]+){0,12}?\s+(?:would|could|might|may)\s+(?!have\b)[a-z]+"
)
_REPORTED_MODAL_KEYS = ("ould", "might", "may")


def relays_what_may_happen(sentence: str, cues: dict[str, float], language: str) -> bool:
    """An English report of what someone said would or could happen, with no figure nor past event beside it: a
    forecast or a warning about what may happen, not a claim (README, session-8 clarifications); "said the scheme
    would cost £2m" keeps its figure."""
    if language != "en" or not CHECKABLE_CUES.isdisjoint(cues):
        return False
    return any(key in sentence for key in _REPORTED_MODAL_KEYS) and bool(_REPORTED_MODAL.search(sentence))


# What a sentence needs for the cue-only model (French) to count it a claim (#16, fifth pass): a figure, an event, a
# comparison, a cause, a time reference, a source, a date or a rule in force. That model sees no words, only cues, so
# a long sentence with names scored high on its length and capitals alone ("L'affaire … concerne la Gendarmerie").
_FACT_CUES = frozenset(
    {
        "digits",
        "number_word",
        "money_or_percent",
        "past_event",
        "comparison",
        "causal",
        "temporal",
        "attribution",
        "date",
        "rule",
    }
)


def states_no_fact(cues: dict[str, float]) -> bool:
    """No cue of a figure, an event, a comparison, a cause, a time reference, a source, a date or a rule in force."""
    return _FACT_CUES.isdisjoint(cues)


FIRST_PERSON_WORDS = frozenset(
    phrase for phrase, name in CUES.items() if name in ("first_singular", "first_plural") and " " not in phrase
)
# Quotation marks that open and close a quoted passage; straight quotes do either (see quoted_words).
_OPENING_QUOTES = "«“"
_CLOSING_QUOTES = "»”"
QUOTE_MARKS = frozenset(_OPENING_QUOTES + _CLOSING_QUOTES + '"')


def quoted_words(sentence: str) -> str:
    """The words a sentence quotes: those between quotation marks, from the start of the sentence up to a closing mark
    with no opening one before it (a quotation begun in an earlier sentence), and from an opening mark left open to
    the end. A straight quote toggles; an odd first one closes unless a word follows it."""
    first = next((character for character in sentence if character in QUOTE_MARKS), "")
    if first == '"':
        after = sentence[sentence.find('"') + 1 : sentence.find('"') + 2]
        inside = sentence.count('"') % 2 == 1 and not after.isalnum()
    else:
        inside = bool(first) and first in _CLOSING_QUOTES
    quoted = []
    for character in sentence:
        if character in _OPENING_QUOTES:
            inside = True
        elif character in _CLOSING_QUOTES:
            inside = False
        elif character == '"':
            inside = not inside
        elif inside:
            quoted.append(character)
            continue
        quoted.append(" ")  # passages stay apart: "unwelcome" and "a long way" are not "unwelcomea"
    return "".join(quoted)


def speaks_only_of_self(sentence: str, cues: dict[str, float], language: str) -> bool:
    """A quotation in the first person with no figure and no past event in the quoted words ("We are doing all we can",
    "Nous restons mobilisés", "I appreciate their support"): the speaker's stance or effort, which no one can check;
    "We have closed three wards" or "J'ai signé le décret" state a fact and stay (#16, sixth pass)."""
    if "quote" not in cues or ("first_singular" not in cues and "first_plural" not in cues):
        return False
    quoted = quoted_words(sentence)
    # "US" is the country, not "us".
    if not any(word.lower() in FIRST_PERSON_WORDS and word != "US" for word in TOKEN.findall(quoted)):
        return False
    return _states_no_figure_nor_event(quoted, language) and not _tells_what_the_speaker_did(quoted, language)


_FIRST_PERSON_SUBJECTS = frozenset({"i", "we"})
# Past tenses of a state of mind, which the cue lists leave out: "We believed they deserved better" reports no act.
_STATES_OF_MIND = frozenset(
    {"believed", "felt", "thought", "wanted", "wished", "liked", "loved", "hated", "needed", "appreciated"}
)


def _tells_what_the_speaker_did(quoted: str, language: str) -> bool:
    """An English first-person simple past ("I buried a corporal yesterday", "We notified them of the results"): an
    act the speaker reports, which can be checked like "We have closed three wards"; the past_event cue only sees the
    compound past. Verbs of speech, hope or opinion ("we said", "I hoped", "we believed") report no act."""
    if language != "en":
        # French is left out: its first-person past is compound (« j'ai signé »), and taking « ai », « avons » as
        # auxiliaries found 7 more claims and 5 more non-claims on tune (#16, session 18, frclaims18)
        return False
    words = tokens(quoted)
    return any(
        word in _FIRST_PERSON_SUBJECTS
        and participle_follows(words, index + 1, language)
        and _STATES_OF_MIND.isdisjoint(words[index + 1 : index + 4])
        for index, word in enumerate(words)
    )


_SECOND_PERSON_WORDS = frozenset(phrase for phrase, name in CUES.items() if name == "second_person")


def speaks_to_the_listener(sentence: str, cues: dict[str, float], language: str) -> bool:
    """A quotation that speaks to "you" with no figure and no past event in the quoted words ("you must find something
    wrong", « restez chez vous »): advice, a warning or a reproach, which no one can check (#16, eighth pass). Only a
    word in lower case counts: a capitalised "Your" is as often a name ("Your Dorset"). Any quotation mark will do: a
    lone straight one closes a quotation begun in an earlier sentence, which the quote cue does not see."""
    if "second_person" not in cues or QUOTE_MARKS.isdisjoint(sentence):
        return False
    quoted = quoted_words(sentence)
    if not any(word in _SECOND_PERSON_WORDS for word in TOKEN.findall(quoted)):
        return False
    return _states_no_figure_nor_event(quoted, language)


def _states_no_figure_nor_event(words: str, language: str) -> bool:
    return CHECKABLE_CUES.isdisjoint(cue_features(words, tokens(words), language))


# A question reported rather than asked: a word of asking or of not knowing, then "whether" or "why" ("has two
# questions – one on whether", "no word from the police on whether", "did not say why"; "se demande si", "la question de
# savoir si", "on ignore pourquoi"); in English its topic may take up to eight words or dashes before "on", "about"…
# ("asked the head of the highway service about whether"), or the one asked ("asked the mayor why", « a demandé au
# préfet pourquoi »). "Whether" alone is no question ("all staff, whether full-time or not").
_REPORTED_QUESTION = re.compile(
    r"\b(?:questions?|asked|asks|asking|wondered|wonders|word|unclear|unknown|not say|not said)"
    r"(?:(?:\s+(?:[\w’'-]+|[–—])){0,8}?\s+(?:on|about|over|of|as to))?\s+(?:whether|why)\b"
    # whom was asked, up to three words: "asked the minister why", "a demandé au préfet si"
    r"|\b(?:asked|asks|asking)(?:\s+[\w’'-]+){1,3}?\s+(?:whether|why)\b"
    r"|\b(?:demandé|demande|demandent)\s+(?:à|au|aux)(?:\s+[\w’'-]+){1,3}?\s+(?:si|s['’]|pourquoi)(?!\w)"
    r"|\b(?:demande|demandent|demandé|demandée|ignore|ignorent|question de savoir|reste à savoir)"
    r"\s+(?:si|s['’]|pourquoi)(?!\w)",
    re.IGNORECASE,
)
# Parts of words without which the pattern cannot match, looked for first: most sentences have none.
_QUESTION_KEYS = ("hether", "why", "demand", "ignor", "savoir")


def reports_a_question(sentence: str) -> bool:
    """A sentence about an open question (who asked what, what is not known): nothing in it is stated as a fact, even
    beside a figure ("There was no word on whether the 40 miners were safe") (#16, point 5)."""
    return any(key in sentence for key in _QUESTION_KEYS) and bool(_REPORTED_QUESTION.search(sentence))


# Words of evaluation, beside the model's opinion and judgement cues: a quotation made of them grades something
# ("were "unwelcome"", "« une nuit difficile »") and states nothing a fact-checker could check. Words that as often
# describe as grade are left out: "positive" / « positif » (a test result), "poor" (households), "fair" (a trade fair),
# "concerned" (the people concerned), « juste » (only).
_EVALUATIONS = """
    welcome unwelcome encouraging discouraging disappointing disappointed worrying alarming reassuring excellent right
    unfair success successful failure disaster disastrous reckless irresponsible unacceptable acceptable appropriate
    inappropriate helpful unhelpful pleased delighted difficult surprising
    bienvenu bienvenue bienvenus encourageant encourageante encourageants encourageantes décevant décevante décevants
    inquiétant inquiétante inquiétants alarmant alarmante rassurant rassurante excellent excellente bon bonne bons
    mauvais mauvaise injuste réussite succès échec catastrophe catastrophique irresponsable inacceptable satisfait
    satisfaite satisfaits déçu déçue déçus difficile préoccupant préoccupante surprenant surprenante
"""
_EVALUATION_WORDS = frozenset(_EVALUATIONS.split()) | frozenset(
    phrase for phrase, name in CUES.items() if name in ("opinion", "evaluative") and " " not in phrase
)
# What makes a reported statement checkable, beyond the reporting itself (see _FACT_CUES).
_FACT_CUES_BESIDE_SPEECH = _FACT_CUES - {"attribution"}


def quotes_only_an_evaluation(sentence: str, cues: dict[str, float]) -> bool:
    """Reported words that grade something ("said the figures were "unwelcome"", "« C'est une bonne nouvelle », a dit
    le maire") in a sentence with no figure, event, comparison, cause, time or rule beside them: an opinion, even
    quoted (#16, point 5); "said the 40 jobs were "a welcome boost"" states a figure and stays."""
    if not _FACT_CUES_BESIDE_SPEECH.isdisjoint(cues) or QUOTE_MARKS.isdisjoint(sentence):
        return False
    quoted = quoted_words(sentence)
    return any(word in _EVALUATION_WORDS for word in TOKEN.findall(quoted.lower()))


def grades_what_it_points_to(sentence: str, cues: dict[str, float]) -> bool:
    """A sentence that opens on "this", "that" or "it" and grades what it points to ("That is the surprising
    conclusion of the survey", "This is a disappointing result for the club"), with no figure, event, comparison,
    cause, time or rule beside: an evaluation of something said before, not a fact (#16, point 5)."""
    if "vague_start" not in cues or not _FACT_CUES_BESIDE_SPEECH.isdisjoint(cues):
        return False
    return any(word in _EVALUATION_WORDS for word in TOKEN.findall(sentence.lower()))


# A word or three quoted as what someone or something is ("said his arrest was a “disservice” to the public", "says
# residents were “outraged”", « la situation est "intenable" »): the speaker's own characterisation, scare-quoted; the
# quotation ends the clause (a mark, the end or a preposition follows it), so "were “in line with” expectations" is no
# such predicate.
_QUOTED_PREDICATE = re.compile(
    r"\b(?:is|are|was|were|been|be|seemed|seems|remains|remained|est|sont|était|étaient|été|reste|restent|semble)"
    r"\s+(?:[\w’'-]+\s+){0,2}?[“\"«‘]\s?(?:[^\W\d][\w’'-]*\s?){1,3}[,.!?]?\s?[”\"»’]"
    r"(?=\s*(?:[,.;:!?)]|$|(?:to|by|at|about|with|for|of|over|par|pour|de|à|sur)\b))",
    re.IGNORECASE,
)


def quotes_a_characterisation(sentence: str, language: str) -> bool:
    """A short quotation standing as the predicate of "is", "was", « est » ("said the figures were “extremely
    concerning”") with no figure, event, comparison, cause, time or rule in the rest of the sentence: a reported
    opinion or feeling, even without a word of evaluation (#16, ninth pass); "said 40 homes were “destroyed”" keeps its
    figure."""
    if QUOTE_MARKS.isdisjoint(sentence) and "‘" not in sentence:
        return False
    predicate = _QUOTED_PREDICATE.search(sentence)
    if not predicate:
        return False
    rest = sentence[: predicate.start()] + sentence[predicate.end() :]
    return _FACT_CUES_BESIDE_SPEECH.isdisjoint(cue_features(rest, tokens(rest), language))


# What is not known, or not told: "it is not yet clear", "could not confirm", "declined to comment"; « il n'est pas
# encore certain que », « n'a pas pu préciser », « n'a pas précisé », « la cause reste inconnue », « on ne sait pas ».
_NOT_KNOWN = re.compile(
    r"\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?not\s+(?:yet\s+|immediately\s+)?"
    r"(?:known|clear|certain|established|determined)\b"
    r"|\b(?:could|would|did|can|will)\s*(?:not|n['’]t)\s+(?:yet\s+|immediately\s+)?"
    r"(?:say|confirm|give|comment|speculate|provide|disclose|specify|reveal|be\s+reached)\b"
    r"|\b(?:has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:said|confirmed|disclosed|specified|revealed|given)\b"
    r"|\b(?:declined|refused)\s+to\s+(?:comment|say|speculate|confirm|give|disclose)\b"
    r"|\bn['’](?:est|était|étaient|sont)\s+pas\s+(?:encore\s+)?(?:certain|clair|connu|établi|déterminé|confirmé)"
    r"|\bn['’](?:a|ont|avait|avaient)\s+pas\s+(?:encore\s+)?(?:pu|voulu|souhaité)\s+"
    r"(?:donner|préciser|confirmer|dire|indiquer|communiquer|commenter|se\s+prononcer|s['’]avancer|s['’]aventurer)"
    r"|\bn['’](?:a|ont|avait|avaient)\s+pas\s+(?:encore\s+)?(?:précisé|confirmé|communiqué|révélé|dévoilé|détaillé)"
    r"|\b(?:reste|restent|demeure|demeurent)\s+(?:encore\s+)?(?:inconnu|indéterminé|incertain)"
    r"|\bne\s+(?:sait|savent)\s+pas\b|\b(?:refusé|refuse)\s+de\s+(?:commenter|préciser|confirmer|dire)\b",
    re.IGNORECASE,
)
_NOT_KNOWN_KEYS = ("not", "n't", "n’t", "declined", "refus", "pas", "reste", "demeure")


def states_what_is_not_known(sentence: str, cues: dict[str, float]) -> bool:
    """A statement that something is not known or not told ("It is not yet clear who fired first", « Il n'a pas encore
    pu donner d'informations sur la cause de l'accident ») with no figure beside: uncertainty, which no one can check
    (#16, ninth pass); "could not confirm that 40 soldiers died" keeps its figure."""
    if not _FIGURE_CUES.isdisjoint(cues) or not any(key in sentence for key in _NOT_KNOWN_KEYS):
        return False
    return bool(_NOT_KNOWN.search(sentence))


# What should or could have been, and was not: "should never have been arrested", "could have been avoided". French
# needs no such check: its conditional (« aurait pu être évité ») is a cue the model already weighs down.
_COUNTERFACTUAL = re.compile(
    r"\b(?:should|could|would|might|must)(?:\s*n['’]t|\s+not|\s+never)?\s+have\s+(?:been\s+)?[a-z]+(?:ed|en|ne|wn)\b",
    re.IGNORECASE,
)


def states_what_should_have_been(sentence: str, language: str) -> bool:
    """A counterfactual with no figure nor event outside it ("He should never have been arrested"): a judgement on what
    did not happen, which no one can check (#16, tenth pass); "34,000 operations would have been completed" keeps its
    figure."""
    if language != "en" or " have " not in sentence:
        return False
    counterfactual = _COUNTERFACTUAL.search(sentence)
    if not counterfactual:
        return False
    return _states_no_figure_nor_event(sentence[: counterfactual.start()] + sentence[counterfactual.end() :], language)


# A request made of someone: a verb of asking, its object, then what they are asked to do ("has asked the opposition
# to be silent", "urged residents to stay indoors"; "a demandé aux habitants de limiter", "invite les élus à signaler").
_REQUEST = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:asked|urged|implored|begged|called\s+on|appealed\s+to)"
    r"(?:\s+[\w’'-]+){1,6}?\s+to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]+\b"
    # French: "demander à quelqu'un de faire", "inviter quelqu'un à faire"; "la demande de permis" is a noun.
    r"|\b(?:(?:a|ont|avait|avaient)\s+)?(?:(?:demandé|demande|demandent|enjoint)\s+(?:à|aux)"
    r"|exhorté|exhorte|exhortent|invité|invite|invitent|prié|prie)"
    r"(?:\s+[\w’'-]+){1,6}?\s+(?:de\s+|d['’]|à\s+)[a-zà-öø-ÿ]+(?:er|ir|re)\b"
    # A demand for something rather than of someone: "called for a full inquiry", « réclame une enquête ».
    r"|\b(?:(?:has|have|had)\s+)?(?:calls|called|calling)\s+for\s+(?:an?|the|his|her|their|its)\b"
    r"|\b(?:(?:a|ont)\s+)?(?:réclamé|réclame|réclament|exigé|exige|exigent)\s+(?:une?|la|le|les|l['’]|des)(?!\w)",
    re.IGNORECASE,
)
_REQUEST_KEYS = ("asked", "urged", "implored", "begged", "called", "appealed", "demand", "enjoint", "exhort", "invit")
_REQUEST_KEYS += ("prié", "prie", "calls", "called", "calling", "réclam", "exig")


def asks_someone_to_act(sentence: str, cues: dict[str, float], language: str) -> bool:
    """A request reported with nothing checkable beside it ("The minister has asked the opposition to be silent if it
    has nothing to say"): an appeal, which no one can check (#16, point 5); "asked residents to leave after the river
    flooded 200 homes" keeps its figure, and an event is looked for outside the request ("has asked" is none)."""
    if not _FIGURE_CUES.isdisjoint(cues) or not any(key in sentence for key in _REQUEST_KEYS):
        return False
    request = _REQUEST.search(sentence)
    if not request:
        return False
    return _states_no_figure_nor_event(sentence[: request.start()] + sentence[request.end() :], language)


# A French exhortation in the first person plural opening the sentence: a verb in -ons with no subject ("Allons voir",
# "Regardons les chiffres"); -ions is left out, where nouns are many ("Élections", "Questions"). English needs no such
# check: its "Let's" is a politeness cue, which the model already weighs down.
_FRENCH_EXHORTATION = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]*[^i\W]ons\s+[a-zà-öø-ÿ]")


def exhorts_the_reader(sentence: str, language: str) -> bool:
    """A French sentence that opens on an exhortation ("Allons donc consulter le site de l'Insee") with no figure and
    no past event: an invitation to the reader, which no one can check (#16, point 5); "Rappelons que le chômage a
    baissé de 2 %" states a figure and stays."""
    return (
        language == "fr"
        and bool(_FRENCH_EXHORTATION.match(sentence))
        and _states_no_figure_nor_event(sentence, language)
    )
