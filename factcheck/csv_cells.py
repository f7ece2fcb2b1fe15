"""Cells of the CSV files the desk writes, made safe to open in a spreadsheet.

A cell starting with =, +, - or @ is a formula to a spreadsheet, which may run it (fetch
a URL, start a program). Every CSV export passes its text cells through `defuse`; an
import of a file we exported passes them back through `restore`.
"""

FORMULA_STARTS = ("=", "+", "-", "@")


def defuse(text: str) -> str:
    """The text, with a leading quote if a spreadsheet would read it as a formula."""
    return f"'{text}" if text[:1] in FORMULA_STARTS else text


def restore(text: str) -> str:
    """The text `defuse` was given."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_STARTS else text
