"""Adversarial inputs of a chosen size, for the fuzz test (tests/extraction/test_linear_time.py) and
bench/bench_hostile.py: runs of each punctuation mark, quotes, spaces, Markdown markers, nested structures.

Each generator takes a size in characters (or bytes) and returns about that much; what makes it hostile is
repetition, so growing the size must grow the work by the same factor.
"""

import zlib
from collections.abc import Callable

PUNCTUATION = ".!?…,;:-–—'’\"«»“”()[]{}*_#>`~|\\/<&%$€@"
_SENTENCE = "The unemployment rate fell to 7.1 percent in 2019, the minister said. "


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _runs_of(mark: str) -> Callable[[int], str]:
    # A run inside prose: what comes after the run decides whether a sentence ends there.
    return lambda size: "Prices rose" + _repeat(mark, size) + " and then fell"


def _in_article(make: Callable[[int], str]) -> Callable[[int], str]:
    # A headline first and a full stop last, so that cleaning keeps the hostile part as prose.
    return lambda size: "Prices in the region\n" + _SENTENCE + make(size) + " The end.\n"


def _numbered(template: str) -> Callable[[int], str]:
    """Sentences alike but each different: a count, or a name spelt from the count ("Xbac Ybac")."""

    def make(size: int) -> str:
        sentences, count = [], 0
        while sum(map(len, sentences)) < size:
            letters = "".join("abcdefghij"[int(digit)] for digit in f"{count:04d}")
            sentences.append(template.format(count=count, name=f"X{letters} Y{letters}", word=letters))
            count += 1
        return "".join(sentences)[:size]

    return make


def text_inputs() -> dict[str, Callable[[int], str]]:
    """name -> generator of a hostile article of about `size` characters."""
    inputs: dict[str, Callable[[int], str]] = {f"run of {mark!r}": _runs_of(mark) for mark in PUNCTUATION}
    inputs.update(
        {
            "dots between words": lambda size: _repeat("a.. ", size),
            "ellipses then capitals": lambda size: _repeat("... A", size),
            "bangs and queries": lambda size: _repeat("!?", size) + " next",
            "punctuation then quotes": lambda size: "It fell." + _repeat(' "', size) + "x",
            "closing quotes": lambda size: "It fell." + _repeat("»", size) + " x",
            "said that": lambda size: "The minister " + _repeat("said that ", size) + "prices fell.",
            "a déclaré que": lambda size: "Le ministre " + _repeat("a déclaré que ", size) + "les prix baissent.",
            "capitalised words": lambda size: _repeat("Jean Dupont ", size) + "said prices fell.",
            "names then said": lambda size: _repeat("Jean Dupont said ", size),
            "according to": lambda size: _repeat("according to Jean ", size),
            "run-on sentence": lambda size: "Prices " + _repeat("rose and ", size) + "fell.",
            "spaces": lambda size: "Prices rose." + " " * size + "x",
            "tabs and no-break spaces": lambda size: "Prices rose." + _repeat("\t\u00a0 ", size) + "x",
            "blank lines": lambda size: "Prices rose.\n" + "\n" * size + "Then fell.",
            "short lines": lambda size: _repeat("a\n", size),
            "wrapped lower-case lines": lambda size: "Prices rose\n" + _repeat("and rose\n", size),
            # Lines too long to be headings, none ending a sentence: one paragraph that grows line by line.
            "wrapped long lines": lambda size: _repeat("the rate kept rising " * 8 + "and\n", size),
            "one long word": lambda size: "x" * size,
            "grouped digits": lambda size: "1" + _repeat(" 234", size) + "5 people",
            "digits": lambda size: "1" * size,
            "quotations": lambda size: _repeat("« abc » ", size),
            "open quotations": lambda size: _repeat("« abc ", size),
            "nested brackets": lambda size: "(" * (size // 2) + "a" + ")" * (size // 2),
            "initials": lambda size: _repeat("A. ", size),
            "names closed by full stops": lambda size: _repeat("Marie Dupont. ", size),
            # Page-level shapes of session 15: turns under name lines, release markers, feed lines, section labels.
            "name lines": lambda size: _repeat("Jane Doe\nI think prices rose.\n", size),
            "release markers": lambda size: _repeat("Press release\nCommuniqué\n", size),
            "feed subscriptions": lambda size: _repeat("Subscribe to the news feed\n", size),
            "section labels": lambda size: _repeat("Justice -- Police said prices rose. ", size),
            "dotted acronyms": lambda size: _repeat("U.S. ", size),
            "dates": lambda size: _repeat("12 janvier 2024 ", size),
            "bullets": lambda size: _repeat("- • * ", size),
            "normal prose": lambda size: _repeat(_SENTENCE, size),
            "glued sentences": lambda size: _repeat("it rose.The D.C.The ", size),
            "lower-case transcript": lambda size: _repeat("so it rose. and then it fell. ", size),
            "spaces before a closing credit": lambda size: "Prices rose." + " " * size + "(avec AFP)",
            "credits and captions": lambda size: _repeat("(AP Photo/ - AFP via Getty © Photo: ", size),
            "datelines": lambda size: _repeat("PARIS (AFP) - ", size),
            "thousands of speakers": _numbered("{name} said prices rose. "),
            "thousands of organisations": _numbered("Selon le ministère de la {word}, 3 personnes sont mortes. "),
            "same words, other figures": _numbered("The rally gathered {count} people in Paris, the union said. "),
            "said on a day to a listener": lambda size: _repeat("« a », a déclaré jeudi à l'AFP le ministre, ", size),
            "police in places": lambda size: (
                "Prices rose, " + _repeat("Dallas police in Dallas, police ", size) + "said."
            ),
            # Session 8's shapes (#16): datelines, live time stamps, stamp lines, credits, charges, reported modals.
            "datelines in capitals": lambda size: _repeat("PORT-AU-PRINCE, Haïti — The\n", size),
            "long run of capitals": lambda size: "A" * size + " — The end.",
            "place datelines": lambda size: _repeat("Cape Town - Seven\n", size),
            "agencies alone": lambda size: _repeat("(Reuters) — ", size),
            "live time stamps": lambda size: _repeat("It rose. 20:09 - 4:15 p.m. — 19h - ", size),
            "time stamps alone": lambda size: _repeat("20:09 -\n", size),
            "stamp lines": lambda size: _repeat("Publié le 3 mai 2021 à 19h31 - mis à jour 1 2 3 4 5 6 7 8 9\n", size),
            "photo credits": lambda size: _repeat("It rose. (photo d'illustration) AFP\n", size),
            "photographers' captions": lambda size: _repeat("It rose. (Jane Doe/CBC) ", size),
            "charges": lambda size: _repeat("accused of charged with ", size),
            "reported modals": lambda size: _repeat("he said it would could ", size),
            "titled according to": lambda size: _repeat("according to police spokesperson Captain ", size),
            "adverbs in -ly": lambda size: "Jane Doe " + _repeat("really ", size) + "said it rose.",
            "French agents": lambda size: _repeat("Le maire Jean Dupont a inauguré l'école, a rappelé ", size),
            # Session 9's shapes (#16): reader notices, kickers and colon datelines, titles in lower case or with a
            # domain, the progressive of reporting verbs, time phrases before a verb, French organisations and
            # documents as speakers; the elided organisation, "Of" in capitals and the document with no author after
            # its "du" crashed extract() before review9.
            "paywall offers": lambda size: _repeat("membership gives gives provides includes offers ", size),
            "welcomes": lambda size: _repeat("Hello, hi, welcome back welcome to ", size),
            "headlines closing on a source": lambda size: _repeat(
                "Council cuts jobs, a b c d e f officials say\n", size
            ),
            "commas before says": lambda size: _repeat("a, b, c, d, e, f, g says ", size),
            "download sizes": lambda size: _repeat("Annual report (PDF, 2.4 MB) pdf - 1.2 ko (", size),
            "ticker of cut teasers": lambda size: _repeat("secures aquac… Marine… ", size),
            "kickers before times": lambda size: _repeat("OFFICIEL – 18h49 : BREAKING — 14:05 — ", size),
            "colon datelines with a country": lambda size: _repeat("KAMPALA, UGANDA: The\n", size),
            "titles in lower case": lambda size: _repeat("Fisheries minister George Eustice ", size) + "said it rose.",
            "titles and domains": lambda size: _repeat("Minister of Labour, Minister Of Lands said it rose. ", size),
            # no name anywhere: every verb's subject is searched for, and none found
            "progressive reporting verbs": lambda size: _repeat("is highlighting were advising are accusing ", size),
            "time phrases before a verb": lambda size: _repeat("Jane Doe last week on Monday morning said ", size),
            "organisations opening clauses": lambda size: _repeat(
                "L'armée a indiqué, mais la préfecture précise, ", size
            ),
            "documents of an author": lambda size: _repeat(
                "« a », précise le rapport du (X), explique un bilan des ", size
            ),
            "titles after of": lambda size: _repeat("selon le bilan du nouveau porte-parole de la police, ", size),
            # Session 10's furniture shapes (#16, furniture11): credit lines, sign-offs, invitations, comment rules,
            # pointers, error, copyright and cookie notices, headlines closing on a quotation, qualified datelines.
            "credit lines": lambda size: _repeat("(Jane Doe; version française Paul Roe, édité par (AB) ", size),
            "produced by names": lambda size: "Produced by " + _repeat("Jane Doe ", size) + "and",
            "sign-offs and invitations": lambda size: _repeat("Thanks for following Merci d'avoir suivi Join ", size),
            "comment rules": lambda size: _repeat("comments on our comment commentaires ", size) + "said",
            "pointers below": lambda size: _repeat("read see à lire dans cet article below ", size) + ": x",
            "sorry notices": lambda size: _repeat("Sorry, this video, désolé, ce contenu ", size),
            "copyright and cookies": lambda size: _repeat("no part toute reproduction you accept vous acceptez ", size),
            "kicker then quotations": lambda size: "Budget : " + _repeat('« a » "b" ', size) + "«c",
            "qualified agency datelines": lambda size: _repeat("LYON (AFP), extraits ", size) + "- The",
            # Session 10's layout shapes (#16, speakers5): introductions ending with a colon above a list or a
            # statement, speaker labels alone on their lines, and lines that almost are either.
            "introductions above lists": lambda size: _repeat("The board reported:\n\n  • Cargo: 3 tonnes;\n", size),
            "label lines and turns": lambda size: _repeat("Jane Doe:\n\nPrices rose 3%.\n\nMinister:\n\n", size),
            "long line ending with a colon": lambda size: "It rose.\n" + _repeat("Word ", size) + ":\nIt fell.",
            "lines of list markers": lambda size: "Jane Doe said:\n" + _repeat("  • 1) a) “\n", size) + "It fell.",
            "colon headings": lambda size: _repeat("Notes to editors:\nA b:\n", size) + "It fell.",
            # Session 10's inversions (#16, speakers6): times and adverbs between an inverted verb and its subject, and
            # a description before a name in apposition, each cut short, and one description's name running on.
            "insertions after inverted verbs": lambda size: _repeat("», a dit, samedi, d'abord, vraiment, ", size),
            "descriptions before apposed names": lambda size: _repeat(", a dit le maire de Valmont, jean, ", size),
            "apposed name running on": lambda size: ", said a neighbour, " + _repeat("Jane ", size) + "said",
            # Session 10's wrong names (#16, wrongnames10): headlines with figures, clause words after an organisation,
            # judicial titles.
            "headline runs with figures": lambda size: _repeat("Acme Profit Hits Sh2.6 Billion ", size) + "said",
            "clause words after organisations": lambda size: _repeat("selon la préfecture puisque organisait ", size),
            "judicial titles": lambda size: _repeat("Recorder Jane Doe, Magistrate ", size) + "said",
            # Session 11's shapes (#16, review11): names joined by "and", titles then appositions, French-spaced colons
            # before quotations, two-word French reporting verbs, approximate numerals, progressive forecasts, stances
            # and efforts, institutions, collective subjects, woven quotations, ranks and owners before names.
            "names joined by and": lambda size: (
                _repeat("Sheriff Jane Doe and Chief Deputy John Roe and ", size) + "said"
            ),
            "title then thousands of commas": lambda size: (
                "The Deputy Minister of Agriculture" + _repeat(", Fisheries", size) + ", Bheki Cele, says it rose."
            ),
            "titles then appositions": lambda size: _repeat("The Minister of Labour, Jobs, Jane Doe, says ", size),
            "French-spaced colons and quotations": lambda size: _repeat(
                "Jean Dupont interroge le maire : « Les ", size
            ),
            "fait savoir que": lambda size: "Le ministre " + _repeat("a également fait savoir que ", size) + "rien.",
            "fait part de": lambda size: _repeat("Jean Dupont faisait alors part d'", size),
            # guards11: a listener before "de", sentences opened by a word before names joined by "and"
            "fait part à un proche": lambda size: _repeat("Jean Dupont a fait part à ses proches ", size) + "de rien.",
            "sentences opening names joined by and": lambda size: _repeat("Yesterday Jane and John Roe said. ", size),
            "approximate numerals": lambda size: _repeat("une dizaine de centaines, plus nombreux ", size),
            "progressive forecasts": lambda size: _repeat("is now predicting are still preparing ", size),
            "stances and efforts": lambda size: _repeat("said he felt doing all it can efforts are being made ", size),
            "institutions of places": _numbered("La préfecture de {name} a indiqué, selon la préfecture. "),
            "collective subjects": lambda size: _repeat('The opposition said, " the province said what the ', size),
            "woven quotations": lambda size: _repeat("ont « neutralisé » 19 ", size),
            "ranks and owners before names": lambda size: _repeat(
                "the Deputy Acting Minister, Chiefs’ DSP Andy ", size
            ),
            # Session 12's shapes (#16, review12): speech headings, bodies and their staff, offices as written, outlets'
            # credits, results tables, tallies, closing asides, embedded posts, the own voice, own documents, labels
            "speech headings": lambda size: _repeat("Statement by Police Commissioner Jane Doe\nWe are here. ", size),
            "long speech heading": lambda size: "Discours de " + _repeat("Abcdefgh ", size) + "\nNous sommes là.",
            "staff of bodies": lambda size: _repeat("Coast Guard Office officials said, its annual review says ", size),
            "according to staff at bodies": lambda size: _repeat("according to economists at Teagasc Bank ", size),
            "offices as written": lambda size: _repeat("le maire de cette commune de la ville du ", size) + "a dit.",
            "outlets' credits": lambda size: _repeat("Ankara-SANA/ Accra, Aug. 7, GNA - iGFM - (Dakar) ", size),
            "signed credits": lambda size: _repeat("It rose 3%. -Xinhua Source: 1 NEWS\n", size),
            "results table rows": lambda size: _repeat("Jane Doe (Party) 47,3 % RÉÉLUE\nPays : 79.500\n", size),
            "share after many figures": lambda size: "Turnout " + _repeat("1 ", size) + "x%",
            "closing asides": lambda size: _repeat("Télécharger les données (format Excel)\n", size),
            "embedded posts": lambda size: _repeat("La douleur.\n— Jane Doe (@janedoe) 10 juin 2018\n", size),
            "post signatures in one line": lambda size: _repeat("— Jane Doe (@janedoe) ", size),
            "the own voice": lambda size: _repeat("We are in good shape and I think nous avons ", size),
            "own documents": lambda size: _repeat("Selon son rapport annuel, le Métro de Paris a atteint 3 %. ", size),
            "cased labels": _numbered("Jane {name}: the rate of it is up.\nJane {name}: it was said to be up.\n"),
            "names counting": lambda size: _repeat("France Bleu en compte 54.000, l'INS en ", size),
            "acronyms after lower-case names": lambda size: _repeat("selon le centre de secours (CODIS) (", size),
            "noted, and acronyms in title case": lambda size: _repeat(
                ", note l’Ab de la (Abc) note que ne note ", size
            ),
            "title-case acronyms, each new": _numbered(
                "La Recherche nationale {name} (Rn{word}) a noté que les prix. "
            ),
        }
    )
    return {name: _in_article(make) for name, make in inputs.items()}


def _between_words(unit: str) -> Callable[[int], str]:
    return lambda size: "Text " + _repeat(unit, size) + " end"


def markdown_inputs() -> dict[str, Callable[[int], str]]:
    """Markdown markers that inline rules and block rules try to pair up."""
    units = {
        "bold openers": "**a ",
        "underscores": "__a ",
        "stars": "*a ",
        "single underscores": "_a ",
        "strike": "~~a ",
        "code ticks": "`a",
        "links": "[a](",
        "images": "![a",
        "reference links": "[a][",
        "autolinks": "<http:a",
        "escapes": "\\",
        "headings": "# ",
        "quote markers": "> ",
        "list markers": "- ",
        "fences": "```\n",
        "emphasis mixed": "*_~`[",
    }
    inputs: dict[str, Callable[[int], str]] = {name: _between_words(unit) for name, unit in units.items()}
    inputs["nested quotes and lists"] = lambda size: _repeat("> - ", size) + "a"
    inputs["heading hashes"] = lambda size: "#" * size + " a"
    inputs["thematic breaks"] = lambda size: _repeat("- ", size)
    return inputs


def html_inputs() -> dict[str, Callable[[int], str]]:
    """Pages whose markup nests or repeats: trafilatura and lxml see the whole tree."""

    def page(body: str) -> str:
        return f"<!DOCTYPE html><html><body><article>{body}</article></body></html>"

    return {
        "nested divs": lambda size: page("<div>" * (size // 10) + "<p>Prices rose.</p>" + "</div>" * (size // 10)),
        "unclosed tags": lambda size: page(_repeat("<b>a ", size)),
        "many paragraphs": lambda size: page(_repeat("<p>" + _SENTENCE + "</p>", size)),
        "spaces in a paragraph": lambda size: page("<p>Prices rose." + " " * size + "x</p>"),
        "dots in a paragraph": lambda size: page("<p>Prices rose" + "." * size + " x</p>"),
    }


def transcript_inputs() -> dict[str, Callable[[int], str]]:
    """Subtitles and speaker-turn texts: thousands of tiny cues, voices and tags, timecodes that do not parse,
    labels that almost are one. Each reader joins cues into turns, so these are what a join could make quadratic."""

    def cues(cue: str) -> Callable[[int], str]:
        return lambda size: "WEBVTT\n\n" + _repeat(cue, size) + "\n\n00:01.000 --> 00:02.000\nEnd.\n"

    return {
        "tiny cues of one speaker": cues("00:01.000 --> 00:02.000\n<v A>word\n\n"),
        "tiny cues ending sentences": cues("00:01.000 --> 00:02.000\nIt fell.\n\n"),
        "a voice per cue": lambda size: (
            "WEBVTT\n\n" + "".join(f"00:01.000 --> 00:02.000\n<v S{n % 5000}>x\n\n" for n in range(size // 30))
        ),
        "nested tags": cues("00:01.000 --> 00:02.000\n" + "<b><i><c.x>" * 20 + "a\n\n"),
        "unclosed tags": cues("00:01.000 --> 00:02.000\n" + "<b a" * 30 + "\n\n"),
        "bad timecodes": cues("99:99:99,x --> 1\nword\n\n"),
        "arrows without blank lines": cues("00:01.000 --> 00:02.000\n"),
        "SRT without blank lines": lambda size: _repeat("1\n00:00:01,000 --> 00:00:02,000\nword\n", size),
        "speaker turns": lambda size: _repeat("Jane Doe (Labour): Crime fell.\nM. DUPONT. Le chômage baisse.\n", size),
        "almost labels": lambda size: _repeat("A B C D E F G H I J K L: x\n", size),
        "a long label": lambda size: "M. " + _repeat("Dupont ", size) + ". x\nA: b\nB: c\n",
        "colons in a line": lambda size: "A: b\nB: c\nC: " + _repeat("Word: ", size),
    }


def pdf_content_stream(size: int, unit: bytes = b"(a) Tj ") -> bytes:
    """Text operators of about `size` bytes on one page."""
    return b"BT /F1 12 Tf 72 720 Td " + unit * (size // len(unit)) + b" ET"


def pdf_with_content(content: bytes, *, compress: bool) -> bytes:
    """A one-page PDF with this content stream, deflated when `compress` (a small file that inflates)."""
    stream = zlib.compress(content, 9) if compress else content
    filters = b" /Filter /FlateDecode" if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream\n" % (len(stream), filters) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref_at)
    return bytes(out)


def pdf_inputs() -> dict[str, Callable[[int], bytes]]:
    """PDF files of about `size` bytes: plain text operators, and operators that repeat well."""
    return {
        "text operators": lambda size: pdf_with_content(pdf_content_stream(size), compress=False),
        "long string": lambda size: pdf_with_content(b"BT (" + b"a" * size + b") Tj ET", compress=False),
        "nested arrays": lambda size: pdf_with_content(b"BT " + b"[" * (size // 2) + b"] TJ ET", compress=False),
        "normal prose": lambda size: pdf_with_content(
            pdf_content_stream(size, b"(" + _SENTENCE.encode() + b") Tj 0 -16 Td "), compress=False
        ),
    }
