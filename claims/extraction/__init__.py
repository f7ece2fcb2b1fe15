"""Claim extraction: plain text in, scored sentences out. No database access here."""

from claims.extraction.pipeline import Extraction, ScoredSentence, extract

__all__ = ("Extraction", "ScoredSentence", "extract")
