"""What the learned decision layer (claims/extraction/decision.py) is trained on, in pure Python: the sentences
extract() scores on the tune pages of SHIPPED_ROWS, their signals, speakers and labels; and a digest of them, which
the export writes into model/decision.json so that a test can tell when the shipped weights no longer match what the
current code computes on the current pages (a rule, cue, speaker or clutter change moves the signals: the weights are
in their units). Re-export with EXPORT_COMMAND."""

import hashlib
import json

from bench.eval_real_pages import Found, Page, same_sentence
from claims.extraction.decision import TRAINED_THRESHOLD, paragraph_of_each, sentence_signals
from claims.extraction.features import reasons, tokens
from claims.extraction.pipeline import Scored, merge_duplicates, scored_spans
from claims.extraction.speakers import sources_and_speakers

EXPORT_COMMAND = "DEBUG=1 .venv/bin/python bench/stack_on_real_pages.py --export"
# The rows of pages.tsv whose tune pages train the shipped layer: every tune page when learned19 exported it (a round
# appended later stays out of the digest until the layer is retrained on it by choice).
SHIPPED_ROWS = (1, 1133)
# Signals are rounded before they are digested, so that the last bits of a float's arithmetic do not count as a change.
DIGEST_DECIMALS = 6


class PageSignals:
    """A tune page as the pipeline sees it: its sentences, their speakers and signals, and their labels."""

    def __init__(self, page: Page, row: int):
        self.page, self.row = page, row
        self.cleaned, self.spans = scored_spans(page.text)
        sentences = [page.text[start:end] for start, end in self.spans]
        sources, self.speakers = sources_and_speakers(sentences, page.text, page.lang)
        paragraphs = paragraph_of_each(self.spans, self.cleaned.blocks)
        self.signals = sentence_signals(sentences, sources, page.lang, paragraphs)
        self.words = [{f"word:{word}": 1.0 for word in tokens(sentence)} for sentence in sentences]
        self.labels = [int(any(same_sentence(claim[:2], span) for claim in page.claims)) for span in self.spans]

    def found(self, scores: list[float]) -> list[Found]:
        """The claims extract() would return with these scores in place of sentence_score's."""
        scored = [
            Scored(self.page.text[start:end], start, end, sentence_score, reasons(cues), speaker)
            for (start, end), sentence_score, (_score, cues, _signals), speaker in zip(
                self.spans, scores, self.signals, self.speakers, strict=True
            )
        ]
        kept = merge_duplicates(scored, self.cleaned.title, self.cleaned.title_span)
        return [
            Found(claim.start, claim.end, claim.text, claim.speaker)
            for claim in kept
            if claim.score >= TRAINED_THRESHOLD
        ]


def training_pages(pages: list[Page], rows: tuple[int, int] = SHIPPED_ROWS) -> list[PageSignals]:
    """The tune pages of `rows` (counted from 1, both included), as the layer is trained on them."""
    first, last = rows
    return [
        PageSignals(page, row) for row, page in enumerate(pages, 1) if page.split == "tune" and first <= row <= last
    ]


def training_digest(pages: list[PageSignals]) -> str:
    """A SHA-256 of what the layer learns from: each page's name and language, and each sentence's signals, the rules'
    own score (variant B keeps it for a sentence with a speaker) and label."""
    digest = hashlib.sha256()
    for page in pages:
        sentences = [
            (round(score, DIGEST_DECIMALS), _rounded(signals), label)
            for (score, _cues, signals), label in zip(page.signals, page.labels, strict=True)
        ]
        row = [page.page.name, page.page.lang, sentences]
        digest.update(json.dumps(row, sort_keys=True, ensure_ascii=False).encode() + b"\n")
    return digest.hexdigest()


def _rounded(signals: dict[str, float]) -> dict[str, float]:
    return {name: round(value, DIGEST_DECIMALS) for name, value in signals.items()}
