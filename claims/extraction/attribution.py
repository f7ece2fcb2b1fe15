"""Who makes a claim: the named source of an attribution ("X said", "selon X") or of a quotation.

Names are whole and without titles ("Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy"); a shortened
name ("Zelenskyy", "the Labor Department") is the whole one given before. Pronouns ("il ajoute", "he said", "selon
lui"), bare titles ("the minister", "a visibly angry Speaker") and bare quotations point back to the last named person
or speaker; "the agency", "le communiqué" to the last organisation. A bare institution with none named before speaks
for itself when it is the subject ("La préfecture indique", "précise la préfecture"). Otherwise, when the subject is
not a name (a plural pronoun, "many experts", "…, the ministry said"), the speaker stays empty: no speaker is better
than a wrong one. A quotation woven into the writer's own sentence is a source for the claim gate, not a speaker.
"""

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import chain

from claims.extraction.according_to import (
    ACCORDING_TO,
    ACCORDING_TO_BARE_INSTITUTION,
    ACCORDING_TO_INSTITUTION,
    ACCORDING_TO_SOURCE,
    ACCORDING_TO_WORDS,
    COURT_DOCUMENTS,
)
from claims.extraction.bodies import ACCORDING_TO_STAFF, owned_subject, staff_body
from claims.extraction.collectives import bare_institution, collective_subject, named_bare_institution, unnamed_people
from claims.extraction.home_places import without_home_place
from claims.extraction.name_endings import first_of_two_people, index_endings
from claims.extraction.names import (
    TITLED_PERSON,
    clean_name,
    is_acronym,
    is_institution,
    is_person,
    is_title,
    titled_person_at,
    with_determiner,
)
from claims.extraction.pronoun_antecedents import ANTECEDENT_REACH, person_named_just_before
from claims.extraction.quotations import has_quotation, quotes_a_sentence
from claims.extraction.reporting_words import DOCUMENTS
from claims.extraction.subject_shapes import (
    APPOSED_NAME,
    CLAUSE_BREAK,
    DETERMINERS,
    NAMED_WITH_ACRONYM,
    OPENING_CLAUSE,
    ORGANISATION_PRONOUN,
    PLURAL_AUXILIARY,
    PLURAL_VERB,
    POINTING_AT_END,
    POINTING_SUBJECT,
    RECORDED,
    REPORTS,
    SHOWN_BY,
    SHOWS,
    SINGULAR_PRONOUN,
    SOURCE_OWNER,
    SPOKESPERSON,
    SUBJECT_ALSO_SAYS,
    VERB_THEN_POINTING_SUBJECT,
)
from claims.extraction.subjects import (
    BEFORE_VERB,
    LEADING_CONNECTIVE,
    SPEAKER_WHOLE,
    ends_with_apposed_name,
    ends_with_relative_clause,
    organisation_before_title,
    owner_of,
    speaker_ending,
    without_relative_clause,
)
from claims.extraction.titles import TITLE_WORDS, is_office, title_holder
from claims.extraction.verb_patterns import (
    INVERTED_PRONOUN,
    REPORTING_VERB,
    VERB_AFTER_OBJECT,
    VERB_THEN_DESCRIBED,
    VERB_THEN_DESCRIBED_IN_LOWER_CASE,
    VERB_THEN_SPEAKER,
)

RECENT_SPEAKER_SENTENCES = 3  # how far back a bare quotation may look for its speaker
# How far before its verb a speaker's name (and one apposition) may start, in characters. Bounding it keeps the
# work per verb constant: "said that said that ..." would otherwise re-read the whole sentence for every verb.
SUBJECT_MAX_CHARS = 300


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
    by_institution: dict[str, str] = field(default_factory=dict)  # "police" -> the one force the page names
    settled_guesses: dict[str, str] = field(default_factory=dict)  # a name guessed after a title's domain -> whose
    # The speaker was a title ("the minister said") with no person named before: the next sentence may name them.
    title_without_person: bool = False
    woven_quotation: bool = False  # its speaker is only the last one, carried to words quoted in the writer's sentence
    spoken_for: bool = False  # the speaker is a body its people speak for ("economists at Teagasc"): no person
    # One language's shapes, tried first (speakers.py passes French's): called with the sentence and this tracker.
    first_finder: Callable[[str, "SpeakerTracker"], str] | None = None
    last_finder: Callable[[str, "SpeakerTracker"], str] | None = None  # and its weakest shapes, tried last

    def __post_init__(self) -> None:
        # The names that end with each run of words (up to SHORTENED_NAME_MAX_WORDS), so that a shortened name is
        # looked up, not compared with every name met before: a page of thousands of names stays linear.
        self._named_by_ending: dict[tuple[str, ...], str] = {}  # the latest named first, as `named` reversed
        self._mentioned_by_ending: dict[tuple[str, ...], str] = {}  # the first mentioned first
        self._named_set = set(self.named)
        for name in self.named:
            index_endings(self._named_by_ending, name, replace=True)
        self._mentioned_set = set(self.mentioned)
        self._mentioned_by_first_word: dict[str, set[str]] = {}  # "Saifuddin" -> the people the page calls so
        self._latest_by_first_word: dict[str, str] = {}  # "Jane" -> the last person so named who spoke
        self._recent: list[str] = []  # the last sentences read, where a pronoun may find the person it stands for
        for name in self.mentioned:
            index_endings(self._mentioned_by_ending, name, replace=False)
            self._mentioned_by_first_word.setdefault(name.split()[0], set()).add(name)

    def speaker_of(self, sentence: str) -> str:
        self.title_without_person = self.woven_quotation = self.spoken_for = False
        found = self.first_finder(sentence, self) if self.first_finder else ""
        found = found or self._find(sentence) or (self.last_finder(sentence, self) if self.last_finder else "")
        speaker = self.whole_name(found)
        if speaker:
            self.last_speaker = speaker
            if is_person(speaker) and not self.spoken_for:
                self.last_person = speaker
                first_word, space, _ = speaker.partition(" ")
                if space:
                    self._latest_by_first_word[first_word] = speaker
            else:
                self.last_organisation = speaker
                if SPOKESPERSON.search(sentence):
                    self.last_person = speaker  # "A spokesman for the ONS said …", then "… he said": for the ONS
            if speaker not in self._named_set:
                self._named_set.add(speaker)
                self.named.append(speaker)
                index_endings(self._named_by_ending, speaker, replace=True)
            self.sentences_since_speaker = 0
        else:
            self.sentences_since_speaker += 1
            if subject := self._person_opening(sentence):
                self.last_person = subject  # "Mr Hannigan is considering an appeal. He claims …": he is Hannigan
        self._recent = [*self._recent[1 - ANTECEDENT_REACH :], sentence]
        return speaker

    def _pronoun_person(self) -> str:
        """Who "he", « elle » or "selon lui" stands for: the last person, or with none yet the one named just before."""
        return self.last_person or person_named_just_before(self._recent)

    def _person_opening(self, sentence: str) -> str:
        """The person a sentence opens with as its subject ("Mr Hannigan is …", "Joe Hannigan, 59, objected …"), or
        after an opening clause ("Hitting back at the minister, Singh accused her"), whole; a single word counts only
        when it stands for a whole name met before ("Prices rose" names no one)."""
        sentence = LEADING_CONNECTIVE.sub("", sentence)
        clause = OPENING_CLAUSE.match(sentence)
        for start in (0, clause.end()) if clause else (0,):
            if titled := titled_person_at(sentence, start):
                return self.whole_name(titled)  # "Housing minister Mark Prisk has followed …"
            match = SPEAKER_WHOLE.match(sentence, start)
            if match and not match["det"]:
                name = self.whole_name(clean_name(None, match["name"]))
                if " " in name and is_person(name):
                    return name
        return ""

    def whole_name(self, speaker: str) -> str:
        """The whole name a shortened one stands for: "Zelenskyy" after "Volodymyr Zelenskyy", "the Labor Department"
        after "the US Labor Department", "the ONS" the name it spells; a bare title ("Speaker") is the last person."""
        if not speaker:
            return ""
        if speaker in self.settled_guesses:
            return self.settled_guesses[speaker]  # "Kofi Mensah" cut after a title's domain: "Amara Kofi Mensah"
        if first := first_of_two_people(speaker, self._mentioned_by_ending):
            return first  # "Melton and Malone stated": not one person named "Melton and Malone"
        words = speaker.split()
        core = words[1:] if words[0].islower() else words  # "the Labor Department" ends "the US Labor Department"
        if core and is_title(" ".join(core)):
            return self._title_holder(speaker, with_determiner=core is not words)
        if len(core) == 1 and (spelt := self.by_acronym.get(core[0])):
            return spelt
        person = " ".join(words[1:])
        if len(words) >= 3 and person in self._mentioned_set and speaker not in self._mentioned_set:
            return person  # "(le ministre des) Finances Jean Dupont": a title's domain, then the person the page names
        ending = tuple(core)
        if earlier := self._named_by_ending.get(ending) or self._mentioned_by_ending.get(ending):
            return earlier
        if core is not words and is_office(core):  # "the Police Commissioner" after an opening clause
            return self._title_holder(speaker, with_determiner=True)
        first_name = len(core) == 1 and not is_acronym(core[0])  # "NASA" is no first name of "NASA Statement"
        given = self._mentioned_by_first_word.get(core[0], set()) if first_name else set()
        if len(given) == 1:
            return next(iter(given))  # a first name alone ("Saifuddin said") for the one person the page gives it
        if len(given) > 1:  # two Janes: the one who spoke last, or none rather than a part of a name
            return self._latest_by_first_word.get(core[0], "")
        return speaker

    def _title_holder(self, title: str, *, with_determiner: bool) -> str:
        """The person the page gives a title ("Speaker", "the Police Commissioner") to, or the last person."""
        return title_holder(self.by_title, title if with_determiner else f"the {title}") or self.last_person

    def _pointing_back(self, determiner: str, noun: str, *, bare: bool = True, phrase: str = "") -> str:
        """The speaker that "the agency", "le communiqué" or "the minister" stands for, or "la préfecture" itself
        (unless `bare` is false: "Inflation rose 2%, the ministry said" names no one). A title the page gives one
        person ("Punjab Chief Minister Amarinder Singh") is that person ("the chief minister said")."""
        noun = noun.lower()
        if SPOKESPERSON.fullmatch(noun) and (speaking_for := organisation_before_title(determiner, phrase)):
            return speaking_for  # "A Home Office spokesman said": an unnamed spokesperson speaks for the organisation
        if noun in TITLE_WORDS:
            if holder := title_holder(self.by_title, phrase):
                return holder
            if determiner.endswith(("’s", "'s")):  # "Detroit’s police chief": someone not named yet
                self.title_without_person = True
                return ""
            self.title_without_person = not self.last_person
            return self.last_person
        if noun in COURT_DOCUMENTS and determiner.lower() in DETERMINERS:
            return f"{determiner.lower()} {noun}"  # "according to the summons"
        if determiner.lower() not in DETERMINERS:
            return ""  # "an agency said" is not the one named before, nor is "Ukraine’s ministry"
        named = self.by_institution.get(noun, "")
        if named and all(word in named.lower() for word in phrase.lower().split()[1:-1]):
            # "the police said" on a page naming "Greater Manchester Police" (and no other force); "the health
            # ministry" for "the Ministry of Health", not for the page's "Ministry of Finance"
            return named
        # "the local ambulance service" is not the last organisation named unless that is a service too
        qualified = len(phrase.split()) > 2
        if self.last_organisation and not (qualified and noun not in self.last_organisation.lower()):
            return self.last_organisation
        if noun in DOCUMENTS.split() or not bare:
            return ""
        if qualified:
            return determiner.lower() + phrase[len(determiner) :]  # an unnamed collective, as written
        return with_determiner(determiner.lower(), noun)

    def _find(self, sentence: str) -> str:
        according = ACCORDING_TO_WORDS.search(sentence)
        if according and (speaker := self._find_by_verb(sentence[: according.start()])):
            return speaker  # "X told Sky News that …, according to the ONS": the sentence's first source
        match = ACCORDING_TO.search(sentence) if according else None
        if match:
            if match["pronoun"]:
                return self._pronoun_person()
            if match["pointing"] and match["pointing"].lower() in TITLE_WORDS:  # "selon le ministre"
                if apposed := APPOSED_NAME.match(sentence, match.end()):
                    return clean_name(None, apposed["name"])
                phrase = f"{match['pointing_det']} {match['pointing']}"  # the page may give the title to one person
                return self._pointing_back(match["pointing_det"], match["pointing"], phrase=phrase)
            if match["titled"] and (name := clean_name(None, match["titled"])):
                return name
            if match["name"] and (name := owner_of(match["name"]) or clean_name(match["det"], match["name"])):
                if is_title(name) and (apposed := APPOSED_NAME.match(sentence, match.end())):
                    return clean_name(None, apposed["name"])  # "according to Minister of Labour, Jane Doe"
                return name
        if according and (source := ACCORDING_TO_SOURCE.search(sentence)):
            if source["pointing"]:  # "selon un bilan donné par le ministre"
                return self._pointing_back(source["pointing_det"], source["pointing"])
            determiner = {"du": "le", "des": "les"}.get((source["contracted"] or "").lower(), source["det"])
            if name := clean_name(determiner, source["name"]):
                return name
        if according and not match and (staff := ACCORDING_TO_STAFF.search(sentence)):
            if body := clean_name(staff["det"], staff["body"]):
                self.spoken_for = True
                return body  # "according to economists at Teagasc": the body they speak for
        if according and not match and (institution := ACCORDING_TO_INSTITUTION.search(sentence)):
            phrase = f"{institution['det']} {institution['phrase']}"
            if speaker := self._pointing_back(institution["det"], institution["noun"], bare=False, phrase=phrase):
                return speaker  # "According to the ministry, …": the ministry the page named
        if according and (bare := ACCORDING_TO_BARE_INSTITUTION.search(sentence)):
            # "according to police": the force the page names, or the police as written; a run joined by "and"
            # may name two ("the Mayor and Council are at it again"), so it stands for neither
            return named_bare_institution(self.by_institution, bare["noun"])
        if match and match["pointing"]:  # "according to the report"
            return self._pointing_back(match["pointing_det"], match["pointing"])
        if speaker := self._find_by_verb(sentence):
            return speaker
        if has_quotation(sentence) and self.sentences_since_speaker < RECENT_SPEAKER_SENTENCES:
            self.woven_quotation = not quotes_a_sentence(sentence)
            return self.last_speaker
        if SUBJECT_ALSO_SAYS.search(sentence):
            return self._person_opening(sentence)
        return ""

    def _find_by_verb(self, sentence: str, *, reports_inside: bool = True) -> str:
        """The speaker named by an attribution verb: before it ("Jane Doe said") or after it ('"…," said Jane Doe');
        a person a medium reports as saying something is its speaker (looked for once per sentence: linear time)."""
        if INVERTED_PRONOUN.search(sentence):
            return self._pronoun_person()
        # Most sentences have no attribution verb. Where the case-insensitive REPORTING_VERB finds none,
        # VERB_THEN_SPEAKER (the same verbs, case kept) cannot match either: one search skips both loops.
        has_verb = REPORTING_VERB.search(sentence)
        for match in VERB_THEN_SPEAKER.finditer(sentence) if has_verb else ():
            before = sentence[max(0, match.start() - SUBJECT_MAX_CHARS) : match.start()].rstrip()
            if (
                before.endswith((",", "»", "”", '"'))
                and not ends_with_apposed_name(before)
                and not ends_with_relative_clause(before)
                and not VERB_AFTER_OBJECT.match(sentence, match.end())  # "…, said the GDP of X was …": its object
                and (name := clean_name(match["det"], match["name"]))
            ):
                if titled := titled_person_at(sentence, match.start("det") if match["det"] else match.start("name")):
                    return titled  # '"…," said Texas Department of Criminal Justice spokesperson Amanda Hernandez'
                return name  # "« ... », a déclaré Olivier Véran" / '"...," said Jane Doe'
        # "…, a indiqué, samedi, son directeur général, Jean Dupont", '"…," said managing director Jane Doe'
        described = chain(VERB_THEN_DESCRIBED.finditer(sentence), VERB_THEN_DESCRIBED_IN_LOWER_CASE.finditer(sentence))
        for match in described if has_verb else ():
            name = clean_name(None, match["name"])
            before = sentence[max(0, match.start() - SUBJECT_MAX_CHARS) : match.start()].rstrip()
            if before.endswith((",", "»", "”", '"', "’", "'")) and " " in name and is_person(name):
                return name
        for match in VERB_THEN_POINTING_SUBJECT.finditer(sentence) if has_verb else ():
            before = sentence[max(0, match.start() - SUBJECT_MAX_CHARS) : match.start()].rstrip()
            if (
                before.endswith((",", "»", "”", '"'))
                and not ends_with_relative_clause(before)
                and not VERB_AFTER_OBJECT.match(sentence, match.end())  # "…, said the ministry was wrong"
            ):
                if apposed := APPOSED_NAME.match(sentence, match.end()):  # "…, a déclaré le ministre, Jean Dupont"
                    return clean_name(None, apposed["name"])
                # '"...", précise le communiqué', "…, says the weather bureau"
                return self._pointing_back(match["det"], match["noun"], phrase=match["phrase"])
        clause_starts = [0, *(found.end() for found in CLAUSE_BREAK.finditer(sentence))] if has_verb else []
        for match in REPORTING_VERB.finditer(sentence) if has_verb else ():
            if match.start() and match.group(0).istitle():
                continue  # a capitalised word inside a sentence is a name's: "the United States", "Hong Kong Reports"
            # The subject is after the last clause break before the verb, and close to it.
            clause_start = clause_starts[bisect_right(clause_starts, match.start()) - 1]
            region = sentence[max(clause_start, match.start() - SUBJECT_MAX_CHARS) : match.start()]
            plural = PLURAL_VERB.match(match.group(0)) or PLURAL_AUXILIARY.search(region)  # "Critics have said"
            region = without_home_place(without_relative_clause(BEFORE_VERB.sub("", region)))
            subject = LEADING_CONNECTIVE.sub("", region.strip().rstrip(",").strip())
            if is_institution(subject) and subject[:1].isupper():  # "Police say": the force named, or "the police"
                return self._pointing_back("the", subject)
            if bare := bare_institution(subject):  # "…, police said", "Dallas police say"
                return named_bare_institution(self.by_institution, *bare)
            if SINGULAR_PRONOUN.match(subject):
                return self._pronoun_person()
            if (titled := TITLED_PERSON.search(subject)) and titled.end() == len(subject):
                return clean_name(None, titled["name"])  # "La ministre de la Culture Jeanne Roy a affirmé"
            if ORGANISATION_PRONOUN.match(subject):
                return self.last_organisation
            if body := staff_body(subject):
                self.spoken_for = True
                return body  # "Coast Guard officials said": the body its unnamed people speak for
            if owned := owned_subject(subject):  # "Its annual review says", "the agency's latest report showed"
                determiner, noun, phrase = owned
                return (
                    self._pointing_back(determiner, noun, bare=False, phrase=phrase) if noun else self.last_organisation
                )
            if pointing := POINTING_SUBJECT.match(subject):
                title_end = pointing.end("title") if pointing["title"] else None
                return self._pointing_back(
                    pointing["det"], pointing["noun"] or pointing["title"], phrase=subject[:title_end]
                )
            if named := NAMED_WITH_ACRONYM.search(subject):
                determiner = named["det"].lower()
                return with_determiner(determiner, named["name"])
            if owner := SOURCE_OWNER.search(subject):
                return clean_name(None, re.sub(r"[’']s$", "", owner["owner"]))  # "Eurostat's figures show"
            name = speaker_ending(region)
            if unnamed_people(name):
                name = ""  # "Authorities said": no one named
            if name and RECORDED.fullmatch(match.group(0)) and is_person(name):
                name = ""  # "Barbados has recorded 10 new cases": only a body recording figures reports them
            if name and SHOWS.fullmatch(match.group(0)) and not SHOWN_BY.search(region.rstrip(", \u00a0")):
                name = ""  # "Only Everton showed poor form": what a name shows is no statement
            if name and not (" " not in name and plural):
                reported = ""
                if reports_inside and REPORTS.match(match.group(0)):
                    reported = self._find_by_verb(sentence[match.end() :], reports_inside=False)
                if reported and is_person(reported):
                    return reported  # "The Detroit News reports police Chief James Craig said …": Craig's statement
                return name
            if (pointing := POINTING_AT_END.search(subject)) and (
                speaker := self._pointing_back(pointing["det"], pointing["noun"], bare=False, phrase=pointing["phrase"])
            ):
                return speaker  # "Prices rose 0.2%, the department said": the organisation named before
            if not pointing and (
                collective := collective_subject(subject, match.group(0), sentence[clause_start - 1 : clause_start])
            ):
                return collective  # "The opposition said", "the province said": no one the page names, as written
        return ""
