from django.contrib.auth.management import create_permissions
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

# pg_trgm GIN indexes keep matching fast at scale. PostgreSQL only: TrigramExtension skips
# other databases by itself, and the indexes are created by hand for the same reason.
TRIGRAM_INDEXES = {
    "publishing_claimtext_trgm": "publishing_claimtext",
    "publishing_externalfactcheck_trgm": "publishing_externalfactcheck",
}

GROUP_PERMISSIONS = {
    "Fact-checkers": ["view_publication", "view_claimmatch", "view_externalfactcheck"],
    "Editors": [
        "view_publication",
        "view_claimmatch",
        "view_externalfactcheck",
        "change_publication",
        "add_externalfactcheck",
    ],
}


def create_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, table in TRIGRAM_INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (normalized_text gin_trgm_ops)")


def drop_trigram_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def grant_permissions(apps, schema_editor):
    # Permissions are normally created after migrate; the groups need them now.
    app_config = apps.get_app_config("publishing")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="publishing", codename__in=codenames))


def revoke_permissions(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name__in=GROUP_PERMISSIONS):
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="publishing"))


def index_existing_claims(apps, schema_editor):
    from publishing.text import normalize

    Claim = apps.get_model("claims", "Claim")
    ClaimText = apps.get_model("publishing", "ClaimText")
    batch = []
    for claim_id, text in Claim.objects.values_list("pk", "text").iterator(chunk_size=2000):
        batch.append(ClaimText(claim_id=claim_id, normalized_text=normalize(text)))
        if len(batch) == 2000:
            ClaimText.objects.bulk_create(batch, ignore_conflicts=True)
            batch = []
    ClaimText.objects.bulk_create(batch, ignore_conflicts=True)


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0001_initial"),
        ("reviews", "0002_roles"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(create_trigram_indexes, drop_trigram_indexes),
        migrations.RunPython(grant_permissions, revoke_permissions),
        migrations.RunPython(index_existing_claims, migrations.RunPython.noop),
    ]
