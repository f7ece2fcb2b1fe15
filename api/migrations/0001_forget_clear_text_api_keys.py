"""API keys were DRF's authtoken rows, stored in clear; knox's hashed, expiring tokens replace them.
Dropping the table revokes every old key: callers exchange their password for a new token."""

from django.db import migrations


def drop_clear_text_keys(apps, schema_editor):
    if "authtoken_token" in schema_editor.connection.introspection.table_names():
        schema_editor.execute("DROP TABLE authtoken_token")


class Migration(migrations.Migration):
    dependencies = [("knox", "0009_extend_authtoken_field")]

    operations = [migrations.RunPython(drop_clear_text_keys, migrations.RunPython.noop)]
