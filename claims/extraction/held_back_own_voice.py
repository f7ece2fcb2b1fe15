"""The first person in the page's own voice: a speech, an interview's answer, a letter or an editorial speaking of
itself without quotation marks ("Today we are delivering on our promise", "we're in very good shape overall",
« Je voudrais remercier les habitants »). With no figure, no past event and no verb in the past, it states the
speaker's stance, effort or plan, which no one can check: what held_back.speaks_only_of_self is for a quotation (#16,
point 5)."""

from claims.extraction.cue_words import TOKEN
from claims.extraction.features import IRREGULAR_PARTICIPLES
from claims.extraction.held_back import CHECKABLE_CUES, FIRST_PERSON_WORDS, QUOTE_MARKS

_FIRST_PERSON_PRONOUNS = frozenset({"i", "me", "we", "us", "je", "j", "moi", "nous"})

# The English simple past, which the past_event cue does not see (it looks for an auxiliary before a participle): a
# word in -ed ("We reduced", "the fault caused"), a listed irregular participle ("We took", "it kept") or one of these
# past forms. "We did have a fall", "that was offset" and "We took a lot of plaudits" narrate what happened.
_ENGLISH_PAST_FORMS = frozenset(
    {"was", "were", "did", "had", "took", "saw", "sang", "went", "came", "gave", "got", "ran", "began", "became"}
)
# The French compound past and pluperfect in any person ("j'y suis née", "les résidents avaient contenu", "nous avons
# décidé"): the past_event cue counts only the third person's "a", "ont", "avait" and a few verbs with "être".
_FRENCH_AUXILIARIES = frozenset(
    {"ai", "as", "a", "avons", "avez", "ont", "avais", "avait", "avions", "aviez", "avaient"}
    | {"suis", "es", "est", "sommes", "êtes", "sont", "étais", "était", "étions", "étiez", "étaient"}
)
_FRENCH_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "it", "ite")
_FRENCH_PARTICIPLE_ENDINGS += ("its", "ites", "te", "tes", "ert", "erte")


def speaks_of_self_in_own_voice(sentence: str, cues: dict[str, float], language: str) -> bool:
    """A sentence with no quotation mark whose subject includes the first person ("we", "I", "nous", "je"), with no
    figure, no past event and no verb in the past."""
    if ("first_singular" not in cues and "first_plural" not in cues) or not CHECKABLE_CUES.isdisjoint(cues):
        return False
    if not QUOTE_MARKS.isdisjoint(sentence):
        return False  # a quotation's first person is held_back.speaks_only_of_self's
    words = TOKEN.findall(sentence)
    # The speaker speaks of themselves as a pronoun ("we are", "it helps us", "je voudrais"; "US" is the country) or
    # through the possessive that opens the sentence ("Our government is"): "ma visite" in an aside leaves the sentence
    # about its own subject ("La demande, raison de ma visite, augmente").
    opening_possessive = bool(words) and words[0].lower() in FIRST_PERSON_WORDS
    if not opening_possessive and not any(word.lower() in _FIRST_PERSON_PRONOUNS and word != "US" for word in words):
        return False
    return not (_narrates_in_english(words) if language == "en" else _narrates_in_french([w.lower() for w in words]))


_ENGLISH_PAST = IRREGULAR_PARTICIPLES["en"] | _ENGLISH_PAST_FORMS


def _narrates_in_english(words: list[str]) -> bool:
    # A capitalised word in -ed is a name ("United Kingdom", "Ted"), not a verb.
    return any((len(word) > 3 and word.endswith("ed") and word.islower()) or word in _ENGLISH_PAST for word in words)


def _narrates_in_french(words: list[str]) -> bool:
    return any(
        word in _FRENCH_AUXILIARIES
        and any(len(after) > 2 and after.endswith(_FRENCH_PARTICIPLE_ENDINGS) for after in words[index + 1 : index + 3])
        for index, word in enumerate(words)
    )
