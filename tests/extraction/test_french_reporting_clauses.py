"""French reporting clauses (#16, session 8): sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def test_the_noun_ending_a_sentence_that_opens_with_someone_acting_is_the_object_of_their_verbs():
    sentences = [
        "Le maire a inauguré l'école, a rappelé les enjeux.",
        "Jean Dupont a inspecté, a confirmé les travaux.",
        "Les prix ont baissé, a indiqué la chancellerie.",  # a whole clause, then the verb's subject
    ]
    assert speakers_of(sentences) == ["", "", "la chancellerie"]
