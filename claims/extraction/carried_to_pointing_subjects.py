"""The last speaker, carried to a French sentence whose subject points back at them and reports what they said:
« Il a laissé entendre que … », « Ce dernier a assuré qu'… », « Le ministre a tenu à souligner que … » after « Jane
Doe a déclaré … » are Jane Doe's, though no rule reads their verb as a reporting one.

Only the frame counts: a subject standing for one person (« il », « elle », « ce dernier », a determiner and a title)
opening the sentence, then a short verb phrase and the clause it reports (« que »), or a clause opening with a
reporting verb's present participle (« , assurant que … »). The speaker carried is the one a recent sentence shows, as
shown there, and only a person: « Il a noté que … » is no organisation's. An impersonal « il » (« Il faut que », « Il
est clair que ») stands for no one. Shown only (speakers.sources_and_speakers): the claim gate never reads it.

French only: the same frame in English ("He clarified that …", "The minister …, saying …") found 3 more speakers on
the English tune half but none more on the test half, and gave one where none is labelled (session 23, carry23).
"""

import re

from claims.extraction.names import is_person
from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import VERBS_FR
from claims.extraction.titles import TITLE_WORDS, title_holder

# How many sentences back the speaker carried may have been shown: a quotation of theirs may stand between.
CARRY_REACH = 3
# Words a subject standing for one person may open with: a singular pronoun, or a determiner before a title.
_PRONOUNS = frozenset(["il", "elle"])
_POINTING_PAIRS = frozenset(["ce dernier", "cette dernière"])
_DETERMINERS = frozenset(["le", "la", "l"])
# An impersonal « il » ("it"): « Il faut que », « Il est clair que », « Il semble que », « Il y a … que ».
# Any space may follow « il » (a narrow no-break space, a tab): the words are split at any.
_IMPERSONAL = re.compile(
    r"^il\s+(?:est|était|sera|serait|faut|fallait|faudra|faudrait|semble|semblait|y|s['’]agit|reste|convient|paraît|"
    r"apparaît|suffit|importe|se\s+peut|ne\s|n['’])",
    re.IGNORECASE,
)
# The clause a reporting frame introduces (« que », « qu'il »), a few words after the subject.
_REPORTED = frozenset(["que"])
_REPORTED_ELIDED = ("qu'", "qu’")
# A verb phrase between subject and « que »: « a aussi noté », « a laissé entendre », « a tenu à souligner ».
VERB_PHRASE_MAX_WORDS = 4
# A title's subject may run on: « Le chef de la police ivoirienne a tenu à souligner que ».
SUBJECT_MAX_WORDS = 6
_OPENING_WORDS = SUBJECT_MAX_WORDS + VERB_PHRASE_MAX_WORDS + 1
_WORD = re.compile(r"[^\s,;:()«»“”\"]+|[,;:()«»“”\"]")  # words, and each punctuation mark a clause may break at
# Or a clause opening with a reporting verb's present participle, whose subject is the sentence's: « Le porte-parole a
# réfuté …, assurant que … » (from the verbs in "-e": « assure »).
_PRESENT_PARTICIPLES_FR = " ".join(
    f"{verb[:-1]}ant" for verb in VERBS_FR.split() if verb.endswith("e") and not verb.endswith("ent")
)
_REPORTING_CLAUSE = re.compile(rf",[ \u00a0]*(?:{prefix_tree(_PRESENT_PARTICIPLES_FR)})\b", re.IGNORECASE)
_ELISION = re.compile(r"^(l)['’](.+)$", re.IGNORECASE)


def carried_to_pointing_subjects(
    sentences: list[str], shown: list[str], by_title: dict[str, str] | None = None
) -> list[str]:
    """For each French sentence, the speaker carried to it ("" where none is): the person a recent sentence shows,
    where the sentence shows none and opens with a subject pointing back at one person and a verb reporting what they
    said. A title the page gives another person (« le maire » on a page naming « le maire Anne Leroy ») carries no one
    else."""
    carried = [""] * len(sentences)
    for index, sentence in enumerate(sentences):
        subject = "" if shown[index] else _pointing_subject_reporting(sentence)
        if not subject:
            continue
        for earlier in range(index - 1, max(-1, index - 1 - CARRY_REACH), -1):
            if shown[earlier]:
                holder = title_holder(by_title or {}, subject) if " " in subject else ""
                if is_person(shown[earlier]) and (not holder or holder == shown[earlier]):
                    carried[index] = shown[earlier]
                break
    return carried


def _pointing_subject_reporting(sentence: str) -> str:
    """The subject (« il », « le ministre ») of a sentence opening « Il / Ce dernier / Le ministre … » and reporting a
    clause a few words on, or anywhere after a comma and a reporting verb's present participle (« , assurant que »), in
    lower case; "" for any other sentence."""
    opening = sentence.lstrip()[:400]  # the subject and « que » are at the start: only its first words are split
    if _IMPERSONAL.match(opening):
        return ""
    words = []
    for match in _WORD.finditer(opening):
        if len(words) > _OPENING_WORDS:
            break
        if elided := _ELISION.match(match.group(0)):
            words += [elided[1].lower(), elided[2].lower()]  # "l’inspecteur": the determiner, then the noun
        else:
            words.append(match.group(0).lower())
    subject_end, reach = _subject_end(words)
    if not subject_end:
        return ""
    subject = " ".join(words[:subject_end])
    for position in range(subject_end, min(len(words), subject_end + reach + 1)):
        word = words[position]
        if word in _REPORTED or word.startswith(_REPORTED_ELIDED):
            return subject
        if not word[:1].isalpha():
            break  # a comma or a bracket: another clause, not the subject's verb reporting
    return subject if _REPORTING_CLAUSE.search(sentence) else ""


def _subject_end(words: list[str]) -> tuple[int, int]:
    """How many opening words the subject takes (0 when it points back at no one person), and how many words on the
    reported clause may open: a title's complement (« de la police ivoirienne ») may stand before the verb."""
    if not words:
        return 0, 0
    if words[0] in _PRONOUNS:
        return 1, VERB_PHRASE_MAX_WORDS
    if " ".join(words[:2]) in _POINTING_PAIRS:
        return 2, VERB_PHRASE_MAX_WORDS
    if words[0] not in _DETERMINERS:
        return 0, 0
    for position in range(1, min(len(words), 4)):  # « le ministre », « le porte-parole adjoint »
        if words[position] in TITLE_WORDS:
            return position + 1, SUBJECT_MAX_WORDS - position - 1 + VERB_PHRASE_MAX_WORDS
        if not words[position].isalpha():
            return 0, 0
    return 0, 0
