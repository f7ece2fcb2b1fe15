"""The source registry in the admin: each screen parses the form, calls one service and shows the outcome."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reviews.models import Evidence
from sources.models import Source, SourceEvent
from tests import factories

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:sources_source_changelist"


@pytest.fixture
def staff(request):
    """Sign in a persona with admin access."""

    def sign_in(client, persona):
        user = request.getfixturevalue(persona)
        user.is_staff = True
        user.save()
        client.force_login(user)
        return user

    return sign_in


def test_an_editor_imports_a_csv_file(client, staff):
    staff(client, "editor")
    upload = SimpleUploadedFile("sources.csv", b"name,kind,domains\nINSEE,government,insee.fr\n")
    preview = client.post(reverse("admin:sources_source_import"), {"file": upload})
    assert preview.status_code == 200
    assert not Source.objects.exists()  # nothing changes before the editor confirms the preview
    confirm = {"confirm": "1", "data": preview.context["data"], "digest": preview.context["plan"].digest}
    response = client.post(reverse("admin:sources_source_import"), confirm)
    assert response.status_code == 302
    assert Source.objects.get().name == "INSEE"


def test_a_bad_csv_shows_every_problem_and_imports_nothing(client, staff):
    staff(client, "editor")
    upload = SimpleUploadedFile("sources.csv", b"name,kind\nGood,agency\nBad,tabloid\n")
    response = client.post(reverse("admin:sources_source_import"), {"file": upload})
    content = response.content.decode()
    assert "Nothing was imported" in content
    assert "Line 3: unknown kind “tabloid”" in content
    assert not Source.objects.exists()


@pytest.mark.parametrize("name", ["admin:sources_source_import", "admin:sources_source_unmatched"])
def test_a_fact_checker_with_admin_access_is_refused(client, staff, name):
    staff(client, "fact_checker")
    assert client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", ["admin:sources_source_import", "admin:sources_source_unmatched"])
def test_an_outsider_is_sent_to_the_admin_sign_in(client, outsider, name):
    client.force_login(outsider)
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_exporting_the_selection(client, staff):
    staff(client, "editor")
    source = factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    response = client.post(reverse(CHANGELIST), {"action": "export_csv", "_selected_action": [source.pk]})
    assert response["Content-Disposition"] == 'attachment; filename="sources.csv"'
    assert response.content.decode().splitlines()[1] == "Reuters,news_outlet,high,yes,reuters.com,"


def test_merging_asks_which_source_to_keep_then_merges(client, staff):
    staff(client, "editor")
    kept = factories.SourceFactory(name="AFP")
    other = factories.SourceFactory(name="A.F.P.")
    evidence = factories.EvidenceFactory(source=other)
    selection = {"action": "merge_sources", "_selected_action": [kept.pk, other.pk]}

    confirmation = client.post(reverse(CHANGELIST), selection)
    assert confirmation.status_code == 200
    assert 'name="survivor"' in confirmation.content.decode()
    assert Source.objects.count() == 2

    client.post(reverse(CHANGELIST), {**selection, "apply": "1", "survivor": kept.pk})
    assert list(Source.objects.values_list("name", flat=True)) == ["AFP"]
    assert Evidence.objects.get(pk=evidence.pk).source == kept


def test_unmatched_domains_are_listed_and_registered_in_one_click(client, staff):
    staff(client, "editor")
    evidence = factories.EvidenceFactory(url="https://www.insee.fr/x", source=None)
    assert "insee.fr" in client.get(reverse("admin:sources_source_unmatched")).content.decode()
    client.post(reverse("admin:sources_source_unmatched"), {"domain": "insee.fr", "name": "", "kind": "government"})
    assert Evidence.objects.get(pk=evidence.pk).source.name == "insee.fr"


def test_saving_a_source_in_the_admin_records_its_reliability_change_and_links_new_domains(client, staff):
    editor = staff(client, "editor")
    source = factories.SourceFactory(name="Le Monde", reliability="high", kind="news_outlet")
    waiting = factories.EvidenceFactory(url="https://www.lemonde.fr/a", source=None)
    form = {
        "name": "Le Monde", "kind": "news_outlet", "reliability": "medium", "notes": "", "active": "on",
        "domains-TOTAL_FORMS": "1", "domains-INITIAL_FORMS": "0", "domains-0-domain": "lemonde.fr",
        "events-TOTAL_FORMS": "0", "events-INITIAL_FORMS": "0",
    }  # fmt: skip
    response = client.post(reverse("admin:sources_source_change", args=[source.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    event = SourceEvent.objects.get(source=source, kind="reliability_changed")
    assert (event.kind, event.old_value, event.new_value, event.actor) == (
        "reliability_changed",
        "high",
        "medium",
        editor,
    )
    # The domain typed in the inline goes through the service too, and into the history.
    added = SourceEvent.objects.get(source=source, kind="domain_added")
    assert (added.new_value, added.actor) == ("lemonde.fr", editor)
    assert Evidence.objects.get(pk=waiting.pk).source == source


def test_a_domain_typed_in_the_admin_is_stored_as_evidence_addresses_are_matched(client, staff):
    staff(client, "editor")
    source = factories.SourceFactory(name="Le Café", kind="news_outlet")
    waiting = factories.EvidenceFactory(url="https://café.fr/a", source=None)
    form = {
        "name": "Le Café", "kind": "news_outlet", "reliability": source.reliability, "notes": "", "active": "on",
        "domains-TOTAL_FORMS": "1", "domains-INITIAL_FORMS": "0", "domains-0-domain": "www.CAFÉ.fr",
        "events-TOTAL_FORMS": "0", "events-INITIAL_FORMS": "0",
    }  # fmt: skip
    response = client.post(reverse("admin:sources_source_change", args=[source.pk]), form)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert list(source.domains.values_list("domain", flat=True)) == ["xn--caf-dma.fr"]
    assert Evidence.objects.get(pk=waiting.pk).source == source
