"""Which sentences pipeline.sentence_score holds below the threshold, and how far: the held-back rules of
held_back.py, by name and in the order they are tried, with the ceiling they hold a sentence under. The decision layer
(decision.py) reads the same table, one signal a rule."""

from collections.abc import Callable

from claims.extraction import held_back, held_back_english, held_back_fragments, held_back_own_voice
from claims.extraction.model import NGRAM_LANGUAGES

# A forecast, plan or hope with nothing checkable beside it stays a candidate, below any sensible threshold; so does a
# French sentence with no cue of a fact.
LOOKING_AHEAD_CEILING = 0.3

# Each held-back rule of pipeline.sentence_score, by name, in the order sentence_score tries them; each takes
# (sentence, cues, language, speaker).
HELD_BACK_RULES: dict[str, Callable[[str, dict[str, float], str, str], bool]] = {
    "looks_ahead_only": lambda sentence, cues, language, _speaker: (
        held_back.looks_ahead_only(cues) and not held_back_english.names_a_past_time(sentence, language)
    ),
    "looks_ahead_in_french": lambda sentence, cues, language, _speaker: held_back.looks_ahead_in_french(
        sentence, cues, language
    ),
    "states_a_forecast": lambda sentence, cues, _language, _speaker: held_back.states_a_forecast(sentence, cues),
    "foresees_in_the_progressive": lambda sentence, cues, language, _speaker: (
        held_back_english.foresees_in_the_progressive(sentence, cues, language)
    ),
    "relays_what_may_happen": lambda sentence, cues, language, _speaker: held_back.relays_what_may_happen(
        sentence, cues, language
    ),
    "reports_a_stance": lambda sentence, cues, language, _speaker: held_back_english.reports_a_stance(
        sentence, cues, language
    ),
    "reports_an_effort": lambda sentence, cues, language, _speaker: held_back_english.reports_an_effort(
        sentence, cues, language
    ),
    # The cue-only model (French) cannot tell a fact without a cue of one; a speaker found is a source, like the cue.
    "states_no_fact": lambda _sentence, cues, language, speaker: (
        language not in NGRAM_LANGUAGES and not speaker and held_back.states_no_fact(cues)
    ),
    "speaks_only_of_self": lambda sentence, cues, language, _speaker: held_back.speaks_only_of_self(
        sentence, cues, language
    ),
    "speaks_to_the_listener": lambda sentence, cues, language, _speaker: held_back.speaks_to_the_listener(
        sentence, cues, language
    ),
    "speaks_to_the_reader": lambda sentence, cues, language, _speaker: held_back_english.speaks_to_the_reader(
        sentence, cues, language
    ),
    "speaks_of_self_in_own_voice": lambda sentence, cues, language, _speaker: (
        held_back_own_voice.speaks_of_self_in_own_voice(sentence, cues, language)
    ),
    "reports_a_question": lambda sentence, _cues, _language, _speaker: held_back.reports_a_question(sentence),
    "states_what_is_not_known": lambda sentence, cues, _language, _speaker: held_back.states_what_is_not_known(
        sentence, cues
    ),
    "states_what_should_have_been": lambda sentence, _cues, language, _speaker: held_back.states_what_should_have_been(
        sentence, language
    ),
    "quotes_only_an_evaluation": lambda sentence, cues, _language, _speaker: held_back.quotes_only_an_evaluation(
        sentence, cues
    ),
    "quotes_a_characterisation": lambda sentence, _cues, language, _speaker: held_back.quotes_a_characterisation(
        sentence, language
    ),
    "grades_what_it_points_to": lambda sentence, cues, _language, _speaker: held_back.grades_what_it_points_to(
        sentence, cues
    ),
    "asks_someone_to_act": lambda sentence, cues, language, _speaker: held_back.asks_someone_to_act(
        sentence, cues, language
    ),
    "exhorts_the_reader": lambda sentence, _cues, language, _speaker: held_back.exhorts_the_reader(sentence, language),
    "names_nothing": lambda sentence, _cues, language, _speaker: held_back_fragments.names_nothing(sentence, language),
}


def is_held_back(sentence: str, cues: dict[str, float], language: str, speaker: str) -> bool:
    """Whether any held-back rule holds the sentence (the first that does answers: no need to try the others)."""
    return any(rule(sentence, cues, language, speaker) for rule in HELD_BACK_RULES.values())
