"""Cells of the CSV files the desk writes, made safe to open in a spreadsheet.

OWASP's CSV injection cases: a cell starting with =, +, -, @, a tab, a carriage return or a line
feed can be read as a formula (spreadsheets skip the leading white space), which may fetch a URL or
start a program. Some spreadsheets also take the full-width forms of = + - @, and | and % start DDE
or macro references in older ones. Every CSV export passes its text cells through `defuse`, which
puts a quote before such a cell; the writer quotes any cell holding a separator, a quote or a line
break, so a cell cannot spill into the next one. An import of a file we exported passes its cells
back through `restore`.

(defusedcsv, the library for this, misses the tab and carriage-return cases, hence this module.)
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20", "|", "%")


def defuse(text: str) -> str:
    """The text, with a leading quote if a spreadsheet would read it as a formula."""
    return f"'{text}" if text[:1] in FORMULA_STARTS else text


def restore(text: str) -> str:
    """The text `defuse` was given."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS else text
