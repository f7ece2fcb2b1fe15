"""What French names after "selon" / "d'après" when it is a source the tracker does not know: an organisation written
in lower case with its acronym ("selon le centre opérationnel d'incendie et de secours (CODIS)"), what the source is
then its name ("selon le site de suivi des vols FlightAware"), and the people who speak as one for a service or an
event ("selon les pompiers", "selon les organisateurs")."""

import re

from claims.extraction.french_organisations import NAME_ENDS
from claims.extraction.names import NAME, with_determiner
from claims.extraction.patterns import SPACE

# What an organisation publishes ("selon les chiffres du gouvernement"), not who it has ("les habitants du quartier").
PUBLISHED = frozenset(
    re.findall(
        r"\S+",
        "chiffres données statistiques estimations estimation calculs bilan bilans rapport rapports étude enquête "
        "décompte comptage relevés résultats sondage recensement pointage bulletin communiqué note",
    )
)
# What a name is, then the name: "selon le site de suivi des vols FlightAware", "selon le cabinet Occurrence".
DESCRIBED_NAME = re.compile(
    rf"(?i:le|la|les|l[’'])[ \u00a0]*(?:(?-i:[a-zà-öø-ÿ][\w’'‑-]*){SPACE}){{1,5}}?"
    r"(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!\bla )(?<!\ble )"
    rf"(?P<name>{NAME})(?=[ \u00a0]*(?:[,;.:!?()]|$))"
)
# An organisation written in lower case with its acronym after it: "selon le centre opérationnel d'incendie et de
# secours (CODIS)", "selon le haut commissariat au plan (HCP)"; the name is the words before the acronym.
_LOWER_CASE_NAME_WITH_ACRONYM = re.compile(
    rf"(?P<det>(?:les|le|la)(?=[ \u00a0])|l[’'])[ \u00a0]*(?P<name>[a-zà-öø-ÿ][\w’'‑-]*(?:{SPACE}[\w’'‑-]+){{0,8}}?)"
    r"[ \u00a0]*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)"
)
# People who speak as one for a service or an event, and whom news copy cites as such: "selon les pompiers", "d'après
# les secours", "selon les agents dépêchés sur place". French names them with a plural noun of agents (-eurs, -iers,
# -istes, -ants, -ents: "les enquêteurs", "les policiers", "les secouristes", "les manifestants"), or "les secours";
# not "-ments" ("les éléments"), nor the ordinals before a noun ("les premiers éléments"), and never what is no one
# ("les sources", "les explications").
_COLLECTIVE = re.compile(
    rf"(?P<det>(?i:les)){SPACE}(?P<noun>(?i:secours"
    r"|(?!premiers|derniers)[^\W\d_][\w‑-]*(?:eurs|iers|istes|ants|(?<!m)ents)))(?![\w’'‑-])"
)
_NEXT_WORD = re.compile(rf"{SPACE}(?P<word>[^\s,;:.!?«»“”\"()]+)")
# Where the noun phrase stops: a mark, or the sentence's end.
_PHRASE_END = re.compile(r"[ \u00a0]*(?:[,;:.!?()«]|$)")
# A past participle ("dépêchés", "arrivés", "mobilisées") may take a place after it ("dépêchés sur place").
_PAST_PARTICIPLE = re.compile(r"\w+(?:é|ée|és|ées|is|ise|ises|us|ues)")
_PLACE_PREPOSITIONS = frozenset(("sur", "à", "au", "aux", "en", "dans"))
_OF = frozenset(("de", "du", "des"))  # a complement: "les organisateurs du festival" is the festival's
_MODIFIERS_MAX = 3  # adjectives and participles after the noun: "les sauveteurs suisses mobilisés"
_PLACE_WORDS_MAX = 3  # "sur place", "sur les lieux", "dans la zone sinistrée"
# "selon" meaning "depending on" after a verb of varying: "les délais varient selon les secours".
_DEPENDING_ON = re.compile(
    r"(?<![\w’'‑-])(?i:vari(?:e|ent|ait|aient|era|eront|er)|diff[èé]r(?:e|ent|ait|aient|er)|fluctu\w*"
    r"|dépend(?:|ent|ait|aient|ra|ront|re))(?![\w’'‑-])[^,;:.!?]*$"
)


def named_with_acronym(sentence: str, start: int) -> str:
    """The organisation after "selon" that the sentence names in lower case with its acronym, or "": the acronym
    opens with the name's first letter, and the name is no document ("selon les données de l'Institut (INS)")."""
    found = _LOWER_CASE_NAME_WITH_ACRONYM.match(sentence, start)
    if not found or found["acronym"][0].lower() != found["name"][0].lower():
        return ""
    if PUBLISHED & set(found["name"].lower().split()):
        return ""
    return with_determiner(found["det"], found["name"])


def collective_source(sentence: str, start: int) -> str:
    """The people who speak as one that "selon" at `start` cites, as the sentence writes them ("les pompiers", "les
    agents dépêchés sur place"), or "": only where their noun phrase ends, for "les organisateurs du festival" is the
    festival's, and not where "selon" means "depending on"."""
    found = _COLLECTIVE.match(sentence, start)
    if not found or _DEPENDING_ON.search(sentence, 0, start):
        return ""
    end, modifiers, after_participle = found.end(), 0, False
    while not _PHRASE_END.match(sentence, end):
        word = _NEXT_WORD.match(sentence, end)
        if not word:
            return ""
        if after_participle and word["word"] in _PLACE_PREPOSITIONS:
            return _collective_with_place(sentence, found.start(), word.end())
        if modifiers == _MODIFIERS_MAX or not _is_modifier(word["word"]):
            return ""
        end, modifiers = word.end(), modifiers + 1
        after_participle = bool(_PAST_PARTICIPLE.fullmatch(word["word"]))
    return sentence[found.start() : end]


def _collective_with_place(sentence: str, start: int, end: int) -> str:
    """The collective with the place its participle names, up to where the noun phrase stops ("les agents dépêchés
    sur place"), or "" if it goes on."""
    for _ in range(_PLACE_WORDS_MAX):
        if not (word := _NEXT_WORD.match(sentence, end)) or not word["word"].islower():
            return ""
        end = word.end()
        if _PHRASE_END.match(sentence, end):
            return sentence[start:end]
    return ""


def _is_modifier(word: str) -> bool:
    """A lower-case adjective or participle after the noun ("italiens", "dépêchés"), not a word that opens a
    complement or a clause ("de", "qui", "ont")."""
    return word.isalpha() and word.islower() and word not in _OF and word not in NAME_ENDS and word not in PUBLISHED
