"""Pieces of pages written for the furniture tests: a title, a claim in each language, and what extraction keeps of a
text (claims and candidates alike, so that a test sees whatever clutter got past cleaning)."""

from claims.extraction import extract

TITLE = "Council budget under strain\n"
CLAIM_EN = "The regional budget grew by 4 percent in 2024, the finance office said."
CLAIM_FR = "Le budget régional a augmenté de 4 % en 2024, a indiqué le service des finances."


def scored_sentences(text: str) -> list[str]:
    result = extract(text)
    return [sentence.text for sentence in result.claims + result.candidates]
