"""Claims as CSV, streamed: a row is written as the database hands it over, so an export of
100,000 claims never sits in memory. The API and the admin both export through here, each
starting from the claims the person asking may see (claims.selectors.claims_visible_to)."""

import csv
from collections.abc import Iterable, Iterator

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.http import StreamingHttpResponse
from django.utils import timezone

from factcheck.csv_cells import defuse
from reviews.models import Evidence, Verdict

COLUMNS = (
    "id",
    "status",
    "speaker",
    "text",
    "document_title",
    "document_url",
    "language",
    "assignee",
    "verdict_rating",
    "verdict_state",
    "evidence_count",
    "created_at",
    "updated_at",
    "closed_at",
)
ROWS_PER_FETCH = 2000


def claims_for_export(claims: QuerySet) -> QuerySet:
    """The claims with what each row needs, in one query: no query per claim."""
    latest_verdict = Verdict.objects.filter(claim=OuterRef("pk")).order_by("-created_at", "-id")
    evidence_count = (
        Evidence.objects.filter(claim=OuterRef("pk")).order_by().values("claim").annotate(total=Count("pk"))
    )
    return claims.select_related("document", "assignee").annotate(
        verdict_rating=Subquery(latest_verdict.values("rating")[:1]),
        verdict_state=Subquery(latest_verdict.values("state")[:1]),
        evidence_count=Coalesce(Subquery(evidence_count.values("total")), Value(0), output_field=IntegerField()),
    )


def _moment(value) -> str:
    return timezone.localtime(value).isoformat() if value else ""


def _row(claim) -> list:
    cells = [
        claim.pk,
        claim.status,
        claim.speaker,
        claim.text,
        claim.document.title,
        claim.document.url,
        claim.language,
        claim.assignee.get_username() if claim.assignee else "",
        claim.verdict_rating or "",
        claim.verdict_state or "",
        claim.evidence_count,
        _moment(claim.created_at),
        _moment(claim.updated_at),
        _moment(claim.closed_at),
    ]
    return [defuse(cell) if isinstance(cell, str) else cell for cell in cells]


class _Line:
    """What csv.writer writes to: it hands each line back instead of keeping it."""

    def write(self, line: str) -> str:
        return line


def claims_csv_lines(claims: QuerySet) -> Iterator[str]:
    """The header, then one CSV line per claim, fetched from the database in chunks."""
    writer = csv.writer(_Line())
    yield writer.writerow(COLUMNS)
    for claim in claims_for_export(claims).iterator(chunk_size=ROWS_PER_FETCH):
        yield writer.writerow(_row(claim))


def claims_csv_response(claims: QuerySet, *, filename: str = "claims.csv") -> StreamingHttpResponse:
    response = StreamingHttpResponse(_encoded(claims_csv_lines(claims)), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _encoded(lines: Iterable[str]) -> Iterator[bytes]:
    # A byte order mark first, so that spreadsheets read the accents right.
    yield "\ufeff".encode()
    for line in lines:
        yield line.encode()
