"""Subtitles (.srt, .vtt) and plain-text transcripts read into one text of turns, each turn with its speaker,
its span in the text and its times; bad files refused in words, hostile ones in linear time."""

import pytest

from claims import readers
from claims.transcripts import MAX_TURNS, TranscriptUnreadable, read_speaker_turns, read_transcript
from tests.extraction.test_linear_time import assert_linear

VTT = """WEBVTT
Kind: captions
Language: fr

NOTE Débat fictif, écrit pour les tests.

STYLE
::cue { color: yellow }

intro
00:00:01.000 --> 00:00:04.000 align:start position:10%
<v Anne Lemoine>Le chômage a baissé de <b>10 %</b>

00:00:04.000 --> 00:00:06.500
depuis 2019 &amp; c’est un record.

00:12:34.000 --> 00:12:38.000
<v.loud Paul Girard>C’est faux.</v> <c.yellow>Il a augmenté.</c>
"""

SRT = """1
00:00:01,000 --> 00:00:02,000
<i>JOHN SMITH: Inflation reached</i>

2
00:00:02,000 --> 00:00:05,000
{\\an8}nine percent last year.

3
00:00:06,000 --> 00:00:08,000
- That is simply not true.
- It is.
"""


def _speech(transcript, turn):
    return transcript.text[turn.start : turn.end]


def test_vtt_voices_give_speakers_and_cues_split_mid_sentence_are_joined():
    transcript = read_transcript(".vtt", VTT)
    assert transcript.kind == "vtt"
    assert [turn.speaker for turn in transcript.turns] == ["Anne Lemoine", "Paul Girard"]
    first, second = transcript.turns
    assert _speech(transcript, first) == "Le chômage a baissé de 10 % depuis 2019 & c’est un record."
    assert _speech(transcript, second) == "C’est faux. Il a augmenté."
    assert (first.starts_at_ms, first.ends_at_ms, second.starts_at_ms) == (1000, 6500, 754000)
    # The second cue of the first turn begins at "depuis", four seconds in.
    assert [(transcript.text[offset:].split()[0], ms) for offset, ms in first.cue_starts] == [
        ("Le", 1000),
        ("depuis", 4000),
    ]
    assert "WEBVTT" not in transcript.text and "color" not in transcript.text and "-->" not in transcript.text


def test_srt_labels_and_dialogue_dashes_start_turns_and_styling_is_stripped():
    transcript = read_transcript(".srt", SRT)
    assert transcript.kind == "srt"
    assert [turn.speaker for turn in transcript.turns] == ["JOHN SMITH", "", ""]
    assert [_speech(transcript, turn) for turn in transcript.turns] == [
        "Inflation reached nine percent last year.",
        "That is simply not true.",
        "It is.",
    ]
    assert transcript.turns[0].cue_starts == [(0, 1000), (len("Inflation reached "), 2000)]


def test_subtitles_are_known_by_their_shape_whatever_their_name():
    assert read_transcript(".txt", VTT).kind == "vtt"
    assert read_transcript("", SRT).kind == "srt"


def test_french_parliamentary_and_colon_turns_are_read_by_shape():
    record = """Compte rendu fictif

Mme la présidente. La séance est ouverte.
M. Jean DUPONT (LR). – Le chômage a augmenté de 12 % en deux ans.
(Applaudissements sur les bancs du groupe LR.)
Mme Claire MARTIN : C’est faux, il a baissé.
Je le prouve avec les chiffres.
M. le ministre de l’économie. Les chiffres de l’Insee disent 7,1 %.
"""
    transcript = read_transcript(".txt", record)
    assert [turn.speaker for turn in transcript.turns] == [
        "Mme la présidente",
        "M. Jean DUPONT (LR)",
        "Mme Claire MARTIN",
        "M. le ministre de l’économie",
    ]
    assert _speech(transcript, transcript.turns[2]) == "C’est faux, il a baissé.\nJe le prouve avec les chiffres."
    assert "Applaudissements" not in transcript.text and "Compte rendu" not in transcript.text


def test_english_turns_with_parties_and_labels_on_their_own_line():
    text = """MODERATOR: Welcome to the debate.
Jane Doe (Labour): Crime fell by 20 percent.
JOHN ROE:
That figure is wrong.
[Laughter]
Jane Doe (Labour): It is not.
"""
    transcript = read_transcript(".txt", text)
    speakers = [turn.speaker for turn in transcript.turns]
    assert speakers == ["MODERATOR", "Jane Doe (Labour)", "JOHN ROE", "Jane Doe (Labour)"]
    assert _speech(transcript, transcript.turns[2]) == "That figure is wrong."


@pytest.mark.parametrize(
    "article",
    [
        "The minister said: unemployment fell.\nIt was a long day. Many people came.\nThe economy grew 3%.\n",
        "Note: this article was updated.\nSelon M. Dupont, le chômage baisse.\nM. Dupont a dit : « non ».\n"
        "Le gouvernement a répondu. Les chiffres sont publiés. Les syndicats contestent.\n",
        "Update: 10:30 the vote was held.\nParis: the strike goes on.\nIt will last. It is long. Nobody knows.\n",
    ],
)
def test_an_article_whose_lines_merely_contain_colons_is_not_a_transcript(article):
    assert read_speaker_turns(article) is None
    assert readers.read_upload("article.txt", article.encode()).transcript is None


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("WEBVTT\n\n00:00:99.000 --> 00:00:02.000\nHello\n\n1:2 --> x\nAgain\n", "None of the 2 subtitles"),
        ("WEBVTT\n\nNOTE nothing but a note\n", "No subtitle with text"),
        ("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n", "No subtitle with text"),
    ],
)
def test_a_subtitle_file_with_nothing_readable_is_refused_in_words(source, message):
    with pytest.raises(readers.UnreadableInput, match=message):
        readers.read_upload("broken.vtt", source.encode())


def test_a_malformed_timecode_loses_its_cue_only():
    source = (
        "1\n00:00:01,000 --> 00:00:02,000\nKept one.\n\n"
        "2\n00:61:00,000 --> 00:62:00,000\nLost.\n\n"
        "3\n0:00:02,5 --> 0:00:04,0\nKept two.\n"
    )
    transcript = read_transcript(".srt", source)
    assert transcript.text == "Kept one. Kept two."
    assert transcript.turns[0].cue_starts == [(0, 1000), (10, 2500)]


def test_too_many_turns_are_refused():
    cues = (f"00:00:01.000 --> 00:00:02.000\n<v S{index}>x\n\n" for index in range(MAX_TURNS + 1))
    source = "WEBVTT\n\n" + "".join(cues)
    with pytest.raises(TranscriptUnreadable, match="speaker turns"):
        read_transcript(".vtt", source)


@pytest.mark.parametrize(
    ("extension", "cue"),
    [
        (".srt", "{n}\n00:00:01,000 --> 00:00:02,000\nword\n\n"),
        (".vtt", "00:01.000 --> 00:02.000\n<v A>word <b>x</b> <c.y>z\n\n"),
        (".txt", "A: word\nB: word\n"),
        (".srt", "{n}\n99:99 --> 99:99\nword\n\n"),
    ],
)
def test_thousands_of_tiny_cues_are_read_in_linear_time(extension, cue):
    def cues(count: int) -> str:
        source = "".join(cue.format(n=index) for index in range(count))
        if extension == ".srt" and "99:99" in cue:
            source += "1\n00:00:01,000 --> 00:00:02,000\nend\n"  # one readable cue after the broken ones
        return source

    # The shared measure (CPU time, the two sizes in turns, measured again past the limit): wall-clock time on a
    # shared machine took 29 times as long for eight times the cues once in CI, where this process's CPU time grows 9
    # times. 800 cues, then 8,000: under MAX_TURNS.
    assert_linear(lambda source: read_transcript(extension, source), cues, 800)
