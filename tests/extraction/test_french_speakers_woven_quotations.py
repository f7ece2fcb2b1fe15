"""French speakers (#16, frspeakers7): words quoted inside the writer's own sentence are no speaker's, but stay a source
for the claim gate. Sentences written for these tests, in no held-out page."""

import pytest

from claims.extraction.pipeline import extract
from claims.extraction.speakers import sources_and_speakers, speakers_of

SPOKE = "La maire Claire Fontaine a déclaré que 40 logements avaient été livrés en 2023."


def test_words_woven_into_the_writers_sentence_get_no_speaker_but_stay_a_source():
    sentences = [SPOKE, "Le chantier a coûté « près de deux millions d'euros » en deux ans."]
    assert sources_and_speakers(sentences, language="fr") == (["Claire Fontaine"] * 2, ["Claire Fontaine", ""])


@pytest.mark.parametrize(
    "sentence",
    [
        "« Nous avons livré 40 logements sociaux en 2023. »",  # a quotation of the speaker's own sentence
        "Le chantier a été, selon elle, « Une réussite : 40 logements en un an ».",  # a quoted sentence inside
        "Elle a chiffré le chantier à « près de deux millions d'euros ».",  # the one quoted is the subject
    ],
)
def test_a_quoted_sentence_or_a_pronoun_subject_keeps_the_last_speaker(sentence):
    assert speakers_of([SPOKE, sentence], language="fr")[1] == "Claire Fontaine"


def test_english_copy_keeps_the_last_speaker_for_woven_words():
    sentences = ["Mayor Jane Holt said 40 homes were built in 2023.", "The scheme cost “almost two million” in all."]
    assert speakers_of(sentences, language="en") == ["Jane Holt", "Jane Holt"]


def test_the_claim_gate_still_reads_woven_words_as_sourced():  # with no source, the French gate holds it back
    woven = "Les agents ont ensuite découvert un « chargement de sacs plastiques » dans la remorque."
    text = f"Le directeur des douanes Paul Girard a déclaré que 40 kilos avaient été saisis en mars. {woven}"
    claims = {claim.text: claim.speaker for claim in extract(text, language="fr").claims}
    assert claims.get(woven) == ""
