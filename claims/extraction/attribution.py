"""Who makes a claim: the named source of an attribution ("X said", "selon X") or of a quotation.

Names are whole and without titles ("Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy"); a
shortened name ("Zelenskyy", "the Labor Department") is the whole one given before. Pronouns ("il ajoute", "he said",
"selon lui"), bare titles ("the minister", "a visibly angry Speaker") and bare quotations point back to the last named
person or speaker; "the agency", "le communiqué" to the last organisation. A bare institution with none named before
speaks for itself when it is the subject ("La préfecture indique", "précise la préfecture"). Otherwise, when the
subject is not a name (a plural pronoun, "many experts", "…, the ministry said"), the speaker stays empty: no speaker
is better than a wrong one.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from claims.extraction.patterns import prefix_tree
from claims.extraction.quotations import has_quotation
from claims.extraction.reporting_words import DAYS, DOCUMENTS, MEDIA, PARTICIPLES_FR, TITLES, VERBS_EN, VERBS_FR
from claims.extraction.titles import TITLE_WORDS, title_holder

_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_NAME_WORD = rf"[{_UPPER}][\w’'‑.-]*"
_CONNECTOR = r"(?:de la|de l’|de l'|d’|d'|of the|for the|de|du|des|da|of|for|and|von|van|al|bin|el|y)"
_NAME = rf"{_NAME_WORD}(?:[ \u00a0]+(?:{_CONNECTOR}[ \u00a0]+)?{_NAME_WORD})*"
_INSTITUTION = (
    r"(?:ministère|ministry|department|agence|agency|office|institut|institute|bureau|commission|conseil|council"
    r"|cour|court|banque|bank|université|university|gouvernement|government|parquet|préfecture|mairie)"
)
_DETERMINER = r"(?:the|le|la|les|l’|l')"
# "Agence régionale de santé": a capitalised institution followed by lower-case words, up to the clause's end.
_NAMED_INSTITUTION = (
    r"(?:Agence|Institut|Office|Ministère|Haute Autorité|Autorité|Caisse|Direction|Cour|Conseil|Banque|Fédération)"
    r"(?:[ \u00a0][\w’'‑-]+){0,5}?(?=[,;:.]|[ \u00a0](?:a|ont|avait|a-t-elle)[ \u00a0]|$)"
)
# An institution whose domain is written in lower case ("le ministère de l’intérieur", "the ministry of health"): one
# word of domain, and only where the name visibly ends, or "la santé publique" would be cut to "la santé".
_INSTITUTION_OF_DOMAIN = (
    rf"{_INSTITUTION}[ \u00a0]+{_CONNECTOR}[ \u00a0]*[a-zà-öø-ÿ][\w’'‑-]*"
    r"(?=[,;:.!?]|[ \u00a0](?:a|ont|avait|has|have|had|said|says)[ \u00a0]|$)"
)
_SPEAKER = (
    rf"(?:(?P<det>{_DETERMINER}|The|Le|La|Les|L’|L')[ \u00a0]*)?"
    rf"(?P<name>{_NAMED_INSTITUTION}|(?:{_INSTITUTION}[ \u00a0]+{_CONNECTOR}[ \u00a0]*)?{_NAME}"
    rf"|{_INSTITUTION_OF_DOMAIN})"
)


_VERB = (
    rf"(?:(?:a|ont|avait|avaient)[ \u00a0]+{prefix_tree(PARTICIPLES_FR)}"  # passé composé: "a déclaré"
    rf"|{prefix_tree(VERBS_EN + VERBS_FR)})"
)
_SUBJECT_VERB = re.compile(rf"(?<![\w’'])(?i:{_VERB})\b")
# What may stand between an inverted verb and its speaker: a day ("a annoncé jeudi l'Insee", "said on Tuesday") and,
# in French, the listener ("a indiqué à l'AFP le ministre").
_WHEN = rf"(?:(?i:on[ \u00a0]+)?(?i:{prefix_tree(DAYS)})(?:[ \u00a0]+(?:soir|matin|après-midi))?[ \u00a0]+)?"
_LISTENER = rf"(?:(?:à|au|aux)[ \u00a0]+(?:l’|l'|la[ \u00a0]+|le[ \u00a0]+)?{_NAME_WORD}[ \u00a0]+)?"
# After a quotation the verb comes first ('"...," said Jane Doe'); "told" and "tells" never invert: what follows them is
# the listener ("Jane Doe, the mayor, told the BBC").
_VERB_THEN_SPEAKER = re.compile(rf"(?<![\w’'])(?!told\b|tells\b)(?:{_VERB})[ \u00a0]+{_WHEN}{_LISTENER}{_SPEAKER}")
# A subject that names no one but points back: "the agency said", "le communiqué précise", "the minister added",
# "indique la préfecture". Institutions and documents stand for the last organisation named; titles for the last person.
_POINTING_NOUN = prefix_tree(DOCUMENTS + " " + TITLES)
_ACCORDING_TO = re.compile(
    rf"(?<![\w’'])(?i:according to|selon|d’après|d'après)[ \u00a0]+(?:(?P<pronoun>lui|elle|him|her)\b"
    rf"|(?P<pointing_det>{_DETERMINER})[ \u00a0]*(?P<pointing>(?i:{_POINTING_NOUN}))\b|{_SPEAKER})"
)
# "according to figures from the Office for National Statistics", "selon un bilan donné à l'AFP par le ministre",
# "selon les chiffres de l'Insee": the source is what the figures or the report come from, after the preposition.
_ACCORDING_TO_SOURCE = re.compile(
    rf"(?<![\w’'])(?i:according to|selon|d’après|d'après)[ \u00a0]+(?:[^\s,;:.!?«»“”\"]+[ \u00a0]+){{1,6}}?"
    rf"(?:(?i:of|from|by|de|par)[ \u00a0]+|(?P<contracted>du|des)[ \u00a0]+)"
    rf"(?:(?P<pointing_det>{_DETERMINER})[ \u00a0]*(?P<pointing>(?i:{prefix_tree(TITLES)}))\b|{_SPEAKER})"
)
_INVERTED_PRONOUN = re.compile(r"-t-(?:il|elle)\b|\b(?:said|says|added|told) (?:he|she)\b", re.IGNORECASE)
_SPEAKER_AT_END = re.compile(rf"{_SPEAKER}$")
_SPEAKER_WHOLE = re.compile(_SPEAKER)
PERSON_MENTION = re.compile(_NAME)
_REFERRING_NOUN = rf"(?P<noun>{_POINTING_NOUN}|{_INSTITUTION})"
# A title's complement names what the person heads, not the speaker: "the chief of Ukraine’s National Police says".
_OF_WHAT = r"(?:[ \u00a0]+(?:of|de|du|des)[ \u00a0][^,]*|[ \u00a0]+d[’'][^,]*)"  # up to an apposition's comma
# Before an institution only lower-case words ("the health ministry" points back, "the Labor Department" is a name);
# before a title any ("the Labour leader", "the Kremlin spokesman").
# A title may also be someone's ("Detroit’s police chief") or someone's not named yet ("a Treasury minister").
_TITLE_DETERMINER = rf"(?:{_DETERMINER}|an?(?=[ \u00a0])|[\w-]+[’']s(?=[ \u00a0]))"
_POINTING_SUBJECT = re.compile(
    rf"^(?i:(?P<det>{_TITLE_DETERMINER})[ \u00a0]*(?:(?-i:[a-zà-öø-ÿ][\w-]*[ \u00a0]+){{0,2}}?{_REFERRING_NOUN}"
    rf"|(?:[\w-]+[ \u00a0]+){{0,2}}?(?P<title>{prefix_tree(TITLES)}){_OF_WHAT}?))$"
)
_VERB_THEN_POINTING_SUBJECT = re.compile(
    rf"(?<![\w’'])(?:{_VERB})[ \u00a0]+{_WHEN}{_LISTENER}(?P<det>{_DETERMINER})[ \u00a0]*{_REFERRING_NOUN}\b"
)
# The name a title is given just after it: "le ministre de la Santé, Jamal Nasser", "the Speaker, Lindsay Hoyle".
_APPOSED_NAME = re.compile(rf"[^,.;:!?«»“”\"]{{0,60}}?,[ \u00a0]+(?P<name>{_NAME})")
_POINTING_AT_END = re.compile(
    rf"(?:^|,[ \u00a0]*)(?i:(?P<phrase>(?P<det>{_TITLE_DETERMINER})[ \u00a0]*"
    rf"(?:[\w-]+[ \u00a0]+){{0,2}}?{_REFERRING_NOUN}))$"
)
_DETERMINERS = frozenset(["the", "le", "la", "les", "l’", "l'"])
# Letters after a person's name for a seat or an honour: "Jane Doe MP", "John Smith QC".
_POST_NOMINALS = frozenset(["MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "OBE", "MBE", "CBE"])
_DOMAIN_CONNECTORS = frozenset(["for", "of", "the", "de", "la", "du", "des"])
# What may stand between a subject and its verb in English: "Jane Doe has said", "the minister, however, said",
# "Jane Doe on Saturday claimed".
_BEFORE_VERB = re.compile(
    rf"(?:[ \u00a0,]+(?i:has|have|had|also|however|earlier|later|previously|(?:on[ \u00a0]+)?{prefix_tree(DAYS)})"
    r"|[ \u00a0]+\([A-Z]{2,}\))+"  # and the acronym given after a name: "the Office for National Statistics (ONS) says"
    r"[ \u00a0,]*$"
)
_CLAUSE_BREAK = re.compile(r"\b(?:que|qu’|qu'|that)\b|[:;«“]")  # the subject of a verb is after the last one
_STARTS_WITH_DETERMINER = re.compile(r"(?:the|le|la|les)\b|l[’']")  # not "Laura", "Theresa May"
_HAS_INSTITUTION = re.compile(_INSTITUTION)
_STARTS_WITH_NAMED_INSTITUTION = re.compile(_NAMED_INSTITUTION)
# The subject pronoun, alone or after an opening clause ("Explaining the rise, she said", "Interrogé, il a répondu").
_SINGULAR_PRONOUN = re.compile(r"^(?:[^,]*,[ \u00a0]+)?(?:il|elle|he|she)$", re.IGNORECASE)
# "Critics say": with a plural verb a lone capitalised word is more likely a common noun than a name.
_PLURAL_VERB = re.compile(r"^(?:say|ont .*|\w+ent)$", re.IGNORECASE)
_LEADING_CONNECTIVE = re.compile(
    r"^(?:toutefois|cependant|mais|et|or|pourtant|de plus|en outre|enfin|however|but|and|yet|also|moreover),?\s+",
    re.IGNORECASE,
)
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
RECENT_SPEAKER_SENTENCES = 3  # how far back a bare quotation may look for its speaker
# How far before its verb a speaker's name (and one apposition) may start, in characters. Bounding it keeps the
# work per verb constant: "said that said that ..." would otherwise re-read the whole sentence for every verb.
SUBJECT_MAX_CHARS = 300


def clean_name(determiner: str | None, name: str) -> str:
    name = name.rstrip(".’'‑-")
    words = name.split()
    while words and words[0].lower().strip("’'") in _NOT_NAMES and not is_acronym(words[0]):
        determiner = words.pop(0)
    if not words:
        return ""
    if not _HAS_INSTITUTION.search(name.lower()):
        words = _without_titles(words)
        while len(words) > 2 and words[-1].rstrip(".") in _POST_NOMINALS:
            words.pop()  # "Chris Grayling MP" is Chris Grayling
        if determiner and determiner.islower() and len(words) >= 3 and is_person(" ".join(words)):
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
        joiner = "" if determiner.endswith(("’", "'")) else " "
        return determiner + joiner + core  # as written: "the Labor Department", "le ministère de la Santé"
    return core


def is_acronym(word: str) -> bool:
    """ "UN", "ONS": capitals that are a name even when they spell a common word ("un")."""
    return len(word) > 1 and word.isupper()


def _without_titles(words: list[str]) -> list[str]:
    """A person's name without the titles before it: "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy".

    A name that is nothing but a title ("Speaker") is kept whole: the tracker reads it as pointing back to a person.
    """
    titles = [index for index, word in enumerate(words) if word.lower().rstrip(".") in TITLE_WORDS]
    last_title = titles[-1] if titles else -1
    if not 0 <= last_title < len(words) - 1:
        return words
    return _without_title_domain(words[last_title + 1 :])


def _without_title_domain(words: list[str]) -> list[str]:
    """A name without the domain of the title before it: "for Work Jane Kennedy" (after "Minister") and
    "la Santé Hamad Hassan" (after "ministre de") -> the person; a title's domain is one word after its preposition."""
    position = 0
    while position < len(words) and words[position].lower() in _DOMAIN_CONNECTORS:
        position += 1
    if position and len(words) - position >= 3:
        return words[position + 1 :]
    return words


def _two_people(words: list[str]) -> bool:
    """Two names of two or more plain words joined by "and": two speakers, not an organisation's name."""
    if "and" not in words:
        return False
    position = words.index("and")
    return all(
        len(part) >= 2 and part[0][:1].isupper() and not {"of", "for", "the"} & set(part)
        for part in (words[:position], words[position + 1 :])
    )


def _is_title(name: str) -> bool:
    return all(word.lower().rstrip(".") in TITLE_WORDS for word in name.split())


def _ends_with_apposed_name(before: str) -> bool:
    """Whether the words before a verb end with a name set between commas ("The Employment Minister, Jane Doe, says
    the government …"): that name is the subject, and the one after the verb is what it speaks of, not an inverted
    speaker."""
    if not before.endswith(","):
        return False
    head, _, apposed = before[:-1].rpartition(",")
    return bool(head.strip()) and bool(_SPEAKER_WHOLE.fullmatch(apposed.strip()))


def _speaker_ending(region: str) -> str:
    """The name that ends `region` (the words just before an attribution verb), skipping one apposition."""
    region = _LEADING_CONNECTIVE.sub("", region.strip().rstrip(",").strip())
    if match := _SPEAKER_AT_END.search(region):
        return clean_name(match["det"], match["name"])
    if "," in region:
        # "Dmitri Peskov, the Kremlin spokesman, said": the part before the apposition must be a whole name, or
        # "Prices rose in December, the department said" would be given to "December".
        # A quotation may close just before the name ('…,” Jane Doe, who watched, said').
        head = region.rsplit(",", 1)[0].rsplit(",", 1)[-1].strip().lstrip('»”"’ \u00a0')
        head = _LEADING_CONNECTIVE.sub("", head)
        if match := _SPEAKER_WHOLE.fullmatch(head):
            return clean_name(match["det"], match["name"])
    return ""


@dataclass
class SpeakerTracker:
    """Follows one document, sentence by sentence, remembering the last named speaker."""

    last_speaker: str = ""
    last_person: str = ""  # what "il", "she" and "selon lui" refer to; institutions and media are not people
    last_organisation: str = ""  # what "the agency", "le communiqué" refer to
    sentences_since_speaker: int = 0
    named: list[str] = field(default_factory=list)  # whole names found so far, latest last
    # people the page names whole anywhere, a caption included ("Culture Secretary Oliver Dowden" before "Dowden says")
    mentioned: list[str] = field(default_factory=list)
    by_acronym: dict[str, str] = field(default_factory=dict)  # the names the page's acronyms spell
    by_title: dict[str, str] = field(default_factory=dict)  # the person the page gives each title to, if one
    # The last sentence's speaker was a title ("the minister said") with no person named before: the next sentence
    # may name them ("The chief of police says 18 died. Ihor Klymenko says …").
    title_without_person: bool = False

    def speaker_of(self, sentence: str) -> str:
        self.title_without_person = False
        speaker = self._whole_name(self._find(sentence))
        if speaker:
            self.last_speaker = speaker
            if is_person(speaker):
                self.last_person = speaker
            else:
                self.last_organisation = speaker
            if speaker not in self.named:
                self.named.append(speaker)
            self.sentences_since_speaker = 0
        else:
            self.sentences_since_speaker += 1
            if subject := self._person_opening(sentence):
                self.last_person = subject  # "Mr Hannigan is considering an appeal. He claims …": he is Hannigan
        return speaker

    def _person_opening(self, sentence: str) -> str:
        """The person a sentence opens with as its subject ("Mr Hannigan is …", "Joe Hannigan, 59, objected …"), whole;
        a single word counts only when it stands for a whole name met before ("Prices rose" names no one)."""
        match = _SPEAKER_WHOLE.match(_LEADING_CONNECTIVE.sub("", sentence))
        if not match or match["det"]:
            return ""
        name = self._whole_name(clean_name(None, match["name"]))
        return name if " " in name and is_person(name) else ""

    def _whole_name(self, speaker: str) -> str:
        """The whole name a shortened one stands for: "Zelenskyy" after "Volodymyr Zelenskyy", "the Labor Department"
        after "the US Labor Department", "the ONS" the name it spells; a bare title ("Speaker") is the last person."""
        if not speaker:
            return ""
        if _is_title(speaker):
            return self.last_person
        words = speaker.split()
        core = words[1:] if words[0].islower() else words  # "the Labor Department" ends "the US Labor Department"
        if len(core) == 1 and (spelt := self.by_acronym.get(core[0])):
            return spelt
        for earlier in [*reversed(self.named), *self.mentioned]:
            earlier_words = earlier.split()
            if len(earlier_words) > len(core) and earlier_words[-len(core) :] == core:
                return earlier
        return speaker

    def _pointing_back(self, determiner: str, noun: str, *, bare: bool = True, phrase: str = "") -> str:
        """The speaker that "the agency", "le communiqué" or "the minister" stands for, or "la préfecture" itself
        (unless `bare` is false: "Inflation rose 2%, the ministry said" names no one). A title the page gives one
        person ("Punjab Chief Minister Amarinder Singh") is that person ("the chief minister said")."""
        noun = noun.lower()
        if noun in TITLE_WORDS:
            if holder := title_holder(self.by_title, phrase):
                return holder
            self.title_without_person = not self.last_person
            return self.last_person
        if determiner.lower() not in _DETERMINERS:
            return ""  # "an agency said" is not the one named before, nor is "Ukraine’s ministry"
        if self.last_organisation:
            return self.last_organisation
        if noun in DOCUMENTS.split() or not bare:
            return ""
        joiner = "" if determiner.endswith(("’", "'")) else " "
        return determiner.lower() + joiner + noun

    def _find(self, sentence: str) -> str:
        if match := _ACCORDING_TO.search(sentence):
            if match["pronoun"]:
                return self.last_person
            if match["pointing"] and match["pointing"].lower() in TITLE_WORDS:  # "selon le ministre"
                if apposed := _APPOSED_NAME.match(sentence, match.end()):
                    return clean_name(None, apposed["name"])
                return self._pointing_back(match["pointing_det"], match["pointing"])
            if match["name"] and (name := clean_name(match["det"], match["name"])):
                return name
        if source := _ACCORDING_TO_SOURCE.search(sentence):
            if source["pointing"]:  # "selon un bilan donné par le ministre"
                return self._pointing_back(source["pointing_det"], source["pointing"])
            determiner = {"du": "le", "des": "les"}.get((source["contracted"] or "").lower(), source["det"])
            if name := clean_name(determiner, source["name"]):
                return name
        if match and match["pointing"]:  # "according to the report"
            return self._pointing_back(match["pointing_det"], match["pointing"])
        if _INVERTED_PRONOUN.search(sentence):
            return self.last_person
        # Most sentences have no attribution verb. Where the case-insensitive _SUBJECT_VERB finds none,
        # _VERB_THEN_SPEAKER (the same verbs, case kept) cannot match either: one search skips both loops.
        has_verb = _SUBJECT_VERB.search(sentence)
        for match in _VERB_THEN_SPEAKER.finditer(sentence) if has_verb else ():
            before = sentence[max(0, match.start() - SUBJECT_MAX_CHARS) : match.start()].rstrip()
            if (
                before.endswith((",", "»", "”", '"'))
                and not _ends_with_apposed_name(before)
                and (name := clean_name(match["det"], match["name"]))
            ):
                return name  # "« ... », a déclaré Olivier Véran" / '"...," said Jane Doe'
        for match in _VERB_THEN_POINTING_SUBJECT.finditer(sentence) if has_verb else ():
            before = sentence[max(0, match.start() - SUBJECT_MAX_CHARS) : match.start()].rstrip()
            if before.endswith((",", "»", "”", '"')):
                if apposed := _APPOSED_NAME.match(sentence, match.end()):  # "…, a déclaré le ministre, Jean Dupont"
                    return clean_name(None, apposed["name"])
                return self._pointing_back(match["det"], match["noun"])  # '"...", précise le communiqué'
        clause_starts = [0, *(found.end() for found in _CLAUSE_BREAK.finditer(sentence))] if has_verb else []
        for match in _SUBJECT_VERB.finditer(sentence) if has_verb else ():
            # The subject is after the last clause break before the verb, and close to it.
            clause_start = clause_starts[bisect_right(clause_starts, match.start()) - 1]
            region = sentence[max(clause_start, match.start() - SUBJECT_MAX_CHARS) : match.start()]
            region = _BEFORE_VERB.sub("", region)
            subject = _LEADING_CONNECTIVE.sub("", region.strip().rstrip(",").strip())
            if _SINGULAR_PRONOUN.match(subject):
                return self.last_person
            if pointing := _POINTING_SUBJECT.match(subject):
                title_end = pointing.end("title") if pointing["title"] else None
                return self._pointing_back(
                    pointing["det"], pointing["noun"] or pointing["title"], phrase=subject[:title_end]
                )
            name = _speaker_ending(region)
            if name and not (" " not in name and _PLURAL_VERB.match(match.group(0))):
                return name
            if (pointing := _POINTING_AT_END.search(subject)) and (
                speaker := self._pointing_back(pointing["det"], pointing["noun"], bare=False, phrase=pointing["phrase"])
            ):
                return speaker  # "Prices rose 0.2%, the department said": the organisation named before
        if has_quotation(sentence) and self.sentences_since_speaker < RECENT_SPEAKER_SENTENCES:
            return self.last_speaker
        return ""


# "Centers for Disease Control and Prevention", "Bureau of Labor Statistics": people's names have no such words.
_ORGANISATION_WORD = re.compile(r" (?:of|for|and) ")


def is_person(speaker: str) -> bool:
    lowered = speaker.lower()
    return not (
        speaker in MEDIA.values()
        or is_acronym(speaker)
        or _ORGANISATION_WORD.search(speaker)
        or _STARTS_WITH_DETERMINER.match(lowered)
        or _HAS_INSTITUTION.search(lowered)
        or _STARTS_WITH_NAMED_INSTITUTION.match(speaker)
    )
