"""How close in meaning two leads are: the words they share, stemmed as matching indexes them, and
the cosine of their embeddings (matching's model), fused as matching fuses a claim and a
fact-check. The threshold was chosen on shared claim-matching data (bench/eval_lead_grouping.py)."""

import numpy as np

from publishing.match_search import COSINE_FLOOR, LEXICAL_WEIGHT
from publishing.text import clean_incoming, search_terms


def lead_terms(text: str, language: str) -> frozenset[str]:
    return frozenset(search_terms(clean_incoming(text), language))


def word_overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """Shared words over the shorter sentence's words: an outlet that shortens a sentence still says it."""
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def meaning(cosine: float) -> float:
    """The cosine rescaled as matching rescales it: unrelated sentences (about COSINE_FLOOR) score 0."""
    return min(max((cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR), 0.0), 1.0)


def closeness(left_terms, right_terms, left_vector: np.ndarray, right_vector: np.ndarray, *, same_language: bool):
    """0 to 1; across languages words cannot be shared, so meaning alone counts."""
    semantic = meaning(float(left_vector @ right_vector))
    if not same_language:
        return semantic
    return LEXICAL_WEIGHT * word_overlap(left_terms, right_terms) + (1 - LEXICAL_WEIGHT) * semantic
