"""The source registry as CSV: one Source per row, its domains space-separated.

Parsing checks the whole file and reports every problem with its line number, so an
import either takes every row or none (the service writes them in one transaction).
"""

import csv
import io
import unicodedata
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from factcheck.csv_cells import defuse, restore
from sources.models import Source
from sources.selectors import is_public_suffix, normalise_domain
from sources.services import public_suffix_refusal

COLUMNS = ("name", "kind", "reliability", "active", "domains", "notes")
_TRUE = {"1", "true", "yes", "y", "on", "oui", "vrai"}
_FALSE = {"0", "false", "no", "n", "off", "non", "faux"}
MAX_ROWS = 10_000


class InvalidCsv(ValueError):
    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("; ".join(self.messages))


@dataclass
class SourceRow:
    """One line of the file. A field left as None was not given (its column is missing or its cell blank):
    an existing Source keeps its value, a new one takes the default."""

    line: int
    name: str
    kind: str | None = None
    reliability: str | None = None
    active: bool | None = None
    domains: list[str] = field(default_factory=list)
    notes: str | None = None


# The reliabilities a file may give: an empty cell leaves a source as it is, or a new one not yet rated.
RATINGS = [value for value in Source.Reliability.values if value != Source.Reliability.UNRATED]


def _folded(text: str) -> str:
    """Case and accents set aside, so that « Média », "media" and "MÉDIA" meet."""
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character)).replace("_", " ")


def _choice_names(choices) -> dict[str, str]:
    """Each choice by its code and by its label in English and in French, as people see them."""
    names = {}
    for value, label in choices.choices:
        names[_folded(value)] = value
        for language in ("en", "fr"):
            with translation.override(language):
                names[_folded(str(label))] = value
    return names


def render(sources) -> str:
    """Sources (with their domains prefetched, ideally) as CSV text that `parse` reads back."""
    out = io.StringIO()
    # The default line ending, \r\n, makes the writer quote any cell holding a \r as well as a \n.
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for source in sources:
        domains = " ".join(sorted(domain.domain for domain in source.domains.all()))
        rating = "" if source.reliability == Source.Reliability.UNRATED else source.reliability
        writer.writerow(
            [defuse(source.name), source.kind, rating, "yes" if source.active else "no", domains,
             defuse(source.notes)]
        )  # fmt: skip
    return out.getvalue()


def parse(data: bytes) -> list[SourceRow]:
    """Every row of the file, or InvalidCsv listing every problem found."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidCsv([_("The file is not UTF-8 text; save it as “CSV UTF-8”.")]) from error
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "name" not in header:
        raise InvalidCsv([_("The first line must name the columns, including “name”: %s.") % ", ".join(COLUMNS)])
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise InvalidCsv(
            [
                _("Unknown columns: %(unknown)s. Known: %(known)s.")
                % {"unknown": ", ".join(unknown), "known": ", ".join(COLUMNS)}
            ]
        )
    reader.fieldnames = header
    rows, errors = [], []
    seen_names: dict[str, int] = {}
    seen_domains: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if len(rows) >= MAX_ROWS:
            errors.append(_("More than %d rows; split the file.") % MAX_ROWS)
            break
        if None in record:
            errors.append(_("Line %d: more cells than columns.") % line)
            continue
        row, row_errors = _parse_row(line, {key: (value or "").strip() for key, value in record.items()})
        errors.extend(row_errors)
        if row is None:
            continue
        if row.name.lower() in seen_names:
            errors.append(
                _("Line %(line)d: “%(name)s” is already on line %(first)d.")
                % {"line": line, "name": row.name, "first": seen_names[row.name.lower()]}
            )
        seen_names.setdefault(row.name.lower(), line)
        for domain in row.domains:
            if domain in seen_domains:
                errors.append(
                    _("Line %(line)d: the domain %(domain)s is already on line %(first)d.")
                    % {"line": line, "domain": domain, "first": seen_domains[domain]}
                )
            seen_domains.setdefault(domain, line)
        rows.append(row)
    if errors:
        raise InvalidCsv(errors)
    if not rows:
        raise InvalidCsv([_("The file has no sources in it.")])
    return rows


def _parse_row(line: int, cells: dict[str, str]) -> tuple[SourceRow | None, list[str]]:
    errors = []
    name = restore(cells.get("name", ""))
    if not name:
        return None, [_("Line %d: the name is empty.") % line]
    if len(name) > 200:
        errors.append(_("Line %d: the name is longer than 200 characters.") % line)
    row = SourceRow(line=line, name=name, notes=restore(cells["notes"]) if cells.get("notes") else None)
    kind = cells.get("kind", "")
    if kind:
        row.kind = _choice_names(Source.Kind).get(_folded(kind))
        if row.kind is None:
            errors.append(
                _("Line %(line)d: unknown kind “%(value)s” (one of: %(choices)s).")
                % {"line": line, "value": kind, "choices": ", ".join(Source.Kind.values)}
            )
    reliability = cells.get("reliability", "")
    if reliability:
        row.reliability = _choice_names(Source.Reliability).get(_folded(reliability))
        # "Not yet rated" is where a source starts, not a rating a file can give.
        if row.reliability in (None, Source.Reliability.UNRATED):
            row.reliability = None
            errors.append(
                _("Line %(line)d: unknown reliability “%(value)s” (one of: %(choices)s).")
                % {"line": line, "value": reliability, "choices": ", ".join(RATINGS)}
            )
    active = cells.get("active", "").lower()
    if active in _FALSE:
        row.active = False
    elif active in _TRUE:
        row.active = True
    elif active:
        errors.append(_("Line %(line)d: active must be yes or no, not “%(value)s”.") % {"line": line, "value": active})
    for value in cells.get("domains", "").replace(",", " ").replace(";", " ").split():
        domain = normalise_domain(value)
        if domain and is_public_suffix(domain):
            errors.append(_("Line %(line)d: %(refusal)s.") % {"line": line, "refusal": public_suffix_refusal(domain)})
        elif domain:
            row.domains.append(domain)
        else:
            errors.append(_("Line %(line)d: “%(value)s” is not a domain.") % {"line": line, "value": value})
    return (row, errors) if not errors else (None, errors)
