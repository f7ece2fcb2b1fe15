"""French organisations' names, whole: the kind of organisation a sentence names ("la police", "le ministère"), the
adjectives and complements that belong to its name ("la police cantonale schwytzoise", "le ministère de la Santé",
"la préfecture du Nord"), and the longer name the page gave before a shortened one ("le parquet" after "le parquet
fédéral"), so that a speaker is never a fragment of the name."""

import re

from claims.extraction.names import with_determiner
from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import DAYS, VERBS_FR

# Institutions and organisations a news article names by their kind ("la préfecture", "le syndicat").
ORGANISATION_NOUNS = """
    police gendarmerie parquet préfecture sous-préfecture mairie ministère gouvernement collectif syndicat association
    fédération confédération commission conseil tribunal cour agence institut office service direction hôpital caisse
    banque entreprise groupe société compagnie armée ambassade fondation organisation observatoire parti université
    rectorat autorité municipalité région département ville commune cabinet
"""
# Words that end an organisation's name: prepositions opening a complement, days, adverbs, verbs, determiners.
NAME_ENDS = frozenset(
    (
        "dans à au aux sur lors en pour par avec sans après avant selon qui que et ou mais où dont matin soir peu "
        "alors ainsi aussi également encore déjà notamment plus très ne n’ n' a ont est sont avait était fait se "
        "auprès chez contre vers entre depuis derrière devant durant pendant parmi malgré hors près dès puis ensuite "
        "enfin toujours jamais seulement même tout tous toutes donc car "
        # subordinating conjunctions and relative pronouns open a clause: "selon la préfecture puisque …"
        "puisque lorsque quand si comme quoique tandis parce afin lequel laquelle lesquels lesquelles auquel "
        "auxquels auxquelles duquel desquels desquelles "
        "ce cet cette son sa ses leur leurs un une le la les l’ l' y il elle ils elles on " + DAYS
    ).split()
)
NEXT_WORD = re.compile(r"[ \u00a0]*([^\s,;:.!?«»“”\"()]+)")
# "de", "du", "des", "de la", "de l'", "d'" as whole words, then what they introduce
FRENCH_OF = re.compile(r"[ \u00a0]*(?P<of>de[ \u00a0]+la|de[ \u00a0]+l[’']|du|des|de|d[’'])(?:[ \u00a0]+|(?<=[’']))")
_AND_ADJECTIVE = re.compile(r"[ \u00a0]+et[ \u00a0]+(?P<adjective>[^\s,;:.!?«»“”\"()]+)")
# A second complement joined to the first: "de la statistique et de la démographie", "du commerce et de l'industrie".
_AND_OF = re.compile(r"[ \u00a0]+et(?=[ \u00a0]+(?:de|du|des|d[’'])(?![\w‑-]))")
MODIFIERS_MAX = 5  # adjectives and complements after an organisation's noun
# An organisation named by its kind after its article ("la préfecture", "les syndicats"): not one of many ("un
# syndicat") nor one pointed at ("ce syndicat").
ORGANISATION_BY_KIND = (
    rf"(?i:(?P<det>le|la|les|l[’'])[ \u00a0]*)(?P<organisation>(?i:{prefix_tree(ORGANISATION_NOUNS)})s?)(?![\w’'‑-])"
)
_NAMED_KIND = re.compile(rf"(?<![\w’'‑-]){ORGANISATION_BY_KIND}")  # to remember its whole name ("le parquet fédéral")
_ELIDED_ARTICLE = re.compile(r"[lL][’']")  # before an acronym read from its vowel: « l’ONS »
_ACRONYM_AFTER = re.compile(r"[ \u00a0]*\((?P<acronym>[A-Z][A-Z&]{1,9})\)")
NAME_START_MAX_SPACES = 20  # longer than any organisation's name read here, determiner and complements included


def _fold(name: str) -> str:
    return name.lower().replace("’", "'")


def _index_starts(by_start: dict[str, str], name: str) -> None:
    """Records `name` under each shorter run of words it begins with, folded ("le parquet" for "le parquet fédéral"),
    in place of any name recorded before."""
    folded = _fold(name)
    space = folded.find(" ")
    for _ in range(NAME_START_MAX_SPACES):
        if space < 0:
            return
        by_start[folded[:space]] = name
        space = folded.find(" ", space + 1)


_REPORTING_VERBS = frozenset(VERBS_FR.split())


def _is_modifier(word: str) -> bool:
    """A lower-case adjective of a name ("cantonale", "fédéral"), not a participle ("citée"), a gerund, a verb in the
    imperfect ("la préfecture organisait") nor the reporting verb after it ("la préfecture précise")."""
    return (
        word.islower()
        and len(word) > 2
        and word not in NAME_ENDS
        and word not in _REPORTING_VERBS
        and not word.endswith(("é", "ée", "és", "ées", "ant", "ait", "aient"))
        and not any(character.isdigit() for character in word)
    )


def organisation_name(sentence: str, start: int) -> str:
    """The organisation's name that starts at `start` with its noun ("police"), with the adjectives and complements
    that follow it ("police cantonale schwytzoise", "collectif des médias", "mairie de Quimper"), up to what is not
    part of it; a proper name ends it ("ministère de l'Intérieur", not "… de l'Intérieur ukrainien")."""
    if not (noun := NEXT_WORD.match(sentence, start)):
        return ""
    end, complemented = noun.end(), False
    for _ in range(MODIFIERS_MAX):
        if (word := NEXT_WORD.match(sentence, end)) and _is_modifier(word[1]):
            end = word.end()
            continue
        if end > noun.end() and (also := _AND_ADJECTIVE.match(sentence, end)):
            if _is_modifier(also["adjective"]):
                end = also.end()  # "les armées maliennes et françaises"
                continue
        joined = complemented and _AND_OF.match(sentence, end)
        connector = FRENCH_OF.match(sentence, joined.end() if joined else end)
        complement = connector and NEXT_WORD.match(sentence, connector.end())
        if not complement or (complement[1].islower() and not _is_modifier(complement[1])):
            break
        if complement[1][0].isdigit():
            break  # a date, no part of the name: "du Statec du 17 juin", "le conseil municipal du 30 mars"
        end, complemented = complement.end(), True
        if not complement[1].islower():
            break
    return sentence[start:end]


class OrganisationNames:
    """The names of the organisations one page named whole, and of its speakers, by each run of words they begin with
    (folded): "le parquet" -> "le parquet fédéral", the latest named; looked up, not scanned, so that a page naming
    thousands of organisations stays linear."""

    def __init__(self) -> None:
        self.organisations_by_start: dict[str, str] = {}
        self.speakers_by_start: dict[str, str] = {}
        self.speakers_indexed = 0  # how many of the speakers named are in speakers_by_start
        self.by_acronym: dict[str, str] = {}  # "RNDDH" -> "le réseau national de défense des droits humains"

    def whole(self, determiner: str, name: str, speakers_named: list[str]) -> str:
        """The organisation as the page named it whole before ("le parquet" -> "le parquet fédéral"), or as written."""
        if spelt := self.by_acronym.get(name):
            return spelt  # "le RNDDH" after "le réseau national de défense des droits humains (RNDDH)"
        written = with_determiner(determiner, name)
        for speaker in speakers_named[self.speakers_indexed :]:
            _index_starts(self.speakers_by_start, speaker)
        self.speakers_indexed = len(speakers_named)
        folded = _fold(written)
        return self.speakers_by_start.get(folded) or self.organisations_by_start.get(folded) or written

    def spelt_out(self, speaker: str) -> str:
        """The speaker as the page spelt it out when it is an acronym the page gave after a name in lower case, the
        tracker's speakers too: "le RNDDH note que …" is "le réseau national de défense des droits humains", and
        "l’ONS note que …" the office it spells out as much."""
        determiner, _, core = speaker.rpartition(" ")
        if not determiner and (elided := _ELIDED_ARTICLE.match(core)):
            determiner, core = elided[0], core[elided.end() :]
        spelt = self.by_acronym.get(core)
        return spelt if spelt and determiner.lower() in ("", "le", "la", "les", "l’", "l'") else speaker

    def remember_acronym(self, sentence: str, end: int, name: str) -> None:
        """Records the acronym given in parentheses just after an organisation's name that ends at `end`: French
        spells out a name once, lower case and all, then writes its acronym."""
        if acronym := _ACRONYM_AFTER.match(sentence, end):
            self.by_acronym.setdefault(acronym["acronym"], name)

    def remember(self, sentence: str) -> None:
        """Records the organisations `sentence` names whole ("le parquet fédéral")."""
        for named in _NAMED_KIND.finditer(sentence):
            name = organisation_name(sentence, named.start("organisation"))
            if " " in name:
                _index_starts(self.organisations_by_start, with_determiner(named["det"].lower(), name))


# The article a French "of" holds ("du parquet" -> "le parquet", "de l'armée" -> "l'armée").
_ARTICLE_IN_OF = {"de la": "la", "de l’": "l’", "de l'": "l'", "du": "le", "des": "les"}


def article_in_of(preposition: str) -> str | None:
    """The article the preposition holds, its spaces made single ("de  la" -> "la"); None for a bare "de"."""
    return _ARTICLE_IN_OF.get(" ".join(preposition.split()))
