"""A body named by its bare kind ("selon le syndicat", "the union said") where a page reports one body of that kind
by its own name just before or just after ("la CGT précise …", "ajoute la Fnpl"). Kinds of which many stand side by
side (unions, associations, parties) are told apart by their names, and the labels give the name; an institution one
of a kind in its place ("la préfecture", "la direction", "le gouvernement") stays as written, as its labels have it."""

import re

from claims.extraction.names import is_person

# Kinds of bodies that exist side by side, each with a name of its own.
_KINDS = "syndicat association fédération confédération organisation collectif parti union"
_BARE_KIND = re.compile(rf"(?i:le|la|l[’']|the)[ \u00a0]*(?i:{'|'.join(_KINDS.split())})")
# A body by its own name: an article and a capitalised word ("la CGT", "la Fnpl"), or an acronym alone ("CFDT").
_OWN_NAME = re.compile(r"(?:(?i:le|la|les|l[’']|the)[ \u00a0]*)?[A-ZÀ-ÖØ-Þ][\w’'‑-]*")
RECENT_SENTENCES_BEFORE = 3  # as far back as a bare quotation looks for its speaker
NEXT_SENTENCES_AFTER = 1  # "selon les calculs du syndicat" opening what the next sentence gives the body's name


def _own_name(speaker: str) -> bool:
    return bool(_OWN_NAME.fullmatch(speaker)) and not is_person(speaker)


def bodies_for_kinds(speakers: list[str]) -> list[str]:
    """Each speaker, a bare kind of body replaced by the body the nearest speakers name, the one before first."""
    resolved = list(speakers)
    for index, speaker in enumerate(speakers):
        if not _BARE_KIND.fullmatch(speaker):
            continue
        before = speakers[max(0, index - RECENT_SENTENCES_BEFORE) : index][::-1]
        after = speakers[index + 1 : index + 1 + NEXT_SENTENCES_AFTER]
        for near in before + after:
            if near and _own_name(near):
                resolved[index] = near
                break
    return resolved
