"""OWASP's CSV injection cases, one by one, in both CSV files the desk writes: the claims export and
the source registry. A spreadsheet must read each planted cell as text, and the registry's import gives
back what was exported."""

import csv
import io

import pytest

from sources import source_csv
from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db

# Each case starts a cell a spreadsheet would run (OWASP, "CSV Injection"), plus the full-width forms
# some spreadsheets accept and the DDE / macro starts of older ones.
HOSTILE_CELLS = {
    "equals": '=HYPERLINK("http://evil.example","x")',
    "plus": "+1+cmd|' /C calc'!A0",
    "minus": "-2+3+cmd|' /C calc'!A0",
    "at": "@SUM(1+9)*cmd|' /C calc'!A0",
    "tab": "\t=1+1",
    "carriage_return": "\r=1+1",
    "line_feed": "\n=1+1",
    "fullwidth_equals": "\uff1d1+1",
    "fullwidth_plus": "\uff0b1+1",
    "fullwidth_minus": "\uff0d1+1",
    "fullwidth_at": "\uff20SUM(1)",
    "pipe": "|calc",
    "percent": "%0A=1+1",
}


def spreadsheet_sees(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))


@pytest.mark.parametrize("case", HOSTILE_CELLS)
def test_the_claims_export_keeps_each_hostile_cell_as_text(api_as, fact_checker, case):
    factories.ClaimFactory(text=HOSTILE_CELLS[case], speaker=HOSTILE_CELLS[case])
    response = api_as(fact_checker).get("/api/v1/claims/export.csv")
    header, row = spreadsheet_sees(b"".join(response.streaming_content).decode())
    for column in ("text", "speaker"):
        assert row[header.index(column)] == "'" + HOSTILE_CELLS[case]


@pytest.mark.parametrize("case", HOSTILE_CELLS)
def test_the_source_export_keeps_each_hostile_cell_as_text_and_imports_it_back(editor, case):
    factories.SourceFactory(name=f"{HOSTILE_CELLS[case]} name", notes=HOSTILE_CELLS[case])
    exported = source_csv.render(Source.objects.prefetch_related("domains"))
    header, row = spreadsheet_sees(exported)
    assert row[header.index("name")].startswith("'")
    assert row[header.index("notes")] == "'" + HOSTILE_CELLS[case]

    Source.objects.all().delete()
    factories.import_sources(exported.encode(), actor=editor)
    source = Source.objects.get()
    assert source.notes.strip() == HOSTILE_CELLS[case].strip()
