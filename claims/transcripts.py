"""Read subtitles (.srt, .vtt) and plain-text transcripts with speaker turns into one text and its turns.

The text holds one turn per paragraph, the speech only (no speaker labels, no timecodes), so extraction
reads it like any article; each turn keeps its speaker, its span in the text, its times and where each of
its cues starts, so a sentence can be given the speaker of its turn and the time it was said. Cues split
mid-sentence are joined within their turn. Everything is read line by line, in one pass.
"""

import html
import re
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

# A turn longer than this may end at the next sentence end after a pause, when nobody's voice is named
# (subtitles without speakers), so the surrounding turns shown beside a claim stay readable.
_UNNAMED_TURN_CHARS = 600
_UNNAMED_PAUSE_MS = 1500
# Past this many turns a file is refused: every turn is a row, and no debate has this many.
MAX_TURNS = 20_000


class TranscriptUnreadable(ValueError):
    """The file is not a transcript we can read; the message is meant for the user."""


@dataclass
class TranscriptTurn:
    speaker: str
    start: int  # span of the speech in the transcript's text
    end: int
    starts_at_ms: int | None = None
    ends_at_ms: int | None = None
    cue_starts: list[tuple[int, int]] = field(default_factory=list)  # (offset in the text, time in ms) per cue


@dataclass
class Transcript:
    text: str
    turns: list[TranscriptTurn]
    kind: str  # "srt", "vtt" or "turns"


@dataclass
class _Cue:
    text: str
    starts_at_ms: int | None = None
    ends_at_ms: int | None = None
    speaker: str | None = None  # None: no speaker said; "": a new, unnamed speaker (a dash, ">>")


class _Builder:
    """Joins cues into turns and turns into one text, in one pass."""

    def __init__(self, kind: str):
        self.kind = kind
        self.parts: list[str] = []
        self.length = 0
        self.turns: list[TranscriptTurn] = []

    def add(self, cue: _Cue) -> None:
        words = " ".join(cue.text.split())
        if not words:
            return
        current = self.turns[-1] if self.turns else None
        if current is None or self._starts_turn(current, cue):
            if len(self.turns) >= MAX_TURNS:
                raise TranscriptUnreadable(
                    _("This transcript has more than %(count)d speaker turns; split it into shorter files.")
                    % {"count": MAX_TURNS}
                )
            self._write("\n\n" if current else "")
            speaker = cue.speaker if cue.speaker is not None else (current.speaker if current else "")
            current = TranscriptTurn(speaker=speaker, start=self.length, end=self.length)
            current.starts_at_ms = cue.starts_at_ms
            self.turns.append(current)
        else:
            self._write(" ")
        if cue.starts_at_ms is not None:
            current.cue_starts.append((self.length, cue.starts_at_ms))
        self._write(words)
        current.end = self.length
        current.ends_at_ms = cue.ends_at_ms if cue.ends_at_ms is not None else current.ends_at_ms

    def add_paragraph(self, line: str) -> None:
        """Another paragraph of the current turn (plain-text transcripts)."""
        if words := " ".join(line.split()):
            self._write("\n" + words)
            self.turns[-1].end = self.length

    def _starts_turn(self, current: TranscriptTurn, cue: _Cue) -> bool:
        if cue.speaker is not None and (cue.speaker == "" or cue.speaker != current.speaker):
            return True
        if current.speaker or cue.speaker is not None:
            return False
        # Nobody named: a long turn ends where a sentence ends before a pause.
        ended = self.parts[-1].rstrip()[-1:] in ".?!…" if self.parts else False
        paused = (
            cue.starts_at_ms is not None
            and current.ends_at_ms is not None
            and cue.starts_at_ms - current.ends_at_ms >= _UNNAMED_PAUSE_MS
        )
        return ended and (paused or current.end - current.start >= _UNNAMED_TURN_CHARS)

    def _write(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)

    def transcript(self) -> Transcript:
        if not self.turns:
            raise TranscriptUnreadable(_("No subtitle or speaker turn with text could be read in this file."))
        return Transcript(text="".join(self.parts), turns=self.turns, kind=self.kind)


# Subtitles


_TIMING = re.compile(
    r"^\s*(?P<start>(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})\s*-->\s*(?P<end>(?:\d{1,3}:)?\d{1,2}:\d{1,2}[.,]\d{1,3})"
)
_ARROW = "-->"
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]{1,200})>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>\n]{0,300}>|\{\\[^{}\n]{0,100}\}")  # markup (<i>, <c.red>, <00:01.000>) and {\an8}
_DASH_TURN = re.compile(r"^\s*(?:-|–|—|>>)\s*")  # a dialogue dash or ">>": someone else speaks


def _milliseconds(timecode: str) -> int:
    clock, _sep, fraction = timecode.replace(",", ".").partition(".")
    fields = [int(part) for part in clock.split(":")]
    hours, minutes, seconds = ([0] * (3 - len(fields)) + fields)[-3:]
    if minutes > 59 or seconds > 59:
        raise ValueError(timecode)
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(fraction.ljust(3, "0")[:3])


def read_subtitles(source: str, kind: str) -> Transcript:
    """Cues of an .srt or .vtt file: blocks of lines, each with a timing line ("00:01:02,500 --> …").

    A cue whose timing cannot be read is skipped (best effort); a file with no readable cue is refused."""
    builder = _Builder(kind)
    block: list[str] = []
    malformed = 0
    for line in [*source.replace("\r\n", "\n").replace("\r", "\n").split("\n"), ""]:
        if line.strip():
            block.append(line)
            continue
        if block:
            malformed += _add_block(builder, block)
            block = []
    if not builder.turns:
        if malformed:
            raise TranscriptUnreadable(
                _("None of the %(count)d subtitles in this file has a timecode that can be read.")
                % {"count": malformed}
            )
        raise TranscriptUnreadable(_("No subtitle with text could be read in this file."))
    return builder.transcript()


def _add_block(builder: _Builder, block: list[str]) -> int:
    """Add a block's cues (a file that forgot the blank line between cues has several in a block); returns how
    many cues had a timing line that could not be read. Lines before the first timing line (a cue's number or
    name, a WEBVTT header, NOTE, STYLE) are not speech."""
    malformed = 0
    timing: tuple[int, int] | None = None
    for line in block:
        if _ARROW in line:
            timing = _timing(line)
            malformed += timing is None
        elif timing is not None:
            builder.add(_subtitle_line(line, *timing))
    return malformed


def _timing(line: str) -> tuple[int, int] | None:
    match = _TIMING.match(line)
    try:
        return (_milliseconds(match["start"]), _milliseconds(match["end"])) if match else None
    except ValueError:
        return None


def _subtitle_line(line: str, starts_at: int | None, ends_at: int) -> _Cue:
    speaker = None
    if voice := _VOICE.search(line):
        speaker = " ".join(voice.group(1).split())
    elif dash := _DASH_TURN.match(line):
        line, speaker = line[dash.end() :], ""
    text = html.unescape(_TAG.sub("", line))
    if speaker is None and (label := _label(text)):
        speaker, text = label
    return _Cue(text=text, starts_at_ms=starts_at, ends_at_ms=ends_at, speaker=speaker)


def looks_like_vtt(source: str) -> bool:
    return source.lstrip("\ufeff \t\r\n").startswith("WEBVTT")


def looks_like_srt(source: str) -> bool:
    head = source.lstrip("\ufeff \t\r\n").split("\n", 3)[:3]
    return any(_TIMING.match(line) for line in head)


# Plain text with speaker turns

_NAME_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|du|des|da|di|van|von|der|le|la|d’|d'|of|the|ben|bin|al|el)"
_PARTY = r"(?:\s*\([^()\n]{1,60}\))?"
# "NAME: text", "Jane Doe (Labour): text", "Q: text", "Mme X : texte": capitalised words, then a colon.
_COLON_LABEL = re.compile(
    rf"^\s*(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:[ \t]+{_NAME_WORD}){{0,5}}{_PARTY})[ \t\u00a0\u202f]*:(?:\s+|$)"
)
_FRENCH_TITLES = (
    "président|présidente|ministre|rapporteur|rapporteure|secrétaire|garde|premier|première|commissaire|"
    "haut-commissaire|questeur|questeure|député|députée|sénateur|sénatrice|maire|doyen|doyenne|porte-parole"
)
# Parliamentary records: "M. DUPONT. Texte", "Mme la présidente. Texte", "M. Jean Dupont (LR). – Texte".
_FRENCH_RECORD_LABEL = re.compile(
    r"^\s*(?P<name>(?:M\.|Mme|Mlle|MM\.)[ \t\u00a0]+"
    rf"(?:(?:le|la|l’|l')[ \t]*(?:{_FRENCH_TITLES})(?:[ \t]+[\w'’-]+){{0,6}}?"
    rf"|[A-ZÀ-ÖØ-Þ][\w'’-]*(?:[ \t]+{_NAME_WORD}){{0,4}}){_PARTY})"
    r"\s*\.(?:\s*[–—-])?\s+(?=\S)"
)
# A line wholly in brackets is a stage direction: "(Applaudissements)", "[Laughter]".
_STAGE_DIRECTION = re.compile(r"^\s*[(\[][^()\[\]]*[)\]]\s*$")
# Share of paragraphs that must open with a label, and how many turns and speakers, for a text to be a transcript.
_TURN_SHARE = 0.5
_MIN_TURNS = 3
_MIN_SPEAKERS = 2


def _label(line: str) -> tuple[str, str] | None:
    """(speaker, speech) when the line opens with a speaker's label, by its shape alone."""
    match = _COLON_LABEL.match(line) or _FRENCH_RECORD_LABEL.match(line)
    if not match:
        return None
    name = " ".join(match["name"].split())
    if len(name) > 120 or name.endswith(("'", "’")):
        return None
    return name, line[match.end() :]


def read_speaker_turns(source: str) -> Transcript | None:
    """A plain text of speaker turns ("NAME: text", "M. DUPONT. Texte"), or None when it is not one: most
    paragraphs must open with a label, with several turns and speakers, so an article with a colon is not."""
    lines = [line for line in source.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
    labelled = [_label(line) for line in lines]
    turns = [label for label in labelled if label]
    if (
        len(turns) < _MIN_TURNS
        or len({speaker for speaker, _speech in turns}) < _MIN_SPEAKERS
        or len(turns) < _TURN_SHARE * sum(1 for line in lines if not _STAGE_DIRECTION.match(line))
    ):
        return None
    builder = _Builder("turns")
    waiting_speaker = None  # a label alone on its line: the speech follows on the next
    for line, label in zip(lines, labelled, strict=True):
        if _STAGE_DIRECTION.match(line):
            continue
        if label:
            speaker, speech = label
            waiting_speaker = None if speech.strip() else speaker
            builder.add(_Cue(text=speech, speaker=speaker))
        elif waiting_speaker is not None:
            builder.add(_Cue(text=line, speaker=waiting_speaker))
            waiting_speaker = None
        elif builder.turns:
            builder.add_paragraph(line)
    return builder.transcript() if builder.turns else None


def read_transcript(filename_extension: str, source: str) -> Transcript | None:
    """The transcript in a file, by its name then its shape; None when the text is not a transcript."""
    if filename_extension == ".vtt" or looks_like_vtt(source):
        return read_subtitles(source, "vtt")
    if filename_extension == ".srt" or looks_like_srt(source):
        return read_subtitles(source, "srt")
    return read_speaker_turns(source)


def timecode(milliseconds: int | None) -> str:
    """ "00:12:34" for a time in a recording; "" when none is known."""
    if milliseconds is None:
        return ""
    seconds = milliseconds // 1000
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
