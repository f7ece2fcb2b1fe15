"""The body whose release a page is, as the subject of what it did: a release ("Communiqué", "Press releases from the
Government of Nova Scotia") names its issuer in its first lines ("Le Conseil fédéral promet 50 millions de francs"),
then says what it did ("Le Conseil fédéral a décidé d'octroyer …", "Government is writing off $15.2 million …"). The
guidelines give such a sentence to that body, by the whole name the first lines give it; a release's sentence about
another body, or one announcing a thing ("X announced £3m for …", an act), stays the page's own."""

import re

from claims.extraction.names import INSTITUTION, with_determiner

# The first lines hold the release's marker and its heading, before its body.
_FIRST_LINES = 16
_LINE_MAX_CHARS = 200
_RELEASE = re.compile(r"(?<![\w’'‑-])(?i:(?:press|media|news)[ \u00a0]+releases?|communiqués?)(?![\w’'‑-])")
_CAPITALISED = r"[A-ZÀ-ÖØ-Þ][\w’'‑-]*"
# Verbs after a body's name, never an adjective of it ("Government will", "Conseil a").
_AUXILIARIES = (
    "a|ont|est|sont|va|sera|avait|était|is|are|was|were|has|have|had|will|would|can|could|may|must|should|does|did"
)
# A body's name: its capitalised institution, then what it is of ("Government of Nova Scotia") or one adjective
# ("Conseil fédéral"), after up to two capitalised words ("Nova Scotia Health Authority").
_BODY = re.compile(
    rf"(?<![\w’'‑-])(?P<name>(?:(?!(?:The|Le|La|Les)[ \u00a0]){_CAPITALISED}[ \u00a0]+){{0,2}}?"
    rf"(?P<institution>(?=[A-ZÀ-ÖØ-Þ])(?i:{INSTITUTION}))"
    rf"(?:[ \u00a0]+(?:of|for|de|du|des|de[ \u00a0]+la)[ \u00a0]+{_CAPITALISED}(?:[ \u00a0]+{_CAPITALISED}){{0,2}}"
    rf"|[ \u00a0]+(?!(?:{_AUXILIARIES})(?![\w’'‑-]))[a-zà-öø-ÿ]+(?=[ \u00a0]))?)(?![\w’'‑-])"
)
# What a sentence opens with before its subject: a department's label ("Finance -- "), an opening phrase and a comma
# ("Par cette aide financière de 50 millions de francs, ").
_OPENING = r"(?:[^\n,]{0,60}?[ \u00a0]+--[ \u00a0]+)?(?:[^\n,]{0,80},[ \u00a0]+)?"
_DETERMINER = r"(?:(?P<det>the|The|le|Le|la|La|l’|L’|l'|L')[ \u00a0]*)?"
# Announcing a thing is an act of the page's own account (session-9 clarification); "announced that" is not matched.
_ANNOUNCES = re.compile(r"(?:is[ \u00a0]+)?(?:announc|annonc)\w*(?![\w’'‑-])(?![ \u00a0]+(?:that|que|qu[’']))")


def release_body_speakers(sentences: list[str], page_text: str, given: list[str]) -> list[str]:
    """The release's own body for each sentence that opens with it as the subject and has no speaker in `given`, ""
    elsewhere (and everywhere on a page that is no release)."""
    speakers = [""] * len(sentences)
    first_lines = [line for line in page_text.split("\n", _FIRST_LINES)[:_FIRST_LINES] if len(line) <= _LINE_MAX_CHARS]
    if not any(_is_release_line(line) for line in first_lines):
        return speakers
    bodies = _bodies_named(first_lines)
    if not bodies:
        return speakers
    subject = re.compile(
        rf"{_OPENING}{_DETERMINER}(?P<subject>{'|'.join(re.escape(short) for short in sorted(bodies, key=len)[::-1])})"
        r"[ \u00a0]+(?=[a-zà-öø-ÿ])"
    )
    for index, sentence in enumerate(sentences):
        if given[index] or not (found := subject.match(sentence)) or _ANNOUNCES.match(sentence, found.end()):
            continue
        whole = bodies[found["subject"]]
        determiner = (found["det"] or "").lower()
        speakers[index] = with_determiner(determiner, whole) if determiner else whole
    return speakers


def _bodies_named(lines: list[str]) -> dict[str, str]:
    """Each way a sentence may name the release's issuer, with the longest name the first lines give it: the body the
    release line names ("Press releases from the Government of Nova Scotia": also "Government"), else those of the
    headings, lines that end with no full stop ("Le Conseil fédéral promet …"); an institution two bodies share names
    neither by itself."""
    marked = [line[found.end() :] for line in lines if _is_release_line(line) and (found := _RELEASE.search(line))]
    names: dict[str, str] = {}
    by_institution: dict[str, set[str]] = {}
    headings = [line for line in lines if not line.rstrip().endswith((".", "!", "?", ":", ";"))]  # no sentence
    for line in marked if any(_BODY.search(line) for line in marked) else headings:
        for body in _BODY.finditer(line):
            names[body["name"]] = body["name"]
            by_institution.setdefault(body["institution"], set()).add(body["name"])
    for institution, named in by_institution.items():
        longest = max(named, key=len)
        if all(name in longest for name in named):
            names[institution] = longest
            for name in named:
                names[name] = longest
    return names


def _is_release_line(line: str) -> bool:
    """Whether the line is a release's marker: it opens with it ("Communiqué", "Press releases from the Government of
    Nova Scotia", "News Release - Manitoba") or with the body that issues it ("Queensland Government Media Releases").
    A news report quoting one writes it inside its sentence ("Dans un communiqué, le ministère …"), which is not."""
    found = _RELEASE.search(line)
    if not found:
        return False
    issuer = line[: found.start()].strip()
    return not issuer or bool(_BODY.fullmatch(issuer))
