from django.contrib.auth.management import create_permissions
from django.db import migrations, models


def editors_view_imports(apps, schema_editor):
    # The admin's upload links the editor to the import it queued, to follow its progress.
    app_config = apps.get_app_config("publishing")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name="Editors")
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="publishing", codename="view_claimreviewimport")
    )


def editors_stop_viewing_imports(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name="Editors"):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="publishing", codename="view_claimreviewimport")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("publishing", "0008_relevance_search_words_and_embeddings"),
    ]

    operations = [
        migrations.AddField(
            model_name="claimreviewimport",
            name="queued_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(editors_view_imports, editors_stop_viewing_imports),
    ]
