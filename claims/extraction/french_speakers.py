"""French speakers by shape, tried before the general rules of attribution.py (speakers.py hands them to the tracker).

- The subject after a reporting verb, past what the verb's complements say of when, where and to whom: "…, a indiqué
  mardi à l'AFP un porte-parole de la police cantonale", "…, ajoute la police dans son communiqué", and after a
  relative pronoun: "C'est ce qu'a indiqué le ministre de la Santé, Christian Dubé".
- An organisation after "selon" / "d'après" ("selon la préfecture"), or what the source is, then its name ("selon le
  site de suivi des vols FlightAware"); the first source a sentence names is its speaker.
- An unnamed spokesperson speaks for the organisation, until the page names them ("ce porte-parole, Eric Van Duyse").
- A short name is the longer one the page gave before: "le parquet" after "le parquet fédéral"
  (french_organisations.py).
- An institution giving its figures ("le ministère recensait", "un bilan établi par la préfecture fait état de"), and a
  figure alone with its source in parentheses ("49.000 (préfecture de police)").
- "explique-t-il" with no one heard yet is the one person the last sentences name.
"""

import re

from claims.extraction.attribution import SpeakerTracker
from claims.extraction.document_owners import document_owner, document_publisher, points_to_document, unowned_study
from claims.extraction.french_organisations import (
    FRENCH_OF,
    NAME_ENDS,
    NEXT_WORD,
    ORGANISATION_BY_KIND,
    ORGANISATION_NOUNS,
    OrganisationNames,
    article_in_of,
    organisation_name,
)
from claims.extraction.french_people import (
    PREPOSITIONS,
    described_person,
    first_of_joint_speakers,
    person_after_quotation,
    person_introducing_quotation,
)
from claims.extraction.french_sources import DESCRIBED_NAME, PUBLISHED, collective_source, named_with_acronym
from claims.extraction.names import FRENCH_TITLES, NAME, PERSON_MENTION, TITLED_PERSON, clean_name, is_person
from claims.extraction.patterns import SPACE, prefix_tree
from claims.extraction.pronoun_antecedents import ANTECEDENT_REACH, person_named_just_before
from claims.extraction.reporting_words import (
    DAYS,
    DOCUMENTS,
    NOTING_FR,
    PARTICIPLES_FR,
    PHRASES_FR,
    TITLES,
    VERBS_FR,
)
from claims.extraction.subject_shapes import APPOSED_NAME, DETERMINERS
from claims.extraction.verb_patterns import ADVERB_FR, INVERTED_PRONOUN, REPORTING_VERB

_CAPITAL = "[A-ZÀ-ÖØ-ÞŒ]"
# Web copy drops a participle's last accent now and then ("a précise le porte-parole"); after the auxiliary it is
# still the participle.
_PARTICIPLES = PARTICIPLES_FR + " ".join(word[:-1] + "e" for word in PARTICIPLES_FR.split() if word.endswith("é"))
_VERB = (
    rf"(?:(?:a|ont|avait|avaient){SPACE}{ADVERB_FR}{prefix_tree(_PARTICIPLES)}|{prefix_tree(VERBS_FR)}|{PHRASES_FR}"
    rf"|{NOTING_FR})"
)
# The verb of an inverted subject follows the end of what is reported (a comma, a closing quotation mark) or a
# relative pronoun: "C'est ce qu'a indiqué le ministre", "comme l'a précisé la préfecture".
_INVERTED_VERB = re.compile(
    rf"(?:[,»”\"][ \u00a0]*|(?<![\w’'])(?P<relative>(?i:ce{SPACE}qu|comme{SPACE}l|ainsi{SPACE}que{SPACE}l)[’']))"
    rf"(?P<verb>{_VERB})(?![\w’'‑-])"
)
_SPOKESPERSON = r"porte[-‑]parole"
# Adjectives French puts before a title: "la jeune ministre", "le nouveau porte-parole", "l'ancien préfet".
_PRENOMINAL = r"(?:(?i:nouveau|nouvel|nouvelle|jeune|ancien|ancienne|haut|haute|futur|future)[ \u00a0]+)?"
_SUBJECT = re.compile(
    rf"(?<![\w’'‑-])(?i:(?P<det>un|une|le|la|les|l[’']|ce|cet|cette)[ \u00a0]*)"
    rf"(?:{_PRENOMINAL}(?:(?P<spokesperson>(?i:{_SPOKESPERSON}))|(?P<title>(?i:{prefix_tree(FRENCH_TITLES)})))"
    rf"|(?P<organisation>(?i:{prefix_tree(ORGANISATION_NOUNS)})s?))(?![\w’'‑-])"  # "les armées", "les syndicats"
)
# A title after "du", "de la" (no determiner of its own): "selon le bilan du nouveau porte-parole de la police, X".
_TITLE_AFTER_OF = re.compile(rf"{_PRENOMINAL}(?P<title>(?i:{_SPOKESPERSON}|{prefix_tree(FRENCH_TITLES)}))(?![\w’'‑-])")
_NOT_INVERTED = re.compile(r"(?<![\w’'])(?:que|qu[’'])", re.IGNORECASE)  # "…, a précisé que la police …"
_ACCORDING_TO = re.compile(r"(?<![\w’'])(?i:selon|d[’']après)[ \u00a0]+")
# A source after "selon" that the tracker names: a pronoun, a name, a title.
_NAMED_SOURCE = re.compile(
    rf"(?i:lui|elle|eux|elles)(?![\w’'‑-])"
    rf"|(?:(?i:le|la|les|l[’'])[ \u00a0]*)?(?:{_CAPITAL}|(?i:{_SPOKESPERSON}|{prefix_tree(TITLES)}))"
)
# A figure alone with its source in parentheses, as live blogs and tallies give them: "49.000 (préfecture de police)",
# "65.000 (CGT)"; the source is a name or an organisation ("(en 2019)", "(estimation)" are not).
_FIGURE_WITH_SOURCE = re.compile(
    rf"^\d[\d \u00a0.,]*(?:%[ \u00a0]*)?\((?P<source>(?:{_CAPITAL}|(?i:{prefix_tree(ORGANISATION_NOUNS)})[ \u00a0)])"
    r"[^()]{0,50})\)[ \u00a0]*$"
)
# How an institution gives its figures: "le ministère recensait 79 blessés", "un bilan établi par la préfecture fait
# état de 3 morts". Only an organisation's noun is their subject here ("la France recense" names no speaker).
_COUNTS = re.compile(
    rf"(?<![\w’'])(?i:(?:(?:a|ont|avait|avaient){SPACE})?"
    rf"(?:(?:fait|faisait|font|faisaient){SPACE}état{SPACE}d|(?:recens|dénombr|comptabilis)(?:é|e|ent|ait|aient)(?![\w’'‑-])))"
)
_NOT_NAMED = "(?:Le|La|Les|Un|Une|Des|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|On|Nous|Vous)"  # a sentence's first word
# A name counting what the sentence or the one before spoke of, which "en" stands for: "France Bleu en compte 54.000",
# "l'INS en comptabilise 242.300". Without "en" a name counting is as often a place holding ("le Togo comptait 20.000
# réfugiés", "la brigade compte sept gendarmes").
_NAME_COUNTING = re.compile(
    rf"(?:^|[,;][ \u00a0]*)(?P<det>(?i:l[’']))?(?!{_NOT_NAMED}(?![\w’'‑-]))"
    rf"(?P<name>{NAME}(?:[ \u00a0]+[a-zà-öø-ÿ][\w‑-]*)?)[ \u00a0]+en{SPACE}"
    rf"(?:(?:a|ont|avait|avaient){SPACE})?(?:compt|comptabilis|recens|dénombr)(?:e|ent|ait|aient|é)(?![\w’'‑-])"
)
_TIMES = frozenset((DAYS + " matin soir après-midi").split())
# An organisation named by its kind opening a clause, then its reporting verb: "L'armée avait indiqué que …", "…, mais
# l'ambassade a signalé des tirs", "En fin de journée, la préfecture précise que …".
_ORGANISATION_OPENING = re.compile(rf"(?:^|[,;][ \u00a0]*)(?:(?i:mais|et|or|puis){SPACE})?{ORGANISATION_BY_KIND}")
_VERB_NEXT = re.compile(rf"[ \u00a0]+(?:l[’'])?{_VERB}(?![\w’'‑-])")
# A statement passed to the passive, then its agent: "a été démentie par les armées", "est confirmé par la mairie".
_PASSIVE = re.compile(
    rf"(?<![\w’'])(?i:été|est|sont){SPACE}(?:{prefix_tree(PARTICIPLES_FR)})(?:e|s|es)?{SPACE}par{SPACE}"
)
# Whatever noun ends the sentence after a reporting verb that follows a whole clause is its subject ("Les prix ont
# baissé, a indiqué la chancellerie."): the clause has its own subject, so the verb's can only be after it. Nouns that
# point back (documents, titles) are the tracker's.
# Abstract nouns ("l'information", "la gratuité", "la fermeture") are the verb's object: "Il est arrivé, a confirmé
# l'information."
_LAST_NOUN = re.compile(
    rf"{SPACE}(?P<det>le|la|les|l[’'])[ \u00a0]*"
    rf"(?P<noun>(?![\w‑-]*(?:tion|sion|ment|ité|ance|ure|age|isme)s?\b)[a-zà-öø-ÿ][\w‑-]+"
    rf"(?:{SPACE}[a-zà-öø-ÿ][\w‑-]+)?)[ \u00a0]*[.!]?[ \u00a0]*$"
)
# A sentence opening with someone who acts ("Le maire a inauguré l'école, a rappelé les règles."): the verbs after it
# are all theirs, and the noun ending the sentence is their object.
_OPENS_WITH_AGENT = re.compile(
    rf"^(?:{_SUBJECT.pattern}|(?P<person>{NAME})(?=[ \u00a0]))[^,]{{0,60}}?[ \u00a0](?:a|ont|avait|avaient)[ \u00a0]"
)
_COMPLETE_CLAUSE = re.compile(r"(?<![\w’'])(?:a|ont|est|sont|était|étaient|avait|avaient)(?![\w’'‑-])|[»”\"]")
_POINTING = frozenset((DOCUMENTS + " " + TITLES).split())
GAP_MAX_CHARS = 90  # how far after the verb its subject may start ("a indiqué dans la nuit de jeudi à vendredi à …")
SOURCE_WORDS_MAX = 4  # "les derniers chiffres" before "du gouvernement"
# A document may be one of several ("selon un rapport du Conseil", "selon une étude de l'Insee"): still its author's.
_SOURCE_DETERMINERS = DETERMINERS | {"un", "une"}
# A document as the subject of an inverted verb, then its author: "…, précise le rapport du Conseil", "…, explique un
# communiqué des douanes".
_DOCUMENT_OF = re.compile(
    rf"(?i:le|la|les|l[’']|un|une)[ \u00a0]*(?:{'|'.join(sorted(PUBLISHED))})(?={FRENCH_OF.pattern})"
)


def _names_someone(gap: str) -> bool:
    """Whether the words between a verb and a subject start with a name, or hold one after a day or a comma: then
    that name is the subject ("…, estime Jean Dupont, qui préside la fédération"); a name in a complement ("à
    Keystone-ATS", "à l'agence Belga") is not."""
    words = gap.split()
    return any(
        word[:1].isupper() and (not position or words[position - 1].endswith(",") or words[position - 1] in _TIMES)
        for position, word in enumerate(words)
    )


class FrenchSpeakers:
    """The French shapes of one document, sentence by sentence: call it with each sentence and the page's tracker."""

    def __init__(self) -> None:
        self.organisations = OrganisationNames()  # the page's organisations, named whole
        self.index = -1  # of the sentence being read
        self.spokesperson_of = ""  # the organisation an unnamed spokesperson spoke for
        self.unnamed_spokesperson_sentences: list[int] = []
        # (sentence, person): the unnamed spokesperson of an earlier sentence, named since ("ce porte-parole, X")
        self.named_later: list[tuple[int, str]] = []
        self.recent: list[str] = []  # the last sentences read

    def __call__(self, sentence: str, tracker: SpeakerTracker) -> str:
        self.index += 1
        speaker = self._speaker_of(sentence, tracker)
        if not speaker and (owner := document_owner(sentence)):
            tracker.last_organisation = owner  # "d'après le communiqué en question", next, points back to it
        self.organisations.remember(sentence)
        self.recent = [*self.recent[1 - ANTECEDENT_REACH :], sentence]
        return speaker

    def _speaker_of(self, sentence: str, tracker: SpeakerTracker) -> str:
        if figure := _FIGURE_WITH_SOURCE.match(sentence):
            return figure["source"]
        if publisher := document_publisher(sentence):
            return publisher  # "selon le rapport …, publié vendredi par l'Office fédéral de la statistique"
        according_to = _ACCORDING_TO.search(sentence)
        inverted = _INVERTED_VERB.search(sentence)
        speaker = ""
        if according_to and not REPORTING_VERB.search(sentence, 0, according_to.start()):  # the first source named
            speaker = self._according_to(sentence, according_to.end(), tracker)
            if not speaker and _NAMED_SOURCE.match(sentence, according_to.end()):
                inverted = None  # "selon lui", "selon Jean Dupont", "selon le ministre": the tracker's
        if inverted and not speaker:
            speaker = self._inverted_subject(sentence, tracker)
        if not speaker and points_to_document(sentence):
            speaker = tracker.last_organisation  # "selon ce document": its issuer, named before
        if not speaker:
            speaker = first_of_joint_speakers(sentence)  # "…, Jeanne Roy, et …, Paul Martin, rappellent"
        if not speaker:
            speaker = self._organisation_opening(sentence, tracker)
        if not speaker and (passive := _PASSIVE.search(sentence)):
            subject = _SUBJECT.match(sentence, passive.end())
            if subject and subject["organisation"]:
                speaker = self._speaker(0, subject, sentence, tracker)
        if not speaker and (counts := _COUNTS.search(sentence)):
            speaker = self._counting_organisation(sentence[: counts.start()].rstrip(), tracker)
        if not speaker and (counting := _NAME_COUNTING.search(sentence)):
            speaker = (counting["det"] or "") + counting["name"]  # "France bleu en compte 54.000"
        if not speaker:
            speaker = person_after_quotation(sentence)  # "«…», râle Jean", whatever the verb
        if not speaker and not tracker.last_person and INVERTED_PRONOUN.search(sentence):
            speaker = person_named_just_before(self.recent)  # "explique-t-il", no one having spoken yet
        if not speaker:
            speaker = person_introducing_quotation(sentence)  # "Le préfet X se satisfait des chiffres : « … »"
        if not speaker:
            speaker = unowned_study(sentence)  # "un récent sondage révèle que …"
        return speaker

    def _organisation_opening(self, sentence: str, tracker: SpeakerTracker) -> str:
        """The organisation, named by its kind, that opens a clause as the subject of a reporting verb."""
        for opening in _ORGANISATION_OPENING.finditer(sentence):
            name = organisation_name(sentence, opening.start("organisation"))
            if _VERB_NEXT.match(sentence, opening.start("organisation") + len(name)):
                return self.whole_organisation(opening["det"].lower(), name, tracker)
        return ""

    def _counting_organisation(self, before: str, tracker: SpeakerTracker) -> str:
        """The organisation that ends `before` (the words before a verb of counting) as its subject, at the clause's
        start ("En outre, le ministère") or as the agent of a document ("un bilan établi par le ministère")."""
        organisations = [found for found in _SUBJECT.finditer(before) if found["organisation"]]
        if not organisations or organisations[-1]["det"].lower() in ("un", "une", "ce", "cet", "cette"):
            return ""
        subject = organisations[-1]
        name = organisation_name(before, subject.start("organisation"))
        word_before = before[: subject.start()].split()[-1:]
        ends_before = subject.start("organisation") + len(name) == len(before)
        if not ends_before or (word_before and not word_before[0].endswith(",") and word_before[0].lower() != "par"):
            return ""
        return self.whole_organisation(subject["det"].lower(), name, tracker)

    def _according_to(self, sentence: str, start: int, tracker: SpeakerTracker) -> str:
        """The organisation after "selon": "selon la préfecture", "selon le site de suivi des vols FlightAware";
        names, titles and pronouns are the tracker's ("selon lui", "selon le ministre")."""
        if named := named_with_acronym(sentence, start):
            return named  # whole, with all its words: "selon le service départemental d'incendie et de secours (SDIS)"
        if collective := collective_source(sentence, start):
            return collective  # "selon les pompiers"
        subject = _SUBJECT.match(sentence, start)
        if subject and subject["title"] and (titled := TITLED_PERSON.match(sentence, subject.start("title"))):
            return clean_name(None, titled["name"])  # "selon le préfet de police Jean Dupont"
        if subject and subject["organisation"] and subject["det"].lower() not in ("un", "une"):
            if speaker := self._speaker(0, subject, sentence, tracker):
                return speaker
            described = DESCRIBED_NAME.match(sentence, start)  # its own name follows: "le cabinet d'études Xerfi"
            return clean_name(None, described["name"]) if described else ""
        if (described := DESCRIBED_NAME.match(sentence, start)) and not _SUBJECT.search(described.group(0)):
            return clean_name(None, described["name"])
        return self._source_of_figures(sentence, start, tracker)

    def _source_of_figures(self, sentence: str, start: int, tracker: SpeakerTracker) -> str:
        """The organisation the figures after "selon" come from: "selon les derniers chiffres du gouvernement",
        "d'après les données de la préfecture" (a few lower-case words, then "de" and the organisation)."""
        position, published = start, False
        for _ in range(SOURCE_WORDS_MAX):
            word = NEXT_WORD.match(sentence, position)
            if not word or not word[1].islower() or word[1] in NAME_ENDS - _SOURCE_DETERMINERS:
                return ""
            position, published = word.end(), published or word[1] in PUBLISHED
            if published and (of := FRENCH_OF.match(sentence, position)):
                return self._organisation_after(sentence, of.end(), of["of"], tracker)
        return ""

    def _inverted_subject(self, sentence: str, tracker: SpeakerTracker) -> str:
        for verb in _INVERTED_VERB.finditer(sentence):
            region = sentence[verb.end() : verb.end() + GAP_MAX_CHARS]
            if document := _DOCUMENT_OF.match(sentence, verb.end() + len(region) - len(region.lstrip())):
                of = FRENCH_OF.match(sentence, document.end())
                return self._organisation_after(sentence, of.end(), of["of"], tracker)  # "précise le rapport du X"
            if verb["relative"] and (name := PERSON_MENTION.match(region.lstrip())):
                return clean_name(None, name.group(0))  # "C'est ce qu'a indiqué Jean Dupont"
            if person := described_person(sentence, verb.end() + len(region) - len(region.lstrip())):
                return person  # "…, a indiqué le chef d'état-major de l'armée, le colonel Jean Dupont"
            for subject in _SUBJECT.finditer(region):
                gap = region[: subject.start()]
                if _NOT_INVERTED.search(gap) or any(mark in gap for mark in '«»“”";:'):
                    break
                if _names_someone(gap):
                    return ""  # "…, estime Jean Dupont, qui préside la fédération": Jean Dupont speaks
                before = gap.split()[-1:]
                if before and before[0].lower() in PREPOSITIONS:
                    continue
                return self._speaker(verb.end(), subject, sentence, tracker)
        return ""

    def noun_ending_sentence(self, sentence: str, tracker: SpeakerTracker) -> str:
        """Whatever noun ends the sentence after a whole clause and a reporting verb ("…, a indiqué la
        chancellerie."), when no other shape names a speaker: weaker than all of them ("«…», a ajouté l'intéressé"
        goes on with the one quoted before)."""
        verbs = list(_INVERTED_VERB.finditer(sentence))
        last = verbs and _LAST_NOUN.match(sentence, verbs[-1].end())
        if (
            last
            and last["noun"].split()[0].lower() not in _POINTING
            and _COMPLETE_CLAUSE.search(sentence, 0, verbs[-1].start())
            and not self._opens_with_agent(sentence)
        ):
            return self.whole_organisation(last["det"].lower(), last["noun"], tracker)
        return ""

    @staticmethod
    def _opens_with_agent(sentence: str) -> bool:
        """Whether the sentence opens with someone acting: a title, an organisation, a person's whole name."""
        agent = _OPENS_WITH_AGENT.match(sentence)
        return bool(agent) and (not agent["person"] or (" " in agent["person"] and is_person(agent["person"])))

    def _speaker(self, offset: int, subject: re.Match, sentence: str, tracker: SpeakerTracker) -> str:
        """The speaker a subject found at `offset` (in `sentence`) names."""
        determiner = subject["det"].lower()
        if subject["organisation"]:
            if determiner in ("un", "une"):
                return ""  # "une association": not one named
            name = organisation_name(sentence, offset + subject.start("organisation"))
            end = offset + subject.start("organisation") + len(name)
            if subject["organisation"][0].isupper() and (
                not name.rpartition(" ")[2].islower() or FRENCH_OF.match(sentence, end)
            ):
                return ""  # its own name ("l'Agence France-Presse", "… de santé"): the tracker's, not "… des médecins"
            if PERSON_MENTION.match(sentence, end + 1):
                return ""  # its own name follows ("l'agence de presse officielle KCNA"): not a kind's
            return self.whole_organisation(determiner, name, tracker)
        after = offset + subject.end()
        if subject["title"] and (titled := TITLED_PERSON.match(sentence, offset + subject.start("title"))):
            return clean_name(None, titled["name"])  # "a déclaré le préfet de la Drôme Jean Dupont"
        if apposed := APPOSED_NAME.match(sentence, after):  # "le ministre de la Santé, Christian Dubé"
            person = clean_name(None, apposed["name"])
            if subject["spokesperson"]:  # "ce porte-parole, Eric Van Duyse": the one who spoke before unnamed
                self.named_later += [(index, person) for index in self.unnamed_spokesperson_sentences]
                self.unnamed_spokesperson_sentences = []
            return person
        if not subject["spokesperson"]:
            return ""  # a title alone points back to the last person named: the tracker's
        of = FRENCH_OF.match(sentence, after)
        if of and (organisation := self._organisation_after(sentence, of.end(), of["of"], tracker)):
            self.spokesperson_of = organisation  # "un porte-parole de la police": the police
        elif determiner in ("un", "une") or not self.spokesperson_of:
            return ""
        self.unnamed_spokesperson_sentences.append(self.index)
        return self.spokesperson_of  # "le porte-parole" again, still unnamed

    def _organisation_after(self, sentence: str, start: int, connector: str, tracker: SpeakerTracker) -> str:
        """The organisation a complement names: "(porte-parole) du parquet fédéral" -> "le parquet fédéral"."""
        determiner = article_in_of(connector)
        if determiner and (title := _TITLE_AFTER_OF.match(sentence, start)):  # "(le bilan) du préfet, Jean Dupont"
            titled = TITLED_PERSON.match(sentence, title.start("title")) or APPOSED_NAME.match(sentence, title.end())
            return clean_name(None, titled["name"]) if titled else ""
        if not determiner:
            found = _SUBJECT.match(sentence, start)
            if not found or not found["organisation"]:
                return ""
            determiner, start = found["det"].lower(), start + found.start("organisation")
        if not (name := organisation_name(sentence, start)):
            return ""  # "selon les chiffres du (…)": no word after the complement's article
        whole = self.whole_organisation(determiner, name, tracker)
        self.organisations.remember_acronym(sentence, start + len(name), whole)
        return whole

    def whole_organisation(self, determiner: str, name: str, tracker: SpeakerTracker) -> str:
        """The organisation as the page named it whole before ("le parquet" -> "le parquet fédéral"), or as written."""
        return self.organisations.whole(determiner, name, tracker.named)
