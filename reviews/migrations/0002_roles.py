from django.contrib.auth.management import create_permissions
from django.db import migrations

FACT_CHECKER_PERMISSIONS = [
    "claims.view_document",
    "claims.add_document",
    "claims.view_claim",
    "claims.view_candidate",
    "claims.view_claimevent",
    "reviews.view_source",
    "reviews.view_evidence",
    "reviews.add_evidence",
    "reviews.view_assignment",
    "reviews.view_verdict",
    "reviews.add_verdict",
]
EDITOR_PERMISSIONS = [
    *FACT_CHECKER_PERMISSIONS,
    "claims.change_claim",
    "claims.assign_claim",
    "claims.reopen_claim",
    "claims.move_any_claim",
    "reviews.add_source",
    "reviews.change_source",
    "reviews.add_sourcedomain",
    "reviews.change_sourcedomain",
    "reviews.delete_sourcedomain",
    "reviews.view_sourcedomain",
    "reviews.decide_verdict",
]
GROUPS = {"Fact-checkers": FACT_CHECKER_PERMISSIONS, "Editors": EDITOR_PERMISSIONS}


def create_roles(apps, schema_editor):
    # Permissions are normally created after migrate; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codes in GROUPS.items():
        group, _ = Group.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("claims", "0001_initial"),
        ("reviews", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
