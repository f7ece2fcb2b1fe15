"""The speaker of each sentence of a document: who says it, sentence by sentence (attribution.SpeakerTracker),
then the sentences of a quotation given the speaker named where it opens or closes, and a bare title ("the minister")
the person the next sentence names."""

import re

from claims.extraction.acronyms import acronyms_defined, whole_name
from claims.extraction.answers import answer_owner
from claims.extraction.attribution import RECENT_SPEAKER_SENTENCES, SpeakerTracker, is_person
from claims.extraction.carried_to_pointing_subjects import carried_to_pointing_subjects
from claims.extraction.french_speakers import FrenchSpeakers
from claims.extraction.institutions import institutions_named
from claims.extraction.kind_pointers import bodies_for_kinds
from claims.extraction.layout import continues_block, introduction, label_before, sentence_gaps, starts_line
from claims.extraction.name_lines import name_line_speakers
from claims.extraction.own_words import own_words_speakers
from claims.extraction.page_names import NAME_MAX_CHARS, names_on
from claims.extraction.patterns import prefix_tree
from claims.extraction.quotations import fill_quotations
from claims.extraction.release_bodies import release_body_speakers
from claims.extraction.reporting_words import VERBS_EN
from claims.extraction.shared_endings import as_written_where_shared
from claims.extraction.source_openings import heard_again, heard_from, own_document_owner, source_opening
from claims.extraction.transcripts import cased_label_speakers, label_line_speakers, transcript_speakers
from claims.extraction.unnamed_titles import title_as_written

# People not yet named as the subject of a reporting verb ("A pair of NASA scientists told …", "Two officials said …"):
# the next sentence may name them with the same noun ("The scientists, Jane Doe and John Roe, said …").
_UNNAMED_PEOPLE = re.compile(
    rf"^(?:[\w’'-]+[ \u00a0]+){{0,5}}?(?P<noun>[a-z]+s)[ \u00a0]+(?:{prefix_tree(VERBS_EN)})\b"
)

# A French sentence whose subject is the last person named: "Il a mis la hausse sur le compte …", "Elle a chiffré …".
_PRONOUN_SUBJECT = re.compile(r"(?i:il|elle)[ \u00a0]")


def _named_next(sentence: str, following: str) -> bool:
    """Whether `following` opens by naming the people `sentence` reports unnamed ("The scientists, …")."""
    unnamed = _UNNAMED_PEOPLE.match(sentence)
    return bool(unnamed) and following.startswith(f"The {unnamed['noun']}, ")


def speakers_of(sentences: list[str], page_text: str = "", language: str = "") -> list[str]:
    """The speaker of each sentence of a document, in order.

    A statement after "X said:" is X's. A quotation that runs over several sentences is attributed where it
    closes ('"… semaines. … saisonnières", précise le communiqué'): its first sentences get the speaker of the
    sentence that closes it.
    """
    return sources_and_speakers(sentences, page_text, language)[1]


def sources_and_speakers(sentences: list[str], page_text: str = "", language: str = "") -> tuple[list[str], list[str]]:
    """Each sentence's source, as the claim gate reads it, and its speaker (speakers_of). In French they differ where
    the writer weaves a few quoted words into their own sentence ("ont « neutralisé » 19 assaillants") after someone
    spoke: the words are likely the last speaker's, so the sentence relays a source, but the page does not say who said
    them. English copy keeps the last speaker: its labels give one to such sentences as often as not."""
    names = names_on(page_text or "\n".join(sentences))
    french = FrenchSpeakers()
    tracker = SpeakerTracker(
        mentioned=names.people,
        by_acronym=names.by_acronym,
        by_title=names.by_title,
        by_institution=names.by_institution,
        settled_guesses=names.settled_guesses,
        first_finder=lambda sentence, tracker: _answering_first(sentence, tracker, french),
        last_finder=french.noun_ending_sentence,
    )
    gaps = sentence_gaps(sentences, page_text)
    speakers, unnamed_titles, woven = [], [], set()
    shown_only: dict[int, str] = {}  # speakers shown but not read by the gate (source_openings.py)
    introduced = ""  # who a line ending with a colon ("X said:") gives the block set off below it
    heard = ""  # where an impersonal "on" last heard what it reports ("a-t-on appris auprès du parquet")
    for index, sentence in enumerate(sentences):
        if line := introduction(gaps[index]):
            introduced = tracker.speaker_of(line)  # a line cleaning kept out of the sentences, read all the same
        elif starts_line(gaps[index]) and not continues_block(gaps[index], sentence):
            introduced = ""
        speaker = tracker.speaker_of(sentence)
        if not speaker and index and speakers[-1] and sentences[index - 1].rstrip().endswith(":"):
            speaker = speakers[-1]  # 'The minister said:' then the statement, in its own paragraph
            introduced = speaker if starts_line(gaps[index]) else ""
        speakers.append(speaker or introduced)
        if tracker.woven_quotation and speaker and not _PRONOUN_SUBJECT.match(sentence):
            woven.add(index)  # but "Elle a chiffré le chantier à « … »": the one quoted is the subject
        if tracker.title_without_person:
            unnamed_titles.append(index)
        own = "" if tracker.woven_quotation else speaker  # a woven quotation's is only the last speaker, carried
        if language == "fr" and (named := _named_without_verb(sentence, own)):
            shown_only[index] = tracker.whole_name(named)
        if language == "fr" and (heard := heard_from(sentence) or heard) and heard_again(sentence) and not own:
            shown_only[index] = tracker.whole_name(heard)  # "…, a-t-on ajouté de même source"
    for index, person in french.named_later:
        speakers[index] = person  # "un porte-parole du parquet", named two sentences on
    fill_quotations(sentences, speakers, RECENT_SPEAKER_SENTENCES, from_closing=language != "en")
    labelled = transcript_speakers(sentences, names.people, gaps)
    labels = [label_before(gap) for gap in gaps]
    for index, answering in enumerate(label_line_speakers(labels, names.people, names.by_title)):
        labelled[index] = labelled[index] or answering  # "Sandy Aloisi:" on its own line, then her turn
    for index, answering in enumerate(labelled):
        speakers[index] = speakers[index] or answering  # "CONDOLEEZZA RICE: …" and the answer's next sentences
    speakers = [french.organisations.spelt_out(speaker) for speaker in speakers]
    defined = acronyms_defined(page_text)
    if defined := defined | institutions_named(page_text, defined):  # "la préfecture" -> "la préfecture de X"
        speakers = [whole_name(speaker, defined) if speaker else "" for speaker in speakers]
    speakers = bodies_for_kinds(speakers)  # "selon le syndicat" just after "la CGT précise …"
    for index, sentence in enumerate(sentences[:-1]):
        if not speakers[index] and is_person(speakers[index + 1]) and _named_next(sentence, sentences[index + 1]):
            speakers[index] = speakers[index + 1]  # "Two scientists told … The scientists, Jane Doe and …, said"
    for index in unnamed_titles:
        following = speakers[index + 1] if index + 1 < len(speakers) else ""
        if not speakers[index] and following and is_person(following):
            speakers[index] = following  # the title named in the next sentence, or in the quotation that follows
        elif not speakers[index] and language == "fr":  # never named: "le chef de corps de la police de Liège"
            speakers[index] = title_as_written(sentences[index])
    woven = woven if language == "fr" else set()
    shown = ["" if index in woven else speaker for index, speaker in enumerate(speakers)]
    for index, speaker in shown_only.items():
        shown[index] = speaker
    # "Premier Brad Wall: In many respects, …": shown, not a source the gate reads (read as one, it let an answer's
    # small talk through: "Ça, c’est une belle question")
    interviewed = cased_label_speakers(sentences, gaps, page_text)
    for index, answering in enumerate(interviewed):
        shown[index] = shown[index] or answering
    # "MICHAEL McCORMACK" alone on its line, then his turn: shown, not a source the gate reads (read as one, it moved
    # no tune claim but took a round's French F1 below its floor)
    for index, answering in enumerate(name_line_speakers(sentences, gaps, page_text)):
        shown[index] = shown[index] or answering
    if not any(labelled) and not any(interviewed):  # a transcript whose labels name each turn says who speaks where
        for index, speaker in enumerate(own_words_speakers(sentences, page_text, names.people, speakers)):
            # a speech or statement under a heading naming its speaker: theirs, and a source the gate reads
            shown[index] = shown[index] or speaker
            speakers[index] = speakers[index] or speaker
    for index, body in enumerate(release_body_speakers(sentences, page_text, shown)):
        shown[index] = shown[index] or body  # "Government is writing off …" in the Government's own release
    for index, carried in enumerate(
        carried_to_pointing_subjects(sentences, shown, names.by_title) if language == "fr" else []
    ):
        shown[index] = shown[index] or carried  # « Il a précisé que … » after Jane Doe spoke: hers, shown only
    text = page_text or "\n".join(sentences)  # "RCMP said" on a page naming three "… RCMP": as written
    return _fitting(as_written_where_shared(sentences, speakers, text)), _fitting(
        as_written_where_shared(sentences, shown, text)
    )


def _fitting(speakers: list[str]) -> list[str]:
    # A "name" longer than any (a run of capitalised words before "said") is no speaker, and would not fit a Claim's.
    return [speaker if len(speaker) <= NAME_MAX_CHARS else "" for speaker in speakers]


def _answering_first(sentence: str, tracker: SpeakerTracker, french: FrenchSpeakers) -> str:
    """An answer's owner ("Prisk's reply was: “…”"), else the French shapes (read on each sentence: they count)."""
    by_shape = french(sentence, tracker)
    return answer_owner(sentence) or by_shape


def _named_without_verb(sentence: str, found: str) -> str:
    """The source a French sentence names without a reporting verb of its own: "…, a-t-on appris auprès de X" always,
    "Pour X, …" unless the sentence names its own speaker (the tracker's, with a capital: "le syndicat" only points
    back to X)."""
    if heard := heard_from(sentence):
        return heard
    if any(letter.isupper() for letter in found):
        return ""
    return source_opening(sentence) or own_document_owner(sentence)  # "Selon son rapport, le métro de Paris a …"
