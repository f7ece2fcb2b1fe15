"""Session 21's review (#16, review21) of the English layer's constraints: decision.CONTEXT_SIGNALS names exactly the
signals that read beyond the sentence and its speaker (a `sentence_only` layer trained without them scores a sentence
the same wherever it stands only if no other signal moves with its place); a layer says whether it keeps each of the
rules' holds, rather than being read as not keeping one it does not mention."""

import pytest

from claims.extraction.decision import CONTEXT_SIGNALS, layer_score, sentence_signals

CLAIM = "The council spent 4 million pounds on the new bridge last year, its accounts show."
SPEAKER = "its accounts"
# The same sentence, with the same speaker, first and alone in its paragraph, then last of three sentences in a
# paragraph after others, then between two neighbours the model scores differently.
CONTEXTS = (
    ([CLAIM], [SPEAKER], [0]),
    (
        ["Home | News | Sport", "Residents hope the road will reopen soon.", "Ask us anything?", CLAIM],
        ["", "", "", SPEAKER],
        [0, 1, 1, 1],
    ),
    (
        ["Unemployment rose to 7.4 percent in March, the statistics office said.", CLAIM, "We will keep you posted."],
        ["the statistics office", SPEAKER, ""],
        [0, 0, 1],
    ),
)


def _claim_rows():
    return [
        sentence_signals(sentences, speakers, "en", paragraphs)[sentences.index(CLAIM)]
        for sentences, speakers, paragraphs in CONTEXTS
    ]


def test_every_signal_but_the_context_signals_is_the_same_wherever_the_sentence_stands():
    rows = _claim_rows()
    own = [
        (score, cues, {name: value for name, value in signals.items() if name not in CONTEXT_SIGNALS})
        for score, cues, signals in rows
    ]
    assert all(row == own[0] for row in own)


def test_every_context_signal_moves_with_the_sentences_place():
    rows = _claim_rows()
    for name in CONTEXT_SIGNALS:
        assert len({signals[name] for _score, _cues, signals in rows}) > 1, name


HOLDS = ("keeps_speakers", "keeps_held_back", "keeps_bare_statements", "keeps_unpunctuated_lines")


@pytest.mark.parametrize("hold", [*HOLDS, "unsure_band"])
def test_a_layer_that_does_not_say_whether_it_keeps_a_hold_is_refused(hold):
    layer = {"bias": 30.0, "weights": {}, "unsure_band": None} | dict.fromkeys(HOLDS, True)
    del layer[hold]
    with pytest.raises(KeyError):
        layer_score(layer, 0.3, {"speaker": 0.0, "held_back": 0.0, "digits": 0.0, "ends_with_punctuation": 1.0})
