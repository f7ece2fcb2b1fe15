"""Furniture told by a line's shape among its neighbours rather than by its words: a picture's alt text standing
above the same words with the picture's credit, or its caption said again below the credit alone, or glued to the
end of the paragraph above it; a short question standing alone on its line, outside a dialogue; a line that goes on
in the next, which no heading does; a line whose only closing mark is a bracket's; and an embedded post's first
paragraph, above the line that signs it."""

import re
from collections.abc import Callable

from claims.extraction.layout import SPEAKER_LABEL
from claims.extraction.linking_words import is_linking_word
from claims.extraction.titles import is_title_word

_WORD = re.compile(r"\w+")
# The credit a caption adds after its alt text's words ("- Credit: Jane Doe", "Photo: Supplied", "AFP - JOHN DOE"):
# a few words, no sentence in them.
CAPTION_TAIL_MAX_WORDS = 8
ALT_TEXT_MAX_WORDS = 40
# The caption follows its alt text at once, or after one line (an empty figure, a bullet).
_ALT_TEXT_REACH = 2
_BULLET = re.compile(r"[\s\-–—•·*▪►]*")
_SENTENCE_MARK = re.compile(r"[.!?…»”\"](?:\s|$)")


def alt_texts(lines: list[str]) -> set[int]:
    """Indexes of the lines that the next line or the one after repeats with a short credit appended ("The port." then
    "The port. Photo: Supplied"): a picture's alt text above its caption, furniture as the caption is."""
    found = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        for later in lines[index + 1 : index + 1 + _ALT_TEXT_REACH]:
            if not stripped or stripped not in later:
                continue  # the common case, told at once
            caption = later.strip()
            caption = caption[_BULLET.match(caption).end() :]
            tail = caption[len(stripped) :]
            if caption.startswith(stripped) and tail[:1].isspace() and _is_credit_tail(tail):
                if len(_WORD.findall(stripped)) <= ALT_TEXT_MAX_WORDS:
                    found.add(index)
                break
    return found


# The short line a repeated line stands around: a picture's credit, a section's name, a time stamp.
BETWEEN_REPEATS_MAX_WORDS = 8
REPEATED_MIN_WORDS = 3
# Not the article's byline: a standfirst said again as the first paragraph, below "By Jane Doe", is the lead claim.
_BYLINE = re.compile(r"(?i:by|par)[ \u00a0]+[A-ZÀ-ÖØ-Þ]")


def repeated_around_short_line(lines: list[str]) -> set[int]:
    """Indexes of the lines said again right after one short line that ends no sentence: a picture's caption and its
    alt text around its credit ("The prison on May 3." / "Jane Doe for The Courier" / "The prison on May 3."), a
    listed headline around its section's name or its time. A page's prose is not written twice around a label."""
    found = set()
    for index in range(len(lines) - 2):
        repeated, between = lines[index].strip(), lines[index + 1].strip()
        if repeated != lines[index + 2].strip() or repeated == between or not between or _BYLINE.match(between):
            continue  # the common case, told at once
        if (
            len(_WORD.findall(repeated)) >= REPEATED_MIN_WORDS
            and len(_WORD.findall(between)) <= BETWEEN_REPEATS_MAX_WORDS
            and not _SENTENCE_MARK.search(between + " ")
        ):
            found.update((index, index + 2))
    return found


# A glued alt text's first words, said again at the start of a following line: enough to tell it from chance.
GLUED_REPEAT_MIN_WORDS = 3
_CLOSING_MARKS = frozenset('.!?»”"')


def glued_repeats(lines: list[str]) -> dict[int, int]:
    """For each line whose last sentence is glued to the one before it, no space between ("… ce qu'elle veut.Un ouvrier
    déblaie le trottoir."), and opens the next line or the one after ("Un ouvrier déblaie le trottoir à Boston. Photo:
    AP"), where that glued sentence starts: a picture's alt text or a heading run into the paragraph by the page's
    export, said again below as its caption or heading, and no part of the paragraph."""
    found = {}
    for index, line in enumerate(lines):
        text = line.rstrip()
        # The export may write the apostrophes of the caption and of its glued copy differently ("L'ouvrier" above,
        # "L’ouvrier" below): both are compared with straight ones, the first word too.
        straight = text.replace("’", "'")
        for later in lines[index + 1 : index + 1 + _ALT_TEXT_REACH]:
            words = later.replace("’", "'").split(None, GLUED_REPEAT_MIN_WORDS)[:GLUED_REPEAT_MIN_WORDS]
            if len(words) < GLUED_REPEAT_MIN_WORDS or words[0] not in straight:
                continue  # the common case, told at once
            start = straight.rfind(" ".join(words))
            if start > 0 and text[start - 1] in _CLOSING_MARKS and not _SENTENCE_ENDED_INSIDE.search(text, start):
                found[index] = start
                break
    return found


def _is_credit_tail(tail: str) -> bool:
    """A few words that end no sentence: a credit, not the paragraph going on."""
    return 0 < len(_WORD.findall(tail)) <= CAPTION_TAIL_MAX_WORDS and not _SENTENCE_MARK.search(tail)


def lone_questions(lines: list[str], max_words: int) -> set[int]:
    """Indexes of the short questions standing alone on their lines, opening with a capital: a headline, a teaser or a
    prompt ("Could the region really secede?", « Déjà abonné ? »), and in any case no claim. A question that is a turn
    of a dialogue stays, for the turns around it: one after a line ending with a colon (a speaker's label, "Q:") or
    opening with a label, and one opening a quotation, whose next lines may carry its speaker."""
    found = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            stripped.endswith("?")
            and stripped[:1].isupper()
            and not any(mark in stripped[:-1] for mark in ".!?")
            and len(_WORD.findall(stripped)) <= max_words
            and not SPEAKER_LABEL.match(stripped)  # a transcript's turn ("Q:", "JANE DOE:"), kept
            and not (index and lines[index - 1].rstrip().endswith(":"))
        ):
            found.add(index)
    return found


# A line ending on a semicolon, or a bulleted one on a comma, goes on in the next one as a list's items do ("– two
# charges of fraud;"). A line alone may end on a comma: a letter's signature.
_ITEM_GOING_ON = re.compile(r";\s*$|^\s*[-–—•·*▪►]\s.*,\s*$")
# A sentence cut off on an article, a conjunction or a preposition that needs its object ("… allocated £1.5m to").
_NEEDS_MORE = frozenset({"the", "a", "an", "and", "or", "but", "to", "of", "until", "with"}) | frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "et", "ou", "mais", "de", "à", "avec", "jusqu'à", "jusqu’à"}
)
# Counted from eight words, so that "Where to go" stays a heading.
CUT_OFF_MIN_WORDS = 8
_SENTENCE_ENDED_INSIDE = re.compile(r"[.!?](?=\s)")


def goes_on(line: str) -> bool:
    """Whether the line stops where no heading or headline would: a list's item before the next, or a sentence cut off
    (with no sentence ended before, so that a notice cut after its first sentence stays out)."""
    if _ITEM_GOING_ON.search(line):
        return True
    words = line.split()
    return (
        bool(words)
        and words[-1].lower() in _NEEDS_MORE
        and len(_WORD.findall(line)) >= CUT_OFF_MIN_WORDS
        and not _SENTENCE_ENDED_INSIDE.search(line)
    )


# A result line ("Jean Lassalle : 1,5 %", "Turnout: 74.6%") has no final punctuation either, but it states a figure; so
# does a tally line, a label, a colon and a count in thousands, what it counts after it or not ("Pays de la Loire:
# 79.500", « Nouvelle Aquitaine : (au moins) 136.300 », "1993: 1,927 murders; 5,269 shootings"). The grouped
# thousands tell a count from a page's counter ("Vues : 2666") or a date ("Publié : 12 mars").
_RESULT_LINE = re.compile(
    r"^[^:]{2,60}:\s*\d[\d.,\u00a0\u202f ]*%$"
    r"|^[^:]{2,60}?\s?:\s+(?:\([^()]{1,20}\)\s*)?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:\s+[^\W\d_][^:]{0,100})?$"
)


def is_result_line(line: str) -> bool:
    """A stripped line stating a share or a count after its label (_RESULT_LINE): a result, not a heading."""
    return ":" in line and bool(_RESULT_LINE.match(line))


_BULLETED = re.compile(r"^\s*[-–—•·*▪►]\s")
# A figure stated: digits standing on their own, not a name's part glued to its letters ("Covid-19", "G20", "H1N1"),
# which a contents list's items hold as often as a toll does; an amount whose currency is written in letters glued to
# it states one by its magnitude ("Sh26 billion", "R5bn", "Rs500 crore").
_STATED_FIGURE = re.compile(
    r"(?<![^\W\d_]-)(?<!\w)\d"
    r"|(?<=[^\W\d_])\d+[ \u00a0]?(?:bn|mn|m|k|billion|million|thousand|trillion|crore|lakh|milliards?|millions?)\b"
)


def figures_listed_after_colon(lines: list[str]) -> set[int]:
    """Indexes of the bulleted lines stating a figure in a list that a line ending with a colon introduces ("Le bilan
    fait état de :" / "– 3 victimes en urgence relative"): a toll or a result, not a headline, though unpunctuated."""
    found, in_list = set(), False
    for index, line in enumerate(lines):
        in_list = bool(_BULLETED.match(line)) and (in_list or (index > 0 and lines[index - 1].rstrip().endswith(":")))
        if in_list and _STATED_FIGURE.search(line):
            found.add(index)
    return found


# A row of a results table: a label (a candidate and their party, a specialty, a region), then a share, and at most a
# status word in capitals after it ("Jane Doe (Party) 47,3 % RÉÉLUE", "Gynaecology 46%"). Unpunctuated like a
# headline, but it states a figure (README: verbless result lines with figures are claims).
_SHARE_AT_END = re.compile(r"^(?=[^\d]*[^\W\d_]).{2,80}?\s\d[\d.,\u00a0\u202f ]*%(?:\s+[A-ZÀ-ÖØ-Þ]{3,})?$")
# Two such rows in a row make a table; a headline ending on a share ("Profit declined 12%") stands alone.
RESULTS_TABLE_MIN_ROWS = 2


def results_table_rows(lines: list[str]) -> set[int]:
    """Indexes of the lines in a run of RESULTS_TABLE_MIN_ROWS or more rows each ending on a share (_SHARE_AT_END): a
    table of results, each row a figure to check, not a list of headlines."""
    return lines_in_runs(
        lines, lambda line: "%" in line and bool(_SHARE_AT_END.match(line.strip())), RESULTS_TABLE_MIN_ROWS
    )


def lines_in_runs(lines: list[str], belongs: Callable[[str], bool | None], minimum: int) -> set[int]:
    """Indexes of the lines in runs of `minimum` or more lines that `belongs` says are of the run; a line it says None
    of (a bare bullet between two items) neither joins a run nor ends it."""
    found: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines):
        if (belonging := belongs(line)) is None:
            continue
        if belonging:
            run.append(index)
            continue
        if len(run) >= minimum:
            found.update(run)
        run = []
    if len(run) >= minimum:
        found.update(run)
    return found


# A closing bracket ends a line's sentence only when a sentence ended before it: "Télécharger les données (format
# Excel)", "La drogue saisie (NDEA)", "The Nation (Nairobi)" are a link's label, a caption and its credit, an outlet and
# its place. A bracket holding figures breaks down a figure, as a list's item does ("Cases stand at 34 (16 confirmed,
# 18 probable)"), and keeps its line's ending; so does a labelled credit ("… Storm Dudley (Picture: MEN)"), a caption's,
# which the caption rules take by its label, and which must still end a run of headlines as the sentence-sized line
# it is.
# A line of brackets only breaks nothing down, figures or not: a date, a credit, a stage note set apart ("(1 Aug 2022)",
# "(File Photo)", "(Refrain)").
_CLOSING_ASIDE = re.compile(r"\(([^()\d:]*)\)\s*$")
_ASIDES_ONLY = re.compile(r"(?:\([^()\n.!?…]*\)\s*)+")
_SENTENCE_MARKS = frozenset(".!?…")


def closes_on_aside(line: str) -> bool:
    """Whether the line's only closing mark is a bracket's, with no sentence ended before its aside."""
    stripped = line.rstrip()
    if not stripped.endswith(")"):
        return False
    if stripped.lstrip().startswith("(") and _ASIDES_ONLY.fullmatch(stripped.lstrip()):
        return True
    aside = _CLOSING_ASIDE.search(stripped)
    return bool(aside) and not _SENTENCE_MARKS.intersection(stripped[: aside.start()])


# An embedded post's signature, closing the line of its last paragraph or alone: "… la douleur. — Jane Doe (@janedoe)
# 10 juin 2018", "— Girona FC (@GironaFC) July 29, 2024".
_POST_SIGNATURE = re.compile(r"[—–-]\s*[^()]{2,60}\(@\w+\)[^()]{0,40}$")
# A post is short: a tweet holds at most 280 characters, its paragraphs together.
POST_MAX_CHARS = 280


def embedded_post_openings(lines: list[str]) -> set[int]:
    """Indexes of the lines that open an embedded post above the line that signs it: the post's own words, furniture
    as its signature is. The line must be short enough for the post to hold it with what the signature's line holds,
    and must not end with a colon, as the writer's line introducing the post does ("… confirmed on Twitter:")."""
    found = set()
    for index in range(1, len(lines)):
        line = lines[index]
        if "(@" not in line or not (signature := _POST_SIGNATURE.search(line)):
            continue
        above = lines[index - 1].strip()
        if above.endswith(":") or len(above) + signature.start() > POST_MAX_CHARS:
            continue
        found.add(index - 1)
    return found


# A portrait's caption: an office and the name of who holds it, nothing said ("Minister of Labour, Esther Byer-Suckoo.",
# « Le ministre de l'Agriculture et de l'Equipement rural, Moussa Baldé »). The office opens on a title word, after an
# article or not; its other words are capitalised, linking words, or a word qualifying the capitalised one before it
# ("Equipement rural"): a verb and its object ("The mayor thanked her deputy, Jane Doe.") make it a sentence.
_PORTRAIT_CAPTION = re.compile(
    r"(?:(?i:the|le|la|les|l['’])\s?)?(?P<title>[\w-]+)(?P<office>[^.!?,;:\"“”«»()]{0,80}), "
    r"(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]*\.?)(?: (?-i:[A-ZÀ-ÖØ-Þ][\w’'-]*\.?)){1,3}\.?"
)


def is_portrait_caption(line: str) -> bool:
    """Whether the line is only an office and its holder's name, as a portrait's caption is: no sentence, whatever
    its full stop."""
    caption = _PORTRAIT_CAPTION.fullmatch(line.strip())
    if not caption or not is_title_word(caption["title"]):
        return False
    previous_capitalised = caption["title"][:1].isupper()
    for word in caption["office"].replace("’", "'").split():
        after_elision = word.rpartition("'")[2]  # "l'Agriculture" is capitalised
        capitalised = after_elision[:1].isupper()
        if not (capitalised or is_linking_word(word) or (previous_capitalised and after_elision.isalpha())):
            return False
        previous_capitalised = capitalised
    return True
