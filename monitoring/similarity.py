"""How close in meaning two leads are: the words they share, stemmed as matching indexes them, and
the cosine of their embeddings (matching's model), fused as matching fuses a claim and a
fact-check. The threshold was chosen on shared claim-matching data (bench/eval_lead_grouping.py)."""

from dataclasses import dataclass

import numpy as np

from publishing.match_search import COSINE_FLOOR, LEXICAL_WEIGHT, numbers_agree
from publishing.text import clean_incoming, match_form, search_terms


@dataclass(frozen=True)
class Compared:
    """What of a sentence the comparison reads, computed once per sentence."""

    terms: frozenset[str]
    form: str  # match_form, for its figures
    language: str


def compared_form(text: str, language: str) -> Compared:
    return Compared(frozenset(search_terms(clean_incoming(text), language)), match_form(text), language)


def word_overlap(left: frozenset[str], right: frozenset[str]) -> float:
    """Shared words over the shorter sentence's words: an outlet that shortens a sentence still says it."""
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def meaning(cosine: float) -> float:
    """The cosine rescaled as matching rescales it: unrelated sentences (about COSINE_FLOOR) score 0."""
    return min(max((cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR), 0.0), 1.0)


def closeness(left: Compared, right: Compared, left_vector: np.ndarray, right_vector: np.ndarray) -> float:
    """0 to 1; across languages words cannot be shared, so meaning alone counts. Two sentences that
    both cite figures and share none are about different facts (0), however alike their words."""
    if not numbers_agree(left.form, right.form):
        return 0.0
    semantic = meaning(float(left_vector @ right_vector))
    if left.language != right.language:
        return semantic
    return LEXICAL_WEIGHT * word_overlap(left.terms, right.terms) + (1 - LEXICAL_WEIGHT) * semantic


def closeness_at_most(cosines: np.ndarray, same_language: np.ndarray) -> np.ndarray:
    """The most `closeness` can be at each cosine: every word shared (across languages, meaning alone)."""
    semantic = np.clip((cosines - COSINE_FLOOR) / (1 - COSINE_FLOOR), 0.0, 1.0)  # meaning() of each
    return np.where(same_language, LEXICAL_WEIGHT + (1 - LEXICAL_WEIGHT) * semantic, semantic)
