"""The registry moved from the reviews app to its own (sources 0001, reviews 0006, claims 0008):
a database filled before the move keeps every source, domain, history entry, evidence link and
document publisher, and the role groups keep their permissions on sources."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE_THE_MOVE = [
    ("reviews", "0005_evidence_domain"),
    ("claims", "0007_evidence_public_event_kind"),
    ("sources", None),
]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([target for target in targets if target[1]]).apps


@pytest.mark.django_db(transaction=True)
def test_a_registry_filled_before_the_move_is_intact_after_it():
    old = _migrate(BEFORE_THE_MOVE)
    User = old.get_model("auth", "User")
    editor = User.objects.create(username="old-editor")
    Source = old.get_model("reviews", "Source")
    reuters = Source.objects.create(name="Reuters", kind="agency", reliability="high")
    tass = Source.objects.create(name="TASS", kind="agency", reliability="low")
    old.get_model("reviews", "SourceDomain").objects.create(source=reuters, domain="reuters.com")
    old.get_model("reviews", "SourceEvent").objects.create(
        source=tass, source_name="TASS", kind="reliability_changed", old_value="unknown", new_value="low", actor=editor
    )
    document = old.get_model("claims", "Document").objects.create(
        text="Old text", publisher=tass, content_hash="a" * 64
    )
    claim = old.get_model("claims", "Claim").objects.create(document=document, text="Old claim", start=0, end=8)
    evidence = old.get_model("reviews", "Evidence").objects.create(
        claim=claim, kind="url", url="https://www.reuters.com/x", stance="supports", source=reuters
    )

    leaves = MigrationExecutor(connection).loader.graph.leaf_nodes()
    new = _migrate(leaves)

    Source = new.get_model("sources", "Source")
    assert list(Source.objects.order_by("name").values_list("pk", "name", "kind", "reliability")) == [
        (reuters.pk, "Reuters", "agency", "high"),
        (tass.pk, "TASS", "agency", "low"),
    ]
    assert list(new.get_model("sources", "SourceDomain").objects.values_list("source_id", "domain")) == [
        (reuters.pk, "reuters.com")
    ]
    history = new.get_model("sources", "SourceEvent").objects.get()
    assert (history.source_id, history.kind, history.new_value, history.actor_id) == (
        tass.pk,
        "reliability_changed",
        "low",
        editor.pk,
    )
    assert new.get_model("reviews", "Evidence").objects.get(pk=evidence.pk).source_id == reuters.pk
    assert new.get_model("claims", "Document").objects.get(pk=document.pk).publisher_id == tass.pk

    # The editors' permissions on the registry moved with it.
    Group = new.get_model("auth", "Group")
    editors = Group.objects.get(name="Editors").permissions
    assert editors.filter(content_type__app_label="sources", codename="change_source").exists()
    assert not new.get_model("contenttypes", "ContentType").objects.filter(app_label="reviews", model="source").exists()


def test_old_admin_addresses_of_the_registry_lead_to_the_new_ones(client):
    response = client.get("/admin/reviews/source/3/change/?next=x")
    assert (response.status_code, response["Location"]) == (301, "/admin/sources/source/3/change/?next=x")
    assert client.get("/admin/reviews/evidence/").status_code != 301
