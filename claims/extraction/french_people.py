"""The person a French sentence names as its speaker by shape, whatever the title or the verb (french_speakers.py
tries these):

- after a quotation, a verb then a name ("«…», râle Jean Dupont", "», s'emporte Jeanne");
- after a reporting verb or a quotation, what the person is, then their name: "…, a indiqué le chef d'état-major
  général de l'armée, le colonel Jean Dupont", "…, ont annoncé le syndic Jean Dupont et …", "«…», a commenté la
  mairesse suppléante Jeanne Roy". The description may hold any title and its domain, so the title lists need not;
- before a quotation a colon introduces, the subject of the clause: "Le préfet X se satisfait des chiffres : « … »";
- people who speak together, each with their title, before a plural verb: the first named ("la ministre de la
  Culture, Jeanne Roy, et le secrétaire d'État chargé du Numérique, Paul Martin, rappellent …").
"""

import re

from claims.extraction.french_organisations import NAME_ENDS
from claims.extraction.names import FRENCH_TITLES, NAME, NAME_WORD, PERSON_MENTION, clean_name, is_person
from claims.extraction.patterns import SPACE, prefix_tree
from claims.extraction.reporting_words import DAYS, PARTICIPLES_FR, VERBS_FR

_LOWER_WORD = r"[a-zà-öø-ÿ][\w’'‑-]*"
# Words before a subject that make it the complement of something else: "a indiqué à la police un témoin".
PREPOSITIONS = frozenset(
    re.findall(r"\S+", "à au aux de du des d’ d' par pour avec sur dans auprès selon chez contre vers sans entre en")
)
_NOT_VERBS = NAME_ENDS | PREPOSITIONS  # "», dans Le Monde", "», selon Jean"
# A word of what a person is ("chef", "suppléante", "générale"), not a word that ends the description: a relative
# pronoun, a preposition, an auxiliary ("a indiqué la police qui a interpellé Jean Dupont" describes no one).
_DESCRIPTION_WORD = (
    rf"(?!(?:{prefix_tree(' '.join(sorted(_NOT_VERBS - {'de', 'du', 'des'})))})(?![\w’'‑-])){_LOWER_WORD}"
)
# A title's domain, its first word whatever its case: "de la Commission", "d'état-major", "des finances".
_DOMAIN = rf"(?:de{SPACE}la|de{SPACE}l[’']|du|des|de|d[’'])[ \u00a0]*[\w’'‑-]+"
DESCRIPTION_WORDS_MAX = 9
# The person's title and domain, a second title after a comma ("…, le colonel"), then their whole name, which ends a
# clause or runs into a lower-case word ("… Jean Dupont dans un communiqué", "… Jean Dupont et la municipale …").
_DESCRIBED_PERSON = re.compile(
    rf"(?i:le|la|l[’'])[ \u00a0]*{_DESCRIPTION_WORD}"
    rf"(?:{SPACE}(?:{_DOMAIN}|{_DESCRIPTION_WORD})){{0,{DESCRIPTION_WORDS_MAX}}}"
    rf"(?:,{SPACE}(?i:le|la){SPACE}{_LOWER_WORD})?{SPACE}"
    rf"(?P<name>{NAME_WORD}(?:{SPACE}{NAME_WORD})+)(?=[ \u00a0]*(?:[,.;:!?)]|$)|{SPACE}[a-zà-öø-ÿ])"
)
# What may stand between an inverted verb and its subject: "a annoncé lundi la présidente …".
_WHEN = re.compile(rf"(?:(?:{prefix_tree(DAYS)}|matin|soir){SPACE})?")
# After a quotation, a verb in any tense, whatever it is: "», râle", "», s'emporte", "», a commenté".
_AFTER_QUOTATION = re.compile(
    rf"[»”\"],[ \u00a0]*(?:(?:a|ont|avait|avaient){SPACE})?(?:s[’'])?(?P<verb>[a-zà-öø-ÿ][\w‑-]+)[ \u00a0]+"
)
_COLON_THEN_QUOTATION = re.compile(r"[ \u00a0]:[ \u00a0]*[«“\"]")
_VERB_NEXT_IN_LOWER_CASE = re.compile(r"[ \u00a0]+(?:s[’'])?[a-zà-öø-ÿ]")  # the name's verb: "X interroge", "X s'en"
_NAME_AT = re.compile(NAME)


# A title in the description's complement, right before the name: the name is that title's holder, not the speaker's
# ("le fils de la ministre Jeanne Roy", "le porte-parole du maire Paul Martin").
_TITLE_OF_ANOTHER = re.compile(
    rf"(?<![\w’'‑-])(?:(?:de|du|des){SPACE}|d[’'][ \u00a0]*)(?:la{SPACE}|l[’'][ \u00a0]*)?"
    rf"(?i:{prefix_tree(FRENCH_TITLES)}){SPACE}$"
)


def described_person(sentence: str, start: int) -> str:
    """The person whose description and whole name start at `start` (after a day: "lundi la présidente de la
    Commission européenne Jeanne Roy"), or ""."""
    found = _DESCRIBED_PERSON.match(sentence, _WHEN.match(sentence, start).end())
    if not found or _TITLE_OF_ANOTHER.search(sentence, found.start(), found.start("name")):
        return ""
    name = clean_name(None, found["name"])
    return name if " " in name and is_person(name) else ""


def person_after_quotation(sentence: str) -> str:
    """The person a verb names after a quotation, whatever the verb: "«…», râle Jean", "», a commenté la mairesse
    suppléante Jeanne Roy"."""
    for after in _AFTER_QUOTATION.finditer(sentence):
        if after["verb"].lower() in _NOT_VERBS:
            continue
        if name := _NAME_AT.match(sentence, after.end()):
            return clean_name(None, name.group(0))
        if described := described_person(sentence, after.end()):
            return described
    return ""


def person_introducing_quotation(sentence: str) -> str:
    """The person a clause closed by a colon and a quotation names as its subject: the first whole name followed by
    its verb ("Le préfet Jean Dupont se satisfait des chiffres : « … »")."""
    if not (colon := _COLON_THEN_QUOTATION.search(sentence)):
        return ""
    clause = sentence[: colon.start()]
    for found in PERSON_MENTION.finditer(clause):
        name = clean_name(None, found.group(0))
        if " " in name and is_person(name) and _VERB_NEXT_IN_LOWER_CASE.match(clause, found.end()):
            return name
    return ""


_PLURAL_VERBS = " ".join(verb for verb in VERBS_FR.split() if verb.endswith("ent"))
# A reporting verb in the plural, set off from its subject by a comma: "…, Paul Martin, rappellent que".
_PLURAL_VERB_AFTER_COMMA = re.compile(
    rf",[ \u00a0]*(?:ont{SPACE}(?:{prefix_tree(PARTICIPLES_FR)})|{prefix_tree(_PLURAL_VERBS)})"
    r"(?![\w’'‑-])"
)
_CLAUSE_BREAK = re.compile(r"(?<![\w’'])(?:que|qu[’'])|[:;«»“”\"]")
_AND = re.compile(r",?[ \u00a0]+et[ \u00a0]+")


def first_of_joint_speakers(sentence: str) -> str:
    """The first person of a subject naming two or more people joined by "et", before a plural reporting verb: the
    first source a sentence names speaks for all ("…, Jeanne Roy, et …, Paul Martin, annoncent")."""
    if not (verb := _PLURAL_VERB_AFTER_COMMA.search(sentence)):
        return ""
    breaks = [found.end() for found in _CLAUSE_BREAK.finditer(sentence, 0, verb.start())]
    subject = sentence[breaks[-1] if breaks else 0 : verb.start()]
    people = []
    for found in PERSON_MENTION.finditer(subject):
        name = clean_name(None, found.group(0))
        if " " in name and is_person(name):
            people.append((found.end(), name))
    if len(people) < 2 or not _AND.search(subject, people[0][0]):
        return ""
    return people[0][1]
