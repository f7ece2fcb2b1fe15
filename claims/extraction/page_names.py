"""What a page names whole, read once per page, for the speakers of its sentences: the people it names (so that
"Dowden says" is Oliver Dowden), the organisations its acronyms spell ("the ONS" is the Office for National
Statistics) and the person it gives each title to (titles.py)."""

import re
from dataclasses import dataclass, field

from claims.extraction.names import (
    PERSON_MENTION,
    TITLED_PERSON,
    clean_name,
    domain_listed_before,
    is_acronym,
    is_institution,
    is_person,
    untold_domain_end,
)
from claims.extraction.patterns import FIGURE, prefix_tree
from claims.extraction.place_kinds import names_a_place_or_firm
from claims.extraction.reporting_words import TITLES
from claims.extraction.titles import ABBREVIATED_HONOURS, is_abbreviated_title, is_title_word, record_title

# Words an acronym skips: "Office for the Coordination of Humanitarian Affairs" is OCHA.
_SKIPPED_IN_ACRONYMS = frozenset(["of", "for", "the", "and", "on", "de", "la", "du", "des", "l’", "l'", "d’", "d'"])
_ENGLISH_DOMAIN_LINKS = frozenset(["of", "for"])  # "Ministry of Health", "Department for Education"
_ORGANISATION_LINKS = frozenset(["of", "for", "the", "de", "du", "des"])  # "Bureau of Labor Statistics and …"
_POSSESSIVE = re.compile(r"(?:s[’']|[’']s)$")
_OWNER_ENDING = re.compile(r"[’']s?$")  # "Doe’s" is Doe's, "Jones’" Jones'
_CAPITALISED_ARTICLES = frozenset(["The", "Le", "La", "Les"])
# Words after which a capitalised run is an organisation or a title's domain, never a person (people take no article).
_BEFORE_A_DOMAIN = frozenset(["the", "la", "le", "de", "du", "des", "l’", "l'"])

# Where a run of capitalised words opens a sentence: the page's start, or after a sentence's end or a line break.
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’»)]*[ \u00a0]+|\n[ \u00a0]*)\Z")
_LOWER_WORD = re.compile(r"\b[a-zà-öø-ÿ]+\b")

# A title, then up to a sentence's end: what follows it may be its domain, then a comma and the holder's name.
_TITLE_THEN_APPOSITION = re.compile(
    rf"(?<![\w’'‑-])(?i:{prefix_tree(TITLES)})(?![\w’'‑-])(?=(?P<after>[^.;:!?«»“”\"\n]{{0,160}}))"
)
# What a title's domain opens with, or nothing: "of Agriculture", "du centre hospitalier", "général de la police".
_DOMAIN_OPENING = re.compile(r"$|[ \u00a0]+(?:of|for|de|du|des|d’|d'|général|générale|adjoint|adjointe)\b")
_DOMAIN_MAX_CHARS = 80
# How many titled names, of those the page's other names leave unsettled, a page's text is searched for their domain
# written alone: each search reads the whole page, so a page listing thousands of office holders must not make them
# read it thousands of times.
_DOMAIN_SEARCHES_MAX = 20

# An office holder a page names by title and surname only ("President Zuma’s address", "Minister Martin welcomes …"):
# two capitalised words, neither after nor before another.
_TITLE_AND_SURNAME = re.compile(
    r"(?<![\w’'‑-])(?P<title>[A-Z][a-z]+)[ \u00a0]+(?P<surname>[A-Z][a-z][\w‑-]*)(?![\w‑-]|[ \u00a0]+[A-Z])"
)
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'‑-]*[ \u00a0]+$")
# Titles of address ("Mr Smith", "Dr Jones") name no office another sentence could point back to.
_HONORIFICS = ABBREVIATED_HONOURS | frozenset(["sir", "dame", "lord", "lady", "m", "mme", "mlle", "monsieur", "madame"])

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
    # a name guessed after a title's domain whose end cannot be told -> the person the page settles it to:
    # "Kofi Mensah" (from "Minister for Water and Sanitation Amara Kofi Mensah") -> "Amara Kofi Mensah"
    settled_guesses: dict[str, str] = field(default_factory=dict)


def names_on(text: str) -> PageNames:
    """The people and acronyms of a page, in one pass over its capitalised names."""
    names = PageNames()
    people = set()
    untold_by_guess: dict[str, tuple[list[str], list[str]]] = {}
    lower_words = None  # the page's words in lower case, read once a run joined by "and" opens a sentence
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
        _record_institution(names.by_institution, core, article)
        if article and article[0] in _BEFORE_A_DOMAIN:
            # a title's domain or an organisation: "(ministre de) la Santé Hamad Hassan", "(ministre du Travail et de)
            # l'Emploi Jean Dupont", "the Treasury"; the person after a French title's domain is read below
            continue
        before = text[max(0, match.start() - 40) : match.start()]
        if domain := domain_listed_before(text[max(0, match.start() - _DOMAIN_MAX_CHARS) : match.start()], match[0]):
            words = [*domain.split(), *words]  # "Minister for Infrastructure, Local Government and Planning Jane Doe"
        parts = _joined_parts(words)
        if (
            len(parts) > 1
            and _SENTENCE_OPENING.search(text, max(0, match.start() - 8), match.start())
            and len(parts[0]) > 1
        ):
            # "Yesterday Jane and John Roe": the sentence's first word is capitalised for opening it, not for a name,
            # when the page writes it in lower case elsewhere
            lower_words = lower_words if lower_words is not None else set(_LOWER_WORD.findall(text))
            if parts[0][0].lower() in lower_words:
                parts[0] = parts[0][1:]
        for part in parts:
            # "Sheriff Jackie Melton and Chief Deputy Brian Malone": two people, each with their title
            run = " ".join(_after_opening_noun(_after_owner(part)))
            name = _without_leading_acronym(clean_name(None, run))
            if (untold := untold_domain_end(run))[1]:
                untold_by_guess.setdefault(name, untold)  # settled once the page's other names are known
                before = ""
                continue
            if _is_whole_person(name):
                if name not in people:
                    people.add(name)
                    names.people.append(name)
                record_title(names.by_title, before + _before(name, part), name)
            before = ""
    for titled in _TITLE_THEN_APPOSITION.finditer(text):
        # "The Deputy Minister of Agriculture, Fisheries and Forestry, Bheki Cele, says", "Le directeur général du
        # centre hospitalier (CHM), Jean-Mathieu Defour, a présenté": the title is that person's on this page
        if name := _apposed_person(titled["after"]):
            if name not in names.people:
                names.people.append(name)
            record_title(names.by_title, text[max(0, titled.start() - 40) : titled.end()], name)
    _record_title_and_surname(text, names)
    for titled in TITLED_PERSON.finditer(text):  # "le préfet de la Drôme Hugues Moutouh": Hugues Moutouh, le préfet
        name = clean_name(None, titled["name"])
        if _is_whole_person(name):
            if name not in names.people:
                names.people.append(name)
            record_title(names.by_title, titled["title"], name)
    named = set(names.people)
    searches_left = _DOMAIN_SEARCHES_MAX
    for guess, (domain, untold) in untold_by_guess.items():
        settled = _named_ending(untold, named)
        if not settled and searches_left:  # the page is read only for a guess its names leave open
            searches_left -= 1
            settled = _after_domain_written_alone(domain, untold, text)
        if settled:
            names.settled_guesses[guess] = settled
        elif guess not in named and _is_whole_person(guess):
            # Unsettled, the guess of two words stays: names of two words are the commoner after a title's domain, and
            # giving none instead lost right speakers on both halves (BENCHMARKS.md, fragments18)
            names.people.append(guess)
    return names


def _is_whole_person(name: str) -> bool:
    """Whether a cleaned capitalised run is a person's whole name. It holds no figure: a capitalised run with one is a
    headline ("Safaricom Half-Year Net Profit Hits Sh26.2 Billion") or a code, and would stand for whoever its first
    word names."""
    return " " in name and is_person(name) and not FIGURE.search(name)


def _named_ending(words: list[str], named: set[str]) -> str:
    """The longest ending of `words` (two words or more) that the page names as a person elsewhere, or ""."""
    endings = (" ".join(words[start:]) for start in range(len(words) - 1))
    return next((ending for ending in endings if ending in named), "")


def _after_domain_written_alone(domain: list[str], untold: list[str], text: str) -> str:
    """The person after a title's domain that the page writes elsewhere with no name after it ("The minister for Water
    and Sanitation said" shows where "for Water and Sanitation Amara Kofi Mensah" ends), or ""."""
    for start in range(len(untold) - 1):
        written = r"[ \u00a0]+".join(map(re.escape, [*domain, *untold[:start]]))
        if re.search(rf"(?<![\w’'‑-]){written}(?![\w’'‑-]|[ \u00a0]+[A-ZÀ-ÖØ-ÞŒ])", text):
            return " ".join(untold[start:])
    return ""


def _record_institution(by_institution: dict[str, str], core: list[str], article: list[str]) -> None:
    """Records the organisation a capitalised run names under its institution's word: the word it ends with ("Greater
    Manchester Police", "Industry Ministry") or, in English, opens with before its domain ("the Ministry of Health",
    "the Department for Education"); a word two organisations share maps to "" (it tells neither)."""
    if len(core) >= 2 and is_institution(core[-1]):
        ending, spelt = core[-1].lower(), " ".join(core)
    elif len(core) >= 3 and is_institution(core[0]) and core[1] in _ENGLISH_DOMAIN_LINKS:
        ending, spelt = core[0].lower(), " ".join(["the", *core])  # "Ministry of Health" takes its article
    else:
        return
    by_institution[ending] = spelt if by_institution.get(ending, spelt).lower() == spelt.lower() else ""


def _joined_parts(words: list[str]) -> list[list[str]]:
    """A capitalised run split where "and" joins two names ("Jackie Melton and Brian Malone"); a run whose part before
    "and" reads as no name of its own ("Centers for Disease Control and Prevention"), or whose part after it is one
    word, which no person's whole name is ("(Minister for) National Food Security and Research"), stays whole. A part
    before "and" holding a title names its holder all the same ("Mayor Jane Doe and Council")."""
    if "and" not in words:
        return [words]
    position = words.index("and")
    first, rest = words[:position], words[position + 1 :]
    one_word_field = len(rest) < 2 and not any(map(is_title_word, first))
    if len(first) < 2 or one_word_field or _ORGANISATION_LINKS & set(first):
        return [words]
    return [first, *_joined_parts(rest)]


def _after_owner(words: list[str]) -> list[str]:
    """The words after a possessive that opens a run ("Chiefs’ Andy Reid" is Andy Reid, the Chiefs' coach); else the
    owner, its possessive ending cut ("Jane Doe’s car", "Jane Doe’s Ford" are Jane Doe's)."""
    owner = next((index for index, word in enumerate(words) if _POSSESSIVE.search(word)), -1)
    if owner < 0:
        return words
    if owner < len(words) - 2:
        return words[owner + 1 :]
    return [*words[:owner], _OWNER_ENDING.sub("", words[owner])]


def _after_opening_noun(words: list[str]) -> list[str]:
    """The person after a capitalised noun and "de" ("Réponse de Gaël Perdriau" is Gaël Perdriau); a particle before a
    one-word surname ("Charles de Gaulle") or an article ("Jean de La Fontaine") stays part of the name."""
    if len(words) >= 4 and words[1] == "de" and words[2] not in _CAPITALISED_ARTICLES and not is_title_word(words[0]):
        return words[2:] if is_person(" ".join(words[2:])) else words
    return words


def _apposed_person(after: str) -> str:
    """The person set off by commas after a title and its domain: the first comma's segment that is a person's whole
    name, past the domain's own capitalised segments ("of Agriculture, Fisheries and Forestry, Bheki Cele"); ""
    when a segment in between is neither."""
    domain, *segments = after.split(", ")
    if len(domain) > _DOMAIN_MAX_CHARS or not _DOMAIN_OPENING.match(domain):
        return ""
    for segment in segments:
        if not (found := PERSON_MENTION.match(segment)):
            return ""
        name = _without_leading_acronym(clean_name(None, found.group(0)))  # "DSP Emeka Iheanacho": a rank
        if _is_whole_person(name):
            return name
    return ""


def _without_leading_acronym(name: str) -> str:
    """A name without the acronym before it: a listener ("(à l')AFP Luc Smessaert") or a rank ("DSP Jane Doe")."""
    return name.split(" ", 1)[1] if name.count(" ") >= 2 and is_acronym(name.split()[0]) else name


def initials(words: list[str]) -> str:
    """The acronym a name spells, linking words aside and capitals kept whole ("UN Relief and Works Agency" is
    UNRWA)."""
    letters = "".join(word if is_acronym(word) else word[0] for word in words if word not in _SKIPPED_IN_ACRONYMS)
    return letters if len(letters) >= 2 and letters.isupper() else ""


def _before(name: str, words: list[str]) -> str:
    """The words of a capitalised run before the name it ends with ("Punjab Chief Minister " before "Amarinder
    Singh")."""
    run = " ".join(words)
    return run[: run.rfind(name)] if name in run else ""


def _before_full_stop(words: list[str]) -> list[str]:
    """A run of capitalised words up to a full stop ("Amrit Sahib. Centre officials" is "Amrit Sahib."); an initial
    ("John F. Kennedy"), a short abbreviation or a title's ("Sgt. Jim Roe") is no full stop."""
    for position, word in enumerate(words[:-1]):
        if len(word) > 3 and word.endswith(".") and not is_abbreviated_title(word):
            return words[: position + 1]
    return words


def _record_title_and_surname(text: str, names: PageNames) -> None:
    """Gives a title to the office holder the page names only by it and a surname ("President Zuma"), as the page names
    them, so that "the President said" is theirs; a surname the page also gives with a first name is that person's
    (recorded with their whole name), and a capitalised word the page writes in lower case too, or a place's or a
    firm's kind ("General Motors", "President Hotel"), is no surname."""
    lower_words = None
    surnames = {person.split()[-1] for person in names.people}
    for found in _TITLE_AND_SURNAME.finditer(text):
        title, surname = found["title"], found["surname"]
        if (
            title.lower() in _HONORIFICS
            or not is_title_word(title)
            or is_title_word(surname)
            or surname in surnames
            or _CAPITALISED_BEFORE.search(text, max(0, found.start() - 40), found.start())
            or not is_person(f"{title} {surname}")
            or names_a_place_or_firm(surname)  # "General Motors", "Judge Street": no one holds their title
        ):
            continue
        lower_words = lower_words if lower_words is not None else set(_LOWER_WORD.findall(text))
        if surname.lower() not in lower_words:
            record_title(names.by_title, title, f"{title} {surname}")
