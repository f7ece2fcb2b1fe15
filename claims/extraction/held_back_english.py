"""English shapes of sentences that state nothing checkable yet, held below the threshold like held_back.py's (#16,
session 11): a forecast or a plan in the present progressive, and reported speech whose clause is a stance."""

import re

from claims.extraction.held_back import CHECKABLE_CUES, QUOTE_MARKS
from claims.extraction.month_names import ENGLISH_WEEKDAYS
from claims.extraction.patterns import prefix_tree

# The present progressive of foreseeing or intending ("Teagasc is predicting that incomes will recover by 8%", "is
# expecting net profit of $170m", "are preparing for record crests", "is considering appealing"): a forecast or a plan,
# whatever figure it holds, as "is forecast" is for held_back.states_a_forecast. The past progressive is left: it also
# narrates what was done ("The ruling group were proposing a 3.8% increase").
_PROGRESSIVE_FORECAST = re.compile(
    r"\b(?:is|are|am)\s+(?:now\s+|still\s+|also\s+|currently\s+|already\s+)?"
    r"(?:forecasting|predicting|projecting|expecting|anticipating|considering|preparing)\b",
    re.IGNORECASE,
)
_PROGRESSIVE_FORECAST_KEYS = ("casting", "dicting", "jecting", "pecting", "cipating", "sidering", "paring")


def foresees_in_the_progressive(sentence: str, cues: dict[str, float], language: str) -> bool:
    """A forecast or a plan in the English present progressive with no past event nor time beside it ("Hospital chiefs
    are predicting a £40 million deficit"); "The trust, which has run up debts, is predicting …" keeps its past, and
    "alleged that the board is considering …" reports what someone alleges is under way."""
    if language != "en" or "past_event" in cues or "allegation" in cues or "temporal" in cues:
        return False
    return any(key in sentence for key in _PROGRESSIVE_FORECAST_KEYS) and bool(_PROGRESSIVE_FORECAST.search(sentence))


# Reported speech whose clause is the speaker's feeling, wish or support ("He said he felt the council were being
# dishonest", "says she does not want the country to be …", "said he supported the concept"): a stance in indirect
# speech, as "I feel" is in direct speech, not a fact; its subject is the pronoun of the one who speaks.
_REPORTED_STANCE = re.compile(
    r"\b(?:said|says|told\s+[\w’'-]+|added|insisted|insisting|saying)\s+(?:that\s+)?(?:he|she|they|we)\s+"
    r"(?:(?:still|also|does\s+not|did\s+not|doesn[’']t|didn[’']t)\s+)?"
    r"(?:felt|feels|supported|supports|believed|believes|thought|thinks|wants?|wanted)\b"
)
_REPORTED_STANCE_KEYS = ("said", "says", "told", "added", "insist", "saying")


def reports_a_stance(sentence: str, cues: dict[str, float], language: str) -> bool:
    """English reported speech whose clause is the speaker's stance, with no figure nor past event in the sentence: an
    opinion or a wish relayed, which no one can check (README: "reported opinions or feelings")."""
    return _english_shape_without_fact(sentence, cues, language, _REPORTED_STANCE_KEYS, _REPORTED_STANCE)


# An effort stated, not its result ("law enforcement is doing all it can to curb the trade", "efforts were being made
# to restore the economy", "has a significant amount of work underway to increase supply"): what someone tries, which
# no one can check until it yields a figure or an event.
_EFFORT = re.compile(
    r"\b(?:doing|do|does|did)\s+(?:all|everything)\s+(?:it|we|they|he|she|possible|in\s+(?:its|their|our|his|her)\s+power)\b"
    r"|\befforts?\s+(?:are|were|is|was)\s+being\s+made\b"
    r"|\bwork\s+(?:is\s+|was\s+)?under\s?way\b"
)
_EFFORT_KEYS = ("all", "everything", "effort", "under")


def reports_an_effort(sentence: str, cues: dict[str, float], language: str) -> bool:
    """An English statement of an effort with no figure nor past event in the sentence: an intention at work, like a
    plan (#16, point 5); "is doing everything possible, with unemployment at a 17-year high" keeps its figure."""
    return _english_shape_without_fact(sentence, cues, language, _EFFORT_KEYS, _EFFORT)


def _english_shape_without_fact(
    sentence: str, cues: dict[str, float], language: str, keys: tuple[str, ...], shape: re.Pattern
) -> bool:
    """An English sentence with no checkable cue in the shape; its keys, plain substrings, spare the regex most
    sentences."""
    if language != "en" or not CHECKABLE_CUES.isdisjoint(cues):
        return False
    return any(key in sentence for key in keys) and bool(shape.search(sentence))


# "You" in lower case in a sentence that quotes no one: the page or the broadcast speaking to its reader or viewer
# ("What you're looking at there is the annual rate…", "we can show you here", "Better you first distribute relief"):
# advice, an appeal or a presenter's guide to the screen. A capitalised "Your" is as often a name ("Your Dorset").
_SPOKEN_TO = re.compile(r"\b(?:you|your|yours)\b")


def speaks_to_the_reader(sentence: str, cues: dict[str, float], language: str) -> bool:
    """An English sentence in the page's own voice that speaks to "you", with no figure nor past event: what
    held_back.speaks_to_the_listener is for a quotation (#16, point 5)."""
    if language != "en" or "second_person" not in cues or not CHECKABLE_CUES.isdisjoint(cues):
        return False
    return QUOTE_MARKS.isdisjoint(sentence) and bool(_SPOKEN_TO.search(sentence))


# A time in the past named beside a forecast or a plan ("yesterday acknowledged … and said assistance will be offered",
# "a deterioration that began earlier last year", "two weeks ago"): the sentence also tells what was done or said then,
# which can be checked (README: a plan beside a fact about the past is a claim).
_PAST_TIME = re.compile(
    rf"\b(?:yesterday|ago|last\s+(?:week|month|year|night|weekend|{prefix_tree(ENGLISH_WEEKDAYS)})"
    r"|earlier\s+(?:this|last)\s+(?:week|month|year))\b",
    re.IGNORECASE,
)


def names_a_past_time(sentence: str, language: str) -> bool:
    """Whether an English sentence names a time in the past (held_back.looks_ahead_only spares it)."""
    return language == "en" and bool(_PAST_TIME.search(sentence))
