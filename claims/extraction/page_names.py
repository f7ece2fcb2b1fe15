"""What a page names whole, read once per page, for the speakers of its sentences: the people it names (so that
"Dowden says" is Oliver Dowden), the organisations its acronyms spell ("the ONS" is the Office for National
Statistics) and the person it gives each title to (titles.py)."""

import re
from dataclasses import dataclass, field

from claims.extraction.names import (
    PERSON_MENTION,
    TITLED_PERSON,
    clean_name,
    is_acronym,
    is_institution,
    is_person,
)
from claims.extraction.titles import record_title

# Words an acronym skips: "Office for the Coordination of Humanitarian Affairs" is OCHA.
_LINKING_WORDS = frozenset(["of", "for", "the", "and", "on", "de", "la", "du", "des", "l’", "l'", "d’", "d'"])
_CAPITALISED_ARTICLES = frozenset(["The", "Le", "La", "Les"])
# Words after which a capitalised run is an organisation or a title's domain, never a person (people take no article).
_BEFORE_A_DOMAIN = frozenset(["the", "la", "le", "de", "du", "des", "l’", "l'"])

# A person's name holds no figure: a capitalised run with one is a headline ("Safaricom Half-Year Net Profit Hits
# Sh26.2 Billion") or a code, and would stand for whoever its first word names ("Safaricom has announced …").
_FIGURE = re.compile(r"\d")

# Longer than any name a speaker may have (a Claim's speaker holds 200 characters): a capitalised run of this length
# names no one, and comparing it with every sentence's speaker would cost its length each time.
NAME_MAX_CHARS = 200


@dataclass
class PageNames:
    people: list[str] = field(default_factory=list)  # in the order the page names them
    by_acronym: dict[str, str] = field(default_factory=dict)  # "ONS" -> "the Office for National Statistics"
    by_title: dict[str, str] = field(default_factory=dict)  # "chief minister" -> "Amarinder Singh"
    # an organisation by the institution its name ends with: "police" -> "Greater Manchester Police", if one
    by_institution: dict[str, str] = field(default_factory=dict)


def names_on(text: str) -> PageNames:
    """The people and acronyms of a page, in one pass over its capitalised names."""
    names = PageNames()
    people = set()
    for match in PERSON_MENTION.finditer(text):
        if len(match.group(0)) > NAME_MAX_CHARS:
            continue  # a capitalised run this long (a headline in capitals, names run together) names no one
        article = text[max(0, match.start() - 4) : match.start()].split()[-1:]
        words = _before_full_stop(match.group(0).split())
        words[-1] = words[-1].rstrip(".’'‑-")
        core = words[1:] if words[0] in _CAPITALISED_ARTICLES else words
        if len(core) >= 2 and (acronym := initials(core)):
            # whatever the name looks like: "the World Food Organisation" reads like a person's name
            spelt = ["the", *core] if article == ["the"] or core is not words else core
            names.by_acronym.setdefault(acronym, " ".join(spelt))
        if article and article[0] in _BEFORE_A_DOMAIN:
            # a title's domain or an organisation: "(ministre de) la Santé Hamad Hassan", "(ministre du Travail et de)
            # l'Emploi Jean Dupont", "the Treasury"; the person after a French title's domain is read below
            continue
        if len(core) >= 2 and is_institution(core[-1]):
            ending = core[-1].lower()
            spelt = " ".join(core)
            names.by_institution[ending] = spelt if names.by_institution.get(ending, spelt) == spelt else ""
        # "Sheriff Jane Doe and Chief Deputy John Roe", "Acme Holdings and Jane Doe": each side of "and" is read alone
        for part in _joined_by_and(core):
            name = clean_name(None, " ".join(part))
            if name.count(" ") >= 2 and is_acronym(name.split()[0]):
                name = name.split(" ", 1)[1]  # "(à l')AFP Luc Smessaert": the listener, then the person
            if " " in name and is_person(name) and not _FIGURE.search(name):
                if name not in people:
                    people.add(name)
                    names.people.append(name)
                run = " ".join(words)  # the part is found in the run, its article included
                before = text[max(0, match.start() - 40) : match.start()] + run[: run.find(" ".join(part))]
                record_title(names.by_title, before + _before(name, part), name)
    for titled in TITLED_PERSON.finditer(text):  # "le préfet de la Drôme Hugues Moutouh": Hugues Moutouh, le préfet
        name = clean_name(None, titled["name"])
        if " " in name and is_person(name) and not _FIGURE.search(name):
            if name not in names.people:
                names.people.append(name)
            record_title(names.by_title, titled["title"], name)
    return names


def _joined_by_and(words: list[str]) -> list[list[str]]:
    """A capitalised run split at each "and": two people ("Jane Doe and John Roe") or an organisation and a person are
    named apart; an organisation's own "and" ("Centers for Disease Control and Prevention") leaves no person's name
    on either side."""
    parts = [[]]
    for word in words:
        if word == "and" and parts[-1]:
            parts.append([])
        else:
            parts[-1].append(word)
    # an owner opening a part is not the name's: "Chiefs’ Andy Reid", "Labour’s Jane Doe"
    return [part[1:] if len(part) > 2 and part[0].endswith(("’", "'", "’s", "'s")) else part for part in parts if part]


def initials(words: list[str]) -> str:
    """The acronym a name spells, linking words aside and capitals kept whole ("UN Relief and Works Agency" is
    UNRWA)."""
    letters = "".join(word if is_acronym(word) else word[0] for word in words if word not in _LINKING_WORDS)
    return letters if len(letters) >= 2 and letters.isupper() else ""


def _before(name: str, words: list[str]) -> str:
    """The words of a capitalised run before the name it ends with ("Punjab Chief Minister " before "Amarinder
    Singh")."""
    run = " ".join(words)
    return run[: run.rfind(name)] if name in run else ""


def _before_full_stop(words: list[str]) -> list[str]:
    """A run of capitalised words up to a full stop ("Amrit Sahib. Centre officials" is "Amrit Sahib."); an initial
    ("John F. Kennedy") or a short abbreviation is no full stop."""
    for position, word in enumerate(words[:-1]):
        if len(word) > 3 and word.endswith("."):
            return words[: position + 1]
    return words
