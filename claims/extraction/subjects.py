"""The subject before a reporting verb: the name that ends the words before "said" / "a déclaré", past the appositions
("Mr Smith, 54, who chairs the committee, said"), and the organisation a source or a title belongs to ("Eurostat's
figures show", "a Home Office spokesman said")."""

import re

from claims.extraction.names import (
    NAME,
    SPEAKER,
    clean_name,
    domain_listed_before,
    is_person,
    is_title,
    may_hold_speaker,
)
from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import DAYS
from claims.extraction.titles import is_title_word

SPEAKER_WHOLE = re.compile(SPEAKER)
_SPEAKER_AT_END = re.compile(rf"{SPEAKER}$")

_LINKING_WORDS = frozenset(["of", "for", "and"])  # inside an organisation's name: "Ministry of Health"

# Where a name at the end of the subject is only a complement ("Sarah Ball, from Surrey Police, said").
_PREPOSITIONS = frozenset(["from", "of", "at", "with", "for", "in", "near", "on", "by", "after", "before", "during"])
# and in French ("Paul Martin, président de la commission au CNT, a précisé"): the name before the apposition speaks
_PREPOSITIONS_FR = ["au", "aux", "à", "dans", "en", "de", "du", "des", "chez", "pour", "auprès de", "de la", "d’", "d'"]
# "after" also opens a clause whose subject is the source: "Bills will rise after Ofgem said it was raising its cap".
_CLAUSE_OPENING = frozenset(["after"])
_PREPOSITION_AT_END = re.compile(
    rf"(?:\b(?i:{'|'.join(sorted(_PREPOSITIONS - _CLAUSE_OPENING))})[ \u00a0]+"
    rf"|(?<![\w’'])(?i:{'|'.join(_PREPOSITIONS_FR)})(?:[ \u00a0]+|(?<=[’'])))$"
)
# A name, then "from" before the organisation or place ending the subject: "Jane Doe from Unison said".
_NAME_THEN_FROM = re.compile(rf"(?P<person>{NAME})[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?$")
# The words just before a verb that make a clause of its own, not an apposition: a form of "be" (a passive), after a
# subject pronoun or alone ("Meanwhile, was revealed that …", "Yesterday, I was told that …"): the capitalised word
# before the comma opens the sentence and speaks no words.
_CLAUSE_OF_ITS_OWN = re.compile(
    r"[ \u00a0]*(?:(?:I|we|he|she|they|you|it)[ \u00a0]+)?(?:was|were|is|are|been|being)[ \u00a0]*"
)
# An existential clause before the verb ("Importantly, there were 42 cases reported"): "there" is its subject, so the
# word before the comma (a sentence adverb) is no speaker, and "reported" only qualifies the cases.
_EXISTENTIAL = re.compile(
    r"[ \u00a0]*there[ \u00a0]+"
    r"(?:(?:is|are|was|were|has|have|had)[ \u00a0]+(?:also[ \u00a0]+)?(?:been|be)?|will[ \u00a0]+be)\b"
)
# and in French ("Le bureau du shérif à Austin, au Texas, a indiqué", "La police de Lyon, dans le Rhône, a indiqué")
_PLACE_PREPOSITION_AT_END = re.compile(
    r"(?<![\w’'])(?i:in|at|on|near|during|before|à|au|aux|dans|en)[ \u00a0]+(?:(?i:le|la|les|l’|l')[ \u00a0]*)?$"
)
_COMMON_NOUN_PHRASE = re.compile(r"(?i:the|a|an|its|their|two|both)(?:[ \u00a0]+[a-z][\w-]*){1,3}")
# What an apposition between a name and its verb opens with: an age, a relative pronoun, an article, a lower-case word.
_APPOSITION = re.compile(r"[ \u00a0]*(?:\d|(?i:who|which|whose|the|a|an)\b|[a-zà-öø-ÿ])")
LEADING_CONNECTIVE = re.compile(
    r"^(?:toutefois|cependant|mais|et|or|pourtant|de plus|en outre|enfin|however|but|and|yet|also|moreover),?\s+",
    re.IGNORECASE,
)


# What may stand between a subject and its verb in English: "Jane Doe has said", "the minister, however, said",
# "Jane Doe on Saturday claimed".
BEFORE_VERB = re.compile(
    rf"(?:[ \u00a0,]+(?i:has|have|had|also|however|earlier|later|previously|further|again|still|separately|subsequently"
    rf"|publicly|(?:on[ \u00a0]+)?{prefix_tree(DAYS)}(?:[ \u00a0]+(?:morning|afternoon|evening|night))?"
    # "Microsoft last week said", "the council this month confirmed"
    r"|(?:last|this)[ \u00a0]+(?:week|month|year|morning|afternoon|evening|night))"
    # any adverb ("has repeatedly said", "preliminarily confirmed"), not a noun in -ly ("the family said")
    r"|[ \u00a0]+(?!(?:family|assembly|supply|anomaly|monopoly|weekly|daily|monthly|quarterly)\b)[a-z]{3,}ly"
    r"|[ \u00a0]+\([A-Z]{2,}\)"  # and the acronym given after a name: "the Office for National Statistics (ONS) says"
    r"|[ \u00a0]+(?:le|la|les|lui|leur|l[’'])"  # and a French object pronoun: "Jean Dupont le répète", "X l'a dit"
    r"|[ \u00a0,]+qui)+"  # and a French relative pronoun: "Jean Dupont, qui annonçait"
    r"[ \u00a0,]*$"
)


# A relative or participial clause set between a subject and its verb ("The company, which owns the brand, said",
# "El-Rufai who spoke to the BBC alleged", "Jane Doe, standing in for the chief executive, said"): what it names is not
# the subject, which stands before it. It must hold a word of its own (in "Jane Doe, who said …" the verb is the
# clause's) and be closed as it opens: "the suspect, who police say was armed", "…, dying of what the prison system
# says" are subjects in a clause. A participle opens one only between commas: "the ruling party said" has none.
# Atomic and possessive, so that a clause that does not end the words is given up at once: read with backtracking,
# "who who who … x," cost the cube of its length.
_CLAUSE_WORDS = r"[ \u00a0]+(?>[^,]*?[^\W\d_])[^,]*+"
_RELATIVE_CLAUSE_AT_END = re.compile(
    rf"(?:,[ \u00a0]*(?:who|which|whose|[a-z]+ing){_CLAUSE_WORDS},"
    rf"|(?<![,\s])[ \u00a0]+(?:who|which|whose){_CLAUSE_WORDS})[ \u00a0]*$"
)


def without_relative_clause(region: str) -> str:
    """The words before a verb without the relative clause that may end them ("Mr Smith, who chairs the board,")."""
    return _RELATIVE_CLAUSE_AT_END.sub("", region)


# The state or country after a place, set off by commas ("The police department in Austin, Texas, said", "… near
# Tallahassee, Fla., said"): part of the place, never the subject. One word, or two after a compass word ("New York").
_REGION_NAME = re.compile(r"(?:(?:New|North|South|West|East)[ \u00a0]+)?[A-Z][a-z]*\.?")
_PLACE_AT_END = re.compile(r"\b(?:in|at|near|of|outside)[ \u00a0]+[A-Z][\w’'.-]*(?:[ \u00a0]+[A-Z][\w’'.-]*){0,3}$")


def without_place_region(region: str) -> str:
    """The words before a verb without the state or country that follows a place at their end ("in Austin, Texas,")."""
    if not region.rstrip(" \u00a0").endswith(","):
        return region  # set off by commas on both sides: "After talks in Paris, Macron said" names the speaker
    head, comma, last = region.rstrip(", \u00a0").rpartition(",")
    return head if comma and _REGION_NAME.fullmatch(last.strip()) and _PLACE_AT_END.search(head) else region


# Only a relative pronoun: a participle also opens what a quotation goes on with ("Prices rose, leading to …, said X").
_RELATIVE_PRONOUN_CLAUSE_AT_END = re.compile(rf",[ \u00a0]*(?:who|which|whose){_CLAUSE_WORDS},$")


def ends_with_relative_clause(before: str) -> bool:
    """Whether the words before a verb end with a relative clause between commas ("The agency's head, who was
    represented by her deputy, said the agency …"): the verb's subject is before it, and what follows is its object,
    not an inverted speaker."""
    return bool(_RELATIVE_PRONOUN_CLAUSE_AT_END.search(before))


def ends_with_apposed_name(before: str) -> bool:
    """Whether the words before a verb end with a name set between commas ("The Employment Minister, Jane Doe, says
    the government …"): that name is the subject, and the one after the verb is what it speaks of, not an inverted
    speaker."""
    if not before.endswith(","):
        return False
    head, _, apposed = before[:-1].rpartition(",")
    return bool(head.strip()) and bool(SPEAKER_WHOLE.fullmatch(apposed.strip()))


def speaker_ending(region: str) -> str:
    """The name that ends `region` (the words just before an attribution verb), skipping appositions."""
    region = LEADING_CONNECTIVE.sub("", region.strip().rstrip(",").strip())
    segments = region.split(",")
    if len(segments) >= 2 and (first := _first_person_apposed(segments[-2], segments[-1])):
        return first
    # A name holds no comma, so the one ending the region is after its last comma.
    after_last_comma = len(region) - len(segments[-1])
    if len(segments) >= 2 and (_CLAUSE_OF_ITS_OWN.fullmatch(segments[-1]) or _EXISTENTIAL.match(segments[-1])):
        return ""
    match = _SPEAKER_AT_END.search(region, after_last_comma) if may_hold_speaker(segments[-1]) else None
    # "Jane Doe, the Federal Finance Minister said", "Jane Doe, Minister for Health, said": a title after a name is
    # that person's, so the name before it is looked for below
    title_after_name = match and "," in region and _names_a_title(match["name"])
    if match and (domain := domain_listed_before(region[:after_last_comma], match["name"])):
        return clean_name(None, f"{domain} {match['name']}")  # "Minister for Infrastructure, Local Government and …"
    if match and not title_after_name and not _PREPOSITION_AT_END.search(region, 0, match.start()):
        return clean_name(match["det"], match["name"])
    if match and (member := _NAME_THEN_FROM.search(region, after_last_comma, match.start())):
        # the person speaks, not the organisation or the place they are from
        if " " in (person := clean_name(None, member["person"])) and is_person(person) and not is_title(person):
            return person
    # "Dmitri Peskov, the Kremlin spokesman, said", "Mr Smith, 54, who chairs the committee, said", "Sarah Ball, from
    # Surrey Police, said": the name before the appositions must be whole, or "Prices rose in December, the
    # department said" would be given to "December". A quotation may close just before the name ('…,” Jane Doe, who
    # watched, said').
    for index in range(len(segments) - 2, -1, -1):
        if _EXISTENTIAL.match(segments[index + 1]):
            break  # "Meanwhile, there were 42 cases reported, officials said": no name before "there" speaks
        if may_hold_speaker(segments[index]):
            head = LEADING_CONNECTIVE.sub("", segments[index].strip().lstrip('»”"’ \u00a0'))
            if (found := SPEAKER_WHOLE.fullmatch(head)) and head.split()[0].lower() not in _PREPOSITIONS:
                return clean_name(found["det"], found["name"])
        if not _APPOSITION.match(segments[index]):
            break
    if not match or _PLACE_PREPOSITION_AT_END.search(region, 0, match.start()):
        return ""  # "Residents in Leeds said": a place is no speaker
    return clean_name(match["det"], match["name"])  # "A spokesman for Network Rail said"


def _names_a_title(name: str) -> bool:
    """Whether a capitalised run is a title ("Federal Finance Minister", "Minister for Health"), not a name."""
    words = name.split()
    return is_title_word(words[-1]) or (is_title_word(words[0]) and len(words) > 1 and words[1] in _LINKING_WORDS)


def _first_person_apposed(subject: str, apposition: str) -> str:
    """The first person named in apposition to a common noun ("The researchers, Jane Doe and John Roe of the
    institute, said"): the first of the sources a sentence names."""
    if not _COMMON_NOUN_PHRASE.fullmatch(subject.strip()) or not (found := SPEAKER_WHOLE.match(apposition.strip())):
        return ""
    name = re.split(r" (?:and|of|for) ", found["name"])[0]
    return name if " " in name and is_person(name) and not found["det"] else ""


def owner_of(name: str) -> str:
    """The owner of what a source is ("according to Eurostat's estimate", "the NASA's statement": Eurostat, NASA),
    without the article, which is the document's; "" if the name is not possessive."""
    for ending in ("’s", "'s"):
        if name.endswith(ending):
            return clean_name(None, name.removesuffix(ending))
    return ""


def organisation_before_title(determiner: str, phrase: str) -> str:
    """The organisation a title belongs to: its owner ("Network Rail’s spokesman") or the capitalised words between
    the article and the title ("a Home Office spokesman")."""
    owner = determiner if determiner.endswith(("’s", "'s")) else " ".join(phrase[len(determiner) :].split()[:-1])
    owner = owner.removesuffix("’s").removesuffix("'s")
    words = owner.split()
    capitalised = words and words[0][:1].isupper()  # "a Ministry of Health spokeswoman"
    return owner if capitalised and all(word[:1].isupper() or word in _LINKING_WORDS for word in words) else ""
