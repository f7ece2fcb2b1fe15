"""Every write in the admin goes through the services and their role checks: the desk's records are
read-only there (no add, change or delete form saves straight to the database), their actions call
the services, and the Source form saves through the registry's service. Each persona is made staff
here, the worst case: by default only admins are (seed_demo)."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from claims.models import Claim, ClaimEvent, Document
from publishing.models import ClaimMatch, ExternalFactCheck, Publication
from reviews.models import Assignment, Evidence, Verdict
from sources.models import Source, SourceEvent
from tests import factories

pytestmark = pytest.mark.django_db

PERSONAS = ["fact_checker", "editor", "admin_user", "outsider"]
# The desk's records: the admin shows them, and changes them only through actions.
READ_ONLY = [Document, Claim, Evidence, Verdict, Publication, ClaimMatch, ExternalFactCheck, Assignment, ClaimEvent,
             SourceEvent]  # fmt: skip


@pytest.fixture
def staff(request, client):
    def sign_in(persona):
        user = request.getfixturevalue(persona)
        user.is_staff = True
        user.save()
        client.force_login(user)
        return user

    return sign_in


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


@pytest.fixture
def someone_elses_claim(other_fact_checker):
    return factories.ClaimFactory(assignee=other_fact_checker, status=Claim.Status.UNVERIFIED)


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("model", READ_ONLY, ids=lambda model: model.__name__)
def test_no_admin_add_form_saves_a_record_of_the_desk(client, staff, persona, model):
    staff(persona)
    before = model.objects.count()
    assert client.get(admin_url(model, "add")).status_code == 403
    assert client.post(admin_url(model, "add"), {}).status_code == 403
    assert model.objects.count() == before


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_persona_attaches_a_program_to_someone_elses_claim_through_the_admin(
    client, staff, persona, someone_elses_claim
):
    staff(persona)
    program = SimpleUploadedFile("evil.exe", b"MZ\x90\x00" + b"\x00" * 60, content_type="application/octet-stream")
    response = client.post(
        admin_url(Evidence, "add"),
        {"claim": someone_elses_claim.pk, "kind": "file", "stance": "supports", "file": program, "excerpt": ""},
    )
    assert response.status_code == 403
    assert not Evidence.objects.exists()


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_persona_creates_a_document_with_an_ftp_address_through_the_admin(client, staff, persona):
    staff(persona)
    response = client.post(admin_url(Document, "add"), {"url": "ftp://127.0.0.1/x", "text": "", "title": "x"})
    assert response.status_code == 403
    assert not Document.objects.exists()


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_persona_changes_or_deletes_a_record_of_the_desk_through_its_form(client, staff, persona, fact_checker):
    staff(persona)
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker, speaker="The minister")
    verdict = factories.VerdictFactory(claim=claim, author=fact_checker, rating="false", state=Verdict.State.APPROVED)
    evidence = factories.EvidenceFactory(claim=claim)
    for model, record, data in [
        (Claim, claim, {"speaker": "Someone else", "language": "en", "priority": "urgent"}),
        (Verdict, verdict, {"rating": "true", "summary": "Rewritten after publication."}),
        (Evidence, evidence, {"stance": "contradicts", "public": "on"}),
        (Document, claim.document, {"title": "Renamed", "url": "ftp://127.0.0.1/x"}),
    ]:
        client.post(admin_url(model, "change", record.pk), data)
        assert client.post(admin_url(model, "delete", record.pk), {"post": "yes"}).status_code in (403, 302)
        assert model.objects.filter(pk=record.pk).exists()
    claim.refresh_from_db()
    verdict.refresh_from_db()
    evidence.refresh_from_db()
    assert (claim.speaker, verdict.rating, evidence.stance, evidence.public) == ("The minister", "false", "supports",
                                                                              False)  # fmt: skip


@pytest.mark.parametrize("persona,moved", [("fact_checker", False), ("editor", True), ("admin_user", True),
                                           ("outsider", False)])  # fmt: skip
def test_the_claim_admin_moves_a_claim_only_as_the_workflow_allows(client, staff, persona, moved, someone_elses_claim):
    staff(persona)
    factories.EvidenceFactory(claim=someone_elses_claim)
    client.post(
        admin_url(Claim, "changelist"),
        {"action": "move_to_sourced", ACTION_CHECKBOX_NAME: [someone_elses_claim.pk]},
    )
    someone_elses_claim.refresh_from_db()
    assert (someone_elses_claim.status == Claim.Status.SOURCED) is moved


@pytest.mark.parametrize("persona,shown", [("fact_checker", False), ("editor", True), ("admin_user", True),
                                           ("outsider", False)])  # fmt: skip
def test_the_evidence_admin_shows_a_file_publicly_only_through_the_service(client, staff, persona, shown):
    staff(persona)
    evidence = factories.EvidenceFactory(claim=factories.ClaimFactory(status=Claim.Status.CORROBORATED))
    client.post(
        admin_url(Evidence, "changelist"), {"action": "show_on_public_factcheck", ACTION_CHECKBOX_NAME: [evidence.pk]}
    )
    evidence.refresh_from_db()
    if not shown:
        assert not evidence.public


@pytest.mark.parametrize("persona,approved", [("fact_checker", False), ("editor", True), ("admin_user", True),
                                              ("outsider", False)])  # fmt: skip
def test_the_verdict_admin_approves_only_through_the_service(client, staff, persona, approved, other_fact_checker):
    staff(persona)
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=other_fact_checker)
    verdict = factories.VerdictFactory(claim=claim, author=other_fact_checker, state=Verdict.State.SUBMITTED)
    client.post(admin_url(Verdict, "changelist"), {"action": "approve", ACTION_CHECKBOX_NAME: [verdict.pk]})
    verdict.refresh_from_db()
    assert (verdict.state == Verdict.State.APPROVED) is approved
    assert Publication.objects.filter(verdict=verdict).exists() is approved


@pytest.mark.parametrize("persona,allowed", [("fact_checker", False), ("editor", True), ("admin_user", True),
                                             ("outsider", False)])  # fmt: skip
def test_the_document_admin_reruns_extraction_for_editors_only(client, staff, persona, allowed):
    staff(persona)
    document = factories.DocumentFactory(extraction_state=Document.ExtractionState.DONE, text="")
    client.post(
        admin_url(Document, "changelist"), {"action": "run_extraction_again", ACTION_CHECKBOX_NAME: [document.pk]}
    )
    document.refresh_from_db()
    assert (document.extraction_state != Document.ExtractionState.DONE) is allowed


@pytest.mark.parametrize("persona,created", [("fact_checker", False), ("editor", True), ("admin_user", True),
                                             ("outsider", False)])  # fmt: skip
def test_the_source_form_saves_through_the_registry_service(client, staff, persona, created):
    user = staff(persona)
    form = {
        "name": "BBC", "kind": "news_outlet", "reliability": "high", "notes": "", "active": "on",
        "domains-TOTAL_FORMS": "2", "domains-INITIAL_FORMS": "0", "domains-0-domain": "bbc.co.uk",
        "domains-1-domain": "", "events-TOTAL_FORMS": "0", "events-INITIAL_FORMS": "0",
    }  # fmt: skip
    client.post(admin_url(Source, "add"), form)
    assert Source.objects.filter(name="BBC").exists() is created
    if created:
        kinds = set(SourceEvent.objects.filter(source__name="BBC", actor=user).values_list("kind", flat=True))
        assert kinds == {"created", "domain_added"}


@pytest.mark.parametrize("persona", PERSONAS)
def test_no_persona_deletes_a_source_through_the_admin(client, staff, persona):
    staff(persona)
    source = factories.SourceFactory(name="Reuters")
    client.post(admin_url(Source, "delete", source.pk), {"post": "yes"})
    assert Source.objects.filter(pk=source.pk).exists()


# seed_demo serves samples/monitoring/ on the fixed demo port: one such test at a time (pytest-xdist).
@pytest.mark.xdist_group("demo_feed_port")
def test_the_demo_data_makes_only_the_admin_staff(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    staff = set(get_user_model().objects.filter(is_staff=True).values_list("username", flat=True))
    assert staff == {"admin"}


def test_an_imported_factcheck_is_not_edited_in_the_admin(client, staff):
    staff("admin_user")
    external = ExternalFactCheck.objects.create(
        url="https://archive.example/fc/1", claim_reviewed="x", normalized_text="x", rating_name="False"
    )
    client.post(admin_url(ExternalFactCheck, "change", external.pk), {"claim_reviewed": "y", "url": external.url})
    external.refresh_from_db()
    assert external.claim_reviewed == "x"
