"""A body named by its bare kind ("selon le syndicat", "the union said") where a page reports one body of that kind
by its own name just before or just after ("la CGT précise …", "ajoute la Fnpl", "Ofgem said … The regulator
announced", "le Syndicat des médecins … a fait savoir l'organisation"). Kinds of which many stand side by
side (unions, associations, parties) are told apart by their names, and the labels give the name; an institution one
of a kind in its place ("la préfecture", "la direction", "le gouvernement") stays as written, as its labels have it."""

import re

from claims.extraction.names import is_person

# Kinds of bodies that exist side by side, each with a name of its own.
_KINDS = "syndicat association fédération confédération organisation collectif parti union company regulator"
_BARE_KIND = re.compile(rf"(?i:le|la|l[’']|the)[ \u00a0]*(?i:{'|'.join(_KINDS.split())})")
# A body by its own name: an article and a capitalised word ("la CGT", "la Fnpl"), or an acronym alone ("CFDT"), or
# one word ("Microsoft", "Ofgem"); after an article, the word may take what it stands for ("le Syndicat des médecins").
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'‑-]*"
_WHAT_IT_STANDS_FOR = r"[ \u00a0](?:de|des|du|of)(?:[ \u00a0][a-zà-ÿ][\w’'‑-]*){1,2}"
_OWN_NAME = re.compile(rf"(?:(?i:le|la|les|l[’']|the)[ \u00a0]*{_NAME_WORD}(?:{_WHAT_IT_STANDS_FOR})?|{_NAME_WORD})")
RECENT_SENTENCES_BEFORE = 3  # as far back as a bare quotation looks for its speaker
NEXT_SENTENCES_AFTER = 1  # "selon les calculs du syndicat" opening what the next sentence gives the body's name


def _own_name(speaker: str) -> bool:
    """Whether `speaker` is a body's own name. One word alone passes for a person's name too ("Microsoft"), but a
    person the page names is given whole, so a lone word is a body's name or a surname the page never completes."""
    return bool(_OWN_NAME.fullmatch(speaker)) and (" " not in speaker or not is_person(speaker))


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
