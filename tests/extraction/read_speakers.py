"""What the extractor gives each sentence of a page, for the tests of speakers: every sentence it read (claims and
candidates alike: a threshold of 0 keeps them all, in page order), with the speaker it shows."""

from claims.extraction import extract


def speakers_in_order(text: str, language: str | None = None) -> list[str]:
    """The speaker of each sentence the extractor read, in page order."""
    result = extract(text, language=language, threshold=0.0)
    return [sentence.speaker for sentence in result.claims + result.candidates]


def speakers_by_sentence(text: str, language: str | None = None) -> dict[str, str]:
    """Each sentence the extractor read, with the speaker it shows."""
    result = extract(text, language=language, threshold=0.0)
    return {sentence.text: sentence.speaker for sentence in result.claims + result.candidates}
