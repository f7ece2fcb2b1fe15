"""A transcript document's turns: stored once its text is read, and given to its sentences.

A sentence inside a turn is said by the turn's speaker, whatever the extractor guessed from its words: in a
debate the person speaking is the one who makes the claim, even when quoting someone ("comme l'a dit X").
Its time is the start of the cue it begins in."""

import dataclasses
from bisect import bisect_right

from claims.models import Document, Turn
from claims.transcripts import Transcript


def turns_store(document: Document, transcript: Transcript) -> None:
    """Keep a transcript's turns with its document (replacing any), and mark the document a transcript."""
    document.turns.all().delete()
    Turn.objects.bulk_create(
        (
            Turn(
                document=document,
                position=position,
                speaker=turn.speaker[:200],
                start=turn.start,
                end=turn.end,
                starts_at_ms=turn.starts_at_ms,
                ends_at_ms=turn.ends_at_ms,
                cue_starts=[list(cue) for cue in turn.cue_starts],
            )
            for position, turn in enumerate(transcript.turns)
        ),
        batch_size=1000,
    )
    Document.objects.filter(pk=document.pk).update(transcript=transcript.kind)
    document.transcript = transcript.kind


class _Timeline:
    """Where each turn and cue begins, to find a sentence's turn and cue by bisection."""

    def __init__(self, turns: list[Turn]):
        self.turns = turns
        self.turn_starts = [turn.start for turn in turns]
        cues = sorted((offset, time) for turn in turns for offset, time in turn.cue_starts)
        self.cue_offsets = [offset for offset, _time in cues]
        self.cue_times = [time for _offset, time in cues]

    def turn_at(self, offset: int) -> Turn | None:
        index = bisect_right(self.turn_starts, offset) - 1
        return self.turns[index] if index >= 0 and offset < self.turns[index].end else None

    def time_at(self, offset: int) -> int | None:
        index = bisect_right(self.cue_offsets, offset) - 1
        return self.cue_times[index] if index >= 0 else None


def sentences_in_turns(document: Document, sentences: list) -> list:
    """The extractor's sentences with the speaker of their turn and the time they were said (the same
    sentences for a document that is not a transcript)."""
    if not document.transcript or not sentences:
        return sentences
    timeline = _Timeline(list(document.turns.order_by("position")))
    placed = []
    for sentence in sentences:
        turn = timeline.turn_at(sentence.start)
        if turn is None:
            placed.append(sentence)
            continue
        placed.append(
            dataclasses.replace(
                sentence, speaker=turn.speaker or sentence.speaker, said_at_ms=timeline.time_at(sentence.start)
            )
        )
    return placed


def turns_around(document: Document, offset: int, *, around: int = 1) -> list[dict]:
    """The turn holding `offset` with `around` turns either side, in order, as the workspace shows them (speaker,
    timecode, speech, whether it is that turn); nothing for a document that is not a transcript. Two queries."""
    if not document.transcript:
        return []
    current = document.turns.filter(start__lte=offset).order_by("-position").first()
    if current is None:
        return []
    turns = document.turns.filter(position__gte=current.position - around, position__lte=current.position + around)
    return [
        {
            "speaker": turn.speaker,
            "timecode": turn.timecode,
            "text": document.text[turn.start : turn.end],
            "current": turn.pk == current.pk,
        }
        for turn in turns
    ]
