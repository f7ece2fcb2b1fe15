"""The claims list exports as CSV: same filters, every row, streamed, safe to open in a spreadsheet."""

import csv
import io

import pytest
from django.urls import reverse

from claims.models import Claim
from reviews.models import Verdict
from tests import factories

pytestmark = pytest.mark.django_db

EXPORT = "/api/v1/claims/export.csv"


def rows(response) -> list[dict]:
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(content)))


@pytest.fixture
def checked_claim(fact_checker):
    document = factories.DocumentFactory(title="Interview", url="https://news.example/interview")
    claim = factories.ClaimFactory(
        document=document,
        speaker="The minister",
        text="Unemployment fell by 3 percent.",
        assignee=fact_checker,
        status=Claim.Status.CORROBORATED,
    )
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    factories.VerdictFactory(claim=claim, author=fact_checker, rating="mostly-true", state=Verdict.State.SUBMITTED)
    return claim


def test_each_claim_is_a_row_with_its_document_assignee_verdict_and_evidence(api_as, fact_checker, checked_claim):
    response = api_as(fact_checker).get(EXPORT)

    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="claims.csv"'
    (row,) = rows(response)
    assert row == {
        "id": str(checked_claim.pk),
        "status": "corroborated",
        "speaker": "The minister",
        "text": "Unemployment fell by 3 percent.",
        "document_title": "Interview",
        "document_url": "https://news.example/interview",
        "language": "en",
        "assignee": "fiona",
        "verdict_rating": "mostly-true",
        "verdict_state": "submitted",
        "evidence_count": "2",
        "created_at": row["created_at"],
        "updated_at": row["updated_at"],
        "closed_at": "",
    }
    assert row["created_at"].startswith(str(checked_claim.created_at.year))


def test_the_export_takes_the_lists_filters_and_order(api_as, fact_checker, checked_claim):
    factories.ClaimFactory(speaker="Someone else")
    older = factories.ClaimFactory(status=Claim.Status.CORROBORATED)
    client = api_as(fact_checker)

    corroborated = rows(client.get(EXPORT, {"status": "corroborated", "ordering": "created_at"}))
    mine = rows(client.get(EXPORT, {"assignee": "me"}))

    assert [row["id"] for row in corroborated] == [str(checked_claim.pk), str(older.pk)]
    assert [row["id"] for row in mine] == [str(checked_claim.pk)]


def test_cells_a_spreadsheet_would_run_as_formulas_stay_text(api_as, fact_checker):
    factories.ClaimFactory(speaker='=HYPERLINK("https://evil.example","x")', text="+33 percent", language="-")
    factories.ClaimFactory(text="@SUM(A1)", speaker="-1")

    exported = rows(api_as(fact_checker).get(EXPORT, {"ordering": "created_at"}))

    assert (exported[0]["speaker"], exported[0]["text"]) == ('\'=HYPERLINK("https://evil.example","x")', "'+33 percent")
    assert exported[0]["language"] == "'-"
    assert (exported[1]["text"], exported[1]["speaker"]) == ("'@SUM(A1)", "'-1")


def test_the_export_costs_the_same_queries_for_3_claims_as_for_30(api_as, fact_checker, django_assert_num_queries):
    def add(count):
        for _index in range(count):
            claim = factories.ClaimFactory(assignee=fact_checker)
            factories.EvidenceFactory(claim=claim)
            factories.VerdictFactory(claim=claim, author=fact_checker)

    client = api_as(fact_checker)
    add(3)
    client.get(EXPORT)
    with django_assert_num_queries(2):
        assert len(rows(client.get(EXPORT))) == 3
    add(27)
    with django_assert_num_queries(2):
        assert len(rows(client.get(EXPORT))) == 30


def test_people_without_a_role_get_no_export(api_as, outsider, checked_claim):
    response = api_as(outsider).get(EXPORT)

    assert (response.status_code, response.json()["code"]) == (403, "permission_denied")


def test_errors_are_json_even_to_a_client_that_asks_for_csv(api_as, fact_checker):
    response = api_as(fact_checker).get(EXPORT, {"status": "nonsense"}, HTTP_ACCEPT="text/csv")

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["code"] == "invalid"


def test_an_anonymous_caller_is_asked_to_sign_in(api_client_anonymous):
    response = api_client_anonymous.get(EXPORT, HTTP_ACCEPT="text/csv")

    assert (response.status_code, response.json()["code"]) == (401, "not_authenticated")


def test_the_admin_exports_the_selected_claims_through_the_same_function(client, editor, checked_claim):
    editor.is_staff = True
    editor.save()
    factories.ClaimFactory()  # not selected
    client.force_login(editor)

    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "export_csv", "_selected_action": [checked_claim.pk], "index": 0},
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    (row,) = rows(response)
    assert (row["id"], row["verdict_rating"], row["evidence_count"]) == (str(checked_claim.pk), "mostly-true", "2")
