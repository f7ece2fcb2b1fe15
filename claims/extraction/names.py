"""What a name is, in English and French: the patterns of people's and organisations' names, and a name found
before or after an attribution verb made whole and bare ("Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr
Zelenskyy", "Chris Grayling MP" -> "Chris Grayling", "The Centers for Disease Control" keeps its article)."""

import re

from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import MEDIA, TITLES
from claims.extraction.titles import TITLE_WORDS, is_title_word

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
NAME_WORD = rf"[{_UPPER}][\w’'‑.-]*"
_CONNECTOR = r"(?:de la|de l’|de l'|d’|d'|of the|for the|de|du|des|da|of|for|and|von|van|al|bin|el|y)"
NAME = rf"{NAME_WORD}(?:[ \u00a0]+(?:{_CONNECTOR}[ \u00a0]+)?{NAME_WORD})*"
INSTITUTION = (
    r"(?:ministère|ministry|department|agence|agency|office|institut|institute|bureau|commission|conseil|council"
    r"|cour|court|banque|bank|université|university|gouvernement|government|parquet|préfecture|mairie|police"
    r"|service|command|authority|company|firm|corporation)"
)
DETERMINER = r"(?:the|le|la|les|l’|l')"
# "Agence régionale de santé": a capitalised institution followed by lower-case words, up to the clause's end.
_NAMED_INSTITUTION = (
    r"(?:Agence|Institut|Office|Ministère|Haute Autorité|Autorité|Caisse|Direction|Cour|Conseil|Banque|Fédération)"
    r"(?:[ \u00a0][\w’'‑-]+){0,5}?(?=[,;:.]|[ \u00a0](?:a|ont|avait|a-t-elle)[ \u00a0]|$)"
)
# An institution whose domain is written in lower case ("le ministère de l’intérieur", "the ministry of health"): one
# word of domain, and only where the name visibly ends, or "la santé publique" would be cut to "la santé".
_INSTITUTION_OF_DOMAIN = (
    rf"{INSTITUTION}[ \u00a0]+{_CONNECTOR}[ \u00a0]*[a-zà-öø-ÿ][\w’'‑-]*"
    r"(?=[,;:.!?]|[ \u00a0](?:a|ont|avait|has|have|had|said|says)[ \u00a0]|$)"
)
SPEAKER = (
    rf"(?:(?P<det>{DETERMINER}|The|Le|La|Les|L’|L')[ \u00a0]*)?"
    rf"(?P<name>{_NAMED_INSTITUTION}|(?:{INSTITUTION}[ \u00a0]+{_CONNECTOR}[ \u00a0]*)?{NAME}"
    rf"|{_INSTITUTION_OF_DOMAIN})"
)
PERSON_MENTION = re.compile(NAME)
_CAPITAL = re.compile(rf"[{_UPPER}]")


def may_hold_speaker(text: str) -> bool:
    """Whether `text` can hold a SPEAKER at all: every one has a capital letter or an institution's word ("the ministry
    of health"). A search for SPEAKER tries its many alternatives at every position, so this cheap test spares it the
    long stretches of lower-case words that name no one."""
    return bool(_CAPITAL.search(text) or _HAS_INSTITUTION.search(text))


FRENCH_TITLES = TITLES[TITLES.index("président") :]  # the list's French half
# A French title, its domain, then the person (two words or more): "le préfet de la Drôme Hugues Moutouh", "le préfet
# de police Jean Dupont", "la ministre britannique des Finances Jane Doe", "le ministre du Travail et de l'Emploi Jean
# Dupont".
_DOMAIN = r"(?:et[ \u00a0]+)?(?:de la|de l’|de l'|du|des|de|d’|d')[ \u00a0]*[\w’'‑-]+"
TITLED_PERSON = re.compile(
    rf"(?<![\w’'‑-])(?P<title>(?i:{prefix_tree(FRENCH_TITLES)}))(?:[ \u00a0]+[a-zà-öø-ÿ][\w‑-]*(?=[ \u00a0]+d))?"
    rf"(?:[ \u00a0]+{_DOMAIN}){{0,3}}[ \u00a0]+"
    rf"(?P<name>{NAME_WORD}(?:[ \u00a0]+(?:{_CONNECTOR}[ \u00a0]+)?{NAME_WORD})+)"
)
# A title in lower case between what it is of and the person: "Fisheries minister George Eustice", "Texas Department
# of Criminal Justice spokesperson Amanda Hernandez", "the council's finance director Jane Doe".
_TITLED_IN_LOWER_CASE = re.compile(
    rf"(?:(?i:the)[ \u00a0]+)?(?:[\w’'.-]+[ \u00a0]+){{0,6}}?(?:{prefix_tree(TITLES)})[ \u00a0]+"
    rf"(?P<name>{NAME_WORD}(?:[ \u00a0]+{NAME_WORD})+)"
)
_ELIDED_WORD = re.compile(r"(?:[CDJLMNST]|Qu)[’'][a-zà-öø-ÿ]")
# Letters after a person's name for a seat or an honour: "Jane Doe MP", "John Smith QC".
_POST_NOMINALS = frozenset(["MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "OBE", "MBE", "CBE"])
_FRENCH_CONNECTORS = frozenset(["de", "la", "du", "des"])  # French writes the rest of a domain in lower case
_DOMAIN_CONNECTORS = frozenset(["for", "of", "the"]) | _FRENCH_CONNECTORS
_DOMAIN_JOINER = "and"  # "Minister of Power and Energy", "for Local Government and Planning"
_TITLE_DOMAIN_OPENERS = frozenset(["for", "of", "and"])  # what a title's domain opens with ("Minister of Labour")
# A title and the first field of its domain, then a comma: "Minister for Infrastructure, " (domain_listed_before).
_DOMAIN_BEFORE_COMMA = re.compile(
    rf"(?P<domain>(?P<title>{NAME_WORD})[ \u00a0]+(?:for|of)(?:[ \u00a0]+the)?(?:[ \u00a0]+{NAME_WORD})+),[ \u00a0]*$"
)
_DOMAIN_BEFORE_COMMA_MAX_CHARS = 100  # a title and one field of its domain: the search reads no further back
_STARTS_WITH_DETERMINER = re.compile(r"(?:the|le|la|les)\b|l[’']")  # not "Laura", "Theresa May"
_HAS_INSTITUTION = re.compile(rf"(?<!\w){INSTITUTION}(?:s|x)?(?!\w)")  # a whole word: "Courbon" is no "cour"
_STARTS_WITH_NAMED_INSTITUTION = re.compile(_NAMED_INSTITUTION)
# Capitalised words that open sentences or clauses without naming anyone.
_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        """
        le la les l un une il elle ils elles on nous je ce cette ces cela selon pour mais et toutefois cependant
        the a an he she they we i it this that these those but and however according in on at for as if when while
        """,
    )
)
_MEDIA_BY_CORE = {re.sub(r"^(?:the|le|la|les) ", "", key): name for key, name in MEDIA.items()}


def with_determiner(determiner: str, name: str) -> str:
    """ "l'" and "armée" -> "l'armée", "la" and "police" -> "la police": an elided article takes no space."""
    return determiner + ("" if determiner.endswith(("’", "'")) else " ") + name


def clean_name(determiner: str | None, name: str) -> str:
    name = name.rstrip(".’'‑-")
    words = name.split()
    while words and words[0].lower().strip("’'") in _NOT_NAMES and not is_acronym(words[0]):
        determiner = words.pop(0)
    if words and _ELIDED_WORD.match(words[0]):
        return ""  # "C’est", "S’il", "Qu’elle" open a sentence and name no one ("L’Insee", "D’Alembert" do)
    if not words:
        return ""
    # "Sgt. Jane Doe of the Oakdale Police Department": Jane Doe
    untitled = person_before_affiliation(_without_titles(words))
    if untitled is not words and untitled[0].lower() in _TITLE_DOMAIN_OPENERS:
        # "Minister of Labour", "The Minister for Lands and Natural Resources": a title and its domain, no name; the
        # title alone points to its holder
        opener = next(index for index in range(1, len(words)) if words[index].lower() in _TITLE_DOMAIN_OPENERS)
        return words[opener - 1]  # "Minister Of Labour" too: a name in capitals capitalises its "of"
    if not _HAS_INSTITUTION.search(" ".join(untitled).lower()):  # "Police Sergeant Amy Cole" is a person
        if untitled is not words and len(untitled) >= 2 and is_person(" ".join(untitled)):
            determiner = None  # the article was the title's: "the US President Joe Biden" is Joe Biden
        words = untitled
        while len(words) > 2 and words[-1].rstrip(".") in _POST_NOMINALS:
            words.pop()  # "Chris Grayling MP" is Chris Grayling
        # after "the", initials open an organisation's name, not a title's domain: "the US Coast Guard", "the UK
        # Statistics Authority" (French writes its acronyms after a title's domain: "la CGT Philippe Martinez")
        initials = determiner == "the" and is_acronym(words[0])
        domain_then_person = len(words) >= 3 and not initials and is_person(" ".join(words))
        if determiner and determiner.islower() and domain_then_person:
            # People take no article: "(ministre de) la Santé Hamad Hassan" is a title's domain, then the person
            words, determiner = _without_title_domain([determiner, *words]), None
    if _two_people(words):
        return ""  # "Emmanuel Macron and Marine Le Pen said": no single speaker
    core = " ".join(words)
    if media := _MEDIA_BY_CORE.get(core.lower()):
        return media
    if determiner and (determiner.lower() in ("l’", "l'") or not is_person(core)):
        # "The Centers for Disease Control … said", "L’Insee indique": an organisation keeps its article (in French,
        # an elided article is never a person's)
        determiner = determiner.lower()
    if determiner and determiner.islower():
        return with_determiner(determiner, core)  # as written: "the Labor Department", "le ministère de la Santé"
    return core


def is_acronym(word: str) -> bool:
    """ "UN", "ONS": capitals that are a name even when they spell a common word ("un")."""
    return len(word) > 1 and word.isupper()


def _without_titles(words: list[str]) -> list[str]:
    """A person's name without the titles before it: "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy".

    A name that is nothing but a title ("Speaker") is kept whole: the tracker reads it as pointing back to a person.
    """
    last_title = _last_title(words)
    if not 0 <= last_title < len(words) - 1:
        return words
    return _without_title_domain(words[last_title + 1 :])


def _last_title(words: list[str]) -> int:
    """Where the last title of a name is, or -1."""
    # a one-letter title ("M." for monsieur) only opens a name: inside one it is an initial ("James M. Parent")
    titles = [
        index for index, word in enumerate(words) if is_title_word(word) and (index == 0 or len(word.rstrip(".")) > 1)
    ]
    return titles[-1] if titles else -1


def _without_title_domain(words: list[str]) -> list[str]:
    """A name without the domain of the title before it: "for Work Jane Kennedy" (after "Minister") and
    "la Santé Hamad Hassan" (after "ministre de") -> the person. A domain may hold several words ("of Foreign Affairs
    Jane Doe", "for Local Government and Planning Jane Doe", "and Water Resources Jane Doe"): the person is then
    guessed to be the last two words (untold_domain_end says where that is only a guess)."""
    starts = _person_starts(words)
    return words[starts[-1] :] if starts else words


def _person_starts(words: list[str]) -> range:
    """Where the person after a title's domain may start: one place where the domain's end can be told, several where
    it cannot (the last being two words before the end); none where no domain opens `words` or no name of two words
    follows it. The domain's first word is never the person's, nor anything before its last "and"; an institution's
    word ends it ("of Police Abdul Karim Osei"), and a French domain's capitalised part is one word ("de la Santé
    Ghulam Dastagir Nazari")."""
    position = 0
    while position < len(words) and words[position].lower() in _DOMAIN_CONNECTORS:
        position += 1
    if not position:
        return range(0)
    joiners = [index for index in range(position, len(words)) if words[index].lower() == _DOMAIN_JOINER]
    if not joiners:
        if len(words) - position < 3:
            return range(0)
        one_word = is_institution(words[position]) or words[position - 1].lower() in _FRENCH_CONNECTORS
        return range(position + 1, position + 2 if one_word else len(words) - 1)
    return range(joiners[-1] + 2, len(words) - 1) if len(words) - joiners[-1] >= 4 else range(0)


def untold_domain_end(name: str) -> tuple[list[str], list[str]]:
    """Where a title's domain cannot be told from the person after it ("Minister for Water and Sanitation Amara Kofi
    Mensah", "Minister of National Security Jane Doe"): the domain as far as it is sure ("for Water and Sanitation",
    "of National") and the words the person may start at any of but the last ("Amara Kofi Mensah", "Security Jane
    Doe"); ([], []) where it can be told. clean_name's last two words are then only a guess, which the page may settle
    elsewhere (page_names.py)."""
    words = name.rstrip(".’'‑-").split()
    last_title = _last_title(words)
    rest = words[last_title + 1 :] if 0 <= last_title < len(words) - 1 else []
    # a person's name is capitalised throughout: it starts after a link inside the domain ("of the Central Bank of Sri
    # Lanka"), found once so that a long run costs one pass, not one a start
    capitalised_from = next(
        (len(rest) - index for index, word in enumerate(reversed(rest)) if not word[:1].isupper()), 0
    )
    starts = [start for start in _person_starts(rest) if start >= capitalised_from]
    return (rest[: starts[0]], rest[starts[0] :]) if len(starts) > 1 else ([], [])


def domain_listed_before(before: str, name: str) -> str:
    """The title and first field of a domain listed over a comma ("Minister for Infrastructure" ending `before`, the
    text before `name`, when `name` goes on with "Local Government and Planning Jane Doe": the list's "and" shows the
    domain continues), or "". A name after a title's comma without "and" is the title's holder ("Minister for Health,
    Jane Doe")."""
    found = _DOMAIN_BEFORE_COMMA.search(before[-_DOMAIN_BEFORE_COMMA_MAX_CHARS:])
    listed = found and is_title_word(found["title"]) and " and " in name
    return found["domain"] if listed else ""


def _two_people(words: list[str]) -> bool:
    """Two names of two or more plain words joined by "and": two speakers, not an organisation's name. Each side must
    read as a person's: "National Disaster Risk Reduction and Management Council", "International Trade and Industry
    Ministry" join two parts of one organisation's name, its last part ending with an institution's word."""
    if "and" not in words:
        return False
    position = words.index("and")
    return all(
        len(part) >= 2 and part[0][:1].isupper() and not {"of", "for", "the"} & set(part) and is_person(" ".join(part))
        for part in (words[:position], words[position + 1 :])
    )


def person_before_affiliation(words: list[str]) -> list[str]:
    """A person's name then the organisation they belong to ("Jane Doe of the Oakdale Police Department"): the person
    speaks, the organisation only says who they are with. Kept whole where the first part is no person's name ("Bureau
    of Labor Statistics", "Deputy Governor of the Bank") or the second reads as a place or a field ("Jane Doe of
    Springfield", "London School of Economics")."""
    if "of" not in words[2:]:
        return words
    position = words.index("of", 2)
    person, affiliation = words[:position], words[position + 1 :]
    if (
        not affiliation
        or any(is_title_word(word) for word in person)
        or not is_person(" ".join(person))
        or (is_person(" ".join(affiliation)) and not is_acronym(affiliation[0]))
    ):
        return words
    return person


def is_title(name: str) -> bool:
    return all(word.lower().rstrip(".") in TITLE_WORDS for word in name.split())


# "Centers for Disease Control and Prevention", "Bureau of Labor Statistics": people's names have no such words.
_ORGANISATION_WORD = re.compile(r" (?:of|for|and) ")


# The last word of many organisations' names, which read like a person's otherwise ("the Joseph Rowntree Foundation",
# "the World Food Program", whose "World" would else be read as a title's domain before a person), and a company's
# legal form ("China Resources Enterprise", "Acme Holdings Bhd"): "the company said" points back to it.
_ORGANISATION_ENDINGS = frozenset(
    re.findall(
        r"\S+",
        """
        foundation trust association society federation union fund group party club alliance coalition network centre
        center organization organisation program programme fondation société fédération syndicat parti
        company enterprise enterprises holdings inc ltd plc corp bhd llc gmbh
        """,
    )
)
# "Co" is also a surname ("Jane Co"): a company's form only after two words or more ("Pacific Investment Management
# Co", "State Railway Group Co." once its full stop is cleaned off), never after a person's name alone.
_COMPANY_CO = re.compile(r"(?:\S+ ){2,}Co")


def is_person(speaker: str) -> bool:
    lowered = speaker.lower()
    return not (
        speaker in MEDIA.values()
        or lowered.rpartition(" ")[2] in _ORGANISATION_ENDINGS
        or _COMPANY_CO.fullmatch(speaker)
        or is_acronym(speaker)
        or _ORGANISATION_WORD.search(speaker)
        or _STARTS_WITH_DETERMINER.match(lowered)
        or _HAS_INSTITUTION.search(lowered)
        or _STARTS_WITH_NAMED_INSTITUTION.match(speaker)
    )


def is_institution(word: str) -> bool:
    """Whether a word is an institution's ("Police", "Ministry", "préfecture")."""
    return bool(_HAS_INSTITUTION.fullmatch(word.lower()))


def titled_person_at(sentence: str, start: int) -> str:
    """The person named at `start` after a title in lower case ("Fisheries minister George Eustice"), or ""."""
    found = _TITLED_IN_LOWER_CASE.match(sentence, start)
    name = clean_name(None, found["name"]) if found else ""
    return name if " " in name and is_person(name) else ""
